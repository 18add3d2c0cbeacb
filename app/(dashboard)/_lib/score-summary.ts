import { scoreTone, SCORE_RANGE, type SurveyKind } from "@/components/charts/score-bands";

export interface ScoreSummary {
  total: number;
  negative: number;
  neutral: number;
  positive: number;
  /** Mean score, null without responses. */
  average: number | null;
  /** NPS: % promoters − % detractors, rounded; null without responses or for other kinds. */
  nps: number | null;
}

/** Counts per band, the mean, and (for NPS) the score, from `counts[i]` = responses scoring i. */
export function summarize(kind: SurveyKind, counts: readonly number[]): ScoreSummary {
  const { min, max } = SCORE_RANGE[kind];
  const summary = { total: 0, negative: 0, neutral: 0, positive: 0 };
  let sum = 0;
  for (let score = min; score <= max; score++) {
    const n = counts[score] ?? 0;
    summary.total += n;
    summary[scoreTone(kind, score)] += n;
    sum += n * score;
  }
  const { total } = summary;
  return {
    ...summary,
    average: total > 0 ? sum / total : null,
    nps: kind === "nps" && total > 0 ? Math.round(((summary.positive - summary.negative) / total) * 100) : null,
  };
}
