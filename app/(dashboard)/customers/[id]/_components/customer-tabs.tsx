import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { CUSTOMER_TAB_LABELS, CUSTOMER_TABS, type CustomerTab } from "@/lib/domain/party-360";
import { formatNumber } from "@/lib/format";

/** The 360's URL for a tab; the timeline is the default and carries no `tab` parameter. */
export function customerTabHref(partyId: number, tab: CustomerTab): string {
  return tab === "timeline" ? `/customers/${partyId}` : `/customers/${partyId}?tab=${tab}`;
}

/**
 * The 360's sections as links, so each tab has its own URL and works without JavaScript.
 * Counts, when given, are shown beside the label and read as the link's description, so the
 * link's name stays the bare label.
 */
export function CustomerTabs({
  active,
  partyId,
  counts,
}: {
  active: CustomerTab;
  partyId: number;
  counts?: Partial<Record<CustomerTab, number>>;
}) {
  // The baseline is an inset shadow, not a border, so the active tab's underline can sit on it
  // without overflowing the scroll container (which would add a vertical scrollbar).
  return (
    <nav aria-label="Customer sections" className="overflow-x-auto shadow-[inset_0_-1px_0_var(--color-border)]">
      <ul className="flex min-w-max gap-1">
        {CUSTOMER_TABS.map((tab) => {
          const current = tab === active;
          const count = counts?.[tab];
          const countId = `customer-tab-count-${tab}`;
          return (
            <li key={tab}>
              <Link
                href={customerTabHref(partyId, tab)}
                scroll={false}
                aria-current={current ? "page" : undefined}
                aria-describedby={count === undefined ? undefined : countId}
                className={cn(
                  "flex items-center gap-1.5 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors",
                  "rounded-t-md focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
                  current
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:border-border hover:text-foreground",
                )}
              >
                {CUSTOMER_TAB_LABELS[tab]}
                {count === undefined ? null : (
                  <span
                    id={countId}
                    aria-hidden="true"
                    className="rounded-full bg-muted px-1.5 text-xs font-medium text-muted-foreground tabular-nums"
                  >
                    {formatNumber(count)}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Below a tab's rows: how many are shown of how many, and the way to the timeline, which pages
 * through all of them. `types` is the timeline filter for the tab's kind of event.
 */
export function TabFooter({
  partyId,
  shown,
  total,
  noun,
  types,
}: {
  partyId: number;
  shown: number;
  total: number;
  /** Singular and plural: ["order", "orders"]. */
  noun: [string, string];
  types: string;
}) {
  const word = total === 1 ? noun[0] : noun[1];
  return (
    <div className="mt-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm text-muted-foreground">
      <p>
        {shown < total
          ? `Showing the latest ${formatNumber(shown)} of ${formatNumber(total)} ${word}`
          : `Showing all ${formatNumber(total)} ${word}`}
      </p>
      <Link href={`/customers/${partyId}?types=${types}`} className="rounded-sm font-medium text-primary hover:underline">
        See all in the timeline
      </Link>
    </div>
  );
}

