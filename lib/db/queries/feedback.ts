// SQL for feedback analytics. Two ways to count responses per (group, score): from the daily
// rollup (fast; one dimension at a time) and from the responses themselves (any filters, any
// grouping). The data layer picks the rollup whenever it can answer; the tests check that both
// give the same numbers. Every value is a parameter; groupings and dimensions come from allow-lists.
import { sql, type SQL } from "drizzle-orm";
import { addDays, RESPONSE_DIMENSIONS, scoreBounds, type Dimension, type Experience, type Filters, type Grain, type ResponseQuery } from "@/lib/domain/feedback";
import type { SurveyKind } from "@/lib/domain/feedback-stats";

/** How counts are grouped: not at all, by time bucket, by one dimension's values, or by experience. */
export type Grouping = { by: "all" } | { by: "grain"; grain: Grain } | { by: "dimension"; dim: Dimension } | { by: "experience" };

export interface CountScope {
  kind: SurveyKind;
  /** Inclusive UTC days. */
  from: string;
  to: string;
  filters: Filters;
}

export interface GroupScoreRow extends Record<string, unknown> {
  g: string;
  score: number;
  n: number;
}

/** '' is how the rollup stores "no value"; the URL says none. */
export const storedValue = (v: string): string => (v === "none" ? "" : v);

/** The single dimension a scope is filtered on ('all' for none), if the rollup can answer for it. */
export function rollupFilter(filters: Filters): { dim: Dimension | "all"; val: string } | null {
  const entries = Object.entries(filters).filter(([, v]) => v !== undefined) as [Dimension, string][];
  if (entries.length === 0) return { dim: "all", val: "" };
  if (entries.length === 1) return { dim: entries[0]![0], val: storedValue(entries[0]![1]) };
  return null;
}

/** Whether the rollup can answer this grouping under these filters. */
export function rollupCanAnswer(scope: CountScope, grouping: Grouping): boolean {
  const f = rollupFilter(scope.filters);
  if (!f) return false;
  if (grouping.by === "all" || grouping.by === "grain") return true;
  // A breakdown or the experiences come from one dimension's rows, so only without another filter.
  if (grouping.by === "experience") return f.dim === "all";
  // A party is in many segments: members of one, by segment, is the overlap, which needs the responses.
  return f.dim === "all" || (f.dim === grouping.dim && grouping.dim !== "segment");
}

/**
 * A range of days as whole calendar months plus the ragged days at either end. Long ranges read
 * their whole months from feedback_monthly and only the ends from feedback_daily.
 */
export function splitByMonth(from: string, to: string): { months: [string, string] | null; days: [string, string][] } {
  const firstWhole = from.endsWith("-01") ? from : nextMonth(from);
  const afterTo = addDays(to, 1);
  const lastWholeEnd = afterTo.endsWith("-01") ? afterTo : `${afterTo.slice(0, 7)}-01`;
  if (firstWhole >= lastWholeEnd) return { months: null, days: [[from, to]] };
  const days: [string, string][] = [];
  if (from < firstWhole) days.push([from, addDays(firstWhole, -1)]);
  if (lastWholeEnd <= to) days.push([lastWholeEnd, to]);
  return { months: [firstWhole, addDays(lastWholeEnd, -1).slice(0, 7) + "-01"], days };
}

function nextMonth(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/**
 * Rollup rows of a scope summed per group and score. `where` picks dimension rows (it may use dim
 * and val); `g` names the group from them. With `byDay` (day and week buckets) only the daily
 * table can answer; otherwise whole months come from the monthly one.
 */
function rollupSum(scope: CountScope, where: SQL, g: { daily: SQL; monthly: SQL }, byDay = false): SQL {
  const split = byDay ? { months: null, days: [[scope.from, scope.to]] as [string, string][] } : splitByMonth(scope.from, scope.to);
  const parts: SQL[] = [];
  // One branch per stretch of days: each is an index-only range scan, where an OR of ranges made
  // the planner visit the heap through a bitmap (3× slower).
  for (const [a, b] of split.days) {
    parts.push(sql`select ${g.daily} as g, score, n from feedback_daily
      where kind = ${scope.kind} and ${where} and day between ${a}::date and ${b}::date`);
  }
  if (split.months) {
    parts.push(sql`select ${g.monthly} as g, score, n from feedback_monthly
      where kind = ${scope.kind} and ${where} and month between ${split.months[0]}::date and ${split.months[1]}::date`);
  }
  return sql`select g, score::int as score, sum(n)::int as n from (${sql.join(parts, sql` union all `)}) x group by g, score`;
}

export function rollupCountsStatement(scope: CountScope, grouping: Grouping): SQL {
  const f = rollupFilter(scope.filters);
  if (!f || !rollupCanAnswer(scope, grouping)) throw new Error("the rollup cannot answer this; use rawCountsStatement");
  const filtered = sql`dim = ${f.dim} and val = ${f.val}`;
  const byVal = { daily: sql`val`, monthly: sql`val` };
  switch (grouping.by) {
    case "all":
      return rollupSum(scope, filtered, { daily: sql`''`, monthly: sql`''` });
    case "grain":
      return grouping.grain === "month"
        ? rollupSum(scope, filtered, { daily: sql`date_trunc('month', day)::date::text`, monthly: sql`month::text` })
        : rollupSum(scope, filtered, { daily: sql`date_trunc(${grouping.grain}, day)::date::text`, monthly: sql`''` }, true);
    case "experience":
      return rollupSum(scope, sql`dim = 'experience'`, byVal);
    case "dimension":
      return rollupSum(scope, f.dim === "all" ? sql`dim = ${grouping.dim}` : filtered, byVal);
  }
}

const RESPONSE_COLUMN: Record<Exclude<Dimension, "segment">, SQL> = {
  tier: sql`coalesce(r.tier::text, '')`,
  country: sql`coalesce(r.country, '')`,
  channel: sql`r.channel::text`,
  touchpoint: sql`r.touchpoint`,
  category: sql`coalesce(r.category, '')`,
};

const EXPERIENCE_COLUMN: Record<Experience, SQL> = {
  late_delivery: sql`r.late_delivery`,
  complaint: sql`r.complained`,
  repeat_contact: sql`r.repeat_contact`,
};

/** The responses of a scope: kind, UTC days and filters, over survey_response aliased r. */
export function responseConditions(scope: CountScope): SQL {
  const parts: SQL[] = [
    sql`r.kind = ${scope.kind}`,
    sql`r.occurred_at >= (${scope.from}::date)::timestamp at time zone 'UTC'`,
    sql`r.occurred_at < (${scope.to}::date + 1)::timestamp at time zone 'UTC'`,
  ];
  for (const [dim, v] of Object.entries(scope.filters) as [Dimension, string | undefined][]) {
    if (v === undefined) continue;
    if (dim === "segment") {
      parts.push(sql`exists (select 1 from segment_membership m where m.party_id = r.party_id and m.segment_id = ${Number(v)})`);
    } else {
      parts.push(sql`${RESPONSE_COLUMN[dim]} = ${storedValue(v)}`);
    }
  }
  return sql.join(parts, sql` and `);
}

export function rawCountsStatement(scope: CountScope, grouping: Grouping): SQL {
  const where = responseConditions(scope);
  switch (grouping.by) {
    case "all":
      return sql`select '' as g, r.score::int as score, count(*)::int as n from survey_response r where ${where} group by 2`;
    case "grain":
      return sql`select date_trunc(${grouping.grain}, r.occurred_at at time zone 'UTC')::date::text as g, r.score::int as score,
          count(*)::int as n
        from survey_response r where ${where} group by 1, 2`;
    case "experience":
      return sql`select d.dim_val as g, r.score::int as score, count(*)::int as n
        from survey_response r
        cross join lateral (values ('late_delivery', r.late_delivery), ('complaint', r.complained),
          ('repeat_contact', r.repeat_contact)) d(dim_val, had)
        where ${where} and d.had group by 1, 2`;
    case "dimension":
      if (grouping.dim === "segment") {
        return sql`select m.segment_id::text as g, r.score::int as score, count(*)::int as n
          from survey_response r join segment_membership m on m.party_id = r.party_id
          where ${where} group by 1, 2`;
      }
      return sql`select ${RESPONSE_COLUMN[grouping.dim]} as g, r.score::int as score, count(*)::int as n
        from survey_response r where ${where} group by 1, 2`;
  }
}

/** One row per distinct (day, score, context) of a scope's responses: everything the page's counts need, in one pass. */
export interface ResponseTuple extends Record<string, unknown> {
  day: string; score: number; tier: string; country: string; channel: string; touchpoint: string; category: string;
  late_delivery: boolean; complained: boolean; repeat_contact: boolean; n: number;
}

export function responseTuplesStatement(scope: CountScope): SQL {
  return sql`select (r.occurred_at at time zone 'UTC')::date::text as day, r.score::int as score,
      coalesce(r.tier::text, '') as tier, coalesce(r.country, '') as country, r.channel::text as channel, r.touchpoint,
      coalesce(r.category, '') as category, r.late_delivery, r.complained, r.repeat_contact, count(*)::int as n
    from survey_response r where ${responseConditions(scope)}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`;
}

/** Every response dimension's groups and the experiences straight from the responses: what the tests hold the rollup and the tuples to. */
export function rawDriverCountsStatement(scope: CountScope): SQL {
  return sql`select d.dim || ':' || d.val as g, r.score::int as score, count(*)::int as n
    from survey_response r
    cross join lateral feedback_dims(r.tier, r.country, r.category, r.channel, r.touchpoint,
      r.late_delivery, r.complained, r.repeat_contact) d
    where ${responseConditions(scope)} group by 1, 2`;
}

/** What drivers compare: everyone, each response dimension and the experiences. */
const DRIVER_DIMS = ["all", ...RESPONSE_DIMENSIONS, "experience"];

/** The same from the rollup (no filters). */
export function rollupDriverCountsStatement(scope: CountScope): SQL {
  const dims = sql`dim in (${sql.join(DRIVER_DIMS.map((d) => sql`${d}`), sql`, `)})`;
  return rollupSum(scope, dims, { daily: sql`dim || ':' || val`, monthly: sql`dim || ':' || val` });
}

/** Follow-ups whose response fell in a range of UTC days: counts by status, and claim and close times by bucket (follow_up_daily). */
export function followUpMetricsStatement(range: { from: string; to: string }): SQL {
  return sql`select measure, status::text as status, bucket, sum(n)::int as n from follow_up_daily
    where day between ${range.from}::date and ${range.to}::date
    group by 1, 2, 3`;
}

/** The responses of a drill-down: its scope, scores, experience and comment search. */
export function responseQueryConditions(query: ResponseQuery): SQL {
  const { min, max } = scoreBounds(query);
  const parts = [responseConditions({ kind: query.kind, from: query.from, to: query.to, filters: query.filters })];
  parts.push(sql`r.score between ${min} and ${max}`);
  if (query.experience) parts.push(EXPERIENCE_COLUMN[query.experience]);
  if (query.commentsOnly) parts.push(sql`r.comment is not null`);
  if (query.q) parts.push(sql`to_tsvector('english', coalesce(r.comment, '')) @@ websearch_to_tsquery('english', ${query.q})`);
  return sql.join(parts, sql` and `);
}

/** Where a row sits in the drill-down's order: occurred_at in microseconds (text), party id, id. */
export type ResponsePosition = [string, number, number];

/**
 * A page of a drill-down in two steps, as the case queue does: the page's keys from a covering
 * index (its filters and order need no row), then those rows' comments and names.
 */
export function responsesPageStatement(query: ResponseQuery, after: ResponsePosition | null, limit: number): SQL {
  const keyset = after
    ? sql`and (r.occurred_at, r.party_id, r.id) < (timestamptz 'epoch' + ${after[0]}::bigint * interval '1 microsecond', ${after[1]}, ${after[2]})`
    : sql``;
  return sql`with keys as materialized (
      select r.party_id, r.id, r.occurred_at from survey_response r
       where ${responseQueryConditions(query)} ${keyset}
       order by r.occurred_at desc, r.party_id desc, r.id desc
       limit ${limit}
    )
    select ${RESPONSE_ROW}
    from keys k join survey_response r on r.party_id = k.party_id and r.id = k.id join party p on p.id = r.party_id
    order by r.occurred_at desc, r.party_id desc, r.id desc`;
}

/** A drill-down row: the response, its customer's name and its position in the order. */
const RESPONSE_ROW = sql`r.party_id::float8 as party_id, r.id::float8 as id, p.display_name as customer, r.score::int as score, r.comment,
      r.channel::text as channel, r.touchpoint, r.occurred_at, ((extract(epoch from r.occurred_at) * 1000000)::bigint)::text as at_us,
      r.tier::text as tier, r.country`;

/** Response keys as two arrays, each one parameter however many there are. */
function keyArrays(keys: ReadonlyArray<readonly [number, number]>): { parties: SQL; ids: SQL } {
  const list = (xs: number[]) => sql`string_to_array(${xs.join(",")}, ',')::bigint[]`;
  return { parties: list(keys.map((k) => k[0])), ids: list(keys.map((k) => k[1])) };
}

/** The drill-down rows of known keys (found in the process's copy of the responses), newest first. */
export function responsesByKeysStatement(keys: ReadonlyArray<readonly [number, number]>): SQL {
  const { parties, ids } = keyArrays(keys);
  return sql`select ${RESPONSE_ROW}
    from unnest(${parties}, ${ids}) k(party_id, id)
    join survey_response r on r.party_id = k.party_id and r.id = k.id join party p on p.id = r.party_id
    order by r.occurred_at desc, r.party_id desc, r.id desc`;
}

/** The comments of known keys, newest first. */
export function commentsByKeysStatement(keys: ReadonlyArray<readonly [number, number]>): SQL {
  const { parties, ids } = keyArrays(keys);
  return sql`select r.comment from unnest(${parties}, ${ids}) k(party_id, id)
    join survey_response r on r.party_id = k.party_id and r.id = k.id
    where r.comment is not null order by r.occurred_at desc, r.party_id desc, r.id desc`;
}

/** How many responses a drill-down has, counting no further than `cap` + 1. */
export function responsesCountStatement(query: ResponseQuery, cap: number): SQL {
  return sql`select count(*)::int as n from (select 1 from survey_response r where ${responseQueryConditions(query)} limit ${cap + 1}) x`;
}

/**
 * The latest comments of a scope, for themes and sentiment. Filtered, the keys come from the
 * covering index first (most rows fail the filters and need no visit), then the text; unfiltered,
 * every row is wanted and one pass that reads them directly is half the work.
 */
export function latestCommentsStatement(query: ResponseQuery, limit: number): SQL {
  const where = responseQueryConditions({ ...query, commentsOnly: true });
  if (Object.values(query.filters).every((v) => v === undefined)) {
    return sql`select r.comment from survey_response r where ${where} order by r.occurred_at desc limit ${limit}`;
  }
  return sql`with keys as materialized (
      select r.party_id, r.id, r.occurred_at from survey_response r where ${where}
       order by r.occurred_at desc limit ${limit}
    )
    select r.comment from keys k join survey_response r on r.party_id = k.party_id and r.id = k.id
    order by k.occurred_at desc`;
}
