"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { TimelineItem, TimelinePage, TimelineQuery } from "@/lib/domain/timeline";
import { loadTimelinePage } from "../../_lib/actions";
import { appendPage, groupByDay } from "./day-groups";
import { isFiltered, pageFilters } from "./links";
import { LoadOlder, type PagingState } from "./load-older";
import { TimelineEntry } from "./timeline-entry";

const UNREACHABLE = "Check your connection and try again.";

/**
 * The entries so far, by day, and the paging below them. Its state starts from the server's first
 * page; the parent keys it by the filters, so new filters start a new list (no syncing effect).
 */
export function TimelineFeed({
  partyId,
  initial,
  query,
  focusKey,
  hrefFor,
  clearHref,
}: {
  partyId: number;
  initial: TimelinePage;
  query: TimelineQuery;
  focusKey: string | null;
  hrefFor: (key: string) => string;
  clearHref: string;
}) {
  const [items, setItems] = useState<TimelineItem[]>(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [paging, setPaging] = useState<PagingState>({ status: "idle", added: null });
  // A ref as well as state: the observer and a click can both fire before a re-render.
  const inFlight = useRef(false);
  const filtered = isFiltered(query);

  async function loadOlder() {
    if (!cursor || inFlight.current) return;
    inFlight.current = true;
    setPaging({ status: "loading" });
    try {
      const result = await loadTimelinePage(partyId, pageFilters(query), cursor);
      if (!result.ok) {
        setPaging({ status: "error", message: result.error });
        return;
      }
      const before = items.length;
      const next = appendPage(items, result.page.items);
      setItems(next);
      // A cursor that does not move would load the same page forever: treat it as the end.
      setCursor(result.page.nextCursor === cursor ? null : result.page.nextCursor);
      setPaging({ status: "idle", added: next.length - before });
    } catch {
      setPaging({ status: "error", message: UNREACHABLE });
    } finally {
      inFlight.current = false;
    }
  }

  if (items.length === 0) {
    return filtered ? (
      <EmptyState
        headingLevel={3}
        title="No entries match these filters"
        action={
          <Link href={clearHref} scroll={false} className={buttonClasses("outline", "sm")}>
            Clear filters
          </Link>
        }
      >
        Try other types or channels, or different words.
      </EmptyState>
    ) : (
      <EmptyState headingLevel={3} title="Nothing has happened with this customer yet.">
        Orders, cases, messages, feedback and consent changes appear here as they happen.
      </EmptyState>
    );
  }

  return (
    <>
      <p className="mb-2 text-xs text-muted-foreground">Newest first · times in UTC</p>
      <ol className="space-y-4">
        {groupByDay(items).map((day) => (
          <li key={day.day}>
            {/* Below the page's sticky header (h-14). */}
            <h3 className="sticky top-16 z-10 w-fit rounded-full border bg-card px-3 py-1 text-xs font-semibold shadow-xs">{day.label}</h3>
            <ol className="mt-2 ml-1.5 border-l">
              {day.items.map((item) => (
                <TimelineEntry key={item.key} partyId={partyId} item={item} href={hrefFor(item.key)} focused={item.key === focusKey} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <LoadOlder hasMore={cursor !== null} paging={paging} filtered={filtered} onLoad={() => void loadOlder()} />
    </>
  );
}
