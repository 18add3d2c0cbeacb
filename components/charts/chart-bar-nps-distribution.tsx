"use client";

import { ChartBarScoreDistribution } from "./chart-bar-score-distribution";
import { TONE_LABELS, toBuckets } from "./score-bands";

/** NPS responses per score 0–10, coloured detractor / passive / promoter. `counts[i]` = responses scoring i. */
export function ChartBarNpsDistribution({
  counts,
  height,
  label = "NPS responses by score",
}: {
  counts: number[];
  height?: number;
  label?: string;
}) {
  return <ChartBarScoreDistribution data={toBuckets("nps", counts)} label={label} toneLabels={TONE_LABELS.nps} height={height} />;
}
