// Score bands for the survey kinds, shared by the charts (client) and the summaries (server).
// Pure data and functions: no React, no browser APIs.

import { SCORE_RANGES, scoreBand, type Band, type SurveyKind } from "@/lib/domain/feedback-stats";

export type { SurveyKind };
/** Which band a score falls in: detractor / passive / promoter for NPS, low / mid / high otherwise. */
export type ScoreTone = Band;
export const SCORE_RANGE = SCORE_RANGES;
export const scoreTone = scoreBand;

export interface ScoreBucket {
  score: number;
  count: number;
  tone: ScoreTone;
}

export const TONE_LABELS: Record<SurveyKind, Record<ScoreTone, string>> = {
  nps: { negative: "Detractors (0–6)", neutral: "Passives (7–8)", positive: "Promoters (9–10)" },
  csat: { negative: "Dissatisfied (1–2)", neutral: "Neutral (3)", positive: "Satisfied (4–5)" },
  ces: { negative: "Hard (1–3)", neutral: "Neutral (4)", positive: "Easy (5–7)" },
};

/** `counts[i]` = responses scoring i (as the data layer returns them) → one bucket per valid score. */
export function toBuckets(kind: SurveyKind, counts: readonly number[]): ScoreBucket[] {
  const { min, max } = SCORE_RANGE[kind];
  return Array.from({ length: max - min + 1 }, (_, i) => {
    const score = min + i;
    return { score, count: counts[score] ?? 0, tone: scoreTone(kind, score) };
  });
}

// Colours come from CSS variables (app/globals.css), so charts follow the theme.
export const TONE_FILL: Record<ScoreTone, string> = {
  negative: "var(--chart-negative)",
  neutral: "var(--chart-neutral)",
  positive: "var(--chart-positive)",
};
