// The customer health score: an explainable 0–100 figure. It starts from a neutral 50 and each
// factor adds or takes away a bounded number of points, so the 360 can show exactly why a
// customer scores what they do. Pure: every input, including "now", is a parameter.
//
//   factor        points            rule
//   recency       −15 … +15         last order or interaction: +15 today, falling linearly to −15 at a year; never: −15
//   frequency      −5 … +10         orders in the last 365 days: none −5, else +3.5 each up to +10
//   spend           0 … +10         lifetime value: +10 × log(1 + value) / log(1 + 5,000), capped (value in major units)
//   nps           −15 … +15         latest NPS answer of the last 365 days: promoter +15, passive +5, detractor −15; none 0
//   complaints    −16 … 0           −8 per complaint in the last 90 days
//   open cases    −10 … 0           −5 per open case
//   engagement      0 … +10         web/app sessions and campaign opens, clicks and conversions in 90 days: +1 each
//
// The sum is clamped to 0–100. 70 and above is healthy, 40–69 needs attention, below 40 at risk.

export const HEALTH_BASE = 50;
export const HEALTH_FACTORS = ["recency", "frequency", "spend", "nps", "complaints", "open_cases", "engagement"] as const;
export type HealthFactor = (typeof HEALTH_FACTORS)[number];

export const HEALTH_FACTOR_LABELS: Record<HealthFactor, string> = {
  recency: "Recency",
  frequency: "Purchase frequency",
  spend: "Spend",
  nps: "Latest NPS",
  complaints: "Recent complaints",
  open_cases: "Open cases",
  engagement: "Engagement",
};

export const HEALTH_RANGE: Record<HealthFactor, { min: number; max: number }> = {
  recency: { min: -15, max: 15 },
  frequency: { min: -5, max: 10 },
  spend: { min: 0, max: 10 },
  nps: { min: -15, max: 15 },
  complaints: { min: -16, max: 0 },
  open_cases: { min: -10, max: 0 },
  engagement: { min: 0, max: 10 },
};

export type HealthBand = "healthy" | "attention" | "at_risk";
export const HEALTH_BAND_LABELS: Record<HealthBand, string> = {
  healthy: "Healthy",
  attention: "Needs attention",
  at_risk: "At risk",
};

export interface HealthInputs {
  /** Latest order or interaction, ISO; null when there has been none. */
  lastActivityAt: string | null;
  ordersLastYear: number;
  lifetimeValueMinor: number;
  /** Minor units per major unit of the value's currency (100 for USD). */
  minorPerMajor?: number;
  latestNps: number | null;
  latestNpsAt: string | null;
  complaintsLast90Days: number;
  openCases: number;
  /** Sessions plus campaign opens, clicks and conversions in the last 90 days. */
  engagementLast90Days: number;
}

export interface HealthContribution {
  factor: HealthFactor;
  label: string;
  points: number;
  min: number;
  max: number;
  /** What the points are based on, in words: "Last activity 12 days ago". */
  basis: string;
}

export interface HealthScore {
  score: number;
  band: HealthBand;
  base: number;
  contributions: HealthContribution[];
}

const DAY_MS = 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function healthBand(score: number): HealthBand {
  return score >= 70 ? "healthy" : score >= 40 ? "attention" : "at_risk";
}

export function computeHealth(input: HealthInputs, now: number): HealthScore {
  const parts: Array<[HealthFactor, number, string]> = [];

  if (input.lastActivityAt === null) {
    parts.push(["recency", -15, "No order or interaction yet"]);
  } else {
    const days = Math.max(0, Math.floor((now - Date.parse(input.lastActivityAt)) / DAY_MS));
    parts.push(["recency", 15 - (30 * Math.min(days, 365)) / 365, days === 0 ? "Active today" : `Last activity ${plural(days, "day")} ago`]);
  }

  const orders = Math.max(0, input.ordersLastYear);
  parts.push(["frequency", orders === 0 ? -5 : Math.min(10, 3.5 * orders), `${plural(orders, "order")} in the last year`]);

  const major = Math.max(0, input.lifetimeValueMinor) / (input.minorPerMajor ?? 100);
  parts.push(["spend", Math.min(10, (10 * Math.log1p(major)) / Math.log1p(5000)), `Lifetime value ${Math.round(major).toLocaleString("en-US")}`]);

  const npsFresh = input.latestNps !== null && input.latestNpsAt !== null && now - Date.parse(input.latestNpsAt) <= 365 * DAY_MS;
  if (!npsFresh || input.latestNps === null) {
    parts.push(["nps", 0, input.latestNps === null ? "No NPS answer" : "No NPS answer in the last year"]);
  } else {
    const s = input.latestNps;
    const [points, word] = s >= 9 ? [15, "promoter"] : s >= 7 ? [5, "passive"] : [-15, "detractor"];
    parts.push(["nps", points, `Scored ${s} (${word})`]);
  }

  const complaints = Math.max(0, input.complaintsLast90Days);
  parts.push(["complaints", Math.max(-16, -8 * complaints), `${plural(complaints, "complaint")} in 90 days`]);

  const open = Math.max(0, input.openCases);
  parts.push(["open_cases", Math.max(-10, -5 * open), `${plural(open, "open case")}`]);

  const engagement = Math.max(0, input.engagementLast90Days);
  parts.push(["engagement", Math.min(10, engagement), `${plural(engagement, "session or campaign response", "sessions and campaign responses")} in 90 days`]);

  const contributions = parts.map(([factor, points, basis]) => ({
    factor, label: HEALTH_FACTOR_LABELS[factor], points: round1(points) + 0, ...HEALTH_RANGE[factor], basis,
  }));
  const sum = HEALTH_BASE + contributions.reduce((acc, c) => acc + c.points, 0);
  const score = Math.round(Math.min(100, Math.max(0, sum)));
  return { score, band: healthBand(score), base: HEALTH_BASE, contributions };
}
