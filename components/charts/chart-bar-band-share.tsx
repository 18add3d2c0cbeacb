"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { Grain } from "@/lib/domain/feedback";
import type { Band } from "@/lib/domain/feedback-stats";
import { formatNumber, formatPercent } from "@/lib/format";
import { AXIS_STYLE, ChartDataTable, ChartFrame, ChartLegend, ChartTooltipBox, ChartTooltipHint, ChartTooltipItem } from "./chart-parts";
import type { FeedbackTrendRow } from "./feedback-trend-rows";
import { TONE_FILL } from "./score-bands";
import { formatBucket, formatBucketTick } from "./score-format";
import { useDrillDown } from "./use-drill-down";

/** Bottom to top: the detractors sit on the axis, where a change in them is easiest to see. */
const STACK: readonly Band[] = ["negative", "neutral", "positive"];
/** Top to bottom, as the eye meets the stack: the order of the tooltip, legend and table. */
const STACK_DOWN: readonly Band[] = [...STACK].reverse();

export interface ChartBarBandShareProps {
  rows: FeedbackTrendRow[];
  grain: Grain;
  /** "Detractors (0–6)" … for the survey shown. */
  toneLabels: Record<Band, string>;
  label: string;
  height?: number;
}

const share = (part: number, n: number) => (n > 0 ? formatPercent(part / n) : "—");

function BandTooltip({
  active,
  label,
  rows,
  grain,
  toneLabels,
}: Pick<TooltipContentProps, "active" | "label"> & { rows: FeedbackTrendRow[]; grain: Grain; toneLabels: Record<Band, string> }) {
  const row = rows.find((r) => r.start === label);
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={formatBucket(row.start, grain)}>
      {row.n === 0 ? (
        <p className="mt-0.5 text-muted-foreground">No responses</p>
      ) : (
        <>
          {STACK_DOWN.map((band) => (
            <ChartTooltipItem key={band} fill={TONE_FILL[band]} className="tabular-nums">
              {toneLabels[band]}: {share(row[band], row.n)} ({formatNumber(row[band])})
            </ChartTooltipItem>
          ))}
          <ChartTooltipHint>Click a colour to see those responses</ChartTooltipHint>
        </>
      )}
    </ChartTooltipBox>
  );
}

/** Each bucket's responses split into bands, as 100% stacked bars; a click on a band opens its responses. */
export function ChartBarBandShare({ rows, grain, toneLabels, label, height = 180 }: ChartBarBandShareProps) {
  const go = useDrillDown();
  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <BarChart data={rows} stackOffset="expand" margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={label}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="start" tickFormatter={(start: string) => formatBucketTick(start, grain)} minTickGap={16} {...AXIS_STYLE} />
          <YAxis ticks={[0, 0.5, 1]} tickFormatter={(value: number) => formatPercent(value)} width={44} {...AXIS_STYLE} />
          <Tooltip
            cursor={{ fill: "var(--muted)" }}
            content={({ active, label: hovered }) => (
              <BandTooltip active={active} label={hovered} rows={rows} grain={grain} toneLabels={toneLabels} />
            )}
          />
          {STACK.map((band) => (
            <Bar
              key={band}
              dataKey={band}
              name={toneLabels[band]}
              stackId="bands"
              fill={TONE_FILL[band]}
              maxBarSize={28}
              style={{ cursor: "pointer" }}
              onClick={(_item, index) => go(rows[index]?.bandHrefs[band])}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartFrame>
      <ChartLegend items={STACK_DOWN.map((band) => ({ key: band, label: toneLabels[band], fill: TONE_FILL[band] }))} />
      <ChartDataTable
        caption={label}
        columns={["Period", ...STACK_DOWN.map((band) => toneLabels[band])]}
        rows={rows.map((r) => ({
          key: r.start,
          header: formatBucket(r.start, grain),
          cells: STACK_DOWN.map((band) => `${share(r[band], r.n)} (${r[band]})`),
        }))}
      />
    </figure>
  );
}
