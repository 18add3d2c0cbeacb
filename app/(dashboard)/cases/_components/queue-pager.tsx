"use client";

import { PreviousPageButton, recordNextPage } from "@/components/data-table/keyset-history";
import { Pager } from "@/components/ui/pager";

/** Keyset paging for the queue; client-side only to remember the way back (see keyset-history). */
export function QueuePager({ firstHref, currentHref, nextHref, onFirstPage, summary }: {
  firstHref: string;
  currentHref: string;
  nextHref: string | null;
  onFirstPage: boolean;
  summary: string;
}) {
  return (
    <Pager
      label="Case queue pages"
      firstHref={firstHref}
      nextHref={nextHref}
      onFirstPage={onFirstPage}
      summary={summary}
      previous={<PreviousPageButton current={currentHref} />}
      onNext={nextHref ? () => recordNextPage(currentHref, nextHref) : undefined}
    />
  );
}
