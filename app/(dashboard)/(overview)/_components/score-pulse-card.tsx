import { ChartSparkline, type SparklinePoint } from "@/components/charts/chart-sparkline";
import { getScorePulse, PULSE_DAYS, PULSE_WEEKS, type ScorePulse } from "@/lib/dal/overview";
import type { ScoreStats } from "@/lib/domain/feedback-stats";
import { settle } from "../../_lib/loaded";
import { CardUnavailable, ChangeLine, OverviewCard, type ChangeTone } from "./overview-card";
import { direction, formatDay, formatDayRange, formatPoints, formatScore, plural, type PulseKind } from "./overview-text";

const CARDS: Record<PulseKind, { title: string; href: string; linkLabel: string }> = {
  nps: { title: "NPS", href: "/feedback", linkLabel: "NPS details" },
  csat: { title: "CSAT", href: "/feedback?kind=csat", linkLabel: "CSAT details" },
};

/** The headline score of the last 30 days, how sure it is, how it moved, and 12 weeks of trend. */
export async function ScorePulseCard({ kind }: { kind: PulseKind }) {
  const pulse = await settle(getScorePulse(kind), `the ${kind} pulse`);
  const card = CARDS[kind];
  return (
    <OverviewCard
      id={`overview-${kind}`}
      title={card.title}
      period={pulse.ok ? `Last ${PULSE_DAYS} days · ${formatDayRange(pulse.data.from, pulse.data.to)}` : `Last ${PULSE_DAYS} days`}
      href={card.href}
      linkLabel={card.linkLabel}
    >
      {pulse.ok ? <PulseBody kind={kind} pulse={pulse.data} /> : <CardUnavailable what={`The ${card.title} figures`} />}
    </OverviewCard>
  );
}

function PulseBody({ kind, pulse }: { kind: PulseKind; pulse: ScorePulse }) {
  const { current } = pulse;
  const title = CARDS[kind].title;
  return (
    <>
      {current.value === null ? (
        <p className="text-sm text-muted-foreground">
          No {title} responses in the last {PULSE_DAYS} days. The score appears once surveys are answered or imported.
        </p>
      ) : (
        <>
          <p className="text-3xl font-semibold tracking-tight tabular-nums">{formatScore(kind, current.value)}</p>
          <p className="mt-1 text-xs text-muted-foreground tabular-nums">
            {current.margin !== null ? `±${formatPoints(current.margin)} points · ` : null}
            {plural(current.n, "response")}
            {current.small ? <span className="text-warning"> · small sample, read with care</span> : null}
          </p>
          <div className="mt-3">
            <PulseChange kind={kind} pulse={pulse} />
          </div>
        </>
      )}
      <div className="mt-4">
        <p className="text-xs text-muted-foreground">Weekly, last {PULSE_WEEKS} weeks</p>
        <PulseSparkline kind={kind} pulse={pulse} />
      </div>
    </>
  );
}

function PulseChange({ kind, pulse }: { kind: PulseKind; pulse: ScorePulse }) {
  const { comparison, previous } = pulse;
  if (comparison.difference === null) {
    return <p className="text-sm text-muted-foreground">No responses in the {PULSE_DAYS} days before to compare with.</p>;
  }
  const dir = direction(comparison.difference);
  // Higher is better for both NPS and CSAT; only a change beyond chance gets a colour.
  const tone: ChangeTone = !comparison.significant || dir === "flat" ? "neutral" : dir === "up" ? "better" : "worse";
  return (
    <>
      <ChangeLine dir={dir} amount={formatPoints(Math.abs(comparison.difference))} tone={tone}>
        vs previous {PULSE_DAYS} days · {comparison.tooSmall ? "too few responses to tell" : comparison.significant ? "significant" : "not significant"}
      </ChangeLine>
      <p className="mt-0.5 text-xs text-muted-foreground tabular-nums">{previousText(kind, previous)}</p>
    </>
  );
}

function previousText(kind: PulseKind, previous: ScoreStats): string {
  return previous.value === null
    ? `Previous ${PULSE_DAYS} days: no responses`
    : `Previous ${PULSE_DAYS} days: ${formatScore(kind, previous.value)} from ${plural(previous.n, "response")}`;
}

function PulseSparkline({ kind, pulse }: { kind: PulseKind; pulse: ScorePulse }) {
  const title = CARDS[kind].title;
  if (!pulse.weeks.some((w) => w.value !== null)) {
    return <p className="py-4 text-sm text-muted-foreground">No responses in the last {PULSE_WEEKS} weeks.</p>;
  }
  const last = pulse.weeks.length - 1;
  const data: SparklinePoint[] = pulse.weeks.map((w, i) => ({
    key: w.start,
    // The data layer's last week is still running.
    label: `Week of ${formatDay(w.start)}${i === last ? " (so far)" : ""}`,
    value: w.value,
    valueText: w.value === null ? "No responses" : formatScore(kind, w.value),
    detail: plural(w.n, "response"),
  }));
  return <ChartSparkline data={data} label={`${title} per week, last ${PULSE_WEEKS} weeks`} />;
}
