// The pieces every Recharts wrapper here repeats: the sized frame, the axis style, the tooltip box,
// the legend and the data table a screen reader reads instead of the drawing. Plain components
// without hooks, so they serve any chart (the charts themselves are the client boundary).

import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { cn } from "@/components/ui/cn";

/** Axes without lines, ticks in the theme's axis colour: spread into every XAxis and YAxis. */
export const AXIS_STYLE = {
  tickLine: false,
  axisLine: false,
  tick: { fill: "var(--chart-axis)", fontSize: 12 },
} as const;

/** The drawing at a fixed height and the container's full width. */
export function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  return (
    <div style={{ height }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

/** A tooltip's box: a title line, then what the caller adds. */
export function ChartTooltipBox({
  title,
  children,
  compact = false,
  className,
}: {
  title: ReactNode;
  children?: ReactNode;
  /** Tighter padding, for small charts such as sparklines. */
  compact?: boolean;
  className?: string;
}) {
  return (
    <div className={cn("rounded-md border bg-popover text-xs shadow-md", compact ? "px-2.5 py-1.5" : "px-3 py-2", className)}>
      <p className="font-medium text-foreground">{title}</p>
      {children}
    </div>
  );
}

/** One series in a tooltip: its colour, then its value. */
export function ChartTooltipItem({ fill, children, className }: { fill: string; children: ReactNode; className?: string }) {
  return (
    <p className={cn("mt-0.5 flex items-center gap-1.5 text-muted-foreground", className)}>
      <span aria-hidden="true" className="size-2 rounded-sm" style={{ backgroundColor: fill }} />
      {children}
    </p>
  );
}

/** The last line of a clickable chart's tooltip. */
export function ChartTooltipHint({ children = "Click to see these responses" }: { children?: ReactNode }) {
  return <p className="mt-1 text-muted-foreground">{children}</p>;
}

export interface ChartLegendItem {
  key: string;
  label: ReactNode;
  /** The swatch colour (a CSS variable). */
  fill?: string;
  /** Classes drawing a marker other than the square swatch (a line, a ring); replaces it. */
  marker?: string;
}

/** The figure's caption: one swatch and name per series. */
export function ChartLegend({ items, className }: { items: readonly ChartLegendItem[]; className?: string }) {
  return (
    <figcaption className={cn("mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground", className)}>
      {items.map((item) => (
        <span key={item.key} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={item.marker ?? "size-2.5 rounded-sm"} style={item.fill ? { backgroundColor: item.fill } : undefined} />
          {item.label}
        </span>
      ))}
    </figcaption>
  );
}

export interface ChartDataRow {
  key: string | number;
  /** The row's header cell: what the row is (a period, a score, a channel). */
  header: ReactNode;
  cells: readonly ReactNode[];
}

/**
 * The chart's numbers as a table, for screen readers. `columns` names every column, the row
 * headers' first.
 */
export function ChartDataTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly ChartDataRow[] }) {
  return (
    // Hidden through a wrapper: a table ignores width: 1px and would widen the page.
    <div className="sr-only">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
