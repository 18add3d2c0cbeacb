import "server-only";
import { createHash } from "node:crypto";
import { inArray } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { feedbackMemory } from "@/lib/db/feedback-memory";
import {
  commentsByKeysStatement, followUpMetricsStatement, latestCommentsStatement, responsesByKeysStatement, rawCountsStatement, responsesCountStatement, responseTuplesStatement,
  responsesPageStatement, rollupCanAnswer, rollupCountsStatement, rollupDriverCountsStatement, type CountScope,
  type GroupScoreRow, type Grouping, type ResponsePosition, type ResponseTuple,
} from "@/lib/db/queries/feedback";
import { queryRows } from "@/lib/db/rows";
import { segment } from "@/lib/db/schema";
import { decodeCursor, encodeCursor } from "@/lib/domain/cursor";
import {
  bucketStart, bucketStarts, comparisonRange, EXPERIENCES, RESPONSE_DIMENSIONS, type Dimension, type Experience, type ResponseDimension,
  type FeedbackView, type ResponseQuery,
} from "@/lib/domain/feedback";
import {
  addCounts, bucketMedian, compareStats, emptyCounts, scoreStats, SMALL_SAMPLE, type Comparison, type ScoreStats, type SurveyKind,
} from "@/lib/domain/feedback-stats";
import { extractThemes, sentimentOf, themesIn, type Sentiment, type Theme } from "@/lib/domain/verbatims";
import { requireUser } from "./session";

// Feedback analytics: every figure is a function of score counts, read from the daily rollup
// when one dimension at a time is enough and from the responses when filters combine.

export type CountsByGroup = Map<string, number[]>;

function toCounts(kind: SurveyKind, rows: GroupScoreRow[]): CountsByGroup {
  const out: CountsByGroup = new Map();
  for (const r of rows) {
    let c = out.get(r.g);
    if (!c) out.set(r.g, (c = emptyCounts(kind)));
    if (r.score >= 0 && r.score < c.length) c[r.score]! += Number(r.n);
  }
  return out;
}

/**
 * A scope's responses by day, score and context, read once per request however many charts need
 * them: what the page falls back to when the rollups cannot answer (two filters). They come from
 * the process's copy of the responses (lib/db/feedback-memory.ts), or from SQL for a segment.
 */
const responseTuples = cache(async (key: string): Promise<ResponseTuple[]> => {
  const db = await getDb();
  const scope = JSON.parse(key) as CountScope;
  return (await feedbackMemory(db).tuples(scope)) ?? queryRows<ResponseTuple>(db, responseTuplesStatement(scope));
});

const tuplesOf = (scope: CountScope) =>
  responseTuples(JSON.stringify({ kind: scope.kind, from: scope.from, to: scope.to, filters: scope.filters }));

const TUPLE_EXPERIENCES: Array<[Experience, keyof ResponseTuple]> = [
  ["late_delivery", "late_delivery"], ["complaint", "complained"], ["repeat_contact", "repeat_contact"],
];

/**
 * Counts per group (named as the SQL groupings name them) from response tuples. Tens of
 * thousands of tuples for a quarter: each adds to arrays found by its values, and a group's name
 * is spelled once per group, not once per tuple.
 */
function countTuples(kind: SurveyKind, tuples: ResponseTuple[], grouping: Grouping | "drivers"): CountsByGroup {
  const inRange = (t: ResponseTuple, c: number[]) => t.score >= 0 && t.score < c.length;
  /** Counts per value of one tuple field, in first-seen order. */
  const tally = (valueOf: (t: ResponseTuple) => string, only: (t: ResponseTuple) => boolean = () => true) => {
    const by = new Map<string, number[]>();
    for (const t of tuples) {
      if (!only(t)) continue;
      const v = valueOf(t);
      let c = by.get(v);
      if (!c) by.set(v, (c = emptyCounts(kind)));
      if (inRange(t, c)) c[t.score]! += t.n;
    }
    return by;
  };
  const experiences = (prefix: string, out: CountsByGroup) => {
    for (const [e, col] of TUPLE_EXPERIENCES) for (const [, c] of tally(() => e, (t) => Boolean(t[col]))) out.set(`${prefix}${e}`, c);
    return out;
  };
  if (grouping === "drivers") {
    const out: CountsByGroup = new Map();
    for (const [, c] of tally(() => "")) out.set("all:", c);
    for (const d of RESPONSE_DIMENSIONS) for (const [v, c] of tally((t) => String(t[d]))) out.set(`${d}:${v}`, c);
    return experiences("experience:", out);
  }
  switch (grouping.by) {
    case "all": return tally(() => "");
    case "experience": return experiences("", new Map());
    case "dimension": return grouping.dim === "segment" ? new Map() : tally((t) => String(t[grouping.dim as ResponseDimension]));
    case "grain": {
      // A week's start is date arithmetic: once per day, not once per tuple.
      const buckets = new Map<string, string>();
      return tally((t) => {
        let b = buckets.get(t.day);
        if (b === undefined) buckets.set(t.day, (b = bucketStart(t.day, grouping.grain)));
        return b;
      });
    }
  }
}

/**
 * Counts per group and score: from the rollups when they can answer, else from the scope's
 * response tuples (segments by membership straight from SQL). `raw` asks SQL over the responses
 * directly, for tests to hold the other two to.
 */
export async function countScores(scope: CountScope, grouping: Grouping, source: "auto" | "raw" = "auto"): Promise<CountsByGroup> {
  await requireUser("feedback:read");
  const db = await getDb();
  if (source === "auto" && rollupCanAnswer(scope, grouping)) {
    return toCounts(scope.kind, await queryRows<GroupScoreRow>(db, rollupCountsStatement(scope, grouping)));
  }
  if (source === "auto" && !(grouping.by === "dimension" && grouping.dim === "segment")) {
    return countTuples(scope.kind, await tuplesOf(scope), grouping);
  }
  return toCounts(scope.kind, await queryRows<GroupScoreRow>(db, rawCountsStatement(scope, grouping)));
}

const scopeOf = (view: Pick<FeedbackView, "kind" | "from" | "to" | "filters">): CountScope => ({
  kind: view.kind, from: view.from, to: view.to, filters: view.filters,
});

export interface FeedbackSummary {
  kind: SurveyKind;
  counts: number[];
  stats: ScoreStats;
  previous: { from: string; to: string; counts: number[]; stats: ScoreStats; comparison: Comparison } | null;
}

// Cached per request: the page's headline and its comparison card read the same summary.
export const getFeedbackSummary = cache(async (view: FeedbackView): Promise<FeedbackSummary> => {
  await requireUser("feedback:read");
  const prevRange = comparisonRange(view);
  const [current, prev] = await Promise.all([
    countScores(scopeOf(view), { by: "all" }),
    prevRange ? countScores({ ...scopeOf(view), ...prevRange }, { by: "all" }) : Promise.resolve(null),
  ]);
  const counts = current.get("") ?? emptyCounts(view.kind);
  const stats = scoreStats(view.kind, counts);
  let previous: FeedbackSummary["previous"] = null;
  if (prevRange && prev) {
    const pc = prev.get("") ?? emptyCounts(view.kind);
    const ps = scoreStats(view.kind, pc);
    previous = { ...prevRange, counts: pc, stats: ps, comparison: compareStats(stats, ps) };
  }
  return { kind: view.kind, counts, stats, previous };
});

export interface TrendPoint {
  /** First day of the bucket. */
  start: string;
  counts: number[];
  stats: ScoreStats;
}

export async function getFeedbackTrend(view: FeedbackView): Promise<TrendPoint[]> {
  await requireUser("feedback:read");
  const byBucket = await countScores(scopeOf(view), { by: "grain", grain: view.grain });
  return bucketStarts(view.from, view.to, view.grain).map((start) => {
    const counts = byBucket.get(start) ?? emptyCounts(view.kind);
    return { start, counts, stats: scoreStats(view.kind, counts) };
  });
}

export interface BreakdownGroup {
  /** The value as the URL says it ('none' for no value). */
  value: string;
  label: string;
  counts: number[];
  stats: ScoreStats;
}

const TITLE = (s: string) => s.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase());
const NONE_LABELS: Record<Dimension, string> = {
  tier: "Not a member", country: "Unknown", channel: "Unknown", touchpoint: "Unknown", category: "No order", segment: "—",
};

function valueLabel(dim: Dimension, value: string): string {
  if (value === "") return NONE_LABELS[dim];
  if (dim === "country") return value;
  return TITLE(value);
}

export async function getFeedbackBreakdown(view: FeedbackView, dim: Dimension): Promise<BreakdownGroup[]> {
  await requireUser("feedback:read");
  const groups = await countScores(scopeOf(view), { by: "dimension", dim });
  const names = dim === "segment" ? await segmentNames([...groups.keys()]) : new Map<string, string>();
  return [...groups.entries()]
    .map(([g, counts]) => ({
      value: g === "" ? "none" : g,
      label: dim === "segment" ? (names.get(g) ?? `Segment ${g}`) : valueLabel(dim, g),
      counts,
      stats: scoreStats(view.kind, counts),
    }))
    .sort((a, b) => b.stats.n - a.stats.n || a.label.localeCompare(b.label));
}

export interface Driver {
  /** A dimension value or an experience. */
  source: { kind: "dimension"; dim: Dimension; value: string } | { kind: "experience"; experience: Experience };
  label: string;
  with: ScoreStats;
  without: ScoreStats;
  /** with − without. */
  comparison: Comparison;
}

/**
 * What moves the score most: for every experience and every dimension value with at least
 * SMALL_SAMPLE responses on both sides, the score of those with it against everyone else in the
 * scope, ranked by the size of a significant difference (insignificant ones after).
 */
/** Counts of everyone ("all:"), each response dimension's values ("tier:gold") and each experience ("experience:complaint"). */
export async function driverCounts(scope: CountScope): Promise<CountsByGroup> {
  await requireUser("feedback:read");
  const unfiltered = Object.values(scope.filters).every((v) => v === undefined);
  if (!unfiltered) return countTuples(scope.kind, await tuplesOf(scope), "drivers");
  const db = await getDb();
  return toCounts(scope.kind, await queryRows<GroupScoreRow>(db, rollupDriverCountsStatement(scope)));
}

export async function getFeedbackDrivers(view: FeedbackView, limit = 10): Promise<{ overall: ScoreStats; drivers: Driver[] }> {
  await requireUser("feedback:read");
  const scope = scopeOf(view);
  const groups = await driverCounts(scope);
  const total = groups.get("all:") ?? emptyCounts(view.kind);
  const overall = scoreStats(view.kind, total);
  const drivers: Driver[] = [];
  for (const [key, counts] of groups) {
    const [dim, value = ""] = key.split(/:(.*)/s) as [string, string];
    const rest = addCounts([...total], counts, -1);
    const withStats = scoreStats(view.kind, counts);
    const withoutStats = scoreStats(view.kind, rest);
    if (withStats.n < SMALL_SAMPLE || withoutStats.n < SMALL_SAMPLE) continue;
    if (dim === "experience" && (EXPERIENCES as readonly string[]).includes(value)) {
      const experience = value as Experience;
      drivers.push({ source: { kind: "experience", experience }, label: EXPERIENCE_LABEL_SHORT[experience], with: withStats, without: withoutStats, comparison: compareStats(withStats, withoutStats) });
    } else if ((RESPONSE_DIMENSIONS as readonly string[]).includes(dim)) {
      const d = dim as Dimension;
      drivers.push({
        source: { kind: "dimension", dim: d, value: value === "" ? "none" : value },
        label: `${DIMENSION_NOUN[d]}: ${valueLabel(d, value)}`,
        with: withStats, without: withoutStats, comparison: compareStats(withStats, withoutStats),
      });
    }
  }
  drivers.sort((a, b) =>
    Number(b.comparison.significant) - Number(a.comparison.significant)
    || Math.abs(b.comparison.difference ?? 0) - Math.abs(a.comparison.difference ?? 0)
    || a.label.localeCompare(b.label));
  return { overall, drivers: drivers.slice(0, limit) };
}

const EXPERIENCE_LABEL_SHORT: Record<Experience, string> = {
  late_delivery: "Had a late delivery", complaint: "Complained", repeat_contact: "Contacted us repeatedly",
};
const DIMENSION_NOUN: Record<Dimension, string> = {
  tier: "Tier", country: "Country", channel: "Channel", touchpoint: "Touchpoint", category: "Category", segment: "Segment",
};

// --- Closed loop -----------------------------------------------------------------------------------

export interface FollowUpMetrics {
  /** Follow-ups opened (detractor responses) in the range. */
  opened: number;
  open: number;
  claimed: number;
  closed: number;
  /** closed / opened; null when none were opened. */
  closedLoopRate: number | null;
  /** Medians to the precision of follow_up_daily's buckets (an hour under two days, a day under 30). */
  medianHoursToClaim: number | null;
  medianHoursToClose: number | null;
}

export async function getFollowUpMetrics(range: { from: string; to: string }): Promise<FollowUpMetrics> {
  await requireUser("feedback:read");
  const db = await getDb();
  const rows = await queryRows<{ measure: string; status: string; bucket: number; n: number }>(db, followUpMetricsStatement(range));
  const byStatus: Record<string, number> = { open: 0, claimed: 0, closed: 0 };
  const claim = new Map<number, number>();
  const close = new Map<number, number>();
  for (const r of rows) {
    if (r.measure === "status") byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
    else {
      const target = r.measure === "claim" ? claim : close;
      target.set(r.bucket, (target.get(r.bucket) ?? 0) + r.n);
    }
  }
  const opened = byStatus.open! + byStatus.claimed! + byStatus.closed!;
  return {
    opened,
    open: byStatus.open!,
    claimed: byStatus.claimed!,
    closed: byStatus.closed!,
    closedLoopRate: opened > 0 ? byStatus.closed! / opened : null,
    medianHoursToClaim: bucketMedian(claim),
    medianHoursToClose: bucketMedian(close),
  };
}

// --- The responses behind a figure ---------------------------------------------------------------

export const RESPONSES_PAGE_SIZE = 50;
export const RESPONSES_COUNT_CAP = 10_000;

export interface ResponseRow {
  partyId: number;
  id: number;
  customer: string;
  score: number;
  comment: string | null;
  channel: string;
  touchpoint: string;
  occurredAt: string;
  tier: string | null;
  country: string | null;
  sentiment: Sentiment | null;
  themes: string[];
}

/** Last row seen: occurred_at in microseconds since the epoch (as text: beyond 2^53), party id, id. */
const responseCursor: z.ZodType<ResponsePosition> = z.tuple([z.string().regex(/^-?\d{1,19}$/), z.number().int().nonnegative(), z.number().int().nonnegative()]);

export interface ResponsePage {
  rows: ResponseRow[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
}

/** Segment names by id, for chips and labels that know a segment only by the number in the URL. */
export async function segmentNames(ids: readonly string[]): Promise<Map<string, string>> {
  await requireUser("feedback:read");
  const numbers = ids.map(Number).filter(Number.isSafeInteger);
  if (numbers.length === 0) return new Map();
  const db = await getDb();
  const rows = await db.select({ id: segment.id, name: segment.name }).from(segment).where(inArray(segment.id, numbers));
  return new Map(rows.map((r) => [String(r.id), r.name]));
}

/**
 * Two or more filters: the drill-down's keys come from the process's copy of the responses (which
 * knows them in ~ms), where the comment index would be walked for one match in dozens.
 */
const combinesFilters = (query: ResponseQuery) => Object.values(query.filters).filter((v) => v !== undefined).length >= 2;

/** The responses of a drill-down, newest first, keyset-paged, with a capped count; `limit` rows a page (at most the page size). */
export async function listResponses(query: ResponseQuery, cursor: string | null, themes: readonly Theme[] = [], limit = RESPONSES_PAGE_SIZE): Promise<ResponsePage> {
  await requireUser("feedback:read");
  const db = await getDb();
  const after = decodeCursor(cursor, responseCursor);
  const pageSize = Math.min(Math.max(Math.trunc(limit), 1), RESPONSES_PAGE_SIZE);
  type Row = { party_id: number; id: number; customer: string; score: number; comment: string | null; channel: string; touchpoint: string; occurred_at: string | Date; at_us: string; tier: string | null; country: string | null };
  let rows: Row[];
  let n: number;
  const known = combinesFilters(query) ? await feedbackMemory(db).responses(query, after, pageSize + 1, RESPONSES_COUNT_CAP) : null;
  if (known) {
    rows = known.keys.length ? await queryRows<Row>(db, responsesByKeysStatement(known.keys)) : [];
    n = known.count;
  } else {
    const [found, count] = await Promise.all([
      queryRows<Row>(db, responsesPageStatement(query, after, pageSize + 1)),
      queryRows<{ n: number }>(db, responsesCountStatement(query, RESPONSES_COUNT_CAP)),
    ]);
    rows = found;
    n = count[0]?.n ?? 0;
  }
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({
      partyId: Number(r.party_id),
      id: Number(r.id),
      customer: r.customer,
      score: r.score,
      comment: r.comment,
      channel: r.channel,
      touchpoint: r.touchpoint,
      occurredAt: new Date(r.occurred_at).toISOString(),
      tier: r.tier,
      country: r.country,
      sentiment: r.comment ? sentimentOf(r.comment).label : null,
      themes: r.comment && themes.length > 0 ? themesIn(r.comment, themes) : [],
    })),
    nextCursor: rows.length > pageSize && last ? encodeCursor([last.at_us, Number(last.party_id), Number(last.id)]) : null,
    total: Math.min(n, RESPONSES_COUNT_CAP),
    totalCapped: n > RESPONSES_COUNT_CAP,
  };
}

/** How many of the latest comments themes are drawn from. */
export const THEME_SAMPLE = 2_000;

export interface VerbatimThemes {
  themes: Theme[];
  /** Comments the themes were drawn from (the latest THEME_SAMPLE in the scope). */
  sampled: number;
  sentiment: Record<Sentiment, number>;
}

/** Recurring themes and the sentiment mix of the latest comments in a scope. */
export async function getVerbatimThemes(query: ResponseQuery): Promise<VerbatimThemes> {
  await requireUser("feedback:read");
  const db = await getDb();
  const known = combinesFilters(query) ? await feedbackMemory(db).responses({ ...query, commentsOnly: true }, null, THEME_SAMPLE, 0) : null;
  const rows = known
    ? known.keys.length ? await queryRows<{ comment: string }>(db, commentsByKeysStatement(known.keys)) : []
    : await queryRows<{ comment: string }>(db, latestCommentsStatement(query, THEME_SAMPLE));
  const comments = rows.map((r) => r.comment);
  return { ...analyzeComments(comments), sampled: comments.length };
}

/**
 * Themes and the sentiment mix are a pure function of the comments, and reading 2,000 of them
 * costs ~10 ms of CPU, so the answer is kept for the last few sets of comments seen, under a
 * digest of their text: a dashboard opened again costs a hash; any new, changed or erased
 * comment in the sample changes the digest and the themes are drawn afresh.
 */
const analyzed = new Map<string, Omit<VerbatimThemes, "sampled">>();
const ANALYZED_KEPT = 64;

function analyzeComments(comments: readonly string[]): Omit<VerbatimThemes, "sampled"> {
  const hash = createHash("sha256");
  for (const c of comments) hash.update(c).update("\u0000");
  const key = hash.digest("base64");
  const kept = analyzed.get(key);
  if (kept) {
    analyzed.delete(key);
    analyzed.set(key, kept);
    return kept;
  }
  const sentiment: Record<Sentiment, number> = { positive: 0, neutral: 0, negative: 0 };
  for (const c of comments) sentiment[sentimentOf(c).label]++;
  const result = { themes: extractThemes(comments), sentiment };
  analyzed.set(key, result);
  if (analyzed.size > ANALYZED_KEPT) analyzed.delete(analyzed.keys().next().value!);
  return result;
}
