"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { timelineSearchParams, type TimelinePage, type TimelineQuery } from "@/lib/domain/timeline";
import { filtersHref, itemHref, latestHref, NO_FILTERS } from "./links";
import { useTimelinePending } from "./pending-store";
import { TimelineFeed } from "./timeline-feed";

/**
 * The customer's unified timeline: the server's first page for the URL's filters, then older pages
 * as the reader scrolls. With `focusKey` (a shared `?item=` link) the page starts at that entry.
 */
export function TimelineSection({
  partyId,
  initial,
  query,
  focusKey,
}: {
  partyId: number;
  initial: TimelinePage;
  query: TimelineQuery;
  focusKey: string | null;
}) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const pending = useTimelinePending();
  // New filters, a new linked entry or a newer first entry (a refresh) start the list afresh.
  const listKey = [timelineSearchParams(query).toString(), focusKey ?? "", initial.items[0]?.key ?? ""].join("|");

  return (
    <section
      aria-label="Timeline"
      aria-busy={pending || undefined}
      data-pending={pending || undefined}
      className="transition-opacity data-pending:opacity-60"
    >
      {focusKey ? (
        <Alert className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
          <span>Showing the timeline from a linked entry</span>
          <Link href={latestHref(pathname, searchParams)} scroll={false} className="rounded-sm font-medium underline underline-offset-2">
            Back to the latest
          </Link>
        </Alert>
      ) : null}
      <TimelineFeed
        key={listKey}
        partyId={partyId}
        initial={initial}
        query={query}
        focusKey={focusKey}
        hrefFor={(key) => itemHref(pathname, searchParams, key)}
        clearHref={filtersHref(pathname, searchParams, NO_FILTERS)}
      />
    </section>
  );
}
