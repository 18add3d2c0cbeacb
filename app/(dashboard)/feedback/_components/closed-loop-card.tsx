import { SectionCard } from "@/components/ui/card";
import Link from "next/link";
import { Suspense } from "react";
import { ChartBarStackedShare } from "@/components/charts/chart-bar-stacked-share";
import { getFollowUpMetrics } from "@/lib/dal/feedback";
import type { FeedbackView } from "@/lib/domain/feedback";
import { formatNumber, formatPercent } from "@/lib/format";
import { formatHours, rangeText } from "../_lib/format";
import { hasFilters } from "../_lib/view";
import { CardFooterLinks, linkClasses } from "./feedback-card";
import { MetricsSkeleton } from "./skeletons";

// Open waits, claimed is in hand, closed is done: the colours of the bands, worst to best.
const STATES = [
  { key: "closed", label: "Closed", fill: "var(--chart-positive)" },
  { key: "claimed", label: "Claimed", fill: "var(--chart-neutral)" },
  { key: "open", label: "Open", fill: "var(--chart-negative)" },
] as const;

/** Whether detractors heard back: follow-ups opened by NPS scores of 0–6 in the view's dates. */
export function ClosedLoopCard({ view, suspenseKey, canOpenFollowUps }: { view: FeedbackView; suspenseKey: string; canOpenFollowUps: boolean }) {
  return (
    <SectionCard
      id="feedback-closed-loop"
      title="Closed loop: NPS detractors"
      description="Every NPS score of 0–6 opens a follow-up. How many were handled, and how fast."
    >
      <Suspense key={suspenseKey} fallback={<MetricsSkeleton />}>
        <ClosedLoop view={view} canOpenFollowUps={canOpenFollowUps} />
      </Suspense>
    </SectionCard>
  );
}

async function ClosedLoop({ view, canOpenFollowUps }: { view: FeedbackView; canOpenFollowUps: boolean }) {
  const m = await getFollowUpMetrics({ from: view.from, to: view.to });
  const notes = [
    view.kind === "nps" ? null : "Follow-ups come from NPS answers, whichever survey is shown above.",
    hasFilters(view) ? "They count every detractor in these dates: the filters above do not apply here." : null,
  ].filter((n): n is string => n !== null);
  const link = canOpenFollowUps ? (
    <CardFooterLinks>
      <Link href="/cases/follow-ups" className={linkClasses}>
        Go to detractor follow-ups <span aria-hidden="true">→</span>
      </Link>
    </CardFooterLinks>
  ) : null;

  if (m.opened === 0) {
    return (
      <div className="flex flex-1 flex-col">
        <p className="py-6 text-center text-sm text-muted-foreground">No NPS detractors answered between {rangeText(view)}: nothing to follow up.</p>
        {link}
      </div>
    );
  }
  return (
    <div className="flex flex-1 flex-col">
      <div className="flex flex-wrap items-end gap-x-3 gap-y-1">
        <p className="text-4xl leading-none font-semibold tracking-tight tabular-nums">
          {m.closedLoopRate === null ? "—" : formatPercent(m.closedLoopRate)}
        </p>
        <p className="text-sm text-muted-foreground tabular-nums">
          closed-loop rate: {formatNumber(m.closed)} of {formatNumber(m.opened)} closed
        </p>
      </div>
      <ChartBarStackedShare className="mt-4" segments={STATES.map((s) => ({ key: s.key, count: m[s.key], fill: s.fill }))} />
      <dl className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Metric label="Opened" value={formatNumber(m.opened)} />
        {STATES.map((s) => (
          <Metric key={s.key} label={s.label} value={formatNumber(m[s.key])} swatch={s.fill} />
        ))}
        <Metric label="Median time to claim" value={formatHours(m.medianHoursToClaim)} />
        <Metric label="Median time to close" value={formatHours(m.medianHoursToClose)} />
      </dl>
      {notes.length ? <p className="mt-3 text-xs text-muted-foreground">{notes.join(" ")}</p> : null}
      {link}
    </div>
  );
}

function Metric({ label, value, swatch }: { label: string; value: string; swatch?: string }) {
  return (
    <div className="min-w-0 rounded-md bg-muted/60 px-3 py-2">
      <dt className="flex items-center gap-1.5 text-xs text-muted-foreground">
        {swatch ? <span aria-hidden="true" className="size-2 shrink-0 rounded-sm" style={{ backgroundColor: swatch }} /> : null}
        <span>{label}</span>
      </dt>
      <dd className="mt-0.5 text-base font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
