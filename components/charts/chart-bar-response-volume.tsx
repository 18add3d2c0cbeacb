"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { Grain } from "@/lib/domain/feedback";
import { formatNumber } from "@/lib/format";
import { AXIS_STYLE, ChartDataTable, ChartFrame, ChartTooltipBox, ChartTooltipHint } from "./chart-parts";
import type { FeedbackTrendRow } from "./feedback-trend-rows";
import { formatBucket, formatBucketTick, responsesText } from "./score-format";
import { useBucketDrillDown } from "./use-drill-down";

export interface ChartBarResponseVolumeProps {
  rows: FeedbackTrendRow[];
  grain: Grain;
  label: string;
  height?: number;
}

function VolumeTooltip({ active, label, rows, grain }: Pick<TooltipContentProps, "active" | "label"> & { rows: FeedbackTrendRow[]; grain: Grain }) {
  const row = rows.find((r) => r.start === label);
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={formatBucket(row.start, grain)}>
      <p className="mt-0.5 text-muted-foreground tabular-nums">{responsesText(row.n)}</p>
      {row.n > 0 ? <ChartTooltipHint /> : null}
    </ChartTooltipBox>
  );
}

/** Responses per bucket as bars; a click on a bucket opens its responses. */
export function ChartBarResponseVolume({ rows, grain, label, height = 180 }: ChartBarResponseVolumeProps) {
  const drillDown = useBucketDrillDown(rows);
  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={label} {...drillDown}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="start" tickFormatter={(start: string) => formatBucketTick(start, grain)} minTickGap={16} {...AXIS_STYLE} />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} width={44} {...AXIS_STYLE} />
          <Tooltip
            cursor={{ fill: "var(--muted)" }}
            content={({ active, label: hovered }) => <VolumeTooltip active={active} label={hovered} rows={rows} grain={grain} />}
          />
          <Bar dataKey="n" name="Responses" fill="var(--chart-1)" fillOpacity={0.75} radius={[3, 3, 0, 0]} maxBarSize={28} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <ChartDataTable
        caption={label}
        columns={["Period", "Responses"]}
        rows={rows.map((r) => ({ key: r.start, header: formatBucket(r.start, grain), cells: [r.n] }))}
      />
    </figure>
  );
}
