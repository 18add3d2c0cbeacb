import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { CASE_SCOPES, type CaseQueueQuery, type CaseScope } from "@/lib/domain/cases";
import { queueHref } from "./queue-labels";

const SCOPE_LABELS: Record<CaseScope, string> = { all: "All open", mine: "Mine", unassigned: "Unassigned" };

/** Whose cases: a segmented row of links. Filters and sort are kept; the page starts again. */
export function ScopeTabs({ query }: { query: CaseQueueQuery }) {
  return (
    <nav aria-label="Whose cases">
      <ul className="inline-flex rounded-md border bg-muted/60 p-0.5">
        {CASE_SCOPES.map((scope) => {
          const current = scope === query.scope;
          return (
            <li key={scope}>
              <Link
                href={queueHref({ ...query, scope })}
                scroll={false}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex h-7 items-center rounded px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
                  current ? "bg-card text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground",
                )}
              >
                {SCOPE_LABELS[scope]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
