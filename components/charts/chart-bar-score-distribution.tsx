"use client";

import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from "recharts";
import { formatNumber, formatPercent } from "@/lib/format";
import { AXIS_STYLE, ChartDataTable, ChartFrame, ChartLegend, ChartTooltipBox, ChartTooltipHint } from "./chart-parts";
import { TONE_FILL, type ScoreBucket, type ScoreTone } from "./score-bands";
import { useDrillDown } from "./use-drill-down";

export interface ScoreDistributionBucket extends ScoreBucket {
  /** The responses with this score; with it (and a count), the bar opens them on a click. */
  href?: string;
}

export interface ChartBarScoreDistributionProps {
  data: ScoreDistributionBucket[];
  /** Names a screen reader hears for the chart and its data table, e.g. "NPS responses by score". */
  label: string;
  toneLabels: Record<ScoreTone, string>;
  height?: number;
}

/** A bar leads somewhere only with a link and something behind it. */
const targetOf = (bucket: ScoreDistributionBucket | undefined) => (bucket?.href && bucket.count > 0 ? bucket.href : null);

function ScoreTooltip({
  active,
  label,
  data,
  total,
  toneLabels,
}: Pick<TooltipContentProps, "active" | "label"> & { data: ScoreDistributionBucket[]; total: number; toneLabels: Record<ScoreTone, string> }) {
  const bucket = data.find((d) => d.score === Number(label));
  if (!active || !bucket) return null;
  return (
    <ChartTooltipBox title={`Score ${bucket.score} · ${toneLabels[bucket.tone]}`}>
      <p className="mt-0.5 text-muted-foreground tabular-nums">
        {formatNumber(bucket.count)} responses{total > 0 ? ` (${formatPercent(bucket.count / total)})` : ""}
      </p>
      {targetOf(bucket) ? <ChartTooltipHint /> : null}
    </ChartTooltipBox>
  );
}

/**
 * Responses per score as bars coloured by band, with a legend and a data table for screen readers.
 * Buckets that carry an `href` are clickable: a click on the bar (or the column above it) opens the
 * responses with that score.
 */
export function ChartBarScoreDistribution({ data, label, toneLabels, height = 220 }: ChartBarScoreDistributionProps) {
  const go = useDrillDown();
  const total = data.reduce((sum, d) => sum + d.count, 0);
  const tones = (Object.keys(toneLabels) as ScoreTone[]).filter((tone) => data.some((d) => d.tone === tone));
  const clickable = data.some((d) => targetOf(d) !== null);
  return (
    <figure className="m-0">
      <ChartFrame height={height}>
        <BarChart data={data} margin={{ top: 8, right: 4, bottom: 0, left: -16 }} title={label}>
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis dataKey="score" {...AXIS_STYLE} />
          <YAxis allowDecimals={false} tickFormatter={(value: number) => formatNumber(value)} width={48} {...AXIS_STYLE} />
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
            // By index, on the bar itself: the chart-wide click reads the hovered column, which a
            // click right after the pointer arrives can find not yet updated. The transparent
            // background keeps the whole column a target, so a short bar is as easy to hit.
            onClick={clickable ? (_bucket, index) => go(targetOf(data[index])) : undefined}
            background={clickable ? { fill: "transparent", cursor: "pointer" } : false}
            shape={(props: BarShapeProps) => (
              <Rectangle
                x={props.x}
                y={props.y}
                width={props.width}
                height={props.height}
                radius={[4, 4, 0, 0]}
                fill={TONE_FILL[data[props.index]?.tone ?? "neutral"]}
                cursor={targetOf(data[props.index]) ? "pointer" : undefined}
              />
            )}
          />
        </BarChart>
      </ChartFrame>
      <ChartLegend items={tones.map((tone) => ({ key: tone, label: toneLabels[tone], fill: TONE_FILL[tone] }))} />
      <ChartDataTable
        caption={label}
        columns={["Score", "Responses"]}
        rows={data.map((d) => ({ key: d.score, header: d.score, cells: [d.count] }))}
      />
    </figure>
  );
}
