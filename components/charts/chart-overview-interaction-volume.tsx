"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { channelLabel } from "@/lib/domain/channels";
import { formatNumber } from "@/lib/format";
import { AXIS_STYLE, ChartDataTable, ChartFrame, ChartLegend, ChartTooltipBox, ChartTooltipItem } from "./chart-parts";

export interface VolumeDay {
  /** ISO day, UTC. */
  day: string;
  byChannel: Record<string, number>;
  total: number;
}

export interface VolumeChannel {
  channel: string;
  total: number;
}

// Colours come from CSS variables (app/globals.css), so the chart follows the theme. Each channel
// keeps its colour whatever its rank, so "chat is yellow" holds from one day to the next.
const CHANNEL_FILL: Record<string, string> = {
  email: "var(--chart-1)",
  call: "var(--chart-2)",
  chat: "var(--chart-3)",
  sms: "var(--chart-4)",
  in_store: "var(--chart-5)",
  social_dm: "var(--chart-6)",
};
const OTHER_FILL = "var(--chart-axis)";
const fillOf = (channel: string) => CHANNEL_FILL[channel] ?? OTHER_FILL;

const tickDay = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
const dayTick = (day: string) => tickDay.format(new Date(day));
const dayName = (day: string) => longDay.format(new Date(day));

function VolumeTooltip({ active, label, days, channels }: Pick<TooltipContentProps, "active" | "label"> & { days: VolumeDay[]; channels: VolumeChannel[] }) {
  const row = days.find((d) => d.day === label);
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={`${dayName(row.day)} · ${formatNumber(row.total)}`} className="tabular-nums">
      {/* Top of the stack first, as the eye meets it. */}
      {[...channels].reverse().map((c) => (
        <ChartTooltipItem key={c.channel} fill={fillOf(c.channel)}>
          {channelLabel(c.channel)}: {formatNumber(row.byChannel[c.channel] ?? 0)}
        </ChartTooltipItem>
      ))}
    </ChartTooltipBox>
  );
}

/** Interactions per day stacked by channel (busiest channel at the base), with a legend and a data table. */
export function ChartOverviewInteractionVolume({
  days,
  channels,
  label,
  height = 220,
}: {
  days: VolumeDay[];
  /** Busiest first, as the data layer returns them; only channels with volume. */
  channels: VolumeChannel[];
  /** Names a screen reader hears for the chart and its data table. */
  label: string;
  height?: number;
}) {
  if (channels.length === 0) {
    return <p className="py-10 text-center text-sm text-muted-foreground">No interactions in this period</p>;
  }
  const top = channels.length - 1;
  // Every channel on every day, so each bar reads a number through a stable string key
  // ("byChannel.email"; channel values are snake_case, never dotted).
  const rows: VolumeDay[] = days.map((d) => ({
    ...d,
    byChannel: Object.fromEntries(channels.map((c) => [c.channel, d.byChannel[c.channel] ?? 0])),
  }));
  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <BarChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: -12 }} title={label}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="day" tickFormatter={dayTick} minTickGap={24} {...AXIS_STYLE} />
          <YAxis allowDecimals={false} width={48} tickFormatter={(v: number) => formatNumber(v)} {...AXIS_STYLE} />
          <Tooltip
            cursor={{ fill: "var(--muted)" }}
            content={({ active, label: hovered }) => <VolumeTooltip active={active} label={hovered} days={rows} channels={channels} />}
          />
          {channels.map((c, i) => (
            <Bar
              key={c.channel}
              dataKey={`byChannel.${c.channel}`}
              name={channelLabel(c.channel)}
              stackId="channel"
              fill={fillOf(c.channel)}
              radius={i === top ? [3, 3, 0, 0] : 0}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ChartFrame>
      <ChartLegend
        className="tabular-nums"
        items={channels.map((c) => ({ key: c.channel, label: `${channelLabel(c.channel)} ${formatNumber(c.total)}`, fill: fillOf(c.channel) }))}
      />
      <ChartDataTable
        caption={label}
        columns={["Day", ...channels.map((c) => channelLabel(c.channel)), "Total"]}
        rows={days.map((d) => ({
          key: d.day,
          header: dayName(d.day),
          cells: [...channels.map((c) => d.byChannel[c.channel] ?? 0), d.total],
        }))}
      />
    </figure>
  );
}
