"use client";

import { channelLabel } from "@/lib/domain/channels";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { Party360Insights } from "@/lib/domain/party-360";
import { formatNumber } from "@/lib/format";
import { AXIS_STYLE, ChartDataTable, ChartFrame, ChartLegend, ChartTooltipBox, ChartTooltipItem } from "./chart-parts";

interface ChannelRow {
  label: string;
  inbound: number;
  outbound: number;
  total: number;
}

// Colours come from CSS variables (app/globals.css), so the chart follows the theme.
const SERIES = [
  { key: "inbound", name: "Inbound", fill: "var(--chart-1)" },
  { key: "outbound", name: "Outbound", fill: "var(--chart-2)" },
] as const;

const ROW_HEIGHT = 34;

function ChannelTooltip({ active, label, rows }: Pick<TooltipContentProps, "active" | "label"> & { rows: ChannelRow[] }) {
  const row = rows.find((r) => r.label === label);
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={`${row.label} · ${formatNumber(row.total)}`}>
      {SERIES.map((s) => (
        <ChartTooltipItem key={s.key} fill={s.fill}>
          {s.name}: {formatNumber(row[s.key])}
        </ChartTooltipItem>
      ))}
    </ChartTooltipBox>
  );
}

/** Communications per channel as horizontal bars, inbound and outbound stacked, busiest first. */
export function ChartBarInteractionsByChannel({
  data,
  label = "Communications by channel, last 12 months",
}: {
  data: Party360Insights["interactionsByChannel"];
  label?: string;
}) {
  const rows: ChannelRow[] = data
    .map((d) => ({
      label: channelLabel(d.channel),
      inbound: d.inbound,
      outbound: d.outbound,
      total: d.inbound + d.outbound,
    }))
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total);

  if (rows.length === 0) {
    return <p className="py-10 text-center text-sm text-muted-foreground">No communications in the last 12 months</p>;
  }
  return (
    <figure className="m-0">
      <ChartFrame height={rows.length * ROW_HEIGHT + 32}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 8, bottom: 0, left: 0 }} title={label}>
          <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
          <XAxis type="number" allowDecimals={false} {...AXIS_STYLE} />
          <YAxis type="category" dataKey="label" width={72} {...AXIS_STYLE} />
          <Tooltip
            cursor={{ fill: "var(--muted)" }}
            content={({ active, label: hovered }) => <ChannelTooltip active={active} label={hovered} rows={rows} />}
          />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId="direction" fill={s.fill} barSize={18} isAnimationActive={false} />
          ))}
        </BarChart>
      </ChartFrame>
      <ChartLegend items={SERIES.map((s) => ({ key: s.key, label: s.name, fill: s.fill }))} />
      <ChartDataTable
        caption={label}
        columns={["Channel", "Inbound", "Outbound", "Total"]}
        rows={rows.map((r) => ({ key: r.label, header: r.label, cells: [r.inbound, r.outbound, r.total] }))}
      />
    </figure>
  );
}
