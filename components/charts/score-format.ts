// How survey scores and trend buckets read, shared by the feedback charts (client) and the cards
// around them (server). Pure functions over cached formatters: server and browser print the same.

import { formatNumber, formatPercent } from "@/lib/format";
import { SCORE_RANGES, type SurveyKind } from "@/lib/domain/feedback-stats";

type Grain = "day" | "week" | "month";

// Built once per module, as lib/format does: these option sets are not among its helpers.
const decimals = [0, 1, 2].map((digits) => new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const fixed = (value: number, digits: 0 | 1 | 2) => decimals[digits]!.format(value);

/** The headline form of a score: NPS "+32", CSAT "78%", CES "5.4"; "—" without responses. */
export function formatScore(kind: SurveyKind, value: number | null): string {
  if (value === null) return "—";
  switch (kind) {
    case "nps": {
      // Math.round(-0.4) is -0, which equals 0: no "+0" or "-0".
      const points = Math.round(value);
      return points === 0 ? "0" : points > 0 ? `+${formatNumber(points)}` : `−${formatNumber(-points)}`;
    }
    case "csat":
      return formatPercent(value / 100);
    case "ces":
      return fixed(value, 1);
  }
}

/** A score on an axis tick: as the headline, without the plus sign on NPS zero. */
export function formatScoreTick(kind: SurveyKind, value: number): string {
  return kind === "ces" ? fixed(value, Number.isInteger(value) ? 0 : 1) : formatScore(kind, value);
}

/** The unit a difference is in, in words: NPS points, CSAT percentage points, CES scale points. */
export const DIFFERENCE_UNITS: Record<SurveyKind, [string, string]> = {
  nps: ["point", "points"],
  csat: ["percentage point", "percentage points"],
  ces: ["point", "points"],
};

/** The number part of a margin or difference, at a precision that suits the scale. */
function magnitude(kind: SurveyKind, value: number): string {
  const abs = Math.abs(value);
  if (kind === "ces") return fixed(abs, abs < 1 ? 2 : 1);
  return fixed(abs, abs < 10 ? 1 : 0);
}

/** "±4.2" (NPS), "±3.1 pts" (CSAT), "±0.12" (CES); "" without a margin. */
export function formatMargin(kind: SurveyKind, margin: number | null): string {
  if (margin === null) return "";
  return `±${magnitude(kind, margin)}${kind === "csat" ? " pts" : ""}`;
}

/** A signed change: "+5.0", "−2.3 pts", "0.0". */
export function formatDifference(kind: SurveyKind, difference: number): string {
  const text = magnitude(kind, difference);
  const zero = Number(text) === 0;
  const sign = zero ? "" : difference > 0 ? "+" : "−";
  return `${sign}${text}${kind === "csat" ? " pts" : ""}`;
}

/** The lowest and highest a score can be, for axes and bars. */
export const VALUE_BOUNDS: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: -100, max: 100 },
  csat: { min: 0, max: 100 },
  ces: { min: SCORE_RANGES.ces.min, max: SCORE_RANGES.ces.max },
};

/**
 * An axis range around the given values with a little room, rounded to a readable step and kept
 * inside what the score can be.
 */
export function valueDomain(kind: SurveyKind, values: readonly number[]): [number, number] {
  const { min, max } = VALUE_BOUNDS[kind];
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [min, max];
  const step = kind === "ces" ? 0.5 : 10;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const pad = Math.max((hi - lo) * 0.08, step / 2);
  const floor = Math.max(min, Math.floor((lo - pad) / step) * step);
  const ceil = Math.min(max, Math.ceil((hi + pad) / step) * step);
  return floor < ceil ? [floor, ceil] : [min, max];
}

// --- Trend buckets ---------------------------------------------------------------------------------

const dayTick = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const monthTick = new Intl.DateTimeFormat("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });
const dayLong = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const weekLong = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const monthLong = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** A bucket's start on an axis: "Mar 3" for days and weeks, "Mar 25" for months. */
export function formatBucketTick(start: string, grain: Grain): string {
  return (grain === "month" ? monthTick : dayTick).format(utc(start));
}

/** A bucket in full: "Tue, Mar 4, 2025", "Week of Mar 3, 2025", "March 2025". */
export function formatBucket(start: string, grain: Grain): string {
  const date = utc(start);
  if (grain === "day") return dayLong.format(date);
  if (grain === "week") return `Week of ${weekLong.format(date)}`;
  return monthLong.format(date);
}

/** "1 response", "1,234 responses". */
export function responsesText(n: number): string {
  return `${formatNumber(n)} ${n === 1 ? "response" : "responses"}`;
}
