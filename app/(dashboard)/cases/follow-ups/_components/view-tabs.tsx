import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { COUNT_CAP } from "@/lib/dal/cases";
import { FOLLOW_UP_VIEWS, type FollowUpView } from "@/lib/domain/cases";
import { formatNumber } from "@/lib/format";
import type { FollowUpsResult } from "../_lib/queries";
import { followUpsHref, VIEW_LABELS } from "../_lib/search-params";

/**
 * Open / Mine / Closed as links, so each view has its own URL and works without JavaScript.
 * A count is read as the link's description, so the link's name stays the bare label.
 */
export function FollowUpViewTabs({ active, counts }: { active: FollowUpView; counts?: Record<FollowUpView, number> | undefined }) {
  return (
    <nav aria-label="Follow-up views" className="mb-4 overflow-x-auto">
      <ul className="flex w-max gap-0.5 rounded-md border bg-card p-0.5 text-sm">
        {FOLLOW_UP_VIEWS.map((view) => {
          const current = view === active;
          const count = counts?.[view];
          const countId = `follow-up-view-count-${view}`;
          return (
            <li key={view}>
              <Link
                href={followUpsHref(view)}
                aria-current={current ? "page" : undefined}
                aria-describedby={count === undefined ? undefined : countId}
                className={cn(
                  "flex items-center gap-1.5 rounded-[0.3rem] px-3 py-1.5 font-medium whitespace-nowrap transition-colors",
                  current ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
                )}
              >
                {VIEW_LABELS[view]}
                {count === undefined ? null : (
                  <span id={countId} aria-hidden="true" className="rounded-full bg-muted px-1.5 text-xs text-muted-foreground tabular-nums">
                    {/* Counting stops at the cap: past it the number is "at least". */}
                    {count >= COUNT_CAP ? `${formatNumber(COUNT_CAP)}+` : formatNumber(count)}
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

/** The tabs once the page has loaded: the counts arrive with the rows. */
export async function FollowUpViewTabsWithCounts({ active, result }: { active: FollowUpView; result: Promise<FollowUpsResult> }) {
  const loaded = await result;
  return <FollowUpViewTabs active={active} counts={loaded.ok ? loaded.counts : undefined} />;
}
