"use client";

import { channelLabel } from "@/lib/domain/channels";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { Party360Insights } from "@/lib/domain/party-360";
import { formatNumber } from "@/lib/format";

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
    <div className="rounded-md border bg-popover px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-foreground">
        {row.label} · {formatNumber(row.total)}
      </p>
      {SERIES.map((s) => (
        <p key={s.key} className="mt-0.5 flex items-center gap-1.5 text-muted-foreground">
          <span aria-hidden="true" className="size-2 rounded-sm" style={{ backgroundColor: s.fill }} />
          {s.name}: {formatNumber(row[s.key])}
        </p>
      ))}
    </div>
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
      <div style={{ height: rows.length * ROW_HEIGHT + 32 }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 8, bottom: 0, left: 0 }} title={label}>
            <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
            <XAxis
              type="number"
              allowDecimals={false}
              tickLine={false}
              axisLine={false}
              tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="label"
              tickLine={false}
              axisLine={false}
              width={72}
              tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            />
            <Tooltip
              cursor={{ fill: "var(--muted)" }}
              content={({ active, label: hovered }) => <ChannelTooltip active={active} label={hovered} rows={rows} />}
            />
            {SERIES.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} stackId="direction" fill={s.fill} barSize={18} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ backgroundColor: s.fill }} />
            {s.name}
          </span>
        ))}
      </figcaption>
      {/* Hidden through a wrapper: a table ignores width: 1px and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Inbound</th>
              <th scope="col">Outbound</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.inbound}</td>
                <td>{r.outbound}</td>
                <td>{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
