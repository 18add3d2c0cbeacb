// The survey scores and their uncertainty, computed from score counts (`counts[s]` = responses
// scoring s) so that rollups, raw responses and tests feed the same functions.
//
// NPS = %promoters (9–10) − %detractors (0–6). Treating each response as +1, 0 or −1, its variance
// is p + d − (p − d)², so the standard error of NPS (in points) is 100·√((p + d − (p − d)²) / n).
// CSAT is the share of 4–5 on 1–5 (a proportion, standard error √(p(1 − p)/n)); CES is the mean of
// 1–7 (standard error s/√n with the sample standard deviation). Margins are 95% (z = 1.96) normal
// approximations; below SMALL_SAMPLE responses they are shown but flagged, never hidden.

export type SurveyKind = "nps" | "csat" | "ces";

export const SCORE_RANGES: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

/** Fewer responses than this and a figure is marked "small sample". */
export const SMALL_SAMPLE = 30;
export const Z95 = 1.959963984540054;

export type Band = "negative" | "neutral" | "positive";

/** Detractor / passive / promoter for NPS; dissatisfied / neutral / satisfied for CSAT; hard / neutral / easy for CES. */
export function scoreBand(kind: SurveyKind, score: number): Band {
  switch (kind) {
    case "nps":
      return score <= 6 ? "negative" : score <= 8 ? "neutral" : "positive";
    case "csat":
      return score <= 2 ? "negative" : score === 3 ? "neutral" : "positive";
    case "ces":
      return score <= 3 ? "negative" : score === 4 ? "neutral" : "positive";
  }
}

/** Scores of a band, for drill-downs ("the detractors behind this bar"). */
export function bandScores(kind: SurveyKind, band: Band): { min: number; max: number } {
  const { min, max } = SCORE_RANGES[kind];
  let lo = Infinity;
  let hi = -Infinity;
  for (let s = min; s <= max; s++) {
    if (scoreBand(kind, s) === band) {
      lo = Math.min(lo, s);
      hi = Math.max(hi, s);
    }
  }
  return { min: lo, max: hi };
}

export interface ScoreStats {
  kind: SurveyKind;
  n: number;
  negative: number;
  neutral: number;
  positive: number;
  /** NPS in points (−100…100), CSAT in percent (0…100), CES as the mean (1…7); null without responses. */
  value: number | null;
  /** Half-width of the 95% interval, in the unit of `value`; null without responses. */
  margin: number | null;
  /** Standard error in the unit of `value`; null without responses. */
  se: number | null;
  mean: number | null;
  small: boolean;
}

/** Counts indexed by score, with anything outside the kind's range ignored. */
export function emptyCounts(kind: SurveyKind): number[] {
  return Array.from({ length: SCORE_RANGES[kind].max + 1 }, () => 0);
}

export function addCounts(into: number[], from: readonly number[], sign = 1): number[] {
  for (let s = 0; s < from.length; s++) into[s] = (into[s] ?? 0) + sign * (from[s] ?? 0);
  return into;
}

export function scoreStats(kind: SurveyKind, counts: readonly number[]): ScoreStats {
  const { min, max } = SCORE_RANGES[kind];
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  const bands = { negative: 0, neutral: 0, positive: 0 };
  for (let s = min; s <= max; s++) {
    const c = counts[s] ?? 0;
    if (!(c > 0)) continue;
    n += c;
    sum += c * s;
    sumSq += c * s * s;
    bands[scoreBand(kind, s)] += c;
  }
  const base = { kind, n, ...bands, small: n < SMALL_SAMPLE };
  if (n === 0) return { ...base, value: null, margin: null, se: null, mean: null };
  const mean = sum / n;
  let value: number;
  let se: number;
  if (kind === "nps") {
    const p = bands.positive / n;
    const d = bands.negative / n;
    value = 100 * (p - d);
    se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
  } else if (kind === "csat") {
    const p = bands.positive / n;
    value = 100 * p;
    se = 100 * Math.sqrt((p * (1 - p)) / n);
  } else {
    value = mean;
    const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
    se = Math.sqrt(variance / n);
  }
  return { ...base, value, margin: Z95 * se, se, mean };
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

export interface Comparison {
  /** current − previous, in the unit of the score; null when either side has no responses. */
  difference: number | null;
  z: number | null;
  /** Two-sided p-value of "no change". */
  p: number | null;
  /** p < 0.05 with at least SMALL_SAMPLE responses on both sides. */
  significant: boolean;
  /** A side has fewer than SMALL_SAMPLE responses: the normal approximation cannot be trusted, so no verdict. */
  tooSmall: boolean;
}

/**
 * Is the change between two independent samples more than chance? A two-sample z-test on the
 * difference, with the standard errors above. Below SMALL_SAMPLE responses on either side the
 * test is not trusted (ten promoters out of ten have no spread, not no uncertainty), so there is
 * a difference but no verdict. With large samples and both errors zero (all promoters in both),
 * a difference is certain and no difference is not significant.
 */
export function compareStats(current: ScoreStats, previous: ScoreStats): Comparison {
  if (current.value === null || previous.value === null || current.se === null || previous.se === null) {
    return { difference: null, z: null, p: null, significant: false, tooSmall: current.n < SMALL_SAMPLE || previous.n < SMALL_SAMPLE };
  }
  const difference = current.value - previous.value;
  const tooSmall = current.small || previous.small;
  const se = Math.sqrt(current.se ** 2 + previous.se ** 2);
  if (se === 0) {
    if (tooSmall) return { difference, z: null, p: null, significant: false, tooSmall };
    const certain = difference !== 0;
    return { difference, z: certain ? Math.sign(difference) * Infinity : 0, p: certain ? 0 : 1, significant: certain, tooSmall };
  }
  const z = difference / se;
  const p = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  return { difference, z, p, significant: p < 0.05 && !tooSmall, tooSmall };
}

// --- Durations counted in buckets (detractor follow-ups) --------------------------------------------

/**
 * Width in hours of the bucket starting at `bucket`: whole hours under two days, whole days under
 * 30 days, whole weeks beyond (follow_up_bucket in the feedback rollup migration).
 */
export function bucketWidth(bucket: number): number {
  return bucket < 48 ? 1 : bucket < 720 ? 24 : 168;
}

/**
 * The median of a duration counted in buckets: the middle one's midpoint, or the boundary when the
 * two middle durations fall in neighbouring buckets of an even count. Null without any.
 */
export function bucketMedian(counts: ReadonlyMap<number, number>): number | null {
  const buckets = [...counts].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const [bucket, n] of buckets) {
      seen += n;
      if (rank < seen) return bucket;
    }
    return buckets.at(-1)![0];
  };
  const lo = at(Math.floor((total - 1) / 2));
  const hi = at(Math.floor(total / 2));
  return (lo + bucketWidth(lo) / 2 + hi + bucketWidth(hi) / 2) / 2;
}

