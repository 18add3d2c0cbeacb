// The case queue's and follow-up queue's SQL. Pure: lib/dal/cases.ts checks who is asking.
// Every filter is a parameter; the sort is picked from a fixed list, never from the URL's text.
import { sql, type SQL } from "drizzle-orm";
import {
  CASE_AGE_HOURS, DUE_SOON_HOURS, type CaseQueueQuery, type CaseSort, type CaseStatus, type FollowUpView,
} from "@/lib/domain/cases";
import { CASE_STATUSES, OPEN_CASE_STATUSES } from "@/lib/domain/enums";

/** Where a row sits in the queue's order: priority (for the priority sort), opened in microseconds, id. */
export interface QueuePosition {
  priority: string;
  micros: string;
  id: number;
}

export interface QueueRow extends Record<string, unknown> {
  id: string;
  party_id: string;
  case_number: string;
  subject: string;
  kind: string;
  status: string;
  priority: string;
  category: string;
  channel: string;
  customer: string;
  assignee_id: string | null;
  assignee_name: string | null;
  opened_at: Date | string;
  micros: string;
  sla_due_at: Date | string | null;
  first_response_at: Date | string | null;
  updated_at: Date | string;
}

const list = (values: readonly string[], cast: string) =>
  sql.join(values.map((v) => sql`${v}::${sql.raw(cast)}`), sql`, `);

// Statuses are written as literals taken from this constant table (the URL's value only picks the
// key), so the planner can prove the open-case partial indexes apply even to generic plans.
const STATUS_SQL = Object.fromEntries(CASE_STATUSES.map((v) => [v, sql.raw(`'${v}'`)])) as Record<CaseStatus, SQL>;

const atMicros = (micros: string) => sql`(timestamptz 'epoch' + ${micros}::bigint * interval '1 microsecond')`;

/** The WHERE terms of a queue query. `me` is the asking staff user (for "mine"). */
export function queueConditions(q: CaseQueueQuery, me: string | null, now: Date): SQL[] {
  const at = now.toISOString();
  const where: SQL[] = [];
  const statuses = q.statuses.length ? q.statuses : OPEN_CASE_STATUSES;
  where.push(sql`c.status in (${sql.join(statuses.map((v) => STATUS_SQL[v]), sql`, `)})`);
  if (q.scope === "mine") where.push(me ? sql`c.assignee_id = ${me}::uuid` : sql`false`);
  if (q.scope === "unassigned") where.push(sql`c.assignee_id is null`);
  if (q.priorities.length) where.push(sql`c.priority in (${list(q.priorities, "case_priority")})`);
  if (q.categories.length) where.push(sql`c.category in (${list(q.categories, "text")})`);
  if (q.channels.length) where.push(sql`c.channel in (${list(q.channels, "interaction_channel")})`);
  if (q.age) {
    const [min, max] = CASE_AGE_HOURS[q.age];
    where.push(sql`c.occurred_at <= ${at}::timestamptz - ${min} * interval '1 hour'`);
    if (max !== null) where.push(sql`c.occurred_at > ${at}::timestamptz - ${max} * interval '1 hour'`);
  }
  // The service level is the first reply: breached when it came late or is overdue now.
  if (q.sla === "breached") where.push(sql`c.sla_due_at < coalesce(c.first_response_at, ${at}::timestamptz)`);
  if (q.sla === "due_soon") {
    where.push(sql`c.first_response_at is null and c.sla_due_at >= ${at}::timestamptz
      and c.sla_due_at < ${at}::timestamptz + ${DUE_SOON_HOURS} * interval '1 hour'`);
  }
  if (q.sla === "on_track") {
    where.push(sql`c.sla_due_at >= coalesce(c.first_response_at, ${at}::timestamptz + ${DUE_SOON_HOURS} * interval '1 hour')`);
  }
  return where;
}

// `nulls last` matches the indexes (priority is never null, but the planner does not know).
const ORDER: Record<CaseSort, SQL> = {
  priority: sql`c.priority desc nulls last, c.occurred_at asc, c.id asc`,
  oldest: sql`c.occurred_at asc, c.id asc`,
  newest: sql`c.occurred_at desc, c.id desc`,
};

/** Rows strictly after `p` in the sort's order. */
export function afterPosition(sort: CaseSort, p: QueuePosition): SQL {
  const t = atMicros(p.micros);
  if (sort === "newest") return sql`(c.occurred_at, c.id) < (${t}, ${p.id}::bigint)`;
  if (sort === "oldest") return sql`(c.occurred_at, c.id) > (${t}, ${p.id}::bigint)`;
  return sql`(c.priority < ${p.priority}::case_priority
    or (c.priority = ${p.priority}::case_priority and (c.occurred_at, c.id) > (${t}, ${p.id}::bigint)))`;
}

/**
 * Two steps: the page's keys first, from columns the open-case indexes hold (an index-only scan
 * however the filters combine), then the details of those rows alone.
 */
export function queueStatement(q: CaseQueueQuery, me: string | null, now: Date, after: QueuePosition | null, limit: number): SQL {
  const where = queueConditions(q, me, now);
  if (after) where.push(afterPosition(q.sort, after));
  return sql`with page as materialized (
      select c.party_id, c.id, c.priority, c.occurred_at from support_case c
       where ${sql.join(where, sql` and `)}
       order by ${ORDER[q.sort]}
       limit ${limit})
    select c.id::text as id, c.party_id::text as party_id, c.case_number, c.subject, c.kind::text as kind,
           c.status::text as status, c.priority::text as priority, c.category, c.channel::text as channel,
           p.display_name as customer, c.assignee_id::text as assignee_id, s.name as assignee_name,
           c.occurred_at as opened_at, (extract(epoch from c.occurred_at) * 1000000)::bigint::text as micros,
           c.sla_due_at, c.first_response_at, c.updated_at
      from page
      join support_case c on c.party_id = page.party_id and c.id = page.id
      join party p on p.id = c.party_id
      left join staff_user s on s.id = c.assignee_id
     order by ${ORDER[q.sort]}`;
}

/** How many cases match, counted no further than `cap` (then the screen says "cap+"). */
export function queueCountStatement(q: CaseQueueQuery, me: string | null, now: Date, cap: number): SQL {
  return sql`select count(*)::int as n from (
    select 1 from support_case c where ${sql.join(queueConditions(q, me, now), sql` and `)} limit ${cap + 1}) m`;
}

// --- Follow-ups -----------------------------------------------------------------------------------

export interface FollowUpDbRow extends Record<string, unknown> {
  id: string;
  party_id: string;
  customer: string;
  score: number;
  comment: string | null;
  touchpoint: string;
  channel: string;
  responded_at: Date | string;
  status: "open" | "claimed" | "closed";
  claimed_by: string | null;
  claimed_by_name: string | null;
  claimed_at: Date | string | null;
  closed_at: Date | string | null;
  outcome: string | null;
  note: string | null;
  micros: string;
}

/** Each view's rows and order: open newest first, mine by when claimed, closed newest closed first. */
function followUpView(view: FollowUpView, me: string | null): { where: SQL; key: SQL; order: SQL } {
  if (view === "mine") {
    return { where: sql`f.status = 'claimed' and f.claimed_by = ${me}::uuid`, key: sql`f.claimed_at`, order: sql`f.claimed_at desc, f.id desc` };
  }
  if (view === "closed") return { where: sql`f.status = 'closed'`, key: sql`f.closed_at`, order: sql`f.closed_at desc, f.id desc` };
  return { where: sql`f.status = 'open'`, key: sql`f.occurred_at`, order: sql`f.occurred_at desc, f.id desc` };
}

/** The page's keys first (one index range per view), then the response and names for those rows. */
export function followUpStatement(view: FollowUpView, me: string | null, after: { micros: string; id: number } | null, limit: number): SQL {
  const v = followUpView(view, me);
  const where = [v.where];
  if (after) where.push(sql`(${v.key}, f.id) < (${atMicros(after.micros)}, ${after.id}::bigint)`);
  return sql`with page as materialized (
      select f.party_id, f.id from detractor_follow_up f
       where ${sql.join(where, sql` and `)}
       order by ${v.order}
       limit ${limit})
    select f.id::text as id, f.party_id::text as party_id, p.display_name as customer,
      r.score, r.comment, r.touchpoint, r.channel::text as channel, r.occurred_at as responded_at,
      f.status::text as status, f.claimed_by::text as claimed_by, s.name as claimed_by_name, f.claimed_at,
      f.closed_at, f.outcome::text as outcome, f.note,
      (extract(epoch from ${v.key}) * 1000000)::bigint::text as micros
    from page
    join detractor_follow_up f on f.party_id = page.party_id and f.id = page.id
    join survey_response r on r.party_id = f.party_id and r.id = f.response_id
    join party p on p.id = f.party_id
    left join staff_user s on s.id = f.claimed_by
    order by ${v.order}`;
}

export function followUpCountStatement(view: FollowUpView, me: string | null, cap: number): SQL {
  return sql`select count(*)::int as n from (
    select 1 from detractor_follow_up f where ${followUpView(view, me).where} limit ${cap + 1}) m`;
}
