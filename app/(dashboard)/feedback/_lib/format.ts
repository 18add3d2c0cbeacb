// Words and numbers of the feedback page that only it prints.

import { channelLabel } from "@/lib/domain/channels";
import { daySpan, DIMENSION_LABELS, type Dimension, type FeedbackView } from "@/lib/domain/feedback";
import type { Band, SurveyKind } from "@/lib/domain/feedback-stats";
import { formatDate, formatNumber, humanize } from "@/lib/format";

export const KIND_TEXT: Record<SurveyKind, { title: string; measure: string }> = {
  nps: { title: "Net Promoter Score", measure: "Promoters (9–10) minus detractors (0–6), from “How likely are you to recommend us?”" },
  csat: { title: "Customer satisfaction", measure: "Share of 4 and 5 answers to “How satisfied were you?” (1–5)" },
  ces: { title: "Customer effort", measure: "Average answer to “How easy was it?” (1–7, higher is easier)" },
};

/** A band's people, in the plural. */
export const BAND_NAMES: Record<SurveyKind, Record<Band, string>> = {
  nps: { negative: "Detractors", neutral: "Passives", positive: "Promoters" },
  csat: { negative: "Dissatisfied", neutral: "Neutral", positive: "Satisfied" },
  ces: { negative: "Hard", neutral: "Neutral", positive: "Easy" },
};

/** Best first, as the legends read. */
export const BANDS_DESC: readonly Band[] = ["positive", "neutral", "negative"];

/**
 * "p = 0.41", "p = 0.012", "p < 0.001". Small values are cut, not rounded, so a significant
 * 0.0496 never reads as "p = 0.050".
 */
export function formatPValue(p: number): string {
  if (p < 0.001) return "p < 0.001";
  if (p < 0.1) return `p = ${(Math.floor(p * 1000) / 1000).toFixed(3)}`;
  return `p = ${(Math.floor(p * 100) / 100).toFixed(2)}`;
}

/** A median duration: "35 min", "2.5 h", "5 h", "2.3 days"; "—" when there is none. */
export function formatHours(hours: number | null): string {
  if (hours === null || !Number.isFinite(hours)) return "—";
  if (hours < 1) return `${formatNumber(Math.max(1, Math.round(hours * 60)))} min`;
  if (hours < 10) return `${formatNumber(Math.round(hours * 10) / 10)} h`;
  if (hours < 48) return `${formatNumber(Math.round(hours))} h`;
  return `${formatNumber(Math.round((hours / 24) * 10) / 10)} days`;
}

/** "Mar 4, 2025 – Jun 1, 2025". */
export function rangeText(range: { from: string; to: string }): string {
  return range.from === range.to ? formatDate(range.from) : `${formatDate(range.from)} – ${formatDate(range.to)}`;
}

/** What the headline compares with, as a phrase: "the previous 90 days", "the same dates a year earlier". */
export function comparisonName(view: Pick<FeedbackView, "from" | "to" | "compare" | "compareRange">): string {
  if (view.compare === "year") return "the same dates a year earlier";
  if (view.compare === "custom" && view.compareRange) return "the period you chose";
  const days = daySpan(view.from, view.to);
  return `the previous ${formatNumber(days)} ${days === 1 ? "day" : "days"}`;
}

/**
 * A filter value in words, from the URL alone (a segment is known here only by its number; the
 * breakdown, which reads segment names, shows them).
 */
export function filterValueLabel(dim: Dimension, value: string): string {
  if (value === "none") return dim === "tier" ? "Not a member" : "Unknown";
  switch (dim) {
    case "country":
      return value;
    case "channel":
      return channelLabel(value);
    case "segment":
      return `#${value}`;
    default:
      return humanize(value);
  }
}

export function filterText(dim: Dimension, value: string): string {
  return `${DIMENSION_LABELS[dim]}: ${filterValueLabel(dim, value)}`;
}
