import { SectionCard } from "@/components/ui/card";
import Link from "next/link";
import { Suspense } from "react";
import { ChartBarStackedShare } from "@/components/charts/chart-bar-stacked-share";
import { TONE_FILL, TONE_LABELS } from "@/components/charts/score-bands";
import { formatDifference, formatMargin, formatScore, responsesText } from "@/components/charts/score-format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { getFeedbackSummary, type FeedbackSummary } from "@/lib/dal/feedback";
import { BANDS, KIND_LABELS, responsesHref, type FeedbackView } from "@/lib/domain/feedback";
import { SMALL_SAMPLE } from "@/lib/domain/feedback-stats";
import { formatPercent } from "@/lib/format";
import { comparisonName, formatPValue, KIND_TEXT, rangeText } from "../_lib/format";
import { feedbackHref, hasFilters, rangeHref } from "../_lib/view";
import { linkClasses } from "./feedback-card";
import { HeadlineSkeleton } from "./skeletons";

/** The score of the view, how sure it is, how it splits, and whether it moved. */
export function HeadlineCard({ view, suspenseKey }: { view: FeedbackView; suspenseKey: string }) {
  return (
    <SectionCard id="feedback-score" title={KIND_TEXT[view.kind].title} description={KIND_TEXT[view.kind].measure}>
      <Suspense key={suspenseKey} fallback={<HeadlineSkeleton />}>
        <Headline view={view} />
      </Suspense>
    </SectionCard>
  );
}

async function Headline({ view }: { view: FeedbackView }) {
  const summary = await getFeedbackSummary(view);
  const { stats } = summary;
  if (stats.n === 0 || stats.value === null) return <NoResponses view={view} />;
  return (
    <div className="flex flex-1 flex-col">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <p className="text-5xl leading-none font-semibold tracking-tight tabular-nums">
          {formatScore(view.kind, stats.value)}
          <span className="sr-only"> {KIND_LABELS[view.kind]}</span>
        </p>
        <div className="text-sm text-muted-foreground tabular-nums">
          <p>
            <span className="font-medium text-foreground">{formatMargin(view.kind, stats.margin)}</span> at 95% confidence
          </p>
          <p>
            <Link href={responsesHref(view)} className={linkClasses}>
              {responsesText(stats.n)}
            </Link>
          </p>
        </div>
        {stats.small ? (
          <Badge tone="warning" title={`Fewer than ${SMALL_SAMPLE} responses: read the score with care.`}>
            Small sample
          </Badge>
        ) : null}
      </div>
      <Bands view={view} summary={summary} />
      <ComparisonBlock view={view} summary={summary} />
    </div>
  );
}

function Bands({ view, summary }: { view: FeedbackView; summary: FeedbackSummary }) {
  const { stats } = summary;
  const labels = TONE_LABELS[view.kind];
  return (
    <div className="mt-5">
      <ChartBarStackedShare segments={BANDS.map((band) => ({ key: band, count: stats[band], fill: TONE_FILL[band] }))} />
      <dl className="mt-3 grid grid-cols-3 gap-2">
        {BANDS.map((band) => (
          <div key={band} className="min-w-0 rounded-md bg-muted/60 px-3 py-2">
            <dt className="flex items-center gap-1.5 text-xs text-muted-foreground">
              <span aria-hidden="true" className="size-2 shrink-0 rounded-sm" style={{ backgroundColor: TONE_FILL[band] }} />
              <span className="truncate" title={labels[band]}>
                {labels[band]}
              </span>
            </dt>
            <dd className="mt-0.5 text-lg font-semibold tabular-nums">{formatPercent(stats[band] / stats.n)}</dd>
            <dd className="text-xs tabular-nums">
              {stats[band] > 0 ? (
                <Link href={responsesHref(view, { band })} className={linkClasses}>
                  {responsesText(stats[band])}
                </Link>
              ) : (
                <span className="text-muted-foreground">No responses</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ComparisonBlock({ view, summary }: { view: FeedbackView; summary: FeedbackSummary }) {
  const { previous } = summary;
  const box = "mt-5 rounded-md border px-4 py-3 text-sm";
  if (view.compare === "none" || !previous) {
    return <p className={cn(box, "text-muted-foreground")}>Not compared. Choose “Previous period” or “Last year” above to see how the score moved.</p>;
  }
  const { comparison, stats: before } = previous;
  const then = (
    <Link href={feedbackHref(view, { range: null, from: previous.from, to: previous.to })} className={linkClasses}>
      {rangeText(previous)}
    </Link>
  );
  if (before.n === 0 || comparison.difference === null || (comparison.p === null && !comparison.tooSmall)) {
    return (
      <p className={cn(box, "text-muted-foreground")}>
        No responses in {comparisonName(view)} ({then}) to compare with.
      </p>
    );
  }
  const { difference, p, significant } = comparison;
  const up = difference > 0;
  const flat = formatDifference(view.kind, difference).startsWith("0");
  return (
    <div className={box}>
      <p className="text-xs text-muted-foreground">
        Compared with {comparisonName(view)} ({then})
      </p>
      <div className="mt-1.5 flex flex-wrap items-baseline gap-x-5 gap-y-1">
        <p className="tabular-nums">
          <span className="text-muted-foreground">Then </span>
          <span className="font-semibold">{formatScore(view.kind, before.value)}</span>{" "}
          <span className="text-xs text-muted-foreground">
            {formatMargin(view.kind, before.margin)}, {responsesText(before.n)}
          </span>
        </p>
        <p
          className={cn(
            "font-semibold tabular-nums",
            !significant || flat ? "text-muted-foreground" : up ? "text-success" : "text-danger",
          )}
        >
          {flat ? null : <span aria-hidden="true">{up ? "▲ " : "▼ "}</span>}
          <span className="sr-only">{flat ? "Unchanged: " : up ? "Up " : "Down "}</span>
          {formatDifference(view.kind, difference)}
          {view.kind === "csat" ? "" : " points"}
        </p>
      </div>
      <p className="mt-1.5">
        {comparison.tooSmall ? (
          <>
            <span className="font-medium">Too few responses to tell</span>{" "}
            <span className="text-muted-foreground">— fewer than {SMALL_SAMPLE} on one side</span>
          </>
        ) : significant ? (
          <>
            <span className="font-medium">Significant</span> <span className="text-muted-foreground tabular-nums">({formatPValue(p ?? 0)})</span>
          </>
        ) : (
          <>
            <span className="font-medium">Not significant</span> — could be chance{" "}
            <span className="text-muted-foreground tabular-nums">({formatPValue(p ?? 1)})</span>
          </>
        )}
      </p>
    </div>
  );
}

function NoResponses({ view }: { view: FeedbackView }) {
  const filtered = hasFilters(view);
  const longer = view.range !== "12m" && view.range !== "24m";
  return (
    <EmptyState
      headingLevel={3}
      className="flex-1 justify-center"
      title={`No ${KIND_LABELS[view.kind]} responses ${filtered ? "in this group" : "in these dates"}`}
      action={
        <div className="flex flex-wrap justify-center gap-2">
          {longer ? (
            <Link href={rangeHref(view, "12m")} className={buttonClasses("outline", "sm")}>
              Show 12 months
            </Link>
          ) : null}
          {filtered ? (
            <Link href={feedbackHref(view, { filters: {} })} className={buttonClasses("outline", "sm")}>
              Remove filters
            </Link>
          ) : null}
        </div>
      }
    >
      Nobody answered between {rangeText(view)}
      {filtered ? " in the filtered group" : ""}. {longer ? "Choose a longer range" : "Choose other dates"}
      {filtered ? " or remove filters" : ""}.
    </EmptyState>
  );
}
