"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import type { Party360Insights } from "@/lib/domain/party-360";
import { formatMoney, formatNumber } from "@/lib/format";
import { AXIS_STYLE, ChartDataTable, ChartFrame, ChartTooltipBox } from "./chart-parts";

type SpendMonth = Party360Insights["spendByMonth"][number];

// Spend is summed in USD by the data layer; 100 minor units to the dollar.
const CURRENCY = "USD";
const MINOR_PER_MAJOR = 100;
const shortMonth = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
const longMonth = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const compactMoney = new Intl.NumberFormat("en-US", { style: "currency", currency: CURRENCY, notation: "compact" });

/** "2025-11" → a UTC date on the 1st; null when the text is not a month. */
function monthDate(month: string): Date | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}

/** "2025-11" → "Nov 25" for the axis. */
function monthTick(month: string): string {
  const date = monthDate(month);
  return date ? `${shortMonth.format(date)} ${String(date.getUTCFullYear()).slice(2)}` : month;
}

/** "2025-11" → "November 2025" for the tooltip and the data table. */
function monthName(month: string): string {
  const date = monthDate(month);
  return date ? longMonth.format(date) : month;
}

function SpendTooltip({ active, label, data }: Pick<TooltipContentProps, "active" | "label"> & { data: SpendMonth[] }) {
  const row = data.find((d) => d.month === label);
  if (!active || !row) return null;
  return (
    <ChartTooltipBox title={monthName(row.month)}>
      <p className="mt-0.5 text-muted-foreground">
        {formatMoney(row.amountMinor, CURRENCY)} · {formatNumber(row.orders)} {row.orders === 1 ? "order" : "orders"}
      </p>
    </ChartTooltipBox>
  );
}

/** Spend per calendar month as bars, oldest first, with a data table for screen readers. */
export function ChartBarSpendByMonth({
  data,
  height = 200,
  label = "Spend per month, last 24 months",
}: {
  data: Party360Insights["spendByMonth"];
  height?: number;
  label?: string;
}) {
  if (!data.some((d) => d.amountMinor !== 0 || d.orders !== 0)) {
    return <p className="py-10 text-center text-sm text-muted-foreground">No purchases in the last 24 months</p>;
  }
  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <BarChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} title={label}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="month" tickFormatter={monthTick} minTickGap={12} {...AXIS_STYLE} />
          <YAxis tickFormatter={(minor: number) => compactMoney.format(minor / MINOR_PER_MAJOR)} width={52} {...AXIS_STYLE} />
          <Tooltip
            cursor={{ fill: "var(--muted)" }}
            content={({ active, label: hovered }) => <SpendTooltip active={active} label={hovered} data={data} />}
          />
          <Bar dataKey="amountMinor" name="Spend" fill="var(--chart-1)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ChartFrame>
      <ChartDataTable
        caption={label}
        columns={["Month", "Spend", "Orders"]}
        rows={data.map((d) => ({ key: d.month, header: monthName(d.month), cells: [formatMoney(d.amountMinor, CURRENCY), d.orders] }))}
      />
    </figure>
  );
}
