import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/lib/db/rows";
import { segmentEngine } from "@/lib/db/segment-engine/engine";
import {
  COMPLAINT_WINDOWS, filtersAsDefinition, NPS_CATEGORIES, parseDirectoryQuery, type DirectoryFilters, type DirectoryQuery,
} from "@/lib/domain/directory";
import { CONSENT_CHANNELS, LIFECYCLE_STAGES, LOYALTY_TIERS, PARTY_KINDS, SOURCE_CLASSES } from "@/lib/domain/enums";
import { Rng } from "@/lib/seed/random";
import { seedDemo } from "@/lib/seed";
import { createTestDatabase, TEST_TARGETS, type TestDatabase } from "@/lib/testing/databases";
import { cappedCountQuery, pageQuery, type DirectoryCursor, type PageRow } from "./directory";
import { sql } from "drizzle-orm";

const NOW = new Date("2026-06-30T12:00:00Z");

interface Reference {
  id: number; kind: string; country: string | null; city: string | null; lifecycle: string; tier: string | null;
  nps: number | null; ltv: number; open: number; sources: number; created: number; seen: number | null; name: string;
  emailOk: boolean;
}

// An independent reading of the filters, in JavaScript over every party, to check the SQL against.
const CHECKS: Record<string, (r: Reference) => boolean> = {
  "kind=organization": (r) => r.kind === "organization",
  "country=US&lifecycle=repeat,customer": (r) => r.country === "US" && (r.lifecycle === "repeat" || r.lifecycle === "customer"),
  "tier=gold,platinum&nps=promoter": (r) => (r.tier === "gold" || r.tier === "platinum") && r.nps !== null && r.nps >= 9,
  "nps=detractor,none&open_case=no": (r) => (r.nps === null || r.nps <= 6) && r.open === 0,
  "ltv_min=100&ltv_max=2000": (r) => r.ltv >= 10_000 && r.ltv <= 200_000,
  "source=third_party,earned": (r) => (r.sources & (8 | 16)) !== 0,
  "reachable=email": (r) => r.emailOk,
  "created_from=2025-01-01": (r) => r.created >= Date.parse("2025-01-01T00:00:00Z"),
  "seen_to=2026-03-31": (r) => r.seen !== null && r.seen < Date.parse("2026-04-01T00:00:00Z"),
};
const SORTS = ["sort=name", "sort=name&dir=desc", "sort=lifetime_value", "sort=last_interaction&dir=asc", "sort=created", "sort=nps", "sort=nps&dir=asc"];

describe.each(TEST_TARGETS)("directory SQL on %s", (kind) => {
  let db: TestDatabase;
  let all: Reference[];

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await seedDemo(db.handle, { parties: 300, seed: 7, now: NOW });
    const rows = await queryRows<Record<string, unknown>>(db.handle.db, sql`
      select p.id, p.kind, p.country, p.city, p.lifecycle, m.tier, s.latest_nps, s.lifetime_value_minor, s.open_cases,
             s.source_classes, p.created_at, s.last_interaction_at, p.display_name,
             exists (select 1 from consent_current c where c.party_id = p.id and c.purpose = 'marketing' and c.channel = 'email' and c.status = 'granted')
               and exists (select 1 from email e where e.party_id = p.id) as email_ok
        from party p join party_stats s on s.party_id = p.id left join loyalty_membership m on m.party_id = p.id
       where p.status = 'active'`);
    all = rows.map((r) => ({
      id: Number(r.id), kind: String(r.kind), country: r.country as string | null, city: r.city as string | null,
      lifecycle: String(r.lifecycle), tier: r.tier as string | null, nps: r.latest_nps === null ? null : Number(r.latest_nps),
      ltv: Number(r.lifetime_value_minor), open: Number(r.open_cases), sources: Number(r.source_classes),
      created: new Date(r.created_at as string).getTime(), seen: r.last_interaction_at ? new Date(r.last_interaction_at as string).getTime() : null,
      name: String(r.display_name), emailOk: Boolean(r.email_ok),
    }));
  }, 120_000);
  afterAll(async () => db?.drop());

  async function pageThrough(query: DirectoryQuery): Promise<number[]> {
    const ids: number[] = [];
    let after: DirectoryCursor | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const rows: PageRow[] = await queryRows(db.handle.db, pageQuery(query, after, query.size));
      ids.push(...rows.map((r) => Number(r.id)));
      const last = rows.at(-1);
      if (rows.length < query.size || !last) return ids;
      after = { s: query.sort, d: query.dir, k: last.sort_key, i: Number(last.id) };
    }
    throw new Error("paging did not end");
  }

  function parse(qs: string): DirectoryQuery {
    const r = parseDirectoryQuery(new URLSearchParams(`${qs}&size=25`));
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    return r.query;
  }

  it.each(Object.keys(CHECKS))("filter %s returns exactly the matching parties", async (qs) => {
    const query = parse(qs);
    const expected = all.filter(CHECKS[qs]!).map((r) => r.id).sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    const got = await pageThrough(query);
    expect([...got].sort((a, b) => a - b)).toEqual(expected);
    const [count] = await queryRows<{ n: number }>(db.handle.db, cappedCountQuery(query.filters));
    expect(Number(count?.n)).toBe(expected.length);
  });

  it.each(SORTS)("%s pages through everyone once, in order", async (qs) => {
    const query = parse(qs);
    const got = await pageThrough(query);
    expect(new Set(got).size).toBe(all.length);
    const byId = new Map(all.map((r) => [r.id, r]));
    const key = (id: number): number | null => {
      const r = byId.get(id)!;
      switch (query.sort) {
        case "lifetime_value": return r.ltv;
        case "last_interaction": return r.seen;
        case "created": return r.created;
        case "nps": return r.nps;
        default: return null;
      }
    };
    if (query.sort === "name") return; // collation order is the database's; covered by uniqueness above
    const keys = got.map(key);
    // Unscored / never-seen rows come last when descending; NPS ascending keeps them last too.
    const nullsLast = query.dir === "desc" || query.sort === "nps";
    for (let i = 1; i < keys.length; i++) {
      const a = keys[i - 1]!;
      const b = keys[i]!;
      if (a === null || b === null) {
        if (nullsLast) expect(a === null && b !== null, `null before a value at ${i}`).toBe(false);
        else expect(a !== null && b === null, `value before null at ${i}`).toBe(false);
        continue;
      }
      if (query.dir === "asc") expect(a).toBeLessThanOrEqual(b);
      else expect(a).toBeGreaterThanOrEqual(b);
    }
  });

  // The directory's total comes from the segment engine's in-memory facts when they can decide
  // the filters: that count must be the directory SQL's count, filter for filter.
  it("counts random filter combinations in memory exactly as its SQL does", async () => {
    const r = new Rng(11);
    const some = <T,>(xs: readonly T[]) => [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(xs)))];
    const places = all.filter((p) => p.country && p.city);
    const [{ region } = { region: "" }] = await queryRows<{ region: string }>(db.handle.db, sql`select region from party where region is not null limit 1`);
    const table = await segmentEngine(db.handle.db).current();
    expect(table).not.toBeNull();
    const pick: Array<(f: DirectoryFilters) => void> = [
      (f) => (f.kind = r.pick(PARTY_KINDS)),
      (f) => (f.country = r.pick(places).country!),
      (f) => (f.city = r.next() < 0.5 ? r.pick(places).city! : r.pick(places).city!.toUpperCase()),
      (f) => (f.region = region.toLowerCase()),
      (f) => (f.lifecycle = some(LIFECYCLE_STAGES)),
      (f) => (f.tier = some(LOYALTY_TIERS)),
      (f) => (f.nps = some(NPS_CATEGORIES)),
      (f) => (r.next() < 0.5 ? (f.ltvMin = r.int(0, 3000) + r.int(0, 99) / 100) : (f.ltvMax = r.int(0, 3000))),
      (f) => (f.openCase = r.next() < 0.5),
      (f) => (f.complainedWithin = r.pick(COMPLAINT_WINDOWS)),
      (f) => (f.reachable = r.pick(CONSENT_CHANNELS)),
      (f) => (f.source = some(SOURCE_CLASSES)),
    ];
    let nonEmpty = 0;
    for (let i = 0; i < 150; i++) {
      const filters: DirectoryFilters = {};
      for (let k = r.int(0, 3); k > 0; k--) r.pick(pick)(filters);
      const definition = filtersAsDefinition(filters)!;
      const counted = (await segmentEngine(db.handle.db).evaluate(definition, { sampleSize: 0, maxUnknown: 0 }))!.result;
      const [sqlCount] = await queryRows<{ n: number }>(db.handle.db, cappedCountQuery(filters));
      expect(counted.unknown, JSON.stringify(filters)).toEqual([]);
      expect(counted.count, JSON.stringify(filters)).toBe(Number(sqlCount?.n));
      if (counted.count > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(50);
    // Dates are not among the facts: SQL counts those.
    expect(filtersAsDefinition({ createdFrom: "2025-01-01" })).toBeNull();
    expect(filtersAsDefinition({ country: "US", seenTo: "2026-01-01" })).toBeNull();
  });
});
