import Link from "next/link";
import { RemovableChips } from "@/components/ui/removable-chips";
import { buttonClasses } from "@/components/ui/button";
import { CASE_AGE_LABELS, type CaseQueueQuery } from "@/lib/domain/cases";
import { hasFilters, MULTI_FILTERS, queueHref, SLA_FILTER_LABELS, withValues, withoutFilters } from "./queue-labels";

interface Chip {
  key: string;
  text: string;
  without: CaseQueueQuery;
}

function chipsFor(query: CaseQueueQuery): Chip[] {
  const chips: Chip[] = MULTI_FILTERS.flatMap((f) =>
    (query[f.key] as readonly string[]).map((value) => ({
      key: `${f.key}-${value}`,
      text: `${f.label}: ${f.text(value)}`,
      without: withValues(query, f.key, (query[f.key] as readonly string[]).filter((v) => v !== value)),
    })),
  );
  if (query.age) chips.push({ key: "age", text: `Age: ${CASE_AGE_LABELS[query.age]}`, without: { ...query, age: null } });
  if (query.sla) chips.push({ key: "sla", text: SLA_FILTER_LABELS[query.sla], without: { ...query, sla: null } });
  return chips;
}

/**
 * One removable chip per active filter value, each a link to the same queue without it; and,
 * when no status is picked, what the queue shows instead.
 */
export function FilterChips({ query }: { query: CaseQueueQuery }) {
  const chips = chipsFor(query);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {chips.length ? (
        <>
          <h2 className="sr-only">Active filters</h2>
          <RemovableChips verb="Remove filter" chips={chips.map((chip) => ({ key: chip.key, text: chip.text, href: queueHref(chip.without) }))} />
        </>
      ) : null}
      {query.statuses.length === 0 ? (
        <p className="text-xs text-muted-foreground">Showing open cases (new, open, pending). Pick statuses to see resolved or closed ones.</p>
      ) : null}
      {hasFilters(query) ? (
        <Link href={queueHref(withoutFilters(query))} scroll={false} className={buttonClasses("ghost", "xs")}>
          Clear filters
        </Link>
      ) : null}
    </div>
  );
}
