"use client";

import { Pager } from "@/components/ui/pager";
import { PreviousPageButton, recordNextPage } from "./keyset-history";

/**
 * Keyset paging for a server-rendered list: First / Previous / Next, where Previous is the way
 * back this tab came (keyset cursors only point forward). A client part only to remember that.
 */
export function KeysetPager({ label, firstHref, currentHref, nextHref, onFirstPage, summary, labels = {} }: {
  /** Names the navigation landmark: "Case queue pages". */
  label: string;
  firstHref: string;
  currentHref: string;
  nextHref: string | null;
  onFirstPage: boolean;
  summary: string;
  /** Words for lists in time order ("Newest", "Newer", "Older"); the pager's own by default. */
  labels?: { first?: string; previous?: string; next?: string };
}) {
  return (
    <Pager
      label={label}
      firstHref={firstHref}
      firstLabel={labels.first}
      nextHref={nextHref}
      nextLabel={labels.next}
      onFirstPage={onFirstPage}
      summary={summary}
      previous={<PreviousPageButton current={currentHref} label={labels.previous} />}
      onNext={nextHref ? () => recordNextPage(currentHref, nextHref) : undefined}
    />
  );
}
