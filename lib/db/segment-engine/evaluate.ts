// A segment definition evaluated over the in-memory facts, with the same meaning as the SQL
// compiler (lib/db/queries/segments.ts), which stays the one source of truth: a condition the
// facts cannot decide (a CSAT answer, a web event, a case category…) is "unknown" here, and
// those parties alone are checked by SQL. Kleene logic keeps that exact: true and false are
// final, unknown stays unknown through and / or / none-of. Pure, no I/O.
import { CONSENT_CHANNELS, SOURCE_CLASSES } from "@/lib/domain/enums";
import type { Condition, Group, SegmentDefinition } from "@/lib/domain/segment-definition";
import { RFM_FREQUENCY_ORDERS, RFM_MONETARY, RFM_RECENCY_DAYS } from "@/lib/domain/segments";
import { RECENT_ORDERS, type BitmapColumn, type FactsTable } from "./facts";

const F = 0, T = 1, U = 2;
type Tri = typeof F | typeof T | typeof U;

/**
 * A condition's answer for every row as two bitmaps (bit i of word i >> 5 is row i): `t` the rows
 * it holds for, `u` the rows it cannot decide (null: none). The rest are false. Combining is
 * word-wise, 32 rows an operation; counting is a popcount.
 */
interface Bits { t: Uint32Array; u: Uint32Array | null }

const minor = (major: number) => Math.round(major * 100);
const SOURCE_BIT = Object.fromEntries(SOURCE_CLASSES.map((c, i) => [c, 1 << i])) as Record<(typeof SOURCE_CLASSES)[number], number>;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Every look-back (in days) the definition uses, so the caller can ask the database where each starts. */
export function windowDays(def: SegmentDefinition): number[] {
  const out = new Set<number>();
  const walk = (g: Group) => {
    for (const c of g.children) {
      if (c.type === "group") { walk(c); continue; }
      if ("withinDays" in c && c.withinDays) out.add(c.withinDays);
      if (c.field === "orders.last") out.add(c.days);
      if (c.field === "value.rfm") for (const d of RFM_RECENCY_DAYS) out.add(d);
    }
  };
  walk(def.root);
  return [...out];
}

/** Where each window starts, in epoch ms: `now() - make_interval(days => d)` as the database computes it. */
export type Cutoffs = ReadonlyMap<number, number>;

interface Ctx { t: FactsTable; n: number; words: number; cut: Cutoffs }

/** Rows 0..n-1 all set. */
function full(words: number, n: number): Uint32Array {
  const b = new Uint32Array(words).fill(0xffffffff);
  if (n & 31) b[words - 1] = (1 << (n & 31)) - 1;
  return b;
}

/** Bits from a per-row answer, for conditions that need a little logic. */
function perRow(x: Ctx, test: (i: number) => Tri): Bits {
  const t = new Uint32Array(x.words);
  let u: Uint32Array | null = null;
  for (let i = 0; i < x.n; i++) {
    const v = test(i);
    if (v === T) t[i >>> 5]! |= 1 << (i & 31);
    else if (v === U) (u ??= new Uint32Array(x.words))[i >>> 5]! |= 1 << (i & 31);
  }
  return { t, u };
}

function compileCondition(c: Condition, x: Ctx): Bits {
  const { t, n, words } = x;
  const since = (days: number) => {
    const at = x.cut.get(days);
    if (at === undefined) throw new Error(`segment engine: no cutoff for ${days} days`);
    return at;
  };
  /** An OR of the value bitmaps; values nobody has match nobody. */
  const oneOf = (column: BitmapColumn, values: readonly string[], orNull = false): Bits => {
    const match = t.dict[column].matcher(values);
    if (orNull) match[0] = 1;
    const out = new Uint32Array(words);
    const maps = t.valueBits[column];
    match.forEach((m, code) => {
      const bits = maps[code];
      if (m && bits) for (let w = 0; w < words; w++) out[w]! |= bits[w]!;
    });
    return { t: out, u: null };
  };
  /** For region and city, too many values for a bitmap each. */
  const oneOfWide = (column: "region" | "city", values: readonly string[]): Bits => {
    const match = t.dict[column].matcher(values.map((v) => v.toLowerCase()));
    const codes = t.codes[column];
    const out = new Uint32Array(words);
    for (let i = 0; i < n; i++) if (match[codes[i]!] === 1) out[i >>> 5]! |= 1 << (i & 31);
    return { t: out, u: null };
  };
  /** lo ≤ v ≤ hi as SQL's `between`: a missing value (NaN) is in no range. */
  const range = (v: Float64Array | Uint32Array, lo = -Infinity, hi = Infinity): Bits => {
    const out = new Uint32Array(words);
    for (let i = 0; i < n; i++) { const y = v[i]!; if (y >= lo && y <= hi) out[i >>> 5]! |= 1 << (i & 31); }
    return { t: out, u: null };
  };
  const constant = (v: Tri): Bits =>
    v === T ? { t: full(words, n), u: null } : v === U ? { t: new Uint32Array(words), u: full(words, n) } : { t: new Uint32Array(words), u: null };
  const inRange = (k: number, min: number | undefined, max: number | undefined): Tri =>
    (min === undefined || k >= min) && (max === undefined || k <= max) ? T : F;
  switch (c.field) {
    case "profile.kind": return oneOf("kind", c.values);
    case "profile.country": return oneOf("country", c.values);
    case "profile.region": return oneOfWide("region", c.values);
    case "profile.city": return oneOfWide("city", c.values);
    case "profile.age_band": return oneOf("ageBand", c.values);
    case "profile.gender": return oneOf("gender", c.values);
    case "profile.income_band": return oneOf("incomeBand", c.values);
    case "profile.language": return oneOf("language", c.values);
    case "profile.time_zone": return oneOf("timeZone", c.values);
    case "profile.lifecycle": return oneOf("lifecycle", c.values);
    case "loyalty.tier": return oneOf("tier", c.values.filter((v) => v !== "none"), c.values.includes("none"));
    case "value.lifetime": return range(t.ltv, c.min === undefined ? undefined : minor(c.min), c.max === undefined ? undefined : minor(c.max));
    case "value.rfm": {
      const [r5, r4, r3, r2] = RFM_RECENCY_DAYS.map(since) as [number, number, number, number];
      const [f5, f4, f3, f2] = RFM_FREQUENCY_ORDERS;
      const [m5, m4, m3, m2] = RFM_MONETARY.map(minor) as [number, number, number, number];
      const { lastOrder, orderCount, ltv } = t;
      const [rLo, rHi] = c.recency ?? [1, 5], [fLo, fHi] = c.frequency ?? [1, 5], [mLo, mHi] = c.monetary ?? [1, 5];
      return perRow(x, (i) => {
        const k = orderCount[i]!;
        if (!(k > 0)) return F;
        const at = lastOrder[i]!;
        const r = at >= r5 ? 5 : at >= r4 ? 4 : at >= r3 ? 3 : at >= r2 ? 2 : 1;
        const f = k >= f5 ? 5 : k >= f4 ? 4 : k >= f3 ? 3 : k >= f2 ? 2 : 1;
        const v = ltv[i]!;
        const m = v >= m5 ? 5 : v >= m4 ? 4 : v >= m3 ? 3 : v >= m2 ? 2 : 1;
        return r >= rLo && r <= rHi && f >= fLo && f <= fHi && m >= mLo && m <= mHi ? T : F;
      });
    }
    case "orders.count": {
      const { min, max } = c;
      if (!c.withinDays) return range(t.orderCount, min, max);
      const from = since(c.withinDays);
      const recent = t.recentOrders;
      // Exact from the latest four orders, unless all four are in the window ("four or more").
      const four: Tri = max !== undefined ? (max < RECENT_ORDERS ? F : U) : min === undefined || min <= RECENT_ORDERS ? T : U;
      const byCount = Uint8Array.from({ length: RECENT_ORDERS + 1 }, (_, k) => (k === RECENT_ORDERS ? four : inRange(k, min, max)));
      const out = new Uint32Array(words), u = new Uint32Array(words);
      for (let i = 0, o = 0; i < n; i++, o += RECENT_ORDERS) {
        const k = recent[o]! >= from ? (recent[o + 1]! >= from ? (recent[o + 2]! >= from ? (recent[o + 3]! >= from ? 4 : 3) : 2) : 1) : 0;
        const v = byCount[k];
        if (v === T) out[i >>> 5]! |= 1 << (i & 31);
        else if (v === U) u[i >>> 5]! |= 1 << (i & 31);
      }
      return { t: out, u };
    }
    case "orders.total": {
      const lo = c.min === undefined ? undefined : minor(c.min);
      if (lo === undefined || lo <= 0) return constant(U);
      const from = c.withinDays ? since(c.withinDays) : -Infinity;
      const { orderCount, lastOrder } = t;
      // Revenue needs an order that is not cancelled (and one in the window, if there is one).
      return perRow(x, (i) => (orderCount[i] === 0 || !(lastOrder[i]! >= from) ? F : U));
    }
    case "orders.last": {
      const from = since(c.days);
      if (c.when === "within") return range(t.lastOrder, from);
      // "Longer ago": a last order before the window began (never ordering is not "before").
      const lastOrder = t.lastOrder;
      const out = new Uint32Array(words);
      for (let i = 0; i < n; i++) if (lastOrder[i]! < from) out[i >>> 5]! |= 1 << (i & 31);
      return { t: out, u: null };
    }
    case "orders.category": {
      const from = c.withinDays ? since(c.withinDays) : -Infinity;
      const { orderCount, lastOrder } = t;
      return perRow(x, (i) => (orderCount[i] === 0 || !(lastOrder[i]! >= from) ? F : U));
    }
    case "interactions.count": {
      const from = since(c.withinDays);
      const { min, max } = c;
      const last = t.lastInteraction;
      // Nobody seen since the window began has none in it; "one of any kind" is "seen since".
      const none = inRange(0, min, max);
      const seen: Tri = min === 1 && max === undefined && !c.channels && !c.direction ? T : U;
      const out = new Uint32Array(words), u = new Uint32Array(words);
      const ifSeen = seen === T ? out : u;
      for (let i = 0; i < n; i++) {
        if (last[i]! >= from) ifSeen[i >>> 5]! |= 1 << (i & 31);
        else if (none === T) out[i >>> 5]! |= 1 << (i & 31);
      }
      return { t: out, u };
    }
    case "cases.open":
      return c.present ? range(t.openCases, 1) : range(t.openCases, 0, 0);
    case "cases.complaints": {
      const { min } = c;
      if (!c.withinDays) return range(t.complaintCount, min);
      const from = since(c.withinDays);
      const out = new Uint32Array(words);
      for (const i of t.complainers) {
        const times = t.complaints[i];
        if (!times || times.length < min || i >= n) continue;
        let k = 0;
        for (const at of times) if (at >= from) k++;
        if (k >= min) out[i >>> 5]! |= 1 << (i & 31);
      }
      return { t: out, u: null };
    }
    case "feedback.nps_category": {
      // nps is -1 for "no score": index + 1 into a table of the eleven scores and none.
      const want = new Set(c.values);
      const table = Uint8Array.from({ length: 12 }, (_, k) => {
        const s = k - 1;
        const category = s < 0 ? "none" : s >= 9 ? "promoter" : s >= 7 ? "passive" : "detractor";
        return want.has(category) ? 1 : 0;
      });
      return scores(t.nps, table, words, n);
    }
    case "feedback.latest_nps": {
      const table = Uint8Array.from({ length: 12 }, (_, k) => (k > 0 && inRange(k - 1, c.min, c.max) === T ? 1 : 0));
      return scores(t.nps, table, words, n);
    }
    case "consent.reachable": {
      if (c.purpose !== "marketing") return constant(U);
      return { t: t.reachBits[CONSENT_CHANNELS.indexOf(c.channel)]!.slice(0, words), u: null };
    }
    case "source.class": {
      const mask = c.values.reduce((m, v) => m | SOURCE_BIT[v], 0);
      const classes = t.sourceClasses;
      const out = new Uint32Array(words);
      for (let i = 0; i < n; i++) if ((classes[i]! & mask) !== 0) out[i >>> 5]! |= 1 << (i & 31);
      return { t: out, u: null };
    }
    case "cases.category":
    case "feedback.csat":
    case "campaign.response":
    case "web.event":
    case "earned.review":
    case "earned.mention":
    case "earned.referral":
    case "subscription":
    case "segment.member":
      return constant(U);
  }
}

function scores(nps: Int8Array, table: Uint8Array, words: number, n: number): Bits {
  const out = new Uint32Array(words);
  for (let i = 0; i < n; i++) if (table[nps[i]! + 1] === 1) out[i >>> 5]! |= 1 << (i & 31);
  return { t: out, u: null };
}

/** Kleene's and / or / not, 32 rows at a time: T and "not false" (T or U) are tracked, U is the difference. */
function compileGroup(g: Group, x: Ctx): Bits {
  const { words, n } = x;
  if (g.children.length === 0) return { t: full(words, n), u: null };
  const and = g.op === "and";
  const t = and ? full(words, n) : new Uint32Array(words);
  const maybe = and ? full(words, n) : new Uint32Array(words);
  let unknown = false;
  for (const child of g.children) {
    const b = child.type === "group" ? compileGroup(child, x) : compileCondition(child, x);
    const u = b.u;
    if (u) unknown = true;
    if (and) {
      for (let w = 0; w < words; w++) { t[w]! &= b.t[w]!; maybe[w]! &= b.t[w]! | (u ? u[w]! : 0); }
    } else {
      for (let w = 0; w < words; w++) { t[w]! |= b.t[w]!; maybe[w]! |= b.t[w]! | (u ? u[w]! : 0); }
    }
  }
  let u: Uint32Array | null = null;
  if (unknown) {
    u = new Uint32Array(words);
    for (let w = 0; w < words; w++) u[w] = maybe[w]! & ~t[w]!;
  }
  if (g.op !== "not") return { t, u };
  // None of: true where the "any of" is false (neither true nor unknown).
  const mask = full(words, n);
  const not = new Uint32Array(words);
  for (let w = 0; w < words; w++) not[w] = ~maybe[w]! & mask[w]!;
  return { t: not, u };
}

export interface Evaluation {
  /** Parties the facts decide are members. */
  count: number;
  /** Of those, how many each channel reaches (marketing consent and a contact point). */
  reach: number[];
  /** Up to `sampleSize` of those members, in id order. */
  sample: number[];
  /** Parties the facts cannot decide: SQL must. */
  unknown: number[];
}

/** Row numbers of the set bits, in order, at most `limit`. */
function rowsOf(bits: Uint32Array, limit: number): number[] {
  const out: number[] = [];
  for (let w = 0; w < bits.length && out.length < limit; w++) {
    let v = bits[w]!;
    while (v !== 0 && out.length < limit) {
      const low = v & -v;
      out.push(w * 32 + 31 - Math.clz32(low));
      v ^= low;
    }
  }
  return out;
}

/**
 * Runs the definition over every live row. Stops collecting undecided parties past
 * `maxUnknown` (the caller then asks SQL for everything instead).
 */
export function evaluate(def: SegmentDefinition, t: FactsTable, cut: Cutoffs, opts: { sampleSize: number; maxUnknown: number }): Evaluation {
  const words = t.words;
  const result = compileGroup(def.root, { t, n: t.n, words, cut });
  const alive = t.aliveBits;
  let count = 0;
  const reach = [0, 0, 0, 0, 0];
  const channels = t.reachBits;
  for (let w = 0; w < words; w++) {
    const m = result.t[w]! & alive[w]!;
    result.t[w] = m;
    if (m === 0) continue;
    count += popcount(m);
    for (let c = 0; c < 5; c++) reach[c]! += popcount(m & channels[c]![w]!);
  }
  let unknown: number[] = [];
  if (result.u) {
    for (let w = 0; w < words; w++) result.u[w]! &= alive[w]!;
    unknown = rowsOf(result.u, opts.maxUnknown + 1).map((i) => t.id[i]!);
  }
  const sample = rowsOf(result.t, opts.sampleSize).map((i) => t.id[i]!);
  return { count, reach, sample, unknown };
}
