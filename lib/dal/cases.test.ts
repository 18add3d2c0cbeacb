import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import {
  CASE_AGE_HOURS, DEFAULT_CASE_QUEUE, DUE_SOON_HOURS, type CaseQueueQuery,
} from "@/lib/domain/cases";
import { CASE_PRIORITIES, OPEN_CASE_STATUSES, type Role } from "@/lib/domain/enums";
import { AppError, isAppError } from "@/lib/domain/errors";
import { can, type Permission } from "@/lib/domain/permissions";
import { seedDemo } from "@/lib/seed";
import { createTestDatabase, TEST_TARGETS, type TestDatabase } from "@/lib/testing/databases";

// The real data layer against a real database; only "who is asking" and "which database" are
// swapped for the test's own.
const ctx = vi.hoisted(() => ({ user: { id: "", role: "support_agent" as Role }, db: null as Database | null }));
vi.mock("./session", () => ({
  requireUser: async (permission: Permission) => {
    if (!can(ctx.user.role, permission)) throw new AppError("forbidden", "Your role does not allow this.");
    return { kind: "user", id: ctx.user.id, name: "T", email: null, role: ctx.user.role, ip: null };
  },
}));
vi.mock("@/lib/db", () => ({ getDb: async () => ctx.db }));

const { listCaseQueue, getCaseDetail, nextCaseInQueue, listFollowUps } = await import("./cases");
const writes = await import("./case-writes");

interface CaseRef {
  id: number; party_id: number; case_number: string; status: string; priority: string; category: string; channel: string;
  assignee_id: string | null; micros: bigint; sla_due: number | null; first_response: number | null;
}

const PRIORITY_RANK = Object.fromEntries(CASE_PRIORITIES.map((p, i) => [p, i])) as Record<string, number>;

/** The queue's answer, worked out in JavaScript from every case. */
function expected(all: CaseRef[], q: CaseQueueQuery, me: string, now: number): string[] {
  const statuses: readonly string[] = q.statuses.length ? q.statuses : OPEN_CASE_STATUSES;
  const nowMicros = BigInt(now) * 1000n;
  const rows = all.filter((c) => {
    if (!statuses.includes(c.status)) return false;
    if (q.scope === "mine" && c.assignee_id !== me) return false;
    if (q.scope === "unassigned" && c.assignee_id !== null) return false;
    if (q.priorities.length && !q.priorities.includes(c.priority as never)) return false;
    if (q.categories.length && !q.categories.includes(c.category as never)) return false;
    if (q.channels.length && !q.channels.includes(c.channel as never)) return false;
    if (q.age) {
      const [min, max] = CASE_AGE_HOURS[q.age];
      const ageMicros = nowMicros - c.micros;
      if (ageMicros < BigInt(min) * 3_600_000_000n) return false;
      if (max !== null && ageMicros >= BigInt(max) * 3_600_000_000n) return false;
    }
    if (q.sla && c.sla_due !== null) {
      const answered = c.first_response ?? now;
      if (q.sla === "breached" && !(c.sla_due < answered)) return false;
      if (q.sla === "due_soon" && !(c.first_response === null && c.sla_due >= now && c.sla_due < now + DUE_SOON_HOURS * 3_600_000)) return false;
      if (q.sla === "on_track" && !(c.sla_due >= (c.first_response ?? now + DUE_SOON_HOURS * 3_600_000))) return false;
    }
    return q.sla === null || c.sla_due !== null;
  });
  const byAge = (a: CaseRef, b: CaseRef) => (a.micros < b.micros ? -1 : a.micros > b.micros ? 1 : a.id - b.id);
  rows.sort((a, b) =>
    q.sort === "newest" ? -byAge(a, b)
    : q.sort === "oldest" ? byAge(a, b)
    : PRIORITY_RANK[b.priority]! - PRIORITY_RANK[a.priority]! || byAge(a, b));
  return rows.map((r) => r.case_number);
}

describe.each(TEST_TARGETS)("support workspace on %s", (target) => {
  let t: TestDatabase;
  const staff: Record<string, string> = {};
  const rows = <T extends Record<string, unknown>>(q: ReturnType<typeof sql>) => queryRows<T>(t.handle.db, q);
  const as = (role: Role, id = staff[role]!) => { ctx.user = { id, role }; };

  async function allCases(): Promise<CaseRef[]> {
    const found = await rows<Record<string, string | null>>(sql`
      select id::text, party_id::text, case_number, status::text, priority::text, category, channel::text, assignee_id::text,
             (extract(epoch from occurred_at) * 1000000)::bigint::text as micros,
             (extract(epoch from sla_due_at) * 1000)::bigint::text as sla_due,
             (extract(epoch from first_response_at) * 1000)::bigint::text as first_response
        from support_case`);
    return found.map((r) => ({
      id: Number(r.id), party_id: Number(r.party_id), case_number: r.case_number!, status: r.status!, priority: r.priority!,
      category: r.category!, channel: r.channel!, assignee_id: r.assignee_id ?? null, micros: BigInt(r.micros!),
      sla_due: r.sla_due === null ? null : Number(r.sla_due), first_response: r.first_response === null ? null : Number(r.first_response),
    }));
  }

  async function stats(partyId: number) {
    const [s] = await rows<{ open_cases: number; last: string | null }>(sql`
      select open_cases, last_interaction_at::text as last from party_stats where party_id = ${partyId}`);
    return s!;
  }

  async function fails(run: () => Promise<unknown>): Promise<AppError> {
    try {
      await run();
    } catch (error) {
      if (isAppError(error)) return error;
      throw error;
    }
    throw new Error("expected a refusal");
  }

  beforeAll(async () => {
    t = await createTestDatabase(target);
    ctx.db = t.handle.db;
    await seedDemo(t.handle, { parties: 1000 });
    for (const r of await rows<{ id: string; role: Role; email: string }>(sql`select id::text, role::text as role, email from staff_user order by email`)) {
      staff[r.role] ??= r.id;
      staff[r.email] = r.id;
    }
  });
  afterAll(async () => t?.drop());

  it("pages every queue view in order, exactly once, with the right total", async () => {
    // The seed's cases are dated from the wall clock, so whether a small seed happens to hold an
    // unassigned case, a breached delivery case or one nearly due depends on when the test runs.
    // Shape three open cases so that every view below has something to page, whatever the hour.
    await t.handle.db.execute(sql`
      with picked as (
        select id, row_number() over (order by id) as n from support_case
         where status in ('new', 'open', 'pending')
         order by id limit 3)
      update support_case c
         set assignee_id = case when p.n = 1 then null else c.assignee_id end,
             category = case when p.n = 2 then 'delivery' else c.category end,
             first_response_at = null,
             sla_due_at = case p.n when 2 then now() - interval '2 hours' when 3 then now() + interval '1 hour' else c.sla_due_at end
        from picked p where c.id = p.id`);
    const all = await allCases();
    as("support_agent");
    const me = staff.support_agent!;
    const views: Partial<CaseQueueQuery>[] = [
      {},
      { scope: "mine" },
      { scope: "unassigned", sort: "oldest" },
      { statuses: ["closed", "resolved"], sort: "newest" },
      { statuses: ["closed"], priorities: ["high", "urgent"] },
      { sla: "breached", categories: ["delivery", "returns"] },
      { sla: "on_track", sort: "newest" },
      { sla: "due_soon" },
      { channels: ["call", "email"], age: "gt30d", statuses: ["open", "resolved", "closed"] },
      { age: "7to30d", statuses: ["closed"], sort: "oldest" },
    ];
    let nonEmpty = 0;
    for (const view of views) {
      const q: CaseQueueQuery = { ...DEFAULT_CASE_QUEUE, ...view };
      const now = Date.now();
      const want = expected(all, q, me, now);
      const got: string[] = [];
      let cursor: string | null = null;
      let total = -1;
      for (let guard = 0; guard < 200; guard++) {
        const page = await listCaseQueue(q, cursor);
        if (total < 0) total = page.total.count;
        got.push(...page.items.map((i) => i.caseNumber));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(got, JSON.stringify(view)).toEqual(want);
      expect(total, JSON.stringify(view)).toBe(want.length);
      if (want.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBe(views.length);
  });

  it("finds the next case in the queue's order", async () => {
    as("support_agent");
    const first = await listCaseQueue(DEFAULT_CASE_QUEUE, null);
    const [a, b] = first.items;
    expect(await nextCaseInQueue(DEFAULT_CASE_QUEUE, a!.id)).toBe(b!.caseNumber);
  });

  it("opens, works, resolves and reopens a case, keeping the customer's stats and the history", async () => {
    as("support_agent");
    const [target] = await rows<{ id: string }>(sql`select id::text from party where status = 'active' and kind = 'person' order by id limit 1`);
    const partyId = Number(target!.id);
    const before = await stats(partyId);

    const created = await writes.createCase({
      partyId, kind: "complaint", category: "delivery", priority: "high", channel: "call", subject: "Parcel <b>never</b> came",
      description: "Caller says the box was left outside.", assigneeId: staff.support_agent!,
    });
    expect(created.caseNumber).toMatch(/^CASE-\d+$/);
    expect((await stats(partyId)).open_cases).toBe(before.open_cases + 1);

    let detail = (await getCaseDetail(created.caseNumber))!;
    expect(detail).toMatchObject({ status: "new", priority: "high", subject: "Parcel <b>never</b> came", version: 1, firstResponseAt: null });
    expect(detail.events.map((e) => e.kind)).toEqual(["created", "assigned"]);
    expect(detail.events[0]!.note).toBe("Caller says the box was left outside.");

    // The first outbound reply on a new case opens it and stamps the first response.
    await writes.logInteraction({
      partyId, caseId: created.id, channel: "call", direction: "outbound", purpose: "service", summary: "Called back, carrier traced it",
      durationMinutes: 240, outcome: "reached",
    });
    detail = (await getCaseDetail(created.caseNumber))!;
    expect(detail.status).toBe("open");
    expect(detail.firstResponseAt).not.toBeNull();
    expect(detail.thread).toHaveLength(1);
    expect(detail.thread[0]).toMatchObject({ channel: "call", direction: "outbound", durationSeconds: 240, outcome: "reached" });
    expect((await stats(partyId)).last).not.toBe(before.last);

    const v = detail.version;
    const saved = await writes.updateCase({ caseId: created.id, version: v, status: "pending", priority: "urgent", assigneeId: null });
    expect(saved).toMatchObject({ version: v + 1, changed: true });

    // A second agent saving what they read before that change is refused, and nothing moves.
    const stale = await fails(() => writes.updateCase({ caseId: created.id, version: v, status: "open", priority: "low", assigneeId: staff.support_agent! }));
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(/changed .*since you opened it/);
    expect(await getCaseDetail(created.caseNumber)).toMatchObject({ status: "pending", priority: "urgent", assignee: null, version: v + 1 });

    await writes.addCaseNote({ caseId: created.id, note: "Customer prefers email <script>x</script>" });
    const resolved = await writes.resolveCase({ caseId: created.id, version: v + 1, resolutionCode: "redelivered", resolution: "Re-sent by courier" });
    expect((await stats(partyId)).open_cases).toBe(before.open_cases);
    expect(await getCaseDetail(created.caseNumber)).toMatchObject({ status: "resolved", resolutionCode: "redelivered" });
    expect((await fails(() => writes.resolveCase({ caseId: created.id, version: resolved.version, resolutionCode: "duplicate", resolution: "x" }))).code).toBe("conflict");

    await writes.reopenCase({ caseId: created.id, version: resolved.version, reason: "Box arrived damaged" });
    detail = (await getCaseDetail(created.caseNumber))!;
    expect(detail).toMatchObject({ status: "open", resolutionCode: null, resolvedAt: null });
    expect(detail.events.map((e) => e.kind)).toEqual(["created", "assigned", "status", "status", "priority", "assigned", "note", "status", "reopened"]);
    expect((await stats(partyId)).open_cases).toBe(before.open_cases + 1);

    const audit = await rows<{ action: string }>(sql`select action from audit_log where target_id = ${String(created.id)} order by id`);
    expect(audit.map((a) => a.action)).toEqual(["case.create", "case.update", "case.note", "case.resolve", "case.reopen"]);
  });

  it("refuses outbound contact without consent, says why, and writes nothing but the audit entry", async () => {
    as("support_agent");
    const [p] = await rows<{ id: string }>(sql`
      select p.id::text from party p where p.status = 'active' and not exists (
        select 1 from consent_current c where c.party_id = p.id and c.purpose = 'marketing' and c.channel = 'email' and c.status = 'granted')
      order by p.id limit 1`);
    const partyId = Number(p!.id);
    const count = async () => (await rows<{ n: number }>(sql`select count(*)::int as n from interaction where party_id = ${partyId}`))[0]!.n;
    const n = await count();
    const refused = await fails(() => writes.logInteraction({
      partyId, caseId: null, channel: "email", direction: "outbound", purpose: "marketing", summary: "Spring sale", durationMinutes: null, outcome: null,
    }));
    expect(refused.code).toBe("forbidden");
    expect(refused.message).toMatch(/marketing by email/);
    expect(await count()).toBe(n);
    const [audit] = await rows<{ action: string }>(sql`select action from audit_log where party_id = ${partyId} order by id desc limit 1`);
    expect(audit!.action).toBe("interaction.refused");

    // Inbound contact is always logged.
    await writes.logInteraction({ partyId, caseId: null, channel: "chat", direction: "inbound", purpose: "service", summary: "Asked about sizes", durationMinutes: null, outcome: null });
    expect(await count()).toBe(n + 1);

    // A case that is not this customer's is refused by name.
    const [other] = await rows<{ id: string }>(sql`select id::text from support_case where party_id <> ${partyId} limit 1`);
    const wrong = await fails(() => writes.logInteraction({
      partyId, caseId: Number(other!.id), channel: "email", direction: "outbound", purpose: "service", summary: "x", durationMinutes: null, outcome: null,
    }));
    expect(wrong.fields?.caseId).toBeTruthy();
  });

  it("lets a marketer change nothing", async () => {
    as("marketer");
    const [c] = await rows<{ id: string; party_id: string; version: number }>(sql`
      select id::text, party_id::text, version from support_case where status = 'open' limit 1`);
    const [f] = await rows<{ id: string; party_id: string }>(sql`select id::text, party_id::text from detractor_follow_up where status = 'open' limit 1`);
    const caseId = Number(c!.id);
    const partyId = Number(c!.party_id);
    const before = await rows(sql`select count(*)::int as n, max(updated_at)::text as at from support_case`);
    const attempts = [
      () => writes.createCase({ partyId, kind: "inquiry", category: "other", priority: "low", channel: "email", subject: "x", description: null, assigneeId: null }),
      () => writes.updateCase({ caseId, version: c!.version, status: "pending", priority: "low", assigneeId: null }),
      () => writes.resolveCase({ caseId, version: c!.version, resolutionCode: "duplicate", resolution: "x" }),
      () => writes.reopenCase({ caseId, version: c!.version, reason: "x" }),
      () => writes.addCaseNote({ caseId, note: "x" }),
      () => writes.logInteraction({ partyId, caseId: null, channel: "email", direction: "inbound", purpose: "service", summary: "x", durationMinutes: null, outcome: null }),
      () => writes.claimFollowUp({ partyId: Number(f!.party_id), followUpId: Number(f!.id) }),
      () => writes.closeFollowUp({ partyId: Number(f!.party_id), followUpId: Number(f!.id), outcome: "reached", note: null }),
    ];
    for (const attempt of attempts) expect((await fails(attempt)).code).toBe("forbidden");
    expect(await rows(sql`select count(*)::int as n, max(updated_at)::text as at from support_case`)).toEqual(before);
  });

  it("opens a follow-up for each detractor, lets one agent claim it and its claimant close it", async () => {
    as("support_agent");
    const [p] = await rows<{ id: string }>(sql`select id::text from party where status = 'active' order by id desc limit 1`);
    const partyId = Number(p!.id);
    const [survey] = await rows<{ id: string }>(sql`select id::text from survey where kind = 'nps' limit 1`);
    await t.handle.db.execute(sql`
      insert into survey_response (party_id, survey_id, kind, score, comment, touchpoint, channel, occurred_at)
      values (${partyId}, ${Number(survey!.id)}, 'nps', 2, 'Late again', 'delivery', 'email', now())`);
    const open = await listFollowUps("open", null);
    const mine = open.items.find((i) => i.partyId === partyId && i.comment === "Late again");
    expect(mine).toMatchObject({ score: 2, status: "open" });
    const ref = { partyId, followUpId: mine!.id };

    const agents = (await rows<{ id: string }>(sql`select id::text from staff_user where role = 'support_agent' order by email`)).map((r) => r.id);
    as("support_agent", agents[0]);
    await writes.claimFollowUp(ref);
    as("support_agent", agents[1]);
    expect((await fails(() => writes.claimFollowUp(ref))).message).toMatch(/claimed this follow-up first/);
    expect((await fails(() => writes.closeFollowUp({ ...ref, outcome: "reached", note: null }))).code).toBe("conflict");
    as("support_agent", agents[0]);
    expect((await listFollowUps("mine", null)).items.map((i) => i.id)).toContain(mine!.id);
    await writes.closeFollowUp({ ...ref, outcome: "resolved", note: "Refunded shipping" });
    const closed = (await listFollowUps("closed", null)).items.find((i) => i.id === mine!.id);
    expect(closed).toMatchObject({ status: "closed", outcome: "resolved", note: "Refunded shipping" });
  });
});
