"use client";

import { Line, LineChart, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from "recharts";
import { ChartDataTable, ChartFrame, ChartTooltipBox } from "./chart-parts";

export interface SparklinePoint {
  /** Unique and stable, e.g. the ISO start of the week. */
  key: string;
  /** What the point covers, in words: "Week of Mar 3". */
  label: string;
  /** null where there is nothing to measure; drawn as a gap, never as zero. */
  value: number | null;
  /** The value as the page shows it ("+32", "87%"), or why there is none. */
  valueText: string;
  /** What stands behind the value: "45 responses". */
  detail: string;
}

function SparklineTooltip({ active, label, data }: Pick<TooltipContentProps, "active" | "label"> & { data: SparklinePoint[] }) {
  const point = data.find((d) => d.key === label);
  if (!active || !point) return null;
  return (
    <ChartTooltipBox title={point.label} compact>
      <p className="mt-0.5 text-muted-foreground tabular-nums">
        {point.value === null ? point.valueText : `${point.valueText} · ${point.detail}`}
      </p>
    </ChartTooltipBox>
  );
}

/**
 * A trend without axes: a line through the values, with gaps where a value is missing. A point
 * with no neighbour on either side would draw nothing, so it gets a dot, as does the latest
 * point. Formatting is done by the caller (props cross from the server, so no functions).
 */
export function ChartSparkline({
  data,
  label,
  height = 56,
  stroke = "var(--chart-1)",
}: {
  data: SparklinePoint[];
  /** Names a screen reader hears for the chart and its data table, e.g. "NPS per week, last 12 weeks". */
  label: string;
  height?: number;
  /** A CSS variable, so the line follows the theme. */
  stroke?: string;
}) {
  const lastMeasured = data.findLastIndex((d) => d.value !== null);
  const dot = ({ index, cx, cy }: DotItemDotProps) => {
    if (cx === undefined || cy === undefined || data[index]?.value == null) return null;
    const isolated = data[index - 1]?.value == null && data[index + 1]?.value == null;
    if (!isolated && index !== lastMeasured) return null;
    return <circle cx={cx} cy={cy} r={2.5} fill={stroke} />;
  };

  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <LineChart data={data} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} title={label}>
          <XAxis dataKey="key" hide />
          <YAxis hide domain={["dataMin - 2", "dataMax + 2"]} />
          <Tooltip
            cursor={{ stroke: "var(--chart-grid)" }}
            content={({ active, label: hovered }) => <SparklineTooltip active={active} label={hovered} data={data} />}
          />
          <Line
            type="monotone"
            dataKey="value"
            name={label}
            stroke={stroke}
            strokeWidth={2}
            connectNulls={false}
            dot={dot}
            activeDot={{ r: 3, fill: stroke, stroke: "var(--card)" }}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFrame>
      <ChartDataTable
        caption={label}
        columns={["Period", "Value", "Based on"]}
        rows={data.map((d) => ({ key: d.key, header: d.label, cells: [d.valueText, d.detail] }))}
      />
    </figure>
  );
}
