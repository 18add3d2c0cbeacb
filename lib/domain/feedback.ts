// The feedback analytics view: which score, which dates, which grain, which filters, what to
// compare with and how to break it down, read from the URL by one allow-listing parser shared by
// the page, the drill-down list and GET /api/v1/feedback/nps. Nothing here becomes SQL text.
import { z } from "zod";
import { INTERACTION_CHANNELS, LOYALTY_TIERS } from "./enums";
import { bandScores, type Band, type SurveyKind } from "./feedback-stats";

export const FEEDBACK_KINDS = ["nps", "csat", "ces"] as const satisfies readonly SurveyKind[];
export const KIND_LABELS: Record<SurveyKind, string> = { nps: "NPS", csat: "CSAT", ces: "CES" };

export const GRAINS = ["day", "week", "month"] as const;
export type Grain = (typeof GRAINS)[number];

export const RANGES = ["30d", "90d", "6m", "12m", "24m"] as const;
export type RangePreset = (typeof RANGES)[number];
export const RANGE_LABELS: Record<RangePreset, string> = {
  "30d": "30 days", "90d": "90 days", "6m": "6 months", "12m": "12 months", "24m": "24 months",
};
const RANGE_DAYS: Record<RangePreset, number> = { "30d": 30, "90d": 90, "6m": 182, "12m": 365, "24m": 730 };
export const DEFAULT_RANGE: RangePreset = "90d";
/** The longest custom range (about ten years): keeps a day grain from asking for 100,000 buckets. */
export const MAX_RANGE_DAYS = 3660;

/** What a period is compared with: the one before, the same dates a year earlier, or dates of one's own (cfrom, cto). */
export const COMPARES = ["previous", "year", "custom", "none"] as const;
export type Compare = (typeof COMPARES)[number];

/** What a response was given as: the dimensions drivers compare (segments overlap, so they are not drivers). */
export const RESPONSE_DIMENSIONS = ["tier", "country", "channel", "touchpoint", "category"] as const;
export type ResponseDimension = (typeof RESPONSE_DIMENSIONS)[number];
/** Every breakdown; all of them are in the daily rollup. */
export const DIMENSIONS = [...RESPONSE_DIMENSIONS, "segment"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DIMENSION_LABELS: Record<Dimension, string> = {
  tier: "Loyalty tier", country: "Country", channel: "Channel", touchpoint: "Touchpoint",
  category: "Product category", segment: "Segment",
};

export const EXPERIENCES = ["late_delivery", "complaint", "repeat_contact"] as const;
export type Experience = (typeof EXPERIENCES)[number];
export const EXPERIENCE_LABELS: Record<Experience, string> = {
  late_delivery: "Late delivery in the 90 days before",
  complaint: "Complaint in the 90 days before",
  repeat_contact: "Contacted us 2+ times in the 30 days before",
};

export const BANDS = ["negative", "neutral", "positive"] as const satisfies readonly Band[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Dimension values: the seeded and imported ones are short words and codes. */
const dimValue = z.string().trim().min(1).max(80);
const dimValues: Record<Dimension, z.ZodType<string>> = {
  tier: z.enum([...LOYALTY_TIERS, "none"]),
  country: z.string().trim().regex(/^([A-Za-z]{2}|none)$/).transform((v) => (v === "none" ? v : v.toUpperCase())),
  channel: z.enum(INTERACTION_CHANNELS),
  touchpoint: dimValue,
  category: dimValue,
  segment: z.string().regex(/^[1-9]\d{0,15}$/),
};

export type Filters = Partial<Record<Dimension, string>>;

export interface FeedbackView {
  kind: SurveyKind;
  /** Inclusive UTC dates, YYYY-MM-DD. */
  from: string;
  to: string;
  /** The preset the dates came from, or null for a custom range. */
  range: RangePreset | null;
  grain: Grain;
  /** Whether the grain was chosen for the range rather than asked for. */
  autoGrain: boolean;
  compare: Compare;
  /** The period compared with when `compare` is custom (inclusive UTC dates); null otherwise. */
  compareRange: { from: string; to: string } | null;
  filters: Filters;
  by: Dimension;
}

export interface ParsedView {
  view: FeedbackView;
  /** What was ignored, named for the page to show. */
  warnings: string[];
  /** The same per parameter, for the API's 400. */
  invalid: Record<string, string>;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
}

/** Days from `from` to `to`, both included. */
export function daySpan(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

function validDay(v: unknown): string | null {
  if (typeof v !== "string" || !ISO_DATE.test(v)) return null;
  const t = Date.parse(`${v}T00:00:00Z`);
  return Number.isFinite(t) && isoDay(new Date(t)) === v ? v : null;
}

/** The grain that gives a readable number of points for a range. */
export function autoGrain(days: number): Grain {
  return days <= 45 ? "day" : days <= 400 ? "week" : "month";
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function toRecord(params: RawParams): Record<string, string | undefined> {
  if (params instanceof URLSearchParams) {
    const out: Record<string, string> = {};
    for (const [k, v] of params) if (!(k in out)) out[k] = v;
    return out;
  }
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, first(v)]));
}

export function parseFeedbackView(params: RawParams, today: string = isoDay(new Date())): ParsedView {
  const p = toRecord(params);
  const warnings: string[] = [];
  const invalid: Record<string, string> = {};
  const warn = (field: string, message: string) => {
    warnings.push(message);
    invalid[field] ??= message;
  };
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = p[name];
    if (v === undefined || v === "") return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    warn(name, `Unknown ${name} “${v.slice(0, 40)}” ignored; one of ${allowed.join(", ")}.`);
    return fallback;
  };
  const kind = pick("kind", FEEDBACK_KINDS, "nps");
  let range: RangePreset | null = pick("range", RANGES, DEFAULT_RANGE);
  let from: string;
  let to: string;
  const customFrom = p.from ? validDay(p.from) : null;
  const customTo = p.to ? validDay(p.to) : null;
  if (p.from && !customFrom) warn("from", "The from date is not a date (YYYY-MM-DD) and was ignored.");
  if (p.to && !customTo) warn("to", "The to date is not a date (YYYY-MM-DD) and was ignored.");
  if (customFrom || customTo) {
    to = customTo ?? today;
    from = customFrom ?? addDays(to, -(RANGE_DAYS[DEFAULT_RANGE] - 1));
    if (from > to) {
      warn("from", "The from date was after the to date; they were swapped.");
      [from, to] = [to, from];
    }
    if (daySpan(from, to) > MAX_RANGE_DAYS) {
      warn("from", `Ranges are at most ${MAX_RANGE_DAYS} days; the from date was moved.`);
      from = addDays(to, -(MAX_RANGE_DAYS - 1));
    }
    range = null;
  } else {
    to = today;
    from = addDays(today, -(RANGE_DAYS[range] - 1));
  }
  const days = daySpan(from, to);
  const askedGrain = p.grain ? pick("grain", GRAINS, autoGrain(days)) : null;
  let grain = askedGrain ?? autoGrain(days);
  if (grain === "day" && days > 400) {
    warn("grain", "A daily trend is limited to 400 days; showing weeks.");
    grain = "week";
  }
  let compare = pick("compare", COMPARES, "previous");
  let compareRange: FeedbackView["compareRange"] = null;
  const cFrom = p.cfrom ? validDay(p.cfrom) : null;
  const cTo = p.cto ? validDay(p.cto) : null;
  if (p.cfrom && !cFrom) warn("cfrom", "The comparison's from date is not a date (YYYY-MM-DD) and was ignored.");
  if (p.cto && !cTo) warn("cto", "The comparison's to date is not a date (YYYY-MM-DD) and was ignored.");
  if (cFrom && cTo) {
    const b = cFrom <= cTo ? cTo : cFrom;
    let a = cFrom <= cTo ? cFrom : cTo;
    if (cFrom > cTo) warn("cfrom", "The comparison's dates were reversed; they were swapped.");
    if (daySpan(a, b) > MAX_RANGE_DAYS) {
      warn("cfrom", `A comparison period is at most ${MAX_RANGE_DAYS} days; its from date was moved.`);
      a = addDays(b, -(MAX_RANGE_DAYS - 1));
    }
    compare = "custom";
    compareRange = { from: a, to: b };
  } else if (compare === "custom") {
    if (!p.cfrom && !p.cto) warn("compare", "A custom comparison needs cfrom and cto dates; comparing with the previous period.");
    compare = "previous";
  }
  const filters: Filters = {};
  for (const dim of DIMENSIONS) {
    const v = p[dim];
    if (v === undefined || v === "") continue;
    const parsed = dimValues[dim].safeParse(v);
    if (parsed.success) filters[dim] = parsed.data;
    else warn(dim, `Unknown ${DIMENSION_LABELS[dim].toLowerCase()} “${v.slice(0, 40)}” ignored.`);
  }
  const by = pick("by", DIMENSIONS, "tier");
  return {
    view: { kind, from, to, range, grain, autoGrain: askedGrain === null, compare, compareRange, filters, by },
    warnings,
    invalid,
  };
}

/** The URL form of a view; defaults are left out so links stay short. */
export function feedbackViewParams(view: FeedbackView, overrides: Partial<FeedbackView> = {}): URLSearchParams {
  const v = { ...view, ...overrides };
  const out = new URLSearchParams();
  if (v.kind !== "nps") out.set("kind", v.kind);
  if (v.range) {
    if (v.range !== DEFAULT_RANGE) out.set("range", v.range);
  } else {
    out.set("from", v.from);
    out.set("to", v.to);
  }
  if (!v.autoGrain) out.set("grain", v.grain);
  if (v.compare === "custom" && v.compareRange) {
    out.set("cfrom", v.compareRange.from);
    out.set("cto", v.compareRange.to);
  } else if (v.compare !== "previous" && v.compare !== "custom") out.set("compare", v.compare);
  for (const dim of DIMENSIONS) {
    const val = v.filters[dim];
    if (val !== undefined) out.set(dim, val);
  }
  if (v.by !== "tier") out.set("by", v.by);
  return out;
}

/** The period compared with: the same number of days just before, the same dates a year earlier, or one's own. */
export function comparisonRange(view: Pick<FeedbackView, "from" | "to" | "compare" | "compareRange">): { from: string; to: string } | null {
  if (view.compare === "none") return null;
  if (view.compare === "custom" && view.compareRange) return view.compareRange;
  if (view.compare === "year") {
    const shift = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`.replace(/-02-29$/, "-02-28");
    return { from: shift(view.from), to: shift(view.to) };
  }
  const days = daySpan(view.from, view.to);
  return { from: addDays(view.from, -days), to: addDays(view.from, -1) };
}

/** The first day of the bucket a day falls in (weeks start on Monday, as date_trunc does). */
export function bucketStart(day: string, grain: Grain): string {
  if (grain === "day") return day;
  if (grain === "month") return `${day.slice(0, 7)}-01`;
  const t = new Date(`${day}T00:00:00Z`);
  const back = (t.getUTCDay() + 6) % 7;
  return addDays(day, -back);
}

/** Every bucket start from `from` to `to`, so quiet periods show as gaps, not as missing points. */
export function bucketStarts(from: string, to: string, grain: Grain): string[] {
  const out: string[] = [];
  let b = bucketStart(from, grain);
  while (b <= to) {
    out.push(b);
    if (grain === "day") b = addDays(b, 1);
    else if (grain === "week") b = addDays(b, 7);
    else {
      const y = Number(b.slice(0, 4));
      const m = Number(b.slice(5, 7));
      b = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
    }
  }
  return out;
}

// --- The drill-down list: the responses behind a number -------------------------------------------

export interface ResponseQuery {
  kind: SurveyKind;
  from: string;
  to: string;
  filters: Filters;
  band: Band | null;
  /** One score, or null for all (or the band's). */
  score: number | null;
  experience: Experience | null;
  /** Words to find in comments (full-text, English stemming). */
  q: string;
  commentsOnly: boolean;
}

export const MAX_QUERY_LENGTH = 200;

export function parseResponseQuery(params: RawParams, today: string = isoDay(new Date())): { query: ResponseQuery; warnings: string[] } {
  const { view, warnings } = parseFeedbackView(params, today);
  const p = toRecord(params);
  const band = p.band && (BANDS as readonly string[]).includes(p.band) ? (p.band as Band) : null;
  if (p.band && !band) warnings.push(`Unknown band “${p.band.slice(0, 40)}” ignored.`);
  let score: number | null = null;
  if (p.score !== undefined && p.score !== "") {
    const n = /^\d{1,2}$/.test(p.score) ? Number(p.score) : NaN;
    const range = { nps: [0, 10], csat: [1, 5], ces: [1, 7] }[view.kind];
    if (n >= range[0]! && n <= range[1]!) score = n;
    else warnings.push(`Score “${p.score.slice(0, 10)}” is not a ${KIND_LABELS[view.kind]} score and was ignored.`);
  }
  const experience = p.experience && (EXPERIENCES as readonly string[]).includes(p.experience) ? (p.experience as Experience) : null;
  if (p.experience && !experience) warnings.push(`Unknown experience “${p.experience.slice(0, 40)}” ignored.`);
  // NUL and other control characters cannot be in a comment search; they are dropped, not an error.
  const q = (p.q ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  return {
    query: {
      kind: view.kind, from: view.from, to: view.to, filters: view.filters, band, score, experience, q,
      commentsOnly: p.comments === "1" || q !== "",
    },
    warnings,
  };
}

/** The scores a drill-down covers: one score, a band, or the whole scale. */
export function scoreBounds(query: Pick<ResponseQuery, "kind" | "band" | "score">): { min: number; max: number } {
  if (query.score !== null) return { min: query.score, max: query.score };
  if (query.band) return bandScores(query.kind, query.band);
  return { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 } }[query.kind];
}

/** A link to the responses behind a figure of a view (its dates and filters, plus what was clicked). */
export function responsesHref(
  view: Pick<FeedbackView, "kind" | "from" | "to" | "filters">,
  extra: { band?: Band; score?: number; experience?: Experience; filter?: [Dimension, string]; from?: string; to?: string; q?: string; comments?: boolean } = {},
): string {
  const out = new URLSearchParams();
  if (view.kind !== "nps") out.set("kind", view.kind);
  out.set("from", extra.from ?? view.from);
  out.set("to", extra.to ?? view.to);
  const filters: Filters = { ...view.filters };
  if (extra.filter) filters[extra.filter[0]] = extra.filter[1];
  for (const dim of DIMENSIONS) if (filters[dim] !== undefined) out.set(dim, filters[dim]);
  if (extra.band) out.set("band", extra.band);
  if (extra.score !== undefined) out.set("score", String(extra.score));
  if (extra.experience) out.set("experience", extra.experience);
  if (extra.q) out.set("q", extra.q);
  if (extra.comments) out.set("comments", "1");
  return `/feedback/responses?${out}`;
}
