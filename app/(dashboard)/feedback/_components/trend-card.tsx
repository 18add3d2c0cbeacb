import { SectionCard } from "@/components/ui/card";
import { Suspense } from "react";
import { ChartBarBandShare } from "@/components/charts/chart-bar-band-share";
import { ChartBarResponseVolume } from "@/components/charts/chart-bar-response-volume";
import { ChartLineFeedbackTrend } from "@/components/charts/chart-line-feedback-trend";
import type { FeedbackTrendRow } from "@/components/charts/feedback-trend-rows";
import { TONE_LABELS } from "@/components/charts/score-bands";
import { VALUE_BOUNDS } from "@/components/charts/score-format";
import { getFeedbackSummary, getFeedbackTrend } from "@/lib/dal/feedback";
import { KIND_LABELS, responsesHref, type FeedbackView, type Grain } from "@/lib/domain/feedback";
import type { ScoreStats } from "@/lib/domain/feedback-stats";
import { BAND_NAMES, rangeText } from "../_lib/format";
import { bucketDates } from "../_lib/view";

import { TrendSkeleton } from "./skeletons";
import { TrendTable } from "./trend-table";

const PER: Record<Grain, string> = { day: "per day", week: "per week", month: "per month" };

/** The score over time with its uncertainty, the band mix and the volume; every bucket opens its responses. */
export function TrendCard({ view, suspenseKey }: { view: FeedbackView; suspenseKey: string }) {
  return (
    <SectionCard
      id="feedback-trend"
      className="lg:col-span-2"
      title={`${KIND_LABELS[view.kind]} over time`}
      description={`${KIND_LABELS[view.kind]} ${PER[view.grain]} with its 95% margin. Click a point or bar to read the responses behind it.`}
    >
      <Suspense key={suspenseKey} fallback={<TrendSkeleton />}>
        <Trend view={view} />
      </Suspense>
    </SectionCard>
  );
}

function interval(kind: FeedbackView["kind"], stats: ScoreStats): [number, number] | null {
  if (stats.value === null || stats.margin === null) return null;
  const { min, max } = VALUE_BOUNDS[kind];
  return [Math.max(min, stats.value - stats.margin), Math.min(max, stats.value + stats.margin)];
}

async function Trend({ view }: { view: FeedbackView }) {
  const [points, summary] = await Promise.all([getFeedbackTrend(view), getFeedbackSummary(view)]);
  const starts = points.map((p) => p.start);
  const rows: FeedbackTrendRow[] = points.map((p, i) => {
    const dates = bucketDates(starts, i, view);
    return {
      start: p.start,
      value: p.stats.value,
      interval: interval(view.kind, p.stats),
      margin: p.stats.margin,
      n: p.stats.n,
      small: p.stats.small,
      negative: p.stats.negative,
      neutral: p.stats.neutral,
      positive: p.stats.positive,
      href: responsesHref(view, dates),
      bandHrefs: {
        negative: responsesHref(view, { ...dates, band: "negative" }),
        neutral: responsesHref(view, { ...dates, band: "neutral" }),
        positive: responsesHref(view, { ...dates, band: "positive" }),
      },
    };
  });
  if (rows.every((r) => r.n === 0)) {
    return <p className="py-16 text-center text-sm text-muted-foreground">No responses between {rangeText(view)}: nothing to draw. Choose a longer range or remove filters.</p>;
  }
  const kind = KIND_LABELS[view.kind];
  const names = BAND_NAMES[view.kind];
  return (
    <>
      <ChartLineFeedbackTrend
        rows={rows}
        kind={view.kind}
        grain={view.grain}
        overall={summary.stats.value}
        label={`${kind} ${PER[view.grain]}, ${rangeText(view)}`}
      />
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="feedback-bands-title" className="min-w-0">
          <h3 id="feedback-bands-title" className="mb-2 text-sm font-medium">
            {names.positive}, {names.neutral.toLowerCase()} and {names.negative.toLowerCase()}
          </h3>
          <ChartBarBandShare
            rows={rows}
            grain={view.grain}
            toneLabels={TONE_LABELS[view.kind]}
            label={`Share of ${names.positive.toLowerCase()}, ${names.neutral.toLowerCase()} and ${names.negative.toLowerCase()} ${PER[view.grain]}`}
          />
        </section>
        <section aria-labelledby="feedback-volume-title" className="min-w-0">
          <h3 id="feedback-volume-title" className="mb-2 text-sm font-medium">
            Responses
          </h3>
          <ChartBarResponseVolume rows={rows} grain={view.grain} label={`${kind} responses ${PER[view.grain]}`} />
        </section>
      </div>
      <TrendTable rows={rows} kind={view.kind} grain={view.grain} />
    </>
  );
}
