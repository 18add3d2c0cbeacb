import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_TARGETS, type TestDatabase } from "@/lib/testing/databases";
import { queryRows } from "./rows";
import * as s from "./schema";

describe.each(TEST_TARGETS)("party data model on %s", (target) => {
  let t: TestDatabase;
  let partyId: number;
  let sourceId: number;
  let surveyId: number;
  const now = Date.now();
  const day = (n: number) => new Date(now - n * 86_400_000);

  beforeAll(async () => {
    t = await createTestDatabase(target);
    const { db } = t.handle;
    const [src] = await db.insert(s.dataSource).values({ key: "web", name: "Web form", class: "first_party" }).returning();
    const [vendor] = await db.insert(s.dataSource).values({ key: "vendor", name: "Enrichment", class: "third_party" }).returning();
    sourceId = src!.id;
    const [p] = await db.insert(s.party).values({ kind: "person", displayName: "Ada Lovelace", sourceId }).returning();
    partyId = p!.id;
    await db.insert(s.phone).values({ partyId, e164: "+15550102030", raw: "(555) 010-2030", sourceId: vendor!.id });
    const [survey] = await db.insert(s.survey).values({ name: "Relationship NPS", kind: "nps", touchpoint: "relationship" }).returning();
    surveyId = survey!.id;
  });
  afterAll(async () => t?.drop());

  const stats = async () => {
    const [row] = await t.handle.db.select().from(s.partyStats).where(eq(s.partyStats.partyId, partyId));
    return row!;
  };

  it("creates a stats row with the party, marking its source classes", async () => {
    const row = await stats();
    expect(row.orderCount).toBe(0);
    expect(row.sourceClasses).toBe(2 | 8); // first-party party, third-party phone
  });

  it("stores the phone as entered and normalized, with a reversed-digit key for suffix search", async () => {
    const rows = await queryRows<{ raw: string; e164: string; digits_reversed: string }>(
      t.handle.db,
      sql`select raw, e164, digits_reversed from phone where party_id = ${partyId} and digits_reversed like ${"0302%"}`,
    );
    expect(rows).toEqual([{ raw: "(555) 010-2030", e164: "+15550102030", digits_reversed: "03020105551" }]);
  });

  it("keeps lifetime value and order counts right through inserts, status changes and refunds", async () => {
    const { db } = t.handle;
    await db.insert(s.order).values([
      { partyId, orderNumber: "O-1", status: "delivered", channel: "web", totalMinor: 12_000, occurredAt: day(40) },
      { partyId, orderNumber: "O-2", status: "pending", channel: "app", totalMinor: 5_000, occurredAt: day(2) },
      { partyId, orderNumber: "O-3", status: "cancelled", channel: "web", totalMinor: 9_999, occurredAt: day(1) },
    ]);
    let row = await stats();
    expect(row.lifetimeValueMinor).toBe(12_000);
    expect(row.orderCount).toBe(2);
    expect(row.lastOrderAt).toEqual(day(1));
    expect(row.firstOrderAt).toEqual(day(40));

    await db.update(s.order).set({ status: "paid" }).where(eq(s.order.orderNumber, "O-2"));
    row = await stats();
    expect(row.lifetimeValueMinor).toBe(17_000);

    await db.insert(s.refund).values({ partyId, amountMinor: 2_000, occurredAt: day(1) });
    row = await stats();
    expect(row.lifetimeValueMinor).toBe(15_000);
  });

  it("counts open cases and recent complaints, and follows status changes", async () => {
    const { db } = t.handle;
    const base = { partyId, category: "delivery", channel: "call" as const, subject: "Late parcel", updatedAt: new Date() };
    await db.insert(s.supportCase).values([
      { ...base, caseNumber: "C-1", kind: "complaint", status: "open", occurredAt: day(10) },
      { ...base, caseNumber: "C-2", kind: "complaint", status: "resolved", occurredAt: day(200) },
      { ...base, caseNumber: "C-3", kind: "inquiry", status: "new", occurredAt: day(3) },
    ]);
    let row = await stats();
    expect(row.openCases).toBe(2);
    expect(row.complaintCount).toBe(2);
    expect(row.recentComplaints).toHaveLength(1);

    await db.update(s.supportCase).set({ status: "resolved" }).where(eq(s.supportCase.caseNumber, "C-1"));
    row = await stats();
    expect(row.openCases).toBe(1);
  });

  it("tracks the last interaction and the latest NPS, and opens a follow-up for each detractor", async () => {
    const { db } = t.handle;
    await db.insert(s.interaction).values([
      { partyId, channel: "call", direction: "inbound", summary: "Asked about parcel", occurredAt: day(9) },
      { partyId, channel: "email", direction: "outbound", summary: "Sent tracking link", occurredAt: day(8) },
    ]);
    const answer = { partyId, surveyId, kind: "nps" as const, touchpoint: "relationship", channel: "email" as const };
    await db.insert(s.surveyResponse).values([
      { ...answer, score: 9, occurredAt: day(100) },
      { ...answer, score: 3, comment: "Late twice", occurredAt: day(5) },
    ]);
    const row = await stats();
    expect(row.lastInteractionAt).toEqual(day(8));
    expect(row.latestNps).toBe(3);
    const followUps = await db.select().from(s.detractorFollowUp).where(eq(s.detractorFollowUp.partyId, partyId));
    expect(followUps).toHaveLength(1);
    expect(followUps[0]!.status).toBe("open");
  });

  it("keeps the latest consent per purpose and channel, and refuses to rewrite the ledger", async () => {
    const { db } = t.handle;
    const c = { partyId, purpose: "marketing" as const, channel: "email" as const, sourceId };
    await db.insert(s.consentEvent).values({ ...c, status: "granted", occurredAt: day(30), evidence: "checkbox on web form" });
    await db.insert(s.consentEvent).values({ ...c, status: "withdrawn", occurredAt: day(3), evidence: "unsubscribe link" });
    // A late-arriving older event must not win.
    await db.insert(s.consentEvent).values({ ...c, status: "granted", occurredAt: day(20), evidence: "import" });
    const [current] = await db.select().from(s.consentCurrent).where(eq(s.consentCurrent.partyId, partyId));
    expect(current?.status).toBe("withdrawn");
    await expect(db.update(s.consentEvent).set({ status: "granted" }).where(eq(s.consentEvent.partyId, partyId))).rejects.toThrow();
    await expect(db.delete(s.consentEvent).where(eq(s.consentEvent.partyId, partyId))).rejects.toThrow();
    expect(await db.select().from(s.consentEvent).where(eq(s.consentEvent.partyId, partyId))).toHaveLength(3);
  });

  it("keeps the audit log append-only", async () => {
    const { db } = t.handle;
    await db.insert(s.auditLog).values({ actorKind: "system", action: "test" });
    await expect(db.update(s.auditLog).set({ action: "changed" })).rejects.toThrow();
    await expect(db.delete(s.auditLog)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it("refuses more than a card's last four digits, out-of-range scores and negative totals", async () => {
    const { db } = t.handle;
    const pay = { partyId, method: "card" as const, status: "captured" as const, amountMinor: 100, occurredAt: new Date() };
    await expect(db.insert(s.payment).values({ ...pay, cardLast4: "4242" })).resolves.toBeDefined();
    await expect(db.insert(s.payment).values({ ...pay, cardLast4: "42x2" })).rejects.toThrow();
    await expect(db.execute(sql`insert into payment (party_id, method, status, amount_minor, occurred_at, card_last4) values (${partyId}, 'card', 'captured', 1, now(), '4242424242424242')`)).rejects.toThrow();
    const answer = { partyId, surveyId, touchpoint: "x", channel: "email" as const, occurredAt: new Date() };
    await expect(db.insert(s.surveyResponse).values({ ...answer, kind: "nps", score: 11 })).rejects.toThrow();
    await expect(db.insert(s.surveyResponse).values({ ...answer, kind: "csat", score: 0 })).rejects.toThrow();
    await expect(db.insert(s.order).values({ partyId, orderNumber: "O-X", channel: "web", totalMinor: -1, occurredAt: new Date() })).rejects.toThrow();
  });

  it("rebuilds every party's stats set-based to the same values the triggers keep", async () => {
    const { db } = t.handle;
    const before = await stats();
    await db.execute(sql`select party_stats_rebuild()`);
    const after = await stats();
    const pick = (r: typeof before) => ({ ...r, updatedAt: null });
    expect(pick(after)).toEqual(pick(before));
  });
});
