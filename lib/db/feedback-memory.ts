import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { addDays, scoreBounds, type Dimension, type Experience, type ResponseQuery } from "@/lib/domain/feedback";
import type { SurveyKind } from "@/lib/domain/feedback-stats";
import { storedValue, type CountScope, type ResponsePosition, type ResponseTuple } from "./queries/feedback";

// Feedback views with two or more filters cannot use the one-dimension rollups. Reading their
// responses from PostgreSQL costs ~200 ms for 90 days at a million respondents (every response in
// the range, through a covering index, to keep one in thirty). So each server process keeps the
// responses it has been asked about, day by day, as columns of small codes, and filters those.
//
// A day's copy is right when its count per score equals feedback_daily's 'all' rows for that day,
// which the write triggers keep exact: before each use the rollup rows of the range are read (one
// index-only range) and every day that differs, or is not held yet, is read again. A response's
// context (tier, country, …) is written once, when it is inserted; the bulk rewrite the seed
// runs bumps feedback_generation, which drops every copied day.

const CONTEXT = ["tier", "country", "channel", "touchpoint", "category"] as const;
type ContextColumn = (typeof CONTEXT)[number];
const FLAG = { late_delivery: 1, complained: 2, repeat_contact: 4, commented: 8 } as const;
const EXPERIENCE_FLAG: Record<Experience, number> = { late_delivery: FLAG.late_delivery, complaint: FLAG.complained, repeat_contact: FLAG.repeat_contact };
/** The context flags a tuple carries (not whether there is a comment). */
const CONTEXT_FLAGS = FLAG.late_delivery | FLAG.complained | FLAG.repeat_contact;

/** Strings ↔ small integer codes, one dictionary per context column. */
class Dict {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  code(value: string): number {
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.codes.set(value, c);
      this.values.push(value);
    }
    return c;
  }
  find(value: string): number | undefined {
    return this.codes.get(value);
  }
}

interface Day {
  /** Responses per score, as read: what the rollup is compared with. */
  counts: number[];
  /** In the drill-down's order within the day: occurred_at, party, id (ascending). */
  partyIds: Float64Array;
  ids: Float64Array;
  /** occurred_at in microseconds since the epoch. */
  atUs: Float64Array;
  scores: Uint8Array;
  flags: Uint8Array;
  columns: Record<ContextColumn, Uint16Array>;
  /** Per column, the rows holding each code (ascending), built the first time a filter asks. */
  postings: Partial<Record<ContextColumn, Map<number, Uint32Array>>>;
}

interface ResponseRow extends Record<string, unknown> {
  day: string; party_id: number; id: number; at_us: number; commented: boolean; score: number; tier: string; country: string; channel: string; touchpoint: string; category: string;
  late_delivery: boolean; complained: boolean; repeat_contact: boolean;
}

const sameCounts = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Consecutive days as [first, last] ranges, so each is one index range to read. */
function ranges(days: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const day of [...days].sort()) {
    const last = out.at(-1);
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else out.push([day, day]);
  }
  return out;
}

/**
 * A test of one response (by index) against (column, code) pairs, written out for the usual one
 * or two filters: these loops run over every response in a range, ~100,000 for 90 days.
 */
function matcher(columns: Day["columns"], wanted: ReadonlyArray<readonly [ContextColumn, number]>): (i: number) => boolean {
  if (wanted.length === 0) return () => true;
  const [c0, k0] = wanted[0]!;
  const a = columns[c0];
  if (wanted.length === 1) return (i) => a[i] === k0;
  const [c1, k1] = wanted[1]!;
  const b = columns[c1];
  if (wanted.length === 2) return (i) => a[i] === k0 && b[i] === k1;
  const cols = wanted.map(([c]) => columns[c]);
  const codes = wanted.map(([, k]) => k);
  return (i) => {
    for (let j = 0; j < cols.length; j++) if (cols[j]![i] !== codes[j]) return false;
    return true;
  };
}

/** addDays(day, ±1), remembered: the loops below step through every day of a range on every view. */
const steps = new Map<string, string>();
function step(day: string, n: 1 | -1): string {
  const key = n === 1 ? `${day}+` : `${day}-`;
  let next = steps.get(key);
  if (next === undefined) {
    if (steps.size > 50_000) steps.clear();
    steps.set(key, (next = addDays(day, n)));
  }
  return next;
}

const NO_ROWS = new Uint32Array(0);

/** The rows of one day holding `code` in column `c`, ascending. */
function postings(d: Day, c: ContextColumn): Map<number, Uint32Array> {
  const built = d.postings[c];
  if (built) return built;
  const col = d.columns[c];
  const sizes = new Map<number, number>();
  for (let i = 0; i < col.length; i++) sizes.set(col[i]!, (sizes.get(col[i]!) ?? 0) + 1);
  const lists = new Map<number, { rows: Uint32Array; n: number }>();
  for (const [code, size] of sizes) lists.set(code, { rows: new Uint32Array(size), n: 0 });
  for (let i = 0; i < col.length; i++) {
    const list = lists.get(col[i]!)!;
    list.rows[list.n++] = i;
  }
  const out = new Map([...lists].map(([code, { rows }]) => [code, rows]));
  d.postings[c] = out;
  return out;
}

/**
 * The rows of a day that may hold every wanted code, ascending: those of the rarest wanted code
 * (a tier and a country are each one row in a few; walking the rarer one's rows skips the rest).
 * Null when nothing is wanted: every row.
 */
function candidateRows(d: Day, wanted: ReadonlyArray<readonly [ContextColumn, number]>): Uint32Array | null {
  let best: Uint32Array | null = null;
  for (const [c, code] of wanted) {
    const rows = postings(d, c).get(code) ?? NO_ROWS;
    if (best === null || rows.length < best.length) best = rows;
  }
  return best;
}

export class FeedbackMemory {
  private generation: string | null = null;
  private readonly days = new Map<string, Day>();
  private readonly dicts = Object.fromEntries(CONTEXT.map((c) => [c, new Dict()])) as Record<ContextColumn, Dict>;

  constructor(private readonly db: Database) {}

  private key = (kind: SurveyKind, day: string) => `${kind}|${day}`;

  /** Brings the scope's days up to date with the rollup, reading only the days that changed. */
  private async sync(kind: SurveyKind, from: string, to: string): Promise<void> {
    const [state] = await queryRows<{ g: string; days: Array<[string, number, number]> | string | null }>(this.db, sql`
      select g::text as g,
             (select json_agg(json_build_array(day::text, score, n) order by day, score) from feedback_daily
               where kind = ${kind} and dim = 'all' and day between ${from}::date and ${to}::date) as days
        from feedback_generation`);
    if (!state) throw new Error("feedback_generation is empty");
    if (state.g !== this.generation) {
      this.days.clear();
      this.generation = state.g;
    }
    const raw = typeof state.days === "string" ? (JSON.parse(state.days) as Array<[string, number, number]>) : state.days ?? [];
    const want = new Map<string, number[]>();
    for (const [day, score, n] of raw) {
      let c = want.get(day);
      if (!c) want.set(day, (c = new Array<number>(11).fill(0)));
      c[score] = (c[score] ?? 0) + n;
    }
    const stale: string[] = [];
    for (let day = from; day <= to; day = step(day, 1)) {
      const have = this.days.get(this.key(kind, day));
      const counts = want.get(day);
      if (!counts) this.days.delete(this.key(kind, day));
      else if (!have || !sameCounts(have.counts, counts)) stale.push(day);
    }
    for (const [a, b] of ranges(stale)) await this.load(kind, a, b, state.g);
  }

  /** Reads days again; what was read under a generation another request has since left is dropped. */
  private async load(kind: SurveyKind, from: string, to: string, generation: string): Promise<void> {
    const rows = await queryRows<ResponseRow>(this.db, sql`
      select (r.occurred_at at time zone 'UTC')::date::text as day, r.party_id::float8 as party_id, r.id::float8 as id,
             ((extract(epoch from r.occurred_at) * 1000000)::bigint)::float8 as at_us, r.comment is not null as commented, r.score::int as score,
             coalesce(r.tier::text, '') as tier, coalesce(r.country, '') as country, r.channel::text as channel, r.touchpoint,
             coalesce(r.category, '') as category, r.late_delivery, r.complained, r.repeat_contact
        from survey_response r
       where r.kind = ${kind} and r.occurred_at >= (${from}::date)::timestamp at time zone 'UTC'
         and r.occurred_at < (${to}::date + 1)::timestamp at time zone 'UTC'
       order by r.occurred_at, r.party_id, r.id`);
    if (this.generation !== generation) return;
    const byDay = new Map<string, ResponseRow[]>();
    for (const r of rows) {
      const list = byDay.get(r.day);
      if (list) list.push(r);
      else byDay.set(r.day, [r]);
    }
    for (let day = from; day <= to; day = step(day, 1)) {
      const list = byDay.get(day) ?? [];
      const d: Day = {
        counts: new Array<number>(11).fill(0),
        partyIds: new Float64Array(list.length),
        ids: new Float64Array(list.length),
        atUs: new Float64Array(list.length),
        scores: new Uint8Array(list.length),
        flags: new Uint8Array(list.length),
        columns: Object.fromEntries(CONTEXT.map((c) => [c, new Uint16Array(list.length)])) as Day["columns"],
        postings: {},
      };
      list.forEach((r, i) => {
        d.partyIds[i] = Number(r.party_id);
        d.ids[i] = Number(r.id);
        d.atUs[i] = Number(r.at_us);
        d.scores[i] = r.score;
        d.counts[r.score] = (d.counts[r.score] ?? 0) + 1;
        d.flags[i] = (r.late_delivery ? FLAG.late_delivery : 0) | (r.complained ? FLAG.complained : 0) | (r.repeat_contact ? FLAG.repeat_contact : 0) | (r.commented ? FLAG.commented : 0);
        for (const c of CONTEXT) d.columns[c][i] = this.dicts[c].code(String(r[c] ?? ""));
      });
      this.days.set(this.key(kind, day), d);
    }
  }

  /**
   * The scope's responses as the tuples the charts are counted from (alike responses of a day as
   * one, with their number), or null
   * when a filter is a segment (membership is not copied; SQL answers).
   */
  async tuples(scope: CountScope): Promise<ResponseTuple[] | null> {
    if (scope.filters.segment !== undefined) return null;
    // Codes after the sync: a value may first appear in the days it reads.
    await this.sync(scope.kind, scope.from, scope.to);
    const wanted = this.codesFor(scope.filters);
    if (wanted === null) return null;
    if (wanted === "none") return [];
    const out: ResponseTuple[] = [];
    const v = this.dicts;
    // Responses alike in score, flags and context are one tuple with a count: a number built from
    // their codes names them (each code below 256, flags below 8, scores below 16).
    const narrow = CONTEXT.every((c) => v[c].values.length <= 256);
    for (let day = scope.from; day <= scope.to; day = step(day, 1)) {
      const d = this.days.get(this.key(scope.kind, day));
      if (!d) continue;
      const cols = d.columns;
      const alike = new Map<number | string, ResponseTuple>();
      const match = matcher(cols, wanted);
      const rows = candidateRows(d, wanted);
      const n = rows ? rows.length : d.scores.length;
      for (let r = 0; r < n; r++) {
        const i = rows ? rows[r]! : r;
        if (!match(i)) continue;
        const f = d.flags[i]! & CONTEXT_FLAGS;
        const key = narrow
          ? ((((d.scores[i]! * 8 + f) * 256 + cols.tier[i]!) * 256 + cols.country[i]!) * 256 + cols.channel[i]!) * 65536
            + cols.touchpoint[i]! * 256 + cols.category[i]!
          : `${d.scores[i]},${f},${cols.tier[i]},${cols.country[i]},${cols.channel[i]},${cols.touchpoint[i]},${cols.category[i]}`;
        const seen = alike.get(key);
        if (seen) {
          seen.n++;
          continue;
        }
        const t: ResponseTuple = {
          day, score: d.scores[i]!, n: 1,
          tier: v.tier.values[cols.tier[i]!]!, country: v.country.values[cols.country[i]!]!, channel: v.channel.values[cols.channel[i]!]!,
          touchpoint: v.touchpoint.values[cols.touchpoint[i]!]!, category: v.category.values[cols.category[i]!]!,
          late_delivery: (f & FLAG.late_delivery) !== 0, complained: (f & FLAG.complained) !== 0, repeat_contact: (f & FLAG.repeat_contact) !== 0,
        };
        alike.set(key, t);
        out.push(t);
      }
    }
    return out;
  }

  /** The filters as (column, code) pairs; null for a segment (SQL answers), "none" when a value never occurs. */
  private codesFor(filters: CountScope["filters"]): Array<[ContextColumn, number]> | null | "none" {
    const out: Array<[ContextColumn, number]> = [];
    for (const [dim, v] of Object.entries(filters) as Array<[Dimension, string | undefined]>) {
      if (v === undefined) continue;
      if (dim === "segment") return null;
      const code = this.dicts[dim].find(storedValue(v));
      if (code === undefined) return "none";
      out.push([dim, code]);
    }
    return out;
  }

  /**
   * The drill-down's responses, newest first, as (party, id) keys after `after`, and how many there
   * are (counting up to `cap` + 1). Null when SQL must answer: words to find, or a segment filter.
   */
  async responses(query: ResponseQuery, after: ResponsePosition | null, limit: number, cap: number): Promise<{ keys: Array<[number, number]>; count: number } | null> {
    if (query.q || query.filters.segment !== undefined) return null;
    await this.sync(query.kind, query.from, query.to);
    const codes = this.codesFor(query.filters);
    if (codes === null) return null;
    if (codes === "none") return { keys: [], count: 0 };
    const { min, max } = scoreBounds(query);
    const need = (query.commentsOnly ? FLAG.commented : 0) | (query.experience ? EXPERIENCE_FLAG[query.experience] : 0);
    const at = after ? Number(after[0]) : Infinity;
    const keys: Array<[number, number]> = [];
    let count = 0;
    const done = () => count > cap && keys.length >= limit;
    for (let day = query.to; day >= query.from && !done(); day = step(day, -1)) {
      const d = this.days.get(this.key(query.kind, day));
      if (!d) continue;
      const match = matcher(d.columns, codes);
      const rows = candidateRows(d, codes);
      for (let r = (rows ? rows.length : d.scores.length) - 1; r >= 0; r--) {
        const i = rows ? rows[r]! : r;
        const score = d.scores[i]!;
        if (score < min || score > max || (d.flags[i]! & need) !== need || !match(i)) continue;
        count++;
        if (keys.length < limit && after) {
          const t = d.atUs[i]!;
          const before = t < at || (t === at && (d.partyIds[i]! < after[1] || (d.partyIds[i] === after[1] && d.ids[i]! < after[2])));
          if (!before) continue;
        }
        if (keys.length < limit) keys.push([d.partyIds[i]!, d.ids[i]!]);
        if (done()) break;
      }
    }
    return { keys, count };
  }
}

// One per database per process (tests open several databases), kept across dev reloads.
const holder = globalThis as unknown as { __cx360FeedbackMemory?: WeakMap<Database, FeedbackMemory> };

export function feedbackMemory(db: Database): FeedbackMemory {
  holder.__cx360FeedbackMemory ??= new WeakMap();
  let memory = holder.__cx360FeedbackMemory.get(db);
  if (!memory) holder.__cx360FeedbackMemory.set(db, (memory = new FeedbackMemory(db)));
  return memory;
}
