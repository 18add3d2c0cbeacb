import { SectionCard } from "@/components/ui/card";
import Link from "next/link";
import { Suspense } from "react";
import { ChartBarScoreDistribution } from "@/components/charts/chart-bar-score-distribution";
import { TONE_LABELS, toBuckets } from "@/components/charts/score-bands";
import { responsesText } from "@/components/charts/score-format";
import { cn } from "@/components/ui/cn";
import { getFeedbackSummary } from "@/lib/dal/feedback";
import { KIND_LABELS, responsesHref, type FeedbackView } from "@/lib/domain/feedback";
import { scoreBand, SCORE_RANGES } from "@/lib/domain/feedback-stats";
import { rangeText } from "../_lib/format";

import { ChartSkeleton } from "./skeletons";

const TONE_LINK: Record<ReturnType<typeof scoreBand>, string> = {
  negative: "hover:border-danger/40 hover:bg-danger/10",
  neutral: "hover:border-warning/40 hover:bg-warning/10",
  positive: "hover:border-success/40 hover:bg-success/10",
};

/** How many answered each score; a bar (or the link under it) opens the responses with that score. */
export function DistributionCard({ view, suspenseKey }: { view: FeedbackView; suspenseKey: string }) {
  const { min, max } = SCORE_RANGES[view.kind];
  return (
    <SectionCard id="feedback-distribution" title="Responses by score" description={`Every answer from ${min} to ${max}. Click a bar to read those responses.`}>
      <Suspense key={suspenseKey} fallback={<ChartSkeleton height={240} label="Loading the score distribution" />}>
        <Distribution view={view} />
      </Suspense>
    </SectionCard>
  );
}

async function Distribution({ view }: { view: FeedbackView }) {
  const { counts, stats } = await getFeedbackSummary(view);
  if (stats.n === 0) {
    return <p className="flex flex-1 items-center justify-center py-10 text-center text-sm text-muted-foreground">No responses to chart in these dates.</p>;
  }
  const data = toBuckets(view.kind, counts).map((b) => ({ ...b, href: responsesHref(view, { score: b.score }) }));
  return (
    <>
      <ChartBarScoreDistribution
        data={data}
        label={`${KIND_LABELS[view.kind]} responses by score, ${rangeText(view)}`}
        toneLabels={TONE_LABELS[view.kind]}
        height={240}
      />
      {/* The chart's bars as links, for the keyboard (and anyone who prefers a plain link). */}
      <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <p id="feedback-score-links" className="text-xs text-muted-foreground">
          Read responses scoring
        </p>
        <ul aria-labelledby="feedback-score-links" className="flex flex-wrap gap-1">
          {data.map((b) => (
            <li key={b.score}>
              {b.count > 0 ? (
                <Link
                  href={b.href}
                  title={responsesText(b.count)}
                  className={cn(
                    "inline-flex h-7 min-w-7 items-center justify-center rounded-md border px-1.5 text-xs font-medium tabular-nums transition-colors",
                    "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
                    TONE_LINK[b.tone],
                  )}
                >
                  {b.score}
                  <span className="sr-only"> ({responsesText(b.count)})</span>
                </Link>
              ) : (
                <span className="inline-flex h-7 min-w-7 items-center justify-center rounded-md border border-dashed px-1.5 text-xs text-muted-foreground tabular-nums">
                  {b.score}
                  <span className="sr-only"> (no responses)</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
