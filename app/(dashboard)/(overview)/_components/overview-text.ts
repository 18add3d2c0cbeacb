// The overview's wording for scores, periods and changes, so every card says them the same way.
// Pure: formatting only, no data access.
import { formatNumber, formatPercent } from "@/lib/format";

const signed = new Intl.NumberFormat("en-US", { signDisplay: "exceptZero", maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// Days from the data layer are UTC calendar days ("2025-03-03").
const dayMonth = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

export type PulseKind = "nps" | "csat";

/** NPS as signed points ("+32", "-5", "0"); CSAT as a percentage ("87%"). */
export function formatScore(kind: PulseKind, value: number): string {
  return kind === "nps" ? signed.format(value) : formatPercent(value / 100);
}

/** A margin or difference in points, one decimal: 4.23 → "4.2". */
export function formatPoints(value: number): string {
  return oneDecimal.format(value);
}

/** "2025-03-03", "2025-04-01" → "Mar 3 – Apr 1" (the year appears when the range spans two). */
export function formatDayRange(from: string, to: string): string {
  return dayMonth.formatRange(new Date(from), new Date(to));
}

/** "2025-03-03" → "Mar 3". */
export function formatDay(day: string): string {
  return dayMonth.format(new Date(day));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

export type Direction = "up" | "down" | "flat";

/** Which way a change went; below half the last shown digit it reads as no change. */
export function direction(difference: number, shownStep = 0.1): Direction {
  if (Math.abs(difference) < shownStep / 2) return "flat";
  return difference > 0 ? "up" : "down";
}

export const ARROWS: Record<Direction, string> = { up: "▲", down: "▼", flat: "■" };
export const DIRECTION_WORDS: Record<Direction, string> = { up: "Up", down: "Down", flat: "No change" };
