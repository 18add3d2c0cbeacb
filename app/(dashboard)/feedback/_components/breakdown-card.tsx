import { SectionCard } from "@/components/ui/card";
import Link from "next/link";
import { Suspense } from "react";
import { valueDomain, formatScore } from "@/components/charts/score-format";
import { getFeedbackBreakdown, getFeedbackSummary } from "@/lib/dal/feedback";
import { DIMENSION_LABELS, DIMENSIONS, KIND_LABELS, type FeedbackView } from "@/lib/domain/feedback";
import { filterValueLabel } from "../_lib/format";
import { feedbackHref, removeFilterHref } from "../_lib/view";
import { BreakdownRow } from "./breakdown-row";
import { linkClasses } from "./feedback-card";
import { SegmentedLinks } from "./segmented-links";
import { RowsSkeleton } from "./skeletons";

/** Groups shown before "Show more": the largest, since the list is sorted by responses. */
const VISIBLE = 10;

/** The score per group of one dimension, each against the whole view; rows filter or drill down. */
export function BreakdownCard({ view, suspenseKey }: { view: FeedbackView; suspenseKey: string }) {
  return (
    <SectionCard
      id="feedback-breakdown"
      title="Breakdown"
      description={`${KIND_LABELS[view.kind]} by ${DIMENSION_LABELS[view.by].toLowerCase()}, largest groups first, each against the whole view.`}
    >
      <nav aria-label="Break down by" className="mb-3">
        <SegmentedLinks
          items={DIMENSIONS.map((by) => ({ key: by, label: DIMENSION_LABELS[by], href: feedbackHref(view, { by }), current: view.by === by }))}
        />
      </nav>
      <Suspense key={suspenseKey} fallback={<RowsSkeleton rows={8} label="Loading the breakdown" />}>
        <Breakdown view={view} />
      </Suspense>
    </SectionCard>
  );
}

async function Breakdown({ view }: { view: FeedbackView }) {
  const [groups, summary] = await Promise.all([getFeedbackBreakdown(view, view.by), getFeedbackSummary(view)]);
  const overall = summary.stats.value;
  if (groups.length === 0 || overall === null) {
    return <p className="py-10 text-center text-sm text-muted-foreground">No responses to break down in these dates.</p>;
  }
  // Small groups' margins are wide; letting them set the axis would flatten every other bar.
  const domain = valueDomain(view.kind, [
    overall,
    ...groups.flatMap((g) => {
      const { value, margin, small } = g.stats;
      if (value === null) return [];
      return small || margin === null ? [value] : [value - margin, value + margin];
    }),
  ]);
  const filtered = view.filters[view.by];
  const rows = groups.map((g) => <BreakdownRow key={g.value} view={view} group={g} overall={overall} domain={domain} />);
  return (
    <div className="flex flex-1 flex-col">
      {filtered !== undefined ? (
        <p className="mb-2 rounded-md bg-muted/60 px-3 py-2 text-xs text-muted-foreground">
          The page is filtered to {filterValueLabel(view.by, filtered)}, so this breakdown has one group.{" "}
          <Link href={removeFilterHref(view, view.by)} scroll={false} className={linkClasses}>
            Remove that filter
          </Link>{" "}
          or pick another dimension.
        </p>
      ) : null}
      <ul className="divide-y">{rows.slice(0, VISIBLE)}</ul>
      {rows.length > VISIBLE ? (
        <details className="group border-t">
          <summary className="cursor-pointer list-none py-2.5 text-sm font-medium text-primary hover:underline [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">Show {rows.length - VISIBLE} smaller groups</span>
            <span className="hidden group-open:inline">Hide smaller groups</span>
          </summary>
          <ul className="divide-y border-t">{rows.slice(VISIBLE)}</ul>
        </details>
      ) : null}
      <p className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-3 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="h-3 border-l border-dashed border-muted-foreground" />
          Whole view: {formatScore(view.kind, overall)}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="h-2 w-3 border-x border-foreground/60" />
          95% margin
        </span>
        <span>Pale bars are within the margin: the difference could be chance.</span>
      </p>
    </div>
  );
}
