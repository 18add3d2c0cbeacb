// Words for the drill-down's conditions and values: the header's description, the chips and
// the table say the same thing.
import { TONE_LABELS } from "@/components/charts/score-bands";
import { DIMENSION_LABELS, DIMENSIONS, EXPERIENCE_LABELS, KIND_LABELS, type Dimension } from "@/lib/domain/feedback";
import type { Band, SurveyKind } from "@/lib/domain/feedback-stats";
import { channelLabel } from "@/lib/domain/channels";
import type { SENTIMENTS } from "@/lib/domain/enums";
import { humanize } from "@/lib/format";
import type { ResponsesScope } from "./scope";

export type Sentiment = (typeof SENTIMENTS)[number];

/** Worst first, as the score bands are listed. */
export const SENTIMENT_ORDER: readonly Sentiment[] = ["negative", "neutral", "positive"];
export const SENTIMENT_LABELS: Record<Sentiment, string> = { negative: "Negative", neutral: "Neutral", positive: "Positive" };

/** One response's band (the charts' legend uses the plural with its range). */
export const BAND_WORDS: Record<SurveyKind, Record<Band, string>> = {
  nps: { negative: "detractor", neutral: "passive", positive: "promoter" },
  csat: { negative: "dissatisfied", neutral: "neutral", positive: "satisfied" },
  ces: { negative: "hard", neutral: "neutral", positive: "easy" },
};

/** What `none` means for each dimension (the URL's word for "no value"). */
const NONE_TEXT: Record<Dimension, string> = {
  tier: "not a member", country: "unknown", channel: "unknown", touchpoint: "unknown", category: "no order", segment: "none",
};

export function filterValueText(dim: Dimension, value: string): string {
  if (value === "none") return NONE_TEXT[dim];
  if (dim === "country") return value;
  if (dim === "channel") return channelLabel(value);
  // Segment names are not in the address; the id is what the chart linked with.
  if (dim === "segment") return `#${value}`;
  return humanize(value);
}

/** A condition as the header says it: "Country DE", "Loyalty tier Gold", "Not a loyalty member". */
const NONE_PHRASES: Record<Dimension, string> = {
  tier: "Not a loyalty member", country: "Country unknown", channel: "Channel unknown", touchpoint: "Touchpoint unknown",
  category: "No order", segment: "In no segment",
};

function filterPhrase(dim: Dimension, value: string): string {
  return value === "none" ? NONE_PHRASES[dim] : `${DIMENSION_LABELS[dim]} ${filterValueText(dim, value)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "NPS detractors (0–6)", "CSAT score 2", "All NPS scores". */
export function scoresText(scope: Pick<ResponsesScope, "kind" | "band" | "score">): string {
  const kind = KIND_LABELS[scope.kind];
  // A score wins over a band, as in the data layer's bounds.
  if (scope.score !== null) return `${kind} score ${scope.score}`;
  if (scope.band) return `${kind} ${lowerFirst(TONE_LABELS[scope.kind][scope.band])}`;
  return `All ${kind} scores`;
}

// UTC days, in the app's locale; a shared year or month is written once ("Aug 25 – Nov 22, 2026").
const dayRange = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDayRange(from: string, to: string): string {
  const start = new Date(`${from}T00:00:00Z`);
  return from === to ? dayRange.format(start) : dayRange.formatRange(start, new Date(`${to}T00:00:00Z`));
}

/** The scope in words, one part per condition: "NPS detractors (0–6) · Country DE · Aug 25 – Nov 22, 2026". */
export function describeScope(scope: ResponsesScope): string[] {
  const parts = [scoresText(scope)];
  for (const dim of DIMENSIONS) {
    const value = scope.filters[dim];
    if (value !== undefined) parts.push(filterPhrase(dim, value));
  }
  if (scope.experience) parts.push(EXPERIENCE_LABELS[scope.experience]);
  if (scope.q) parts.push(`Comments matching “${scope.q}”`);
  else if (scope.comments) parts.push("With a comment");
  parts.push(formatDayRange(scope.from, scope.to));
  return parts;
}
