import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db";
import {
  followUpCountStatement, followUpStatement, queueCountStatement, queueStatement, type FollowUpDbRow, type QueuePosition,
  type QueueRow,
} from "@/lib/db/queries/cases";
import { queryRows } from "@/lib/db/rows";
import { party, staffUser, supportCase } from "@/lib/db/schema";
import {
  CASE_NUMBER_RE, DUE_SOON_HOURS, FOLLOW_UP_VIEWS, type CasePriority, type CaseQueueQuery, type CaseSla, type CaseStatus,
  type FollowUpView,
} from "@/lib/domain/cases";
import { decodeCursor, encodeCursor } from "@/lib/domain/cursor";
import { CASE_PRIORITIES, OPEN_CASE_STATUSES } from "@/lib/domain/enums";
import { PERMISSIONS } from "@/lib/domain/permissions";
import { requireUser } from "./session";

// Reads for the support workspace: the case queue, one case, and the detractor follow-ups.

export type SlaState = CaseSla | "met" | "missed";

export interface StaffRef {
  id: string;
  name: string;
}

export interface CaseQueueRow {
  id: number;
  partyId: number;
  caseNumber: string;
  subject: string;
  kind: string;
  status: CaseStatus;
  priority: CasePriority;
  category: string;
  channel: string;
  customer: string;
  assignee: StaffRef | null;
  openedAt: string;
  slaDueAt: string | null;
  firstResponseAt: string | null;
  updatedAt: string;
  sla: SlaState;
}

export interface CaseQueuePage {
  items: CaseQueueRow[];
  nextCursor: string | null;
  /** Matching cases, counted up to a cap; `capped` means "at least". */
  total: { count: number; capped: boolean };
}

export interface CaseThreadItem {
  id: number;
  channel: string;
  direction: "inbound" | "outbound";
  agent: string | null;
  summary: string;
  durationSeconds: number | null;
  outcome: string | null;
  occurredAt: string;
}

export interface CaseEventItem {
  id: number;
  /** created, assigned, status, priority, note, reopened */
  kind: string;
  fromValue: string | null;
  toValue: string | null;
  note: string | null;
  staff: string | null;
  occurredAt: string;
}

export interface CaseDetail {
  id: number;
  partyId: number;
  caseNumber: string;
  kind: string;
  status: CaseStatus;
  priority: CasePriority;
  category: string;
  channel: string;
  subject: string;
  assignee: StaffRef | null;
  resolutionCode: string | null;
  resolution: string | null;
  openedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  slaDueAt: string | null;
  updatedAt: string;
  /** Echoed by every edit form; a save against an older version is refused. */
  version: number;
  sla: SlaState;
  /** Minutes from opening to the first outbound reply / to resolution; null until then. */
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
  /** Communications on this case, oldest first. */
  thread: CaseThreadItem[];
  /** Status, priority and assignment history and internal notes, oldest first. */
  events: CaseEventItem[];
}

export interface FollowUpRow {
  id: number;
  partyId: number;
  customer: string;
  score: number;
  comment: string | null;
  touchpoint: string;
  channel: string;
  respondedAt: string;
  status: "open" | "claimed" | "closed";
  claimedBy: StaffRef | null;
  claimedAt: string | null;
  closedAt: string | null;
  outcome: string | null;
  note: string | null;
}

export interface FollowUpPage {
  items: FollowUpRow[];
  nextCursor: string | null;
  counts: Record<FollowUpView, number>;
}

export const QUEUE_PAGE_SIZE = 50;
/** Counts stop here: "10,000+" says enough and costs a bounded index walk. */
export const COUNT_CAP = 10_000;

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());
const isoOf = (v: Date | string): string => new Date(v).toISOString();

/** The first reply is the service level: met or missed once given, else by how much time is left. */
export function slaState(dueAt: string | null, firstResponseAt: string | null, now: number): SlaState {
  if (!dueAt) return "on_track";
  const due = Date.parse(dueAt);
  if (firstResponseAt) return Date.parse(firstResponseAt) <= due ? "met" : "missed";
  if (due < now) return "breached";
  return due < now + DUE_SOON_HOURS * 3_600_000 ? "due_soon" : "on_track";
}

const positionShape = z.object({
  p: z.enum(CASE_PRIORITIES),
  m: z.string().regex(/^-?[0-9]{1,20}$/),
  i: z.number().int().positive(),
});

function toPosition(row: { priority: string; micros: string; id: string }): QueuePosition {
  return { priority: row.priority, micros: row.micros, id: Number(row.id) };
}

function toQueueRow(r: QueueRow, now: number): CaseQueueRow {
  const slaDueAt = iso(r.sla_due_at);
  const firstResponseAt = iso(r.first_response_at);
  return {
    id: Number(r.id), partyId: Number(r.party_id), caseNumber: r.case_number, subject: r.subject, kind: r.kind,
    status: r.status as CaseStatus, priority: r.priority as CasePriority, category: r.category, channel: r.channel,
    customer: r.customer, assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name ?? "Unknown" } : null,
    openedAt: isoOf(r.opened_at), slaDueAt, firstResponseAt, updatedAt: isoOf(r.updated_at),
    sla: slaState(slaDueAt, firstResponseAt, now),
  };
}

/** One page of the case queue (50 rows) and how many match. */
export async function listCaseQueue(query: CaseQueueQuery, cursor: string | null): Promise<CaseQueuePage> {
  const user = await requireUser("case:read");
  const after = decodeCursor(cursor, positionShape);
  const db = await getDb();
  const now = new Date();
  const me = user.kind === "user" ? user.id : null;
  const position = after ? { priority: after.p, micros: after.m, id: after.i } : null;
  const [rows, counted] = await Promise.all([
    queryRows<QueueRow>(db, queueStatement(query, me, now, position, QUEUE_PAGE_SIZE + 1)),
    queryRows<{ n: number }>(db, queueCountStatement(query, me, now, COUNT_CAP)),
  ]);
  const items = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = items[items.length - 1];
  const n = counted[0]?.n ?? 0;
  return {
    items: items.map((r) => toQueueRow(r, now.getTime())),
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeCursor({ p: last.priority, m: last.micros, i: Number(last.id) }) : null,
    total: { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP },
  };
}

/** The case after `caseId` in the queue's order, for "next case"; null at the end. */
export async function nextCaseInQueue(query: CaseQueueQuery, caseId: number): Promise<string | null> {
  const user = await requireUser("case:read");
  const db = await getDb();
  const [current] = await queryRows<{ priority: string; micros: string; id: string }>(db, sql`
    select priority::text as priority, (extract(epoch from occurred_at) * 1000000)::bigint::text as micros, id::text as id
      from support_case where id = ${caseId}::bigint limit 1`);
  if (!current) return null;
  const [next] = await queryRows<QueueRow>(db, queueStatement(query, user.kind === "user" ? user.id : null, new Date(), toPosition(current), 1));
  return next?.case_number ?? null;
}

/** One case with its thread and history, by case number; null when there is none. Cached per request. */
export const getCaseDetail = cache(async (caseNumber: string): Promise<CaseDetail | null> => {
  await requireUser("case:read");
  if (!CASE_NUMBER_RE.test(caseNumber)) return null;
  const db = await getDb();
  const [c] = await queryRows<{
    id: string; party_id: string; case_number: string; kind: string; status: string; priority: string; category: string;
    channel: string; subject: string; assignee_id: string | null; assignee_name: string | null; resolution_code: string | null;
    resolution: string | null; occurred_at: Date | string; first_response_at: Date | string | null; resolved_at: Date | string | null;
    sla_due_at: Date | string | null; updated_at: Date | string; version: number;
  }>(db, sql`
    select c.id::text as id, c.party_id::text as party_id, c.case_number, c.kind::text as kind, c.status::text as status,
           c.priority::text as priority, c.category, c.channel::text as channel, c.subject, c.assignee_id::text as assignee_id,
           s.name as assignee_name, c.resolution_code, c.resolution, c.occurred_at, c.first_response_at, c.resolved_at,
           c.sla_due_at, c.updated_at, c.version
      from support_case c left join staff_user s on s.id = c.assignee_id
     where c.case_number = ${caseNumber}
     limit 1`);
  if (!c) return null;
  const partyId = Number(c.party_id);
  const [thread, events] = await Promise.all([
    queryRows<{
      id: string; channel: string; direction: "inbound" | "outbound"; agent: string | null; summary: string;
      duration_seconds: number | null; outcome: string | null; occurred_at: Date | string;
    }>(db, sql`
      select i.id::text as id, i.channel::text as channel, i.direction::text as direction, s.name as agent, i.summary,
             i.duration_seconds, i.outcome, i.occurred_at
        from interaction i left join staff_user s on s.id = i.agent_id
       where i.party_id = ${partyId}::bigint and i.case_id = ${Number(c.id)}::bigint
       order by i.occurred_at, i.id
       limit 500`),
    queryRows<{
      id: string; kind: string; from_value: string | null; to_value: string | null; note: string | null; staff: string | null;
      occurred_at: Date | string;
    }>(db, sql`
      select e.id::text as id, e.kind, e.from_value, e.to_value, e.note, s.name as staff, e.occurred_at
        from case_event e left join staff_user s on s.id = e.staff_id
       where e.party_id = ${partyId}::bigint and e.case_id = ${Number(c.id)}::bigint
       order by e.occurred_at, e.id
       limit 500`),
  ]);
  const openedAt = isoOf(c.occurred_at);
  const firstResponseAt = iso(c.first_response_at);
  const resolvedAt = iso(c.resolved_at);
  const slaDueAt = iso(c.sla_due_at);
  const minutes = (to: string | null) => (to ? Math.max(0, Math.round((Date.parse(to) - Date.parse(openedAt)) / 60_000)) : null);
  return {
    id: Number(c.id), partyId, caseNumber: c.case_number, kind: c.kind, status: c.status as CaseStatus,
    priority: c.priority as CasePriority, category: c.category, channel: c.channel, subject: c.subject,
    assignee: c.assignee_id ? { id: c.assignee_id, name: c.assignee_name ?? "Unknown" } : null,
    resolutionCode: c.resolution_code, resolution: c.resolution, openedAt, firstResponseAt, resolvedAt, slaDueAt,
    updatedAt: isoOf(c.updated_at), version: c.version, sla: slaState(slaDueAt, firstResponseAt, Date.now()),
    firstResponseMinutes: minutes(firstResponseAt), resolutionMinutes: minutes(resolvedAt),
    thread: thread.map((t) => ({
      id: Number(t.id), channel: t.channel, direction: t.direction, agent: t.agent, summary: t.summary,
      durationSeconds: t.duration_seconds, outcome: t.outcome, occurredAt: isoOf(t.occurred_at),
    })),
    events: events.map((e) => ({
      id: Number(e.id), kind: e.kind, fromValue: e.from_value, toValue: e.to_value, note: e.note, staff: e.staff,
      occurredAt: isoOf(e.occurred_at),
    })),
  };
});

/** Staff who may work cases: the choices for an assignee. */
export async function listAssignableStaff(): Promise<StaffRef[]> {
  await requireUser("case:read");
  const db = await getDb();
  return queryRows<{ id: string; name: string }>(db, sql`
    select id::text as id, name from staff_user
     where disabled_at is null and role in (${sql.join(PERMISSIONS["case:write"].map((r) => sql`${r}::staff_role`), sql`, `)})
     order by lower(name), id`);
}

/** A customer's open cases, newest first: what an interaction can be logged against. */
export async function listPartyOpenCases(partyId: number): Promise<Array<{ id: number; caseNumber: string; subject: string }>> {
  await requireUser("case:read");
  if (!Number.isSafeInteger(partyId) || partyId <= 0) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: supportCase.id, caseNumber: supportCase.caseNumber, subject: supportCase.subject })
    .from(supportCase)
    .where(and(eq(supportCase.partyId, partyId), inArray(supportCase.status, [...OPEN_CASE_STATUSES])))
    .orderBy(desc(supportCase.occurredAt), desc(supportCase.id))
    .limit(50);
  return rows;
}

export interface CaseListItem {
  id: number;
  partyId: number;
  caseNumber: string;
  subject: string;
  kind: string;
  status: string;
  priority: string;
  category: string;
  channel: string;
  customer: string;
  assignee: string | null;
  openedAt: string;
}

/** The newest open cases, for the overview card. */
export async function listOpenCases(limit = 50): Promise<CaseListItem[]> {
  await requireUser("case:read");
  const db = await getDb();
  const rows = await db
    .select({
      id: supportCase.id, partyId: supportCase.partyId, caseNumber: supportCase.caseNumber,
      subject: supportCase.subject, kind: supportCase.kind, status: supportCase.status,
      priority: supportCase.priority, category: supportCase.category, channel: supportCase.channel,
      customer: party.displayName, assignee: staffUser.name, openedAt: supportCase.occurredAt,
    })
    .from(supportCase)
    .innerJoin(party, eq(party.id, supportCase.partyId))
    .leftJoin(staffUser, eq(staffUser.id, supportCase.assigneeId))
    .where(inArray(supportCase.status, [...OPEN_CASE_STATUSES]))
    .orderBy(desc(supportCase.occurredAt), desc(supportCase.id))
    .limit(Math.min(Math.max(limit, 1), 200));
  return rows.map((r) => ({ ...r, openedAt: r.openedAt.toISOString() }));
}

// --- Follow-ups -----------------------------------------------------------------------------------

const followUpCursor = z.object({ m: z.string().regex(/^-?[0-9]{1,20}$/), i: z.number().int().positive() });

/** One page of a follow-up view (open, mine, closed) with each view's count. */
export async function listFollowUps(view: FollowUpView, cursor: string | null): Promise<FollowUpPage> {
  const user = await requireUser("case:read");
  const after = decodeCursor(cursor, followUpCursor);
  const db = await getDb();
  const me = user.kind === "user" ? user.id : null;
  const [rows, ...counts] = await Promise.all([
    queryRows<FollowUpDbRow>(db, followUpStatement(view, me, after ? { micros: after.m, id: after.i } : null, QUEUE_PAGE_SIZE + 1)),
    ...FOLLOW_UP_VIEWS.map((v) => queryRows<{ n: number }>(db, followUpCountStatement(v, me, COUNT_CAP))),
  ]);
  const items = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => ({
      id: Number(r.id), partyId: Number(r.party_id), customer: r.customer, score: Number(r.score), comment: r.comment,
      touchpoint: r.touchpoint, channel: r.channel, respondedAt: isoOf(r.responded_at), status: r.status,
      claimedBy: r.claimed_by ? { id: r.claimed_by, name: r.claimed_by_name ?? "Unknown" } : null,
      claimedAt: iso(r.claimed_at), closedAt: iso(r.closed_at), outcome: r.outcome, note: r.note,
    })),
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeCursor({ m: last.micros, i: Number(last.id) }) : null,
    counts: Object.fromEntries(FOLLOW_UP_VIEWS.map((v, k) => [v, counts[k]?.[0]?.n ?? 0])) as Record<FollowUpView, number>,
  };
}
