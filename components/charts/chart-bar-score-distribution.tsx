"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from "recharts";
import { formatNumber, formatPercent } from "@/lib/format";
import { TONE_FILL, type ScoreBucket, type ScoreTone } from "./score-bands";

export interface ChartBarScoreDistributionProps {
  data: ScoreBucket[];
  /** Names a screen reader hears for the chart and its data table, e.g. "NPS responses by score". */
  label: string;
  toneLabels: Record<ScoreTone, string>;
  height?: number;
}

function ScoreTooltip({
  active,
  label,
  data,
  total,
  toneLabels,
}: Pick<TooltipContentProps, "active" | "label"> & { data: ScoreBucket[]; total: number; toneLabels: Record<ScoreTone, string> }) {
  const bucket = data.find((d) => d.score === Number(label));
  if (!active || !bucket) return null;
  return (
    <div className="rounded-md border bg-popover px-3 py-2 text-xs shadow-md">
      <p className="font-medium text-foreground">
        Score {bucket.score} · {toneLabels[bucket.tone]}
      </p>
      <p className="mt-0.5 text-muted-foreground">
        {formatNumber(bucket.count)} responses{total > 0 ? ` (${formatPercent(bucket.count / total)})` : ""}
      </p>
    </div>
  );
}

/** Responses per score as bars coloured by band, with a legend and a data table for screen readers. */
export function ChartBarScoreDistribution({ data, label, toneLabels, height = 220 }: ChartBarScoreDistributionProps) {
  const total = data.reduce((sum, d) => sum + d.count, 0);
  const tones = (Object.keys(toneLabels) as ScoreTone[]).filter((tone) => data.some((d) => d.tone === tone));
  return (
    <figure className="m-0">
      <div style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: -16 }} title={label}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="score"
              tickLine={false}
              axisLine={false}
              tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            />
            <YAxis
              allowDecimals={false}
              tickLine={false}
              axisLine={false}
              width={48}
              tick={{ fill: "var(--chart-axis)", fontSize: 12 }}
            />
            <Tooltip
              cursor={{ fill: "var(--muted)" }}
              content={({ active, label: hovered }) => (
                <ScoreTooltip active={active} label={hovered} data={data} total={total} toneLabels={toneLabels} />
              )}
            />
            <Bar
              dataKey="count"
              name="Responses"
              isAnimationActive={false}
              shape={(props: BarShapeProps) => (
                <Rectangle
                  x={props.x}
                  y={props.y}
                  width={props.width}
                  height={props.height}
                  radius={[4, 4, 0, 0]}
                  fill={TONE_FILL[data[props.index]?.tone ?? "neutral"]}
                />
              )}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
        {tones.map((tone) => (
          <span key={tone} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ backgroundColor: TONE_FILL[tone] }} />
            {toneLabels[tone]}
          </span>
        ))}
      </figcaption>
      {/* Hidden through a wrapper: a table ignores width: 1px and would widen the page. */}
      <div className="sr-only">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">Responses</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.score}>
                <th scope="row">{d.score}</th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
