import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import {
  caseNumberFor, contactDecision, isOpenStatus, SLA_HOURS, type CaseNoteInput, type CloseFollowUpInput, type ContactPurpose,
  type CreateCaseInput, type LogInteractionInput, type ReopenCaseInput, type ResolveCaseInput, type UpdateCaseInput,
} from "@/lib/domain/cases";
import { AppError, isAppError } from "@/lib/domain/errors";
import { can, PERMISSIONS } from "@/lib/domain/permissions";
import { writeAudit, writeAuditNow } from "./audit";
import { requireUser, type CurrentUser } from "./session";

// Writes of the support workspace. Each checks the role itself, runs in one transaction with its
// audit row, and leaves party_stats to the triggers (open cases, complaints, last interaction).
// A case edit names the version it read: saving over someone else's change is refused.

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface CaseSaved {
  partyId: number;
  caseNumber: string;
  version: number;
  changed: boolean;
}

/** The staff id to record as the one acting (API keys act as nobody in particular). */
const staffOf = (user: CurrentUser): string | null => (user.kind === "user" ? user.id : null);

async function activeParty(tx: Tx, partyId: number): Promise<void> {
  const [p] = await queryRows<{ status: string; merged_into_id: string | null }>(tx, sql`
    select status::text as status, merged_into_id::text as merged_into_id from party where id = ${partyId}::bigint`);
  if (!p) throw new AppError("invalid", "That customer does not exist.", { partyId: "Pick an existing customer." });
  if (p.status === "merged") {
    throw new AppError("invalid", `That customer was merged into #${p.merged_into_id}.`, { partyId: `Use customer #${p.merged_into_id} instead.` });
  }
  if (p.status === "erased") throw new AppError("invalid", "That customer’s data was erased.", { partyId: "This customer was erased on request." });
}

async function assignable(tx: Tx, staffId: string | null): Promise<void> {
  if (staffId === null) return;
  const roles = sql.join(PERMISSIONS["case:write"].map((r) => sql`${r}::staff_role`), sql`, `);
  const [s] = await queryRows<{ id: string }>(tx, sql`
    select id::text as id from staff_user where id = ${staffId}::uuid and disabled_at is null and role in (${roles})`);
  if (!s) throw new AppError("invalid", "That person cannot be assigned cases.", { assigneeId: "Pick someone who works cases." });
}

interface LockedCase {
  id: number;
  party_id: string;
  case_number: string;
  status: string;
  priority: string;
  assignee_id: string | null;
  version: number;
  first_response_at: Date | string | null;
}

/** Reads and locks the case; with `version`, refuses when it changed since that version was read. */
async function lockCase(tx: Tx, caseId: number, version?: number): Promise<LockedCase> {
  const [c] = await queryRows<LockedCase & Record<string, unknown>>(tx, sql`
    select id, party_id::text as party_id, case_number, status::text as status, priority::text as priority,
           assignee_id::text as assignee_id, version, first_response_at
      from support_case where id = ${caseId}::bigint limit 1 for update`);
  if (!c) throw new AppError("not_found", "That case could not be found.");
  if (version !== undefined && c.version !== version) {
    const [last] = await queryRows<{ name: string | null; at: Date | string }>(tx, sql`
      select s.name, e.occurred_at as at from case_event e left join staff_user s on s.id = e.staff_id
       where e.party_id = ${c.party_id}::bigint and e.case_id = ${caseId}::bigint and e.kind <> 'note'
       order by e.occurred_at desc, e.id desc limit 1`);
    const who = last?.name ? ` by ${last.name}` : "";
    throw new AppError(
      "conflict",
      `This case was changed${who} since you opened it. Nothing was saved: reload to see the changes, then make yours again.`,
    );
  }
  return { ...c, id: Number(c.id) };
}

async function caseEvent(tx: Tx, c: { party_id: string; id: number }, staff: string | null, e: { kind: string; from?: string | null; to?: string | null; note?: string | null }) {
  await tx.execute(sql`
    insert into case_event (party_id, case_id, kind, from_value, to_value, note, staff_id, occurred_at)
    values (${c.party_id}::bigint, ${c.id}::bigint, ${e.kind}, ${e.from ?? null}, ${e.to ?? null}, ${e.note ?? null}, ${staff}::uuid, now())`);
}

async function staffName(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [s] = await queryRows<{ name: string }>(tx, sql`select name from staff_user where id = ${id}::uuid`);
  return s?.name ?? null;
}

export async function createCase(input: CreateCaseInput): Promise<{ id: number; partyId: number; caseNumber: string }> {
  const user = await requireUser("case:write");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await activeParty(tx, input.partyId);
    await assignable(tx, input.assigneeId);
    const [seq] = await queryRows<{ id: string }>(tx, sql`select nextval(pg_get_serial_sequence('support_case', 'id'))::text as id`);
    const id = Number(seq!.id);
    const caseNumber = caseNumberFor(id);
    const staff = staffOf(user);
    await tx.execute(sql`
      insert into support_case (party_id, id, case_number, kind, status, priority, category, channel, subject, assignee_id,
                                occurred_at, sla_due_at, updated_at, version)
      values (${input.partyId}::bigint, ${id}::bigint, ${caseNumber}, ${input.kind}::case_kind, 'new', ${input.priority}::case_priority,
              ${input.category}, ${input.channel}::interaction_channel, ${input.subject}, ${input.assigneeId}::uuid,
              now(), now() + ${SLA_HOURS[input.priority]} * interval '1 hour', now(), 1)`);
    const ref = { party_id: String(input.partyId), id };
    await caseEvent(tx, ref, staff, { kind: "created", to: "new", note: input.description });
    if (input.assigneeId) await caseEvent(tx, ref, staff, { kind: "assigned", to: await staffName(tx, input.assigneeId) });
    await writeAudit(tx, user, {
      action: "case.create", targetType: "support_case", targetId: id, partyId: input.partyId,
      detail: { caseNumber, kind: input.kind, priority: input.priority, category: input.category },
    });
    return { id, partyId: input.partyId, caseNumber };
  });
}

export async function updateCase(input: UpdateCaseInput): Promise<CaseSaved> {
  const user = await requireUser("case:write");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, input.caseId, input.version);
    if (!isOpenStatus(c.status)) {
      throw new AppError("conflict", `This case is ${c.status}: reopen it before changing it.`);
    }
    await assignable(tx, input.assigneeId);
    const staff = staffOf(user);
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    if (input.status !== c.status) {
      changes.status = { from: c.status, to: input.status };
      await caseEvent(tx, c, staff, { kind: "status", from: c.status, to: input.status });
    }
    if (input.priority !== c.priority) {
      changes.priority = { from: c.priority, to: input.priority };
      await caseEvent(tx, c, staff, { kind: "priority", from: c.priority, to: input.priority });
    }
    if (input.assigneeId !== c.assignee_id) {
      const [from, to] = [await staffName(tx, c.assignee_id), await staffName(tx, input.assigneeId)];
      changes.assignee = { from, to };
      await caseEvent(tx, c, staff, { kind: "assigned", from, to });
    }
    if (Object.keys(changes).length === 0) {
      return { partyId: Number(c.party_id), caseNumber: c.case_number, version: c.version, changed: false };
    }
    await tx.execute(sql`
      update support_case set status = ${input.status}::case_status, priority = ${input.priority}::case_priority,
             assignee_id = ${input.assigneeId}::uuid, updated_at = now(), version = version + 1
       where party_id = ${c.party_id}::bigint and id = ${c.id}::bigint`);
    await writeAudit(tx, user, {
      action: "case.update", targetType: "support_case", targetId: c.id, partyId: Number(c.party_id), detail: changes,
    });
    return { partyId: Number(c.party_id), caseNumber: c.case_number, version: c.version + 1, changed: true };
  });
}

export async function resolveCase(input: ResolveCaseInput): Promise<CaseSaved> {
  const user = await requireUser("case:write");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, input.caseId, input.version);
    if (!isOpenStatus(c.status)) throw new AppError("conflict", `This case is already ${c.status}.`);
    await tx.execute(sql`
      update support_case set status = 'resolved', resolution_code = ${input.resolutionCode}, resolution = ${input.resolution},
             resolved_at = now(), updated_at = now(), version = version + 1
       where party_id = ${c.party_id}::bigint and id = ${c.id}::bigint`);
    await caseEvent(tx, c, staffOf(user), { kind: "status", from: c.status, to: "resolved", note: input.resolution });
    await writeAudit(tx, user, {
      action: "case.resolve", targetType: "support_case", targetId: c.id, partyId: Number(c.party_id),
      detail: { resolutionCode: input.resolutionCode },
    });
    return { partyId: Number(c.party_id), caseNumber: c.case_number, version: c.version + 1, changed: true };
  });
}

export async function reopenCase(input: ReopenCaseInput): Promise<CaseSaved> {
  const user = await requireUser("case:write");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, input.caseId, input.version);
    if (isOpenStatus(c.status)) throw new AppError("conflict", "This case is already open.");
    // The resolution stays in the history (its status event); the case itself is open again.
    await tx.execute(sql`
      update support_case set status = 'open', resolution_code = null, resolution = null, resolved_at = null,
             updated_at = now(), version = version + 1
       where party_id = ${c.party_id}::bigint and id = ${c.id}::bigint`);
    await caseEvent(tx, c, staffOf(user), { kind: "reopened", from: c.status, to: "open", note: input.reason });
    await writeAudit(tx, user, {
      action: "case.reopen", targetType: "support_case", targetId: c.id, partyId: Number(c.party_id), detail: { reason: input.reason },
    });
    return { partyId: Number(c.party_id), caseNumber: c.case_number, version: c.version + 1, changed: true };
  });
}

/** An internal note. It does not bump the version: a note never conflicts with an edit. */
export async function addCaseNote(input: CaseNoteInput): Promise<{ partyId: number; caseNumber: string }> {
  const user = await requireUser("case:write");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const c = await lockCase(tx, input.caseId);
    await caseEvent(tx, c, staffOf(user), { kind: "note", note: input.note });
    await tx.execute(sql`update support_case set updated_at = now() where party_id = ${c.party_id}::bigint and id = ${c.id}::bigint`);
    await writeAudit(tx, user, { action: "case.note", targetType: "support_case", targetId: c.id, partyId: Number(c.party_id) });
    return { partyId: Number(c.party_id), caseNumber: c.case_number };
  });
}

async function consentLookup(tx: Tx, partyId: number) {
  const rows = await queryRows<{ purpose: string; channel: string; status: "granted" | "denied" | "withdrawn" }>(tx, sql`
    select purpose::text as purpose, channel::text as channel, status::text as status
      from consent_current where party_id = ${partyId}::bigint and purpose in ('service', 'marketing')`);
  const map = new Map(rows.map((r) => [`${r.purpose}/${r.channel}`, r.status]));
  return (purpose: ContactPurpose, channel: string) => map.get(`${purpose}/${channel}`) ?? null;
}

/**
 * Logs a contact with a customer, optionally on one of their cases. Outbound contact must pass
 * the consent rule (lib/domain/cases.ts contactDecision); a refusal is audited and explained.
 * The first outbound reply on a case sets its first-response time and opens a new case.
 */
export async function logInteraction(input: LogInteractionInput): Promise<{ id: number; caseNumber: string | null }> {
  const user = await requireUser("interaction:write");
  const db = await getDb();
  let refusal: string | null = null;
  const result = await db.transaction(async (tx) => {
    await activeParty(tx, input.partyId);
    let onCase: LockedCase | null = null;
    if (input.caseId !== null) {
      onCase = await lockCase(tx, input.caseId).catch((error: unknown) => {
        if (isAppError(error) && error.code === "not_found") return null;
        throw error;
      });
      if (!onCase || Number(onCase.party_id) !== input.partyId) {
        throw new AppError("invalid", "That case is not one of this customer’s.", { caseId: "Pick one of the customer’s cases." });
      }
    }
    const decision = contactDecision({
      direction: input.direction, channel: input.channel, purpose: input.direction === "inbound" ? "service" : input.purpose,
      openCase: onCase !== null && isOpenStatus(onCase.status), consent: await consentLookup(tx, input.partyId),
    });
    if (!decision.allowed) {
      refusal = decision.reason;
      return null;
    }
    const staff = staffOf(user);
    const [row] = await queryRows<{ id: string }>(tx, sql`
      insert into interaction (party_id, case_id, channel, direction, agent_id, summary, duration_seconds, outcome, occurred_at, source_id)
      values (${input.partyId}::bigint, ${input.caseId}::bigint, ${input.channel}::interaction_channel, ${input.direction}::direction,
              ${staff}::uuid, ${input.summary}, ${input.durationMinutes}::int, ${input.outcome}, now(),
              (select id from data_source where key = 'service_desk'))
      returning id::text as id`);
    const id = Number(row!.id);
    if (onCase && input.direction === "outbound" && onCase.first_response_at === null) {
      await tx.execute(sql`
        update support_case set first_response_at = now(), updated_at = now(),
               status = case when status = 'new' then 'open'::case_status else status end,
               version = case when status = 'new' then version + 1 else version end
         where party_id = ${onCase.party_id}::bigint and id = ${onCase.id}::bigint`);
      if (onCase.status === "new") await caseEvent(tx, onCase, staff, { kind: "status", from: "new", to: "open", note: "First reply sent" });
    } else if (onCase) {
      await tx.execute(sql`update support_case set updated_at = now() where party_id = ${onCase.party_id}::bigint and id = ${onCase.id}::bigint`);
    }
    await writeAudit(tx, user, {
      action: "interaction.log", targetType: "interaction", targetId: id, partyId: input.partyId,
      detail: { channel: input.channel, direction: input.direction, purpose: input.purpose, caseId: input.caseId, basis: decision.basis },
    });
    return { id, caseNumber: onCase?.case_number ?? null };
  });
  if (result === null) {
    // The refusal itself is on record: who tried to contact whom, how, and why it was stopped.
    await writeAuditNow(user, {
      action: "interaction.refused", targetType: "party", targetId: input.partyId, partyId: input.partyId,
      detail: { channel: input.channel, purpose: input.purpose, reason: refusal },
    });
    throw new AppError("forbidden", refusal ?? "This contact is not allowed.", { purpose: refusal ?? "Not allowed." });
  }
  return result;
}

// --- Detractor follow-ups -------------------------------------------------------------------------

async function lockFollowUp(tx: Tx, partyId: number, id: number) {
  const [f] = await queryRows<{ status: string; claimed_by: string | null; claimed_by_name: string | null }>(tx, sql`
    select f.status::text as status, f.claimed_by::text as claimed_by, s.name as claimed_by_name
      from detractor_follow_up f left join staff_user s on s.id = f.claimed_by
     where f.party_id = ${partyId}::bigint and f.id = ${id}::bigint for update of f`);
  if (!f) throw new AppError("not_found", "That follow-up could not be found.");
  return f;
}

export async function claimFollowUp(input: { partyId: number; followUpId: number }): Promise<void> {
  const user = await requireUser("feedback:write");
  const me = staffOf(user);
  if (!me) throw new AppError("forbidden", "Follow-ups are claimed by people, not API keys.");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const f = await lockFollowUp(tx, input.partyId, input.followUpId);
    if (f.status === "closed") throw new AppError("conflict", "This follow-up is already closed.");
    if (f.status === "claimed") {
      throw new AppError("conflict", f.claimed_by === me ? "You already claimed this follow-up." : `${f.claimed_by_name ?? "Someone"} claimed this follow-up first.`);
    }
    await tx.execute(sql`
      update detractor_follow_up set status = 'claimed', claimed_by = ${me}::uuid, claimed_at = now()
       where party_id = ${input.partyId}::bigint and id = ${input.followUpId}::bigint`);
    await writeAudit(tx, user, { action: "follow_up.claim", targetType: "detractor_follow_up", targetId: input.followUpId, partyId: input.partyId });
  });
}

/** Closes a follow-up: the claimant's (or an open one, claimed on the spot); managers may close anyone's. */
export async function closeFollowUp(input: CloseFollowUpInput): Promise<void> {
  const user = await requireUser("feedback:write");
  const me = staffOf(user);
  if (!me) throw new AppError("forbidden", "Follow-ups are closed by people, not API keys.");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const f = await lockFollowUp(tx, input.partyId, input.followUpId);
    if (f.status === "closed") throw new AppError("conflict", "This follow-up is already closed.");
    if (f.status === "claimed" && f.claimed_by !== me && !can(user.role, "follow_up:manage")) {
      throw new AppError("conflict", `${f.claimed_by_name ?? "Someone else"} has claimed this follow-up.`);
    }
    await tx.execute(sql`
      update detractor_follow_up set status = 'closed', outcome = ${input.outcome}::follow_up_outcome, note = ${input.note},
             closed_at = now(), claimed_by = coalesce(claimed_by, ${me}::uuid), claimed_at = coalesce(claimed_at, now())
       where party_id = ${input.partyId}::bigint and id = ${input.followUpId}::bigint`);
    await writeAudit(tx, user, {
      action: "follow_up.close", targetType: "detractor_follow_up", targetId: input.followUpId, partyId: input.partyId,
      detail: { outcome: input.outcome },
    });
  });
}
