import Link from "next/link";
import { ChartBarInterval } from "@/components/charts/chart-bar-interval";
import { formatMargin, formatScore, responsesText } from "@/components/charts/score-format";
import { Badge } from "@/components/ui/badge";
import type { BreakdownGroup } from "@/lib/dal/feedback";
import { responsesHref, type FeedbackView } from "@/lib/domain/feedback";
import { SMALL_SAMPLE } from "@/lib/domain/feedback-stats";
import { formatNumber } from "@/lib/format";
import { addFilterHref, isFilterValue } from "../_lib/view";
import { linkClasses } from "./feedback-card";

/**
 * One group: its name and size, its score against the whole view, and where to go from it
 * (filter the page to it, read its responses, read its detractors). Small groups are marked,
 * never hidden.
 */
export function BreakdownRow({
  view,
  group,
  overall,
  domain,
}: {
  view: FeedbackView;
  group: BreakdownGroup;
  overall: number;
  domain: [number, number];
}) {
  const dim = view.by;
  const { stats } = group;
  // Some groups have no URL form (no segment, say): they are shown without links.
  const linkable = isFilterValue(dim, group.value);
  const canFilter = linkable && view.filters[dim] === undefined;
  const filter: [typeof dim, string] = [dim, group.value];
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-1.5 py-2.5 sm:grid-cols-[minmax(0,13rem)_minmax(0,1fr)_4.5rem]">
      <div className="min-w-0">
        <p className="flex min-w-0 items-center gap-2 text-sm">
          <span className="truncate font-medium" title={group.label}>
            {group.label}
          </span>
          {stats.small ? (
            <Badge tone="warning" className="shrink-0" title={`Fewer than ${SMALL_SAMPLE} responses`}>
              Small sample
            </Badge>
          ) : null}
        </p>
        <p className="mt-0.5 flex flex-wrap gap-x-2.5 text-xs text-muted-foreground tabular-nums">
          {linkable ? (
            <Link href={responsesHref(view, { filter })} className={linkClasses}>
              {responsesText(stats.n)}
              <span className="sr-only"> from {group.label}</span>
            </Link>
          ) : (
            <span>{responsesText(stats.n)}</span>
          )}
          {linkable && view.kind === "nps" && stats.negative > 0 ? (
            <Link href={responsesHref(view, { filter, band: "negative" })} className={linkClasses}>
              {formatNumber(stats.negative)} {stats.negative === 1 ? "detractor" : "detractors"}
              <span className="sr-only"> from {group.label}</span>
            </Link>
          ) : null}
          {canFilter ? (
            <Link href={addFilterHref(view, dim, group.value)} scroll={false} className={linkClasses}>
              Filter<span className="sr-only"> the page to {group.label}</span>
            </Link>
          ) : null}
        </p>
      </div>
      {stats.value === null ? (
        <div className="col-span-2 row-start-2 sm:col-span-1 sm:row-start-auto" />
      ) : (
        <ChartBarInterval
          className="col-span-2 row-start-2 sm:col-span-1 sm:row-start-auto"
          value={stats.value}
          margin={stats.margin}
          reference={overall}
          domain={domain}
        />
      )}
      <p className="text-right tabular-nums">
        <span className="block text-sm font-semibold">{formatScore(view.kind, stats.value)}</span>
        <span className="block text-xs text-muted-foreground">
          <span className="sr-only">margin </span>
          {formatMargin(view.kind, stats.margin)}
        </span>
      </p>
    </li>
  );
}
