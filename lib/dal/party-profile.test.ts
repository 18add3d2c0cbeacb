import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/domain/errors";
import { can, type Permission } from "@/lib/domain/permissions";
import { createTestDatabase, TEST_TARGETS, type TestDatabase } from "@/lib/testing/databases";
import * as s from "@/lib/db/schema";

// The session needs a request (cookies, headers) and the app database a process-wide handle:
// both are swapped for the test's own, so the real query code runs unchanged.
const ctx = vi.hoisted(() => ({ role: "support_agent" as Role, db: null as Database | null }));
vi.mock("./session", () => ({
  requireUser: async (permission: Permission) => {
    if (!can(ctx.role, permission)) throw new AppError("forbidden", "no");
    return { kind: "user", id: "00000000-0000-0000-0000-000000000000", name: "T", email: null, role: ctx.role, ip: null };
  },
}));
vi.mock("@/lib/db", () => ({ getDb: async () => ctx.db }));

const { getPartyProfile, maskPostalCode, parsePartyId, safeHttpUrl } = await import("./party-profile");

describe("party profile helpers", () => {
  it("accepts only canonical, safe, positive ids", () => {
    expect(parsePartyId("42")).toBe(42);
    expect(parsePartyId("9007199254740991")).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of ["0", "042", "-1", "1e3", "1.0", " 1", "abc", "", "9007199254740992", "99999999999999999"]) {
      expect(parsePartyId(bad), bad).toBeNull();
    }
  });

  it("keeps only the area of a postal code and only http(s) links", () => {
    expect(maskPostalCode("SW1A 1AA")).toBe("SW\u2022\u2022\u2022");
    expect(maskPostalCode("75")).toBe("\u2022\u2022\u2022");
    expect(safeHttpUrl("https://x.com/ada")).toBe("https://x.com/ada");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
  });
});

describe.each(TEST_TARGETS)("getPartyProfile on %s", (target) => {
  let t: TestDatabase;
  let ada: number;
  let acme: number;
  let bob: number;
  let merged: number;
  const day = (n: number) => new Date(Date.now() - n * 86_400_000);

  beforeAll(async () => {
    t = await createTestDatabase(target);
    const { db } = t.handle;
    ctx.db = db;
    const [web] = await db.insert(s.dataSource).values({ key: "web", name: "Web form", class: "first_party" }).returning();
    const [vendor] = await db.insert(s.dataSource).values({ key: "vendor", name: "Enrichment", class: "third_party" }).returning();
    const sourceId = web!.id;
    const parties = await db.insert(s.party).values([
      { kind: "person", displayName: "Ada Lovelace", givenName: "Ada", familyName: "Lovelace", postalCode: "SW1A 1AA", timeZone: "Europe/London", sourceId },
      { kind: "organization", displayName: "Acme Ltd", organizationName: "Acme Ltd", sourceId },
      { kind: "person", displayName: "Bob Lovelace", sourceId },
    ]).returning({ id: s.party.id });
    [ada, acme, bob] = parties.map((p) => p.id) as [number, number, number];
    const [m] = await db.insert(s.party).values({ kind: "person", displayName: "Ada L.", status: "merged", mergedIntoId: ada }).returning();
    merged = m!.id;

    await db.insert(s.email).values([
      { partyId: ada, address: "ada@example.com", sourceId, label: "work" },
      { partyId: ada, address: "ada.lovelace@example.org", sourceId: vendor!.id, isPrimary: true, verifiedAt: day(3) },
    ]);
    await db.insert(s.phone).values({ partyId: ada, e164: "+442079460123", raw: "020 7946 0123", sourceId });
    await db.insert(s.postalAddress).values({ partyId: ada, kind: "home", line1: "1 Analytical Row", line2: "Flat 3", city: "London", postalCode: "SW1A 1AA", country: "GB", sourceId });
    await db.insert(s.socialProfile).values({ partyId: ada, network: "x", handle: "ada", url: "javascript:alert(1)", sourceId });
    await db.insert(s.externalId).values({ partyId: ada, system: "shop", value: "C-1001", sourceId });
    await db.insert(s.loyaltyMembership).values({ partyId: ada, program: "Club", memberNumber: "M-1", tier: "gold", points: 1200, joinedAt: day(400), tierSince: day(30) });
    await db.insert(s.partyRelationship).values([
      { partyId: ada, relatedPartyId: acme, kind: "employee_of", title: "Engineer" },
      // Household recorded from both sides: shown once.
      { partyId: ada, relatedPartyId: bob, kind: "household_member" },
      { partyId: bob, relatedPartyId: ada, kind: "household_member" },
    ]);
    const consent = { partyId: ada, sourceId };
    await db.insert(s.consentEvent).values([
      { ...consent, purpose: "marketing", channel: "email", status: "granted", occurredAt: day(20) },
      { ...consent, purpose: "marketing", channel: "sms", status: "withdrawn", occurredAt: day(2) },
      { ...consent, purpose: "analytics", channel: "email", status: "granted", occurredAt: day(2) },
    ]);
    const [survey] = await db.insert(s.survey).values({ name: "NPS", kind: "nps", touchpoint: "relationship" }).returning();
    const answer = { partyId: ada, surveyId: survey!.id, kind: "nps" as const, touchpoint: "relationship", channel: "email" as const };
    await db.insert(s.surveyResponse).values(
      [10, 9, 8, 7, 6, 5, 4].map((score, i) => ({ ...answer, score, occurredAt: day(70 - i * 10) })),
    );
  });
  afterAll(async () => t?.drop());

  const found = async (id: number) => {
    const result = await getPartyProfile(id);
    if (result?.status !== "found") throw new Error(`expected a profile for ${id}`);
    return result.profile;
  };

  it("returns null for an unknown id and the survivor for a merged party", async () => {
    expect(await getPartyProfile(987654321)).toBeNull();
    expect(await getPartyProfile(merged)).toEqual({ status: "merged", mergedIntoId: ada });
  });

  it("gathers stats, loyalty, the NPS trend, consent, contact points and relationships", async () => {
    ctx.role = "support_agent";
    const p = await found(ada);
    expect(p.masked).toBe(false);
    expect(p.party).toMatchObject({ displayName: "Ada Lovelace", postalCode: "SW1A 1AA", source: { name: "Web form", class: "first_party" } });
    expect(p.stats.latestNps).toBe(4);
    expect(p.npsTrend.map((n) => n.score)).toEqual([9, 8, 7, 6, 5, 4]);
    expect(p.loyalty).toMatchObject({ tier: "gold", points: 1200 });
    expect(p.consent.marketing.email.status).toBe("granted");
    expect(p.consent.marketing.sms.status).toBe("withdrawn");
    expect(p.consent.service.email).toEqual({ status: "unknown", since: null });
    expect(p.contacts.emails.map((e) => e.address)).toEqual(["ada.lovelace@example.org", "ada@example.com"]);
    expect(p.contacts.emails[0]?.source).toEqual({ name: "Enrichment", class: "third_party" });
    expect(p.contacts.phones[0]).toMatchObject({ e164: "+442079460123", raw: "020 7946 0123" });
    expect(p.contacts.socials[0]?.url).toBeNull();
    expect(p.externalIds).toMatchObject([{ system: "shop", value: "C-1001" }]);
    expect(p.relationships.total).toBe(2);
    expect(p.relationships.items.map((r) => [r.role, r.party.displayName])).toEqual([
      ["employer", "Acme Ltd"],
      ["household_member", "Bob Lovelace"],
    ]);

    const org = await found(acme);
    expect(org.relationships.items).toMatchObject([{ role: "employee", title: "Engineer", party: { id: ada } }]);
    const housemate = await found(bob);
    expect(housemate.relationships).toMatchObject({ total: 1, items: [{ role: "household_member", party: { id: ada } }] });
  });

  it("masks emails, phones, street lines and postal codes for roles without contact:unmasked", async () => {
    ctx.role = "marketer";
    const p = await found(ada);
    expect(p.masked).toBe(true);
    expect(p.party.postalCode).toBe("SW\u2022\u2022\u2022");
    expect(p.contacts.emails.map((e) => e.address)).toEqual(["a\u2022\u2022\u2022@example.org", "a\u2022\u2022\u2022@example.com"]);
    expect(p.contacts.phones[0]).toMatchObject({ e164: "\u2022\u2022\u2022\u2022 0123", raw: "\u2022\u2022\u2022\u2022 0123" });
    expect(p.contacts.addresses[0]).toMatchObject({ line1: "\u2022\u2022\u2022", line2: null, postalCode: "SW\u2022\u2022\u2022", city: "London" });
    expect(JSON.stringify(p)).not.toMatch(/ada@|lovelace@|7946|Analytical|Flat 3|1AA/);
  });
});
