"use client";

import {
  Area, AreaChart, Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps,
} from "recharts";
import type { SizePoint } from "@/lib/domain/segments";
import { formatDateTime, formatNumber } from "@/lib/format";
import {
  AXIS_STYLE, ChartDataTable, ChartFrame, ChartLegend, ChartTooltipBox, ChartTooltipItem, type ChartLegendItem,
} from "./chart-parts";

interface SizeRow extends SizePoint {
  /** `left` below the axis, so arrivals and departures read as one balance. */
  leftBelow: number;
}

const SIZE = "var(--chart-1)";
const ENTERED = "var(--chart-positive)";
const LEFT = "var(--chart-negative)";
const SYNC_ID = "segment-size";

const dayTick = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const compact = new Intl.NumberFormat("en-US", { notation: "compact" });

function tick(computedAt: string): string {
  const date = new Date(computedAt);
  return Number.isNaN(date.getTime()) ? computedAt : dayTick.format(date);
}

function SizeTooltip({ active, label, rows }: Pick<TooltipContentProps, "active" | "label"> & { rows: SizeRow[] }) {
  const row = rows.find((r) => r.computedAt === label);
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={formatDateTime(row.computedAt)}>
      <ChartTooltipItem fill={SIZE}>
        <span className="font-semibold text-foreground tabular-nums">{formatNumber(row.size)}</span> members
      </ChartTooltipItem>
      <ChartTooltipItem fill={ENTERED}>
        <span className="tabular-nums">+{formatNumber(row.entered)}</span> entered
      </ChartTooltipItem>
      <ChartTooltipItem fill={LEFT}>
        <span className="tabular-nums">−{formatNumber(row.left)}</span> left
      </ChartTooltipItem>
    </ChartTooltipBox>
  );
}

const LEGEND: ChartLegendItem[] = [
  { key: "size", label: "Members", marker: "h-0.5 w-4 rounded-full bg-chart-1" },
  { key: "entered", label: "Entered", fill: ENTERED },
  { key: "left", label: "Left", fill: LEFT },
];

/**
 * A segment's size at each computation (an area), and below it who entered (up) and who left
 * (down) at that computation, sharing the time axis and the tooltip. Oldest first.
 */
export function ChartSegmentSize({ points, label, height = 200 }: { points: SizePoint[]; label: string; height?: number }) {
  const rows: SizeRow[] = points.map((p) => ({ ...p, leftBelow: -p.left }));
  const tooltip = (
    <Tooltip
      cursor={{ stroke: "var(--chart-axis)", strokeDasharray: "3 3", fill: "var(--muted)" }}
      content={({ active, label: hovered }) => <SizeTooltip active={active} label={hovered} rows={rows} />}
    />
  );
  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <AreaChart data={rows} syncId={SYNC_ID} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={label}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="computedAt" hide />
          <YAxis tickFormatter={(v: number) => compact.format(v)} width={48} allowDecimals={false} {...AXIS_STYLE} />
          {tooltip}
          <Area
            dataKey="size"
            name="Members"
            type="monotone"
            stroke={SIZE}
            strokeWidth={2}
            fill={SIZE}
            fillOpacity={0.14}
            activeDot={{ r: 4, stroke: "var(--card)", strokeWidth: 2, fill: SIZE }}
            isAnimationActive={false}
          />
        </AreaChart>
      </ChartFrame>
      <ChartFrame height={Math.round(height * 0.55)}>
        <BarChart data={rows} syncId={SYNC_ID} stackOffset="sign" margin={{ top: 4, right: 8, bottom: 0, left: 0 }} title={`${label}: entered and left`}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="computedAt" tickFormatter={tick} minTickGap={16} {...AXIS_STYLE} />
          <YAxis tickFormatter={(v: number) => compact.format(v)} width={48} allowDecimals={false} {...AXIS_STYLE} />
          {tooltip}
          <ReferenceLine y={0} stroke="var(--chart-axis)" strokeOpacity={0.5} />
          <Bar dataKey="entered" name="Entered" stackId="change" fill={ENTERED} maxBarSize={14} isAnimationActive={false} />
          <Bar dataKey="leftBelow" name="Left" stackId="change" fill={LEFT} maxBarSize={14} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <ChartLegend items={LEGEND} className="items-center" />
      <ChartDataTable
        caption={label}
        columns={["Computed", "Members", "Entered", "Left"]}
        rows={rows.map((r) => ({
          key: r.computedAt,
          header: formatDateTime(r.computedAt),
          cells: [formatNumber(r.size), formatNumber(r.entered), formatNumber(r.left)],
        }))}
      />
    </figure>
  );
}
