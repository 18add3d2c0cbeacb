import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { isSeeded, seedDemo, type SeedSummary } from "@/lib/seed";

const NOW = new Date("2025-06-30T12:00:00Z");
const SEED = 1234;
const PARTIES = 200;

async function q<R extends Record<string, unknown>>(handle: DbHandle, text: string): Promise<R[]> {
  if (handle.kind === "pglite") return (await handle.client.query<R>(text)).rows;
  return (await handle.client.unsafe(text)) as unknown as R[];
}

async function one(handle: DbHandle, text: string): Promise<number> {
  const [row] = await q<{ n: unknown }>(handle, text);
  return Number(row?.n);
}

/** Columns the seeder does not choose (database defaults, a salted hash) are left out. */
const VOLATILE: Record<string, string[]> = { data_source: ["created_at"], staff_user: ["password_hash"] };

/** Per table: row count and an md5 over every row's text form, plus the first rows. */
async function fingerprint(handle: DbHandle): Promise<Record<string, { count: number; md5: string; first: string[] }>> {
  await q(handle, "SET TimeZone = 'UTC'");
  const tables = await q<{ name: string }>(handle, "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const out: Record<string, { count: number; md5: string; first: string[] }> = {};
  for (const { name } of tables) {
    const cols = await q<{ c: string }>(handle,
      `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${name}' ORDER BY ordinal_position`);
    const keep = cols.map((c) => c.c).filter((c) => !(VOLATILE[name] ?? []).includes(c)).map((c) => `"${c}"`);
    const row = `(${keep.join(", ")})::text`;
    const [agg] = await q<{ n: unknown; md5: string | null }>(handle,
      `SELECT count(*) AS n, md5(string_agg(${row}, E'\\n' ORDER BY ${row})) AS md5 FROM public."${name}"`);
    const first = await q<{ r: string }>(handle, `SELECT ${row} AS r FROM public."${name}" ORDER BY 1 LIMIT 3`);
    out[name] = { count: Number(agg?.n), md5: agg?.md5 ?? "", first: first.map((f) => f.r) };
  }
  return out;
}

/** The invariants every seeded database must satisfy, whichever driver loaded it. */
async function checkInvariants(handle: DbHandle, summary: SeedSummary): Promise<void> {
  const fp = await fingerprint(handle);
  for (const [name, t] of Object.entries(fp)) {
    // Saved views are made by people using the app, and segment_change holds who entered or left
    // at a segment's latest recompute in the app, party_facts_log what changed since the seed; the
    // demo starts without any.
    if (name === "saved_view" || name === "segment_change" || name === "party_facts_log") continue;
    expect(t.count, `table ${name} is empty`).toBeGreaterThan(0);
    if (name in summary.tables) expect(t.count, `rows in ${name}`).toBe(summary.tables[name]);
  }
  expect(summary.tables.party).toBe(PARTIES);

  // party_stats equals a from-scratch recomputation over the source tables.
  const statsMismatch = await one(handle, `
    WITH o AS (
      SELECT party_id,
             coalesce(sum(total_minor) FILTER (WHERE status IN ('paid', 'shipped', 'delivered', 'returned')), 0) AS revenue,
             count(*) FILTER (WHERE status <> 'cancelled')::int AS n, min(occurred_at) AS first_at, max(occurred_at) AS last_at
      FROM "order" GROUP BY party_id),
    r AS (SELECT party_id, sum(amount_minor) AS total FROM refund GROUP BY party_id),
    i AS (SELECT party_id, max(occurred_at) AS last_at FROM interaction GROUP BY party_id),
    c AS (
      SELECT party_id, count(*) FILTER (WHERE status IN ('new', 'open', 'pending'))::int AS open_cases,
             count(*) FILTER (WHERE kind = 'complaint')::int AS complaints,
             coalesce(array_agg(occurred_at ORDER BY occurred_at)
               FILTER (WHERE kind = 'complaint' AND occurred_at > now() - interval '90 days'), '{}') AS recent
      FROM support_case GROUP BY party_id),
    n AS (
      SELECT DISTINCT ON (party_id) party_id, score, occurred_at FROM survey_response
      WHERE kind = 'nps' ORDER BY party_id, occurred_at DESC, id DESC),
    b AS (
      SELECT x.party_id, bit_or(CASE d.class WHEN 'zero_party' THEN 1 WHEN 'first_party' THEN 2 WHEN 'second_party' THEN 4
                                 WHEN 'third_party' THEN 8 WHEN 'earned' THEN 16 END)::smallint AS bits
      FROM (SELECT id AS party_id, source_id FROM party WHERE source_id IS NOT NULL
            UNION ALL SELECT party_id, source_id FROM email
            UNION ALL SELECT party_id, source_id FROM phone
            UNION ALL SELECT party_id, source_id FROM postal_address
            UNION ALL SELECT party_id, source_id FROM social_profile) x
      JOIN data_source d ON d.id = x.source_id GROUP BY x.party_id),
    expected AS (
      SELECT p.id AS party_id, coalesce(o.revenue, 0) - coalesce(r.total, 0) AS ltv, coalesce(o.n, 0) AS order_count,
             o.first_at, o.last_at, i.last_at AS last_interaction_at, n.score AS latest_nps, n.occurred_at AS latest_nps_at,
             coalesce(c.open_cases, 0) AS open_cases, coalesce(c.complaints, 0) AS complaints,
             coalesce(c.recent, '{}') AS recent, coalesce(b.bits, 0)::smallint AS bits
      FROM party p LEFT JOIN o ON o.party_id = p.id LEFT JOIN r ON r.party_id = p.id LEFT JOIN i ON i.party_id = p.id
      LEFT JOIN c ON c.party_id = p.id LEFT JOIN n ON n.party_id = p.id LEFT JOIN b ON b.party_id = p.id),
    actual AS (
      SELECT party_id, lifetime_value_minor, order_count, first_order_at, last_order_at, last_interaction_at, latest_nps,
             latest_nps_at, open_cases, complaint_count, recent_complaints, source_classes FROM party_stats)
    SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) a)
         + (SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) b) AS n`);
  expect(statsMismatch, "party_stats rows differing from a recomputation").toBe(0);

  // consent_current is the latest event per party, purpose and channel.
  const consentMismatch = await one(handle, `
    WITH expected AS (
      SELECT DISTINCT ON (party_id, purpose, channel) party_id, purpose, channel, status, occurred_at, id AS event_id
      FROM consent_event ORDER BY party_id, purpose, channel, occurred_at DESC, id DESC),
    actual AS (SELECT party_id, purpose, channel, status, occurred_at, event_id FROM consent_current)
    SELECT (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) a)
         + (SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) b) AS n`);
  expect(consentMismatch, "consent_current rows differing from the ledger").toBe(0);

  // Every NPS detractor has exactly one follow-up, as the trigger would have made; no others exist.
  expect(await one(handle, `
    SELECT count(*) AS n FROM survey_response s
    WHERE s.kind = 'nps' AND s.score <= 6
      AND (SELECT count(*) FROM detractor_follow_up f WHERE f.party_id = s.party_id AND f.response_id = s.id AND f.occurred_at = s.occurred_at) <> 1`)).toBe(0);
  expect(await one(handle, `
    SELECT count(*) AS n FROM detractor_follow_up f
    WHERE NOT EXISTS (SELECT 1 FROM survey_response s WHERE s.party_id = f.party_id AND s.id = f.response_id AND s.kind = 'nps' AND s.score <= 6)`)).toBe(0);
  expect(await one(handle, "SELECT count(*) AS n FROM survey_response WHERE kind = 'nps' AND score <= 6")).toBeGreaterThan(0);

  // Only the last four digits of a card are ever stored.
  expect(await one(handle, "SELECT count(*) AS n FROM payment WHERE card_last4 IS NOT NULL AND card_last4 !~ '^[0-9]{4}$'")).toBe(0);
  expect(await one(handle, "SELECT count(*) AS n FROM payment WHERE card_last4 IS NOT NULL")).toBeGreaterThan(0);

  // Campaigns only reached people whose latest marketing consent for that channel was "granted".
  expect(await one(handle, `
    SELECT count(*) AS n FROM campaign_response cr JOIN campaign c ON c.id = cr.campaign_id
    WHERE coalesce((
      SELECT ce.status::text FROM consent_event ce
      WHERE ce.party_id = cr.party_id AND ce.purpose = 'marketing' AND ce.channel = c.channel AND ce.occurred_at <= cr.occurred_at
      ORDER BY ce.occurred_at DESC, ce.id DESC LIMIT 1), 'none') <> 'granted'`)).toBe(0);

  // Story coherence: late deliveries exist and lead to delivery complaints; phones are E.164.
  expect(await one(handle, "SELECT count(*) AS n FROM \"order\" WHERE delivered_at > promised_by")).toBeGreaterThan(0);
  expect(await one(handle, "SELECT count(*) AS n FROM support_case WHERE kind = 'complaint' AND category = 'delivery'")).toBeGreaterThan(0);
  expect(await one(handle, "SELECT count(*) AS n FROM phone WHERE e164 !~ '^\\+[1-9][0-9]{7,14}$'")).toBe(0);
  expect(await one(handle, "SELECT count(*) AS n FROM social_mention WHERE party_id IS NULL")).toBeGreaterThan(0);
  expect(await one(handle, "SELECT count(DISTINCT class) AS n FROM data_source")).toBe(5);
  expect(await one(handle, "SELECT count(*) AS n FROM staff_user WHERE email IN ('admin@example.com', 'manager@example.com', 'agent@example.com', 'marketer@example.com') AND password_hash IS NOT NULL")).toBe(4);
  expect(await one(handle, "SELECT count(*) AS n FROM \"order\" WHERE occurred_at > '" + NOW.toISOString() + "'")).toBe(0);

  // Identity sequences continue after the generated ids.
  const [next] = await q<{ id: unknown; max: unknown }>(handle,
    "SELECT nextval(pg_get_serial_sequence('public.interaction', 'id')) AS id, (SELECT max(id) FROM interaction) AS max");
  expect(Number(next?.id)).toBeGreaterThan(Number(next?.max));
}

describe("seedDemo on PGlite", () => {
  let a: DbHandle;
  let b: DbHandle;
  let summaryA: SeedSummary;
  let summaryB: SeedSummary;

  beforeAll(async () => {
    [a, b] = await Promise.all([openDatabase({ dataDir: "memory://" }), openDatabase({ dataDir: "memory://" })]);
    await migrateDatabase(a);
    await migrateDatabase(b);
    expect(await isSeeded(a)).toBe(false);
    summaryA = await seedDemo(a, { parties: PARTIES, seed: SEED, now: NOW });
    summaryB = await seedDemo(b, { parties: PARTIES, seed: SEED, now: NOW });
  }, 180_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it("is deterministic for a seed and a time", async () => {
    expect(summaryB.tables).toEqual(summaryA.tables);
    expect(await fingerprint(b)).toEqual(await fingerprint(a));
  });

  it("fills every table coherently", async () => {
    expect(await isSeeded(a)).toBe(true);
    await checkInvariants(a, summaryA);
  });

  it("refuses to seed twice", async () => {
    await expect(seedDemo(a, { parties: 10, seed: SEED, now: NOW })).rejects.toThrow(/already has parties/);
  });

  it("leaves triggers working for later writes", async () => {
    const [row] = await q<{ party_id: unknown; id: unknown }>(a,
      "SELECT party_id, id FROM survey_response ORDER BY party_id, id LIMIT 1");
    await q(a, `INSERT INTO survey_response (party_id, survey_id, kind, score, touchpoint, channel, occurred_at)
                SELECT ${Number(row?.party_id)}, id, 'nps', 2, 'relationship', 'email', now() FROM survey WHERE kind = 'nps' LIMIT 1`);
    expect(await one(a, `SELECT latest_nps AS n FROM party_stats WHERE party_id = ${Number(row?.party_id)}`)).toBe(2);
    expect(await one(a, `SELECT count(*) AS n FROM detractor_follow_up WHERE party_id = ${Number(row?.party_id)} AND status = 'open' AND occurred_at > now() - interval '1 minute'`)).toBe(1);
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;

describe.runIf(Boolean(adminUrl))("seedDemo on PostgreSQL", () => {
  const dbName = `cx360_test_${randomBytes(4).toString("hex")}`;
  let admin: DbHandle;
  let pg: DbHandle;
  let lite: DbHandle;
  let summary: SeedSummary;
  let indexesBefore: string[];

  beforeAll(async () => {
    admin = await openDatabase({ url: adminUrl, max: 1 });
    await q(admin, `CREATE DATABASE ${dbName}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${dbName}`;
    pg = await openDatabase({ url: url.toString(), max: 4 });
    await migrateDatabase(pg);
    indexesBefore = (await q<{ d: string }>(pg, "SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.d);
    summary = await seedDemo(pg, { parties: PARTIES, seed: SEED, now: NOW });
    lite = await openDatabase({ dataDir: "memory://" });
    await migrateDatabase(lite);
    await seedDemo(lite, { parties: PARTIES, seed: SEED, now: NOW });
  }, 180_000);

  afterAll(async () => {
    await pg?.close();
    await lite?.close();
    if (admin) {
      await q(admin, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.close();
    }
  });

  it("fills every table coherently", async () => {
    await checkInvariants(pg, summary);
  });

  it("recreates exactly the indexes it dropped for the load", async () => {
    const after = (await q<{ d: string }>(pg, "SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.d);
    expect(after).toEqual(indexesBefore);
  });

  it("writes the same rows as the PGlite path", async () => {
    expect(await fingerprint(pg)).toEqual(await fingerprint(lite));
  });
});
