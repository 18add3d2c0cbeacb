"use client";

import { PreviousPageButton, recordNextPage } from "@/components/data-table/keyset-history";
import { Pager } from "@/components/ui/pager";
import type { FollowUpView } from "@/lib/domain/cases";
import { formatNumber } from "@/lib/format";
import { followUpsHref } from "../_lib/search-params";

/** Keyset paging for one view; a client part only because following Next is remembered for Previous. */
export function FollowUpsPager({ view, cursor, nextCursor, shown }: { view: FollowUpView; cursor: string | null; nextCursor: string | null; shown: number }) {
  const current = followUpsHref(view, cursor);
  const next = nextCursor ? followUpsHref(view, nextCursor) : null;
  return (
    <Pager
      label="Follow-up pages"
      firstHref={followUpsHref(view)}
      nextHref={next}
      onFirstPage={!cursor}
      summary={`Showing ${formatNumber(shown)} ${shown === 1 ? "follow-up" : "follow-ups"}${next ? "" : " · end of list"}`}
      previous={<PreviousPageButton current={current} />}
      onNext={next ? () => recordNextPage(current, next) : undefined}
    />
  );
}
