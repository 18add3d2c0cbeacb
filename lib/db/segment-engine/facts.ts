// party_facts held in memory as columns (one typed array per fact), so a segment's live count is
// a loop over arrays instead of a scan of a 160 MB table. Pure: loading and keeping it current
// live in ./engine.ts; evaluating a definition over it in ./evaluate.ts.
import { sql, type SQL } from "drizzle-orm";

/** A column's distinct values, each with a small code; code 0 is NULL. */
export class Dict {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();

  constructor(private readonly limit: number) {}

  code(value: string | null | undefined): number {
    if (value === null || value === undefined) return 0;
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      if (c >= this.limit) throw new Error("segment engine: too many distinct values for one column");
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }

  /** flags[code] is 1 for each of `wanted` (values not seen yet match nobody). */
  matcher(wanted: readonly string[]): Uint8Array {
    const flags = new Uint8Array(this.values.length);
    for (const w of wanted) {
      const c = this.codes.get(w);
      if (c !== undefined) flags[c] = 1;
    }
    return flags;
  }
}

export const RECENT_ORDERS = 4;
const U16 = 0xffff;
const U32 = 0xffffffff;

/** The coded text columns; region and city hold PostgreSQL's lower() of the value. */
export const DICT_COLUMNS = ["kind", "lifecycle", "tier", "country", "region", "city", "timeZone", "ageBand", "gender", "incomeBand", "language"] as const;
export type DictColumn = (typeof DICT_COLUMNS)[number];
const WIDE: ReadonlySet<DictColumn> = new Set(["region", "city"]);
/** Columns with few distinct values keep a bitmap per value: "country is DE or FR" is two ORs of bitmaps. */
export type BitmapColumn = Exclude<DictColumn, "region" | "city">;
export const BITMAP_COLUMNS = DICT_COLUMNS.filter((c): c is BitmapColumn => !WIDE.has(c));

/** One party_facts row as the loader selects it (times in epoch milliseconds). */
export interface FactRow extends Record<string, unknown> {
  id: number;
  kind: string;
  lifecycle: string;
  tier: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  time_zone: string | null;
  age_band: string | null;
  gender: string | null;
  income_band: string | null;
  language: string | null;
  ltv: number;
  order_count: number;
  last_order: number | null;
  o1: number | null;
  o2: number | null;
  o3: number | null;
  o4: number | null;
  last_interaction: number | null;
  latest_nps: number | null;
  open_cases: number;
  complaint_count: number;
  complaints: string | null;
  source_classes: number;
  reach: number;
}

/** The loader's column list over `f` (party_facts); numbers come back as numbers from both drivers. */
export const FACT_COLUMNS: SQL = sql`
  f.party_id::float8 as id, f.kind::text as kind, f.lifecycle::text as lifecycle, f.tier::text as tier, f.country,
  lower(f.region) as region, lower(f.city) as city, f.time_zone, f.age_band, f.gender, f.income_band, f.language,
  f.ltv_minor::float8 as ltv, f.order_count, (date_part('epoch', f.last_order_at) * 1000) as last_order,
  (date_part('epoch', f.recent_orders[1]) * 1000) as o1, (date_part('epoch', f.recent_orders[2]) * 1000) as o2,
  (date_part('epoch', f.recent_orders[3]) * 1000) as o3, (date_part('epoch', f.recent_orders[4]) * 1000) as o4,
  (date_part('epoch', f.last_interaction_at) * 1000) as last_interaction, f.latest_nps::int as latest_nps,
  f.open_cases, f.complaint_count,
  case when cardinality(f.recent_complaints) > 0
       then (select string_agg(((date_part('epoch', x) * 1000))::text, ',') from unnest(f.recent_complaints) x) end as complaints,
  f.source_classes::int as source_classes, f.reach::int as reach`;

const num = (v: number | null) => (v === null ? NaN : Number(v));

/** Every active party's facts, column by column, ordered by id except for late arrivals. */
export class FactsTable {
  n = 0;
  private capacity = 0;
  /** Rows [0, sortedN) are in id order; later rows (ids that arrived out of order) are in `late`. */
  private sortedN = 0;
  private readonly late = new Map<number, number>();

  id = new Float64Array(0);
  readonly dict: Record<DictColumn, Dict>;
  codes: Record<DictColumn, Uint16Array | Uint32Array>;
  ltv = new Float64Array(0);
  orderCount = new Uint32Array(0);
  lastOrder = new Float64Array(0);
  /** RECENT_ORDERS per row, newest first, NaN past the last. */
  recentOrders = new Float64Array(0);
  lastInteraction = new Float64Array(0);
  /** -1 when there is no score. */
  nps = new Int8Array(0);
  openCases = new Uint32Array(0);
  complaintCount = new Uint32Array(0);
  /** Complaint times of the last 90 days, for the rows that have any. */
  complaints: (Float64Array | undefined)[] = [];
  /** The rows `complaints` holds times for: a few in a hundred, walked instead of every row. */
  readonly complainers = new Set<number>();
  sourceClasses = new Uint16Array(0);
  reach = new Uint16Array(0);

  /** Bit i of word i >> 5 stands for row i. */
  aliveBits = new Uint32Array(0);
  /** Per channel (CONSENT_CHANNELS order): marketing reach. */
  reachBits: Uint32Array[] = [];
  /** Per bitmapped column, per value code: the rows holding it. */
  readonly valueBits = Object.fromEntries(BITMAP_COLUMNS.map((c) => [c, [] as Uint32Array[]])) as Record<BitmapColumn, Uint32Array[]>;

  constructor() {
    this.dict = Object.fromEntries(DICT_COLUMNS.map((c) => [c, new Dict(WIDE.has(c) ? U32 : U16)])) as Record<DictColumn, Dict>;
    this.codes = Object.fromEntries(DICT_COLUMNS.map((c) => [c, WIDE.has(c) ? new Uint32Array(0) : new Uint16Array(0)])) as Record<DictColumn, Uint16Array | Uint32Array>;
  }

  /** Room for `rows` without reallocating (the loader sizes the arrays once from the table's row estimate). */
  reserve(rows: number) {
    this.grow(rows, rows);
  }

  private grow(min: number, exact?: number) {
    if (min <= this.capacity) return;
    const cap = exact ?? Math.max(min, Math.ceil(this.capacity * 1.25) + 1024);
    const u32 = (a: Uint32Array) => { const b = new Uint32Array(cap); b.set(a); return b; };
    const f64 = (a: Float64Array, width = 1) => { const b = new Float64Array(cap * width).fill(NaN); b.set(a); return b; };
    this.id = f64(this.id);
    this.ltv = f64(this.ltv);
    this.orderCount = u32(this.orderCount);
    this.lastOrder = f64(this.lastOrder);
    this.recentOrders = f64(this.recentOrders, RECENT_ORDERS);
    this.lastInteraction = f64(this.lastInteraction);
    this.openCases = u32(this.openCases);
    this.complaintCount = u32(this.complaintCount);
    const nps = new Int8Array(cap); nps.set(this.nps); this.nps = nps;
    const sc = new Uint16Array(cap); sc.set(this.sourceClasses); this.sourceClasses = sc;
    const reach = new Uint16Array(cap); reach.set(this.reach); this.reach = reach;
    for (const c of DICT_COLUMNS) {
      const old = this.codes[c];
      const next = old instanceof Uint32Array ? new Uint32Array(cap) : new Uint16Array(cap);
      next.set(old);
      this.codes[c] = next;
    }
    const words = Math.ceil(cap / 32);
    const bits = (a: Uint32Array | undefined) => { const b = new Uint32Array(words); if (a) b.set(a); return b; };
    this.aliveBits = bits(this.aliveBits);
    this.reachBits = Array.from({ length: 5 }, (_, c) => bits(this.reachBits[c]));
    for (const c of BITMAP_COLUMNS) this.valueBits[c] = this.valueBits[c].map(bits);
    this.capacity = cap;
  }

  /** Bitmap words covering the rows. */
  get words(): number {
    return Math.ceil(this.n / 32);
  }

  private isAlive(i: number): boolean {
    return (this.aliveBits[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  private setBit(bits: Uint32Array, i: number, on: boolean) {
    if (on) bits[i >>> 5]! |= 1 << (i & 31);
    else bits[i >>> 5]! &= ~(1 << (i & 31));
  }

  private setCode(column: BitmapColumn, i: number, code: number, existed: boolean) {
    const codes = this.codes[column];
    const maps = this.valueBits[column];
    if (existed) { const old = maps[codes[i]!]; if (old) this.setBit(old, i, false); }
    codes[i] = code;
    while (maps.length <= code) maps.push(new Uint32Array(Math.ceil(this.capacity / 32)));
    this.setBit(maps[code]!, i, true);
  }

  /** The row holding a party, or -1. */
  indexOf(id: number): number {
    let lo = 0, hi = this.sortedN - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.id[mid]!;
      if (v === id) return mid;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.late.get(id) ?? -1;
  }

  /** Writes a row in place, or appends it. */
  put(r: FactRow) {
    const id = Number(r.id);
    let i = this.indexOf(id);
    if (i < 0) {
      this.grow(this.n + 1);
      i = this.n++;
      if (i === this.sortedN && (i === 0 || this.id[i - 1]! < id)) this.sortedN++;
      else this.late.set(id, i);
    }
    const existed = this.isAlive(i);
    this.id[i] = id;
    this.setBit(this.aliveBits, i, true);
    this.setCode("kind", i, this.dict.kind.code(r.kind), existed);
    this.setCode("lifecycle", i, this.dict.lifecycle.code(r.lifecycle), existed);
    this.setCode("tier", i, this.dict.tier.code(r.tier), existed);
    this.setCode("country", i, this.dict.country.code(r.country), existed);
    this.codes.region[i] = this.dict.region.code(r.region);
    this.codes.city[i] = this.dict.city.code(r.city);
    this.setCode("timeZone", i, this.dict.timeZone.code(r.time_zone), existed);
    this.setCode("ageBand", i, this.dict.ageBand.code(r.age_band), existed);
    this.setCode("gender", i, this.dict.gender.code(r.gender), existed);
    this.setCode("incomeBand", i, this.dict.incomeBand.code(r.income_band), existed);
    this.setCode("language", i, this.dict.language.code(r.language), existed);
    this.ltv[i] = Number(r.ltv);
    this.orderCount[i] = Number(r.order_count);
    this.lastOrder[i] = num(r.last_order);
    const o = i * RECENT_ORDERS;
    this.recentOrders[o] = num(r.o1);
    this.recentOrders[o + 1] = num(r.o2);
    this.recentOrders[o + 2] = num(r.o3);
    this.recentOrders[o + 3] = num(r.o4);
    this.lastInteraction[i] = num(r.last_interaction);
    this.nps[i] = r.latest_nps === null ? -1 : Number(r.latest_nps);
    this.openCases[i] = Number(r.open_cases);
    this.complaintCount[i] = Number(r.complaint_count);
    this.complaints[i] = r.complaints ? Float64Array.from(r.complaints.split(","), Number) : undefined;
    if (r.complaints) this.complainers.add(i);
    else this.complainers.delete(i);
    this.sourceClasses[i] = Number(r.source_classes);
    this.reach[i] = Number(r.reach);
    for (let c = 0; c < 5; c++) this.setBit(this.reachBits[c]!, i, (this.reach[i]! & (1 << c)) !== 0);
  }

  /** The party no longer has facts (merged, erased, inactive). */
  remove(id: number) {
    const i = this.indexOf(id);
    if (i < 0 || !this.isAlive(i)) return;
    this.setBit(this.aliveBits, i, false);
    for (const c of BITMAP_COLUMNS) { const m = this.valueBits[c][this.codes[c][i]!]; if (m) this.setBit(m, i, false); }
  }
}
