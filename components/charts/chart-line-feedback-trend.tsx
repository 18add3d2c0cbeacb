"use client";

import type { ReactNode } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from "recharts";
import type { Grain } from "@/lib/domain/feedback";
import type { SurveyKind } from "@/lib/domain/feedback-stats";
import { AXIS_STYLE, ChartDataTable, ChartFrame, ChartLegend, ChartTooltipBox, ChartTooltipHint, type ChartLegendItem } from "./chart-parts";
import type { FeedbackTrendRow } from "./feedback-trend-rows";
import {
  formatBucket, formatBucketTick, formatMargin, formatScore, formatScoreTick, responsesText, valueDomain,
} from "./score-format";
import { useBucketDrillDown } from "./use-drill-down";

export interface ChartLineFeedbackTrendProps {
  rows: FeedbackTrendRow[];
  kind: SurveyKind;
  grain: Grain;
  /** The score over the whole range, drawn as a dashed line; null to leave it out. */
  overall: number | null;
  /** What a screen reader hears for the chart and its table, e.g. "NPS per week". */
  label: string;
  height?: number;
}

function TrendTooltip({
  active,
  label,
  rows,
  kind,
  grain,
}: Pick<TooltipContentProps, "active" | "label"> & { rows: FeedbackTrendRow[]; kind: SurveyKind; grain: Grain }) {
  const row = rows.find((r) => r.start === label);
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={formatBucket(row.start, grain)}>
      {row.value === null ? (
        <p className="mt-0.5 text-muted-foreground">No responses</p>
      ) : (
        <>
          <p className="mt-0.5 tabular-nums">
            <span className="text-sm font-semibold text-foreground">{formatScore(kind, row.value)}</span>{" "}
            <span className="text-muted-foreground">{formatMargin(kind, row.margin)}</span>
          </p>
          <p className="text-muted-foreground tabular-nums">
            {responsesText(row.n)}
            {row.small ? " · small sample" : ""}
          </p>
          <ChartTooltipHint />
        </>
      )}
    </ChartTooltipBox>
  );
}

/**
 * The score per bucket as a line inside its 95% band. Buckets without responses are gaps; buckets
 * with fewer than 30 responses have hollow dots. A click on a bucket opens its responses.
 */
export function ChartLineFeedbackTrend({ rows, kind, grain, overall, label, height = 280 }: ChartLineFeedbackTrendProps) {
  const drillDown = useBucketDrillDown(rows);
  const domain = valueDomain(kind, [
    ...rows.flatMap((r) => r.interval ?? []),
    ...(overall === null ? [] : [overall]),
  ]);
  const radius = rows.length > 60 ? 2 : 3;
  const legend: ChartLegendItem[] = [
    { key: "score", label: "Score", marker: "h-0.5 w-4 rounded-full bg-chart-1" },
    { key: "margin", label: "95% margin", marker: "h-2.5 w-4 rounded-sm bg-chart-1/15" },
    { key: "small", label: "Small sample (under 30)", marker: "size-2.5 rounded-full border-[1.5px] border-chart-1 bg-card" },
    ...(overall === null
      ? []
      : [{ key: "overall", label: `Whole range: ${formatScore(kind, overall)}`, marker: "w-4 border-t-2 border-dashed border-muted-foreground/70" }]),
  ];

  const dot = (props: DotItemDotProps): ReactNode => {
    const row = rows[props.index];
    if (props.cx === undefined || props.cy === undefined || !row) return null;
    return (
      <circle
        cx={props.cx}
        cy={props.cy}
        r={row.small ? radius + 0.5 : radius}
        fill={row.small ? "var(--card)" : "var(--chart-1)"}
        stroke="var(--chart-1)"
        strokeWidth={row.small ? 1.5 : 0}
      />
    );
  };

  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} title={label} {...drillDown}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="start" tickFormatter={(start: string) => formatBucketTick(start, grain)} minTickGap={16} {...AXIS_STYLE} />
          <YAxis domain={domain} allowDataOverflow tickFormatter={(value: number) => formatScoreTick(kind, value)} width={44} {...AXIS_STYLE} />
          <Tooltip
            cursor={{ stroke: "var(--chart-axis)", strokeDasharray: "3 3" }}
            content={({ active, label: hovered }) => <TrendTooltip active={active} label={hovered} rows={rows} kind={kind} grain={grain} />}
          />
          {overall === null ? null : (
            <ReferenceLine y={overall} stroke="var(--chart-axis)" strokeDasharray="4 4" strokeOpacity={0.7} />
          )}
          <Area
            dataKey="interval"
            name="95% margin"
            stroke="none"
            fill="var(--chart-1)"
            fillOpacity={0.14}
            activeDot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="value"
            name={label}
            type="linear"
            stroke="var(--chart-1)"
            strokeWidth={2}
            dot={dot}
            activeDot={{ r: radius + 2, stroke: "var(--card)", strokeWidth: 2, fill: "var(--chart-1)" }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ChartFrame>
      <ChartLegend items={legend} className="items-center" />
      <ChartDataTable
        caption={label}
        columns={["Period", "Score", "95% margin", "Responses"]}
        rows={rows.map((r) => ({
          key: r.start,
          header: formatBucket(r.start, grain),
          cells: [formatScore(kind, r.value), formatMargin(kind, r.margin), `${r.n}${r.small && r.n > 0 ? " (small sample)" : ""}`],
        }))}
      />
    </figure>
  );
}
