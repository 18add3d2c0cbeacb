import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/lib/db/rows";
import {
  decodePosition, encodePosition, kindRank, TIMELINE_KINDS, type TimelineKind, type TimelinePosition, type TimelineQuery,
} from "@/lib/domain/timeline";
import { seedDemo } from "@/lib/seed";
import { ensureHeavyParty } from "@/lib/seed/heavy";
import { createTestDatabase, TEST_TARGETS, type TestDatabase } from "@/lib/testing/databases";
import { entryPosition, timelinePage, type TimelineRow } from "./timeline";

const NOW = new Date("2026-06-30T12:00:00Z");
const ALL: TimelineQuery = { kinds: null, channels: null, q: null };

interface Ref { key: string; kind: TimelineKind; micros: bigint; id: number; channel: string | null; text: string }

// The same entries read independently, one plain query per table, ordered in JavaScript.
const TABLES: Record<TimelineKind, { from: string; channel: string; text: string; where?: string }> = {
  order: { from: `"order" x`, channel: "case x.channel::text when 'store' then 'in_store' when 'phone' then 'call' else x.channel::text end", text: "x.order_number" },
  order_status: { from: "order_status_event x", channel: "null", text: "x.status::text", where: "x.status <> 'pending'" },
  payment: { from: "payment x", channel: "null", text: "x.method::text" },
  refund: { from: "refund x", channel: "null", text: "coalesce(x.reason, '')" },
  case: { from: "support_case x", channel: "replace(x.channel::text, 'social_dm', 'social')", text: "x.subject" },
  interaction: { from: "interaction x", channel: "replace(x.channel::text, 'social_dm', 'social')", text: "x.summary" },
  survey: { from: "survey_response x", channel: "replace(x.channel::text, 'social_dm', 'social')", text: "coalesce(x.comment, '')" },
  campaign: { from: "campaign_response x join campaign c on c.id = x.campaign_id", channel: "replace(c.channel::text, 'phone', 'call')", text: "c.name" },
  web_session: { from: "web_session x", channel: "case when x.platform = 'web' then 'web' else 'app' end", text: "coalesce(x.landing_path, '')" },
  social: { from: "social_mention x", channel: "'social'", text: "x.body" },
  review: { from: "review x", channel: "null", text: "coalesce(x.body, '')" },
  referral: { from: "referral x", channel: "null", text: "x.code" },
  subscription: { from: "subscription x", channel: "null", text: "x.plan" },
  tier: { from: "loyalty_tier_event x", channel: "null", text: "coalesce(x.reason, '')" },
  consent: { from: "consent_event x", channel: "replace(x.channel::text, 'phone', 'call')", text: "x.purpose::text" },
};

describe.each(TEST_TARGETS)("timeline SQL on %s", (target) => {
  let db: TestDatabase;
  let heavy: number;
  let reference: Ref[];
  const rows = <T extends Record<string, unknown>>(q: SQL) => queryRows<T>(db.handle.db, q);

  async function referenceOf(partyId: number): Promise<Ref[]> {
    const out: Ref[] = [];
    for (const kind of TIMELINE_KINDS) {
      const t = TABLES[kind];
      const found = await rows<{ id: string; micros: string; channel: string | null; text: string }>(sql.raw(`
        select x.id::text, (extract(epoch from x.occurred_at) * 1000000)::bigint::text as micros, ${t.channel} as channel, ${t.text} as text
          from ${t.from} where x.party_id = ${Number(partyId)}${t.where ? ` and ${t.where}` : ""}`));
      out.push(...found.map((r) => ({ key: `${kind}-${r.id}`, kind, micros: BigInt(r.micros), id: Number(r.id), channel: r.channel, text: r.text })));
    }
    // Newest first; ties by kind rank, then id, both descending.
    return out.sort((a, b) => (a.micros !== b.micros ? (b.micros > a.micros ? 1 : -1) : kindRank(b.kind) - kindRank(a.kind) || b.id - a.id));
  }

  async function pageThrough(partyId: number, query: TimelineQuery, size: number): Promise<string[]> {
    const keys: string[] = [];
    let after: TimelinePosition | null = null;
    for (let guard = 0; guard < 2000; guard++) {
      const statement = timelinePage(partyId, query, after, size + 1);
      if (!statement) return keys;
      const page = await rows<TimelineRow>(statement);
      keys.push(...page.slice(0, size).map((r) => `${r.kind}-${r.id}`));
      if (page.length <= size) return keys;
      const last = page[size - 1]!;
      // Through the opaque cursor, as a client would send it back.
      after = decodePosition(encodePosition({ micros: last.micros, rank: last.rank, id: Number(last.id) }));
    }
    throw new Error("paging did not end");
  }

  beforeAll(async () => {
    db = await createTestDatabase(target);
    await seedDemo(db.handle, { parties: 120, seed: 11, now: NOW });
    const made = await db.handle.db.transaction((tx) => ensureHeavyParty((q) => queryRows(tx as never, q), { scale: 0.06 }));
    heavy = made.partyId;
    reference = await referenceOf(heavy);
  }, 180_000);
  afterAll(async () => db?.drop());

  it("pages through a key account's whole history once, newest first, in any page size", async () => {
    expect(reference.length).toBeGreaterThan(400);
    expect(new Set(reference.map((r) => r.kind)).size).toBeGreaterThanOrEqual(8);
    const expected = reference.map((r) => r.key);
    expect(await pageThrough(heavy, ALL, 50)).toEqual(expected);
    expect(await pageThrough(heavy, ALL, 7)).toEqual(expected);
  });

  it("reads every kind of entry the demo data holds", async () => {
    const seen = await rows<{ kind: string }>(sql`select distinct kind from (${timelinePage(heavy, ALL, null, 100000)!}) t`);
    // The demo parties together hold every kind; check over a sample of them.
    const kinds = new Set(seen.map((r) => r.kind));
    const parties = await rows<{ id: string }>(sql`select id from party where status = 'active' order by id`);
    for (const p of parties) {
      for (const r of await rows<{ kind: string }>(sql`select distinct kind from (${timelinePage(Number(p.id), ALL, null, 100000)!}) t`)) kinds.add(r.kind);
    }
    expect([...kinds].sort()).toEqual([...TIMELINE_KINDS].sort());
  });

  it("filters by type, by channel and by words, still in order", async () => {
    const service = await pageThrough(heavy, { ...ALL, kinds: ["case", "interaction"] }, 40);
    expect(service).toEqual(reference.filter((r) => r.kind === "case" || r.kind === "interaction").map((r) => r.key));

    const email = await pageThrough(heavy, { ...ALL, channels: ["email"] }, 40);
    expect(email.length).toBeGreaterThan(0);
    expect(email).toEqual(reference.filter((r) => r.channel === "email").map((r) => r.key));

    const words = await pageThrough(heavy, { ...ALL, kinds: ["interaction"], q: "damaged PALLET" }, 40);
    expect(words.length).toBeGreaterThan(0);
    expect(words).toEqual(reference.filter((r) => r.kind === "interaction" && /damaged pallet/i.test(r.text)).map((r) => r.key));

    // Search text is data, never a pattern: % and _ match only themselves.
    expect(await pageThrough(heavy, { ...ALL, q: "%_%" }, 40)).toEqual([]);
  });

  it("keeps microseconds and breaks ties at one instant across a day boundary", async () => {
    const [p] = await rows<{ id: string }>(sql`select id from party where status = 'active' and id <> ${heavy} order by id limit 1`);
    const party = Number(p!.id);
    await db.handle.db.execute(sql`
      insert into interaction (party_id, channel, direction, summary, occurred_at) values
        (${party}, 'call', 'inbound', 'late evening A', '2030-01-01 23:59:59.999998+00'),
        (${party}, 'call', 'inbound', 'late evening B', '2030-01-01 23:59:59.999999+00'),
        (${party}, 'email', 'inbound', 'midnight 1', '2030-01-02 00:00:00.000001+00'),
        (${party}, 'chat', 'inbound', 'midnight 2', '2030-01-02 00:00:00.000001+00'),
        (${party}, 'sms', 'inbound', 'midnight 3', '2030-01-02 00:00:00.000001+00')`);
    const mine = await referenceOf(party);
    const keys = await pageThrough(party, ALL, 1);
    expect(keys).toEqual(mine.map((r) => r.key));
    const texts = mine.slice(0, 5).map((r) => r.text);
    expect(texts).toEqual(["midnight 3", "midnight 2", "midnight 1", "late evening B", "late evening A"]);
  });

  it("opens at an entry: that entry first, then the older ones", async () => {
    const target = reference[123]!;
    const [pos] = await rows<{ micros: string }>(entryPosition(heavy, target.kind, target.id));
    const page = await rows<TimelineRow>(timelinePage(heavy, ALL, { micros: pos!.micros, rank: kindRank(target.kind), id: target.id }, 10, true)!);
    expect(page.map((r) => `${r.kind}-${r.id}`)).toEqual(reference.slice(123, 133).map((r) => r.key));
    expect(await rows(entryPosition(heavy + 1_000_000, target.kind, target.id))).toEqual([]);
  });
});
