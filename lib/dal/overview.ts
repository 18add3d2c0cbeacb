import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { addDays, bucketStart, bucketStarts, isoDay } from "@/lib/domain/feedback";
import {
  compareStats, emptyCounts, scoreStats, type Comparison, type ScoreStats, type SurveyKind,
} from "@/lib/domain/feedback-stats";
import { computeHealth, type HealthScore } from "@/lib/domain/health";
import { insightStatements } from "@/lib/db/queries/party-360";
import { requireUser } from "./session";

// The CX manager's home. Every card reads a rollup or a small index range, never a scan that
// grows with the data: scores from feedback_daily, contact volume from interaction_daily, cases
// from the open-case index, complaints from cases by opening date.

export const PULSE_DAYS = 30;
export const PULSE_WEEKS = 12;

export interface ScorePulse {
  kind: SurveyKind;
  /** The last PULSE_DAYS days (UTC, today included) and the ones before. */
  current: ScoreStats;
  previous: ScoreStats;
  comparison: Comparison;
  /** Weekly values over the last PULSE_WEEKS weeks, oldest first (the last week is partial). */
  weeks: { start: string; value: number | null; n: number }[];
  from: string;
  to: string;
}

export async function getScorePulse(kind: "nps" | "csat", today = isoDay(new Date())): Promise<ScorePulse> {
  await requireUser("feedback:read");
  const db = await getDb();
  const weekFrom = addDays(bucketStart(today, "week"), -7 * (PULSE_WEEKS - 1));
  const from = addDays(today, -(2 * PULSE_DAYS - 1));
  const since = weekFrom < from ? weekFrom : from;
  const rows = await queryRows<{ day: string; score: number; n: number }>(
    db,
    sql`select day::text as day, score::int as score, n from feedback_daily
      where kind = ${kind} and dim = 'all' and val = '' and day between ${since}::date and ${today}::date`,
  );
  const currentFrom = addDays(today, -(PULSE_DAYS - 1));
  const current = emptyCounts(kind);
  const previous = emptyCounts(kind);
  const weekly = new Map<string, number[]>();
  for (const r of rows) {
    const target = r.day >= currentFrom ? current : r.day >= from ? previous : null;
    if (target && r.score < target.length) target[r.score]! += r.n;
    if (r.day >= weekFrom) {
      const w = bucketStart(r.day, "week");
      const c = weekly.get(w) ?? emptyCounts(kind);
      c[r.score] = (c[r.score] ?? 0) + r.n;
      weekly.set(w, c);
    }
  }
  const cur = scoreStats(kind, current);
  const prev = scoreStats(kind, previous);
  return {
    kind,
    current: cur,
    previous: prev,
    comparison: compareStats(cur, prev),
    weeks: bucketStarts(weekFrom, today, "week").map((start) => {
      const s = scoreStats(kind, weekly.get(start) ?? emptyCounts(kind));
      return { start, value: s.value, n: s.n };
    }),
    from: currentFrom,
    to: today,
  };
}

export interface InteractionVolume {
  /** One entry per day of the last PULSE_DAYS days, with a count per channel. */
  days: { day: string; byChannel: Record<string, number>; total: number }[];
  channels: { channel: string; total: number }[];
  total: number;
  previousTotal: number;
}

export async function getInteractionVolume(today = isoDay(new Date())): Promise<InteractionVolume> {
  await requireUser("party:read");
  const db = await getDb();
  const from = addDays(today, -(PULSE_DAYS - 1));
  const prevFrom = addDays(from, -PULSE_DAYS);
  const rows = await queryRows<{ day: string; channel: string; n: number }>(
    db,
    sql`select day::text as day, channel::text as channel, sum(n)::int as n from interaction_daily
      where day between ${prevFrom}::date and ${today}::date group by 1, 2`,
  );
  const byDay = new Map<string, Record<string, number>>();
  const channelTotals = new Map<string, number>();
  let total = 0;
  let previousTotal = 0;
  for (const r of rows) {
    if (r.day < from) {
      previousTotal += r.n;
      continue;
    }
    total += r.n;
    const d = byDay.get(r.day) ?? {};
    d[r.channel] = (d[r.channel] ?? 0) + r.n;
    byDay.set(r.day, d);
    channelTotals.set(r.channel, (channelTotals.get(r.channel) ?? 0) + r.n);
  }
  return {
    days: bucketStarts(from, today, "day").map((day) => {
      const byChannel = byDay.get(day) ?? {};
      return { day, byChannel, total: Object.values(byChannel).reduce((a, b) => a + b, 0) };
    }),
    channels: [...channelTotals].map(([channel, t]) => ({ channel, total: t })).sort((a, b) => b.total - a.total),
    total,
    previousTotal,
  };
}

export interface CaseLoad {
  open: number;
  /** Open and past the first-reply SLA (replied late, or not yet and due): the queue's "SLA breached". */
  overdue: number;
  unassigned: number;
  complaintsThisWeek: number;
  complaintsLastWeek: number;
}

export async function getCaseLoad(): Promise<CaseLoad> {
  await requireUser("case:read");
  const db = await getDb();
  const [[open], [complaints]] = await Promise.all([
    queryRows<{ open: number; overdue: number; unassigned: number }>(
      db,
      sql`select count(*)::int as open,
          count(*) filter (where sla_due_at < coalesce(first_response_at, now()))::int as overdue,
          count(*) filter (where assignee_id is null)::int as unassigned
        from support_case where status in ('new', 'open', 'pending')`,
    ),
    queryRows<{ this_week: number; last_week: number }>(
      db,
      sql`select count(*) filter (where occurred_at > now() - interval '7 days')::int as this_week,
          count(*) filter (where occurred_at <= now() - interval '7 days')::int as last_week
        from support_case where kind = 'complaint' and occurred_at > now() - interval '14 days'`,
    ),
  ]);
  return {
    open: open?.open ?? 0,
    overdue: open?.overdue ?? 0,
    unassigned: open?.unassigned ?? 0,
    complaintsThisWeek: complaints?.this_week ?? 0,
    complaintsLastWeek: complaints?.last_week ?? 0,
  };
}

export interface AtRiskCustomer {
  partyId: number;
  name: string;
  lifetimeValueMinor: number;
  health: HealthScore;
  /** What pulled the score down recently, in words. */
  reasons: string[];
}

export const AT_RISK_DAYS = 30;

/**
 * Valuable customers whose health score fell in the last AT_RISK_DAYS days and is no longer
 * healthy: a new detractor score or a new complaint took points off (lib/domain/health.ts), and
 * the reasons say how many. Candidates come from the top of the lifetime-value index down (a few
 * hundred index entries, not a scan); three per place are scored and the healthy ones dropped.
 */
export async function getAtRiskCustomers(limit = 6, now = Date.now()): Promise<AtRiskCustomer[]> {
  await requireUser("party:read");
  const db = await getDb();
  const since = new Date(now - AT_RISK_DAYS * 86_400_000).toISOString();
  const rows = await queryRows<{ party_id: number; name: string; ltv: string; latest_nps: number | null; latest_nps_at: Date | string | null; last_complaint: Date | string | null }>(
    db,
    sql`select s.party_id::float8 as party_id, p.display_name as name, s.lifetime_value_minor::text as ltv,
        s.latest_nps, s.latest_nps_at, s.recent_complaints[cardinality(s.recent_complaints)] as last_complaint
      from party_stats s join party p on p.id = s.party_id
      where p.status = 'active'
        and ((s.latest_nps <= 6 and s.latest_nps_at > ${since}::timestamptz)
          or (cardinality(s.recent_complaints) > 0 and s.recent_complaints[cardinality(s.recent_complaints)] > ${since}::timestamptz))
      order by s.lifetime_value_minor desc, s.party_id desc
      limit ${3 * Math.min(Math.max(limit, 1), 20)}`,
  );
  const at = new Date(now).toISOString();
  const scored = await Promise.all(rows.map(async (r) => {
    const partyId = Number(r.party_id);
    const [h] = await queryRows<{ last_activity: Date | string | null; orders_year: number; ltv: string | null; latest_nps: number | null; latest_nps_at: Date | string | null; complaints: number; open_cases: number | null; engagement: number }>(
      db, insightStatements(partyId, at, at.slice(0, 10)).health,
    );
    const iso = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString() : null);
    const health = computeHealth({
      lastActivityAt: iso(h?.last_activity),
      ordersLastYear: h?.orders_year ?? 0,
      lifetimeValueMinor: Number(h?.ltv ?? 0),
      latestNps: h?.latest_nps ?? null,
      latestNpsAt: iso(h?.latest_nps_at),
      complaintsLast90Days: h?.complaints ?? 0,
      openCases: h?.open_cases ?? 0,
      engagementLast90Days: h?.engagement ?? 0,
    }, now);
    // "−15 pts": what the event took off the score, with a real minus sign.
    const points = (factor: string) => String(Math.round(health.contributions.find((c) => c.factor === factor)?.points ?? 0)).replace("-", "−");
    const reasons: string[] = [];
    const npsAt = iso(r.latest_nps_at);
    if (r.latest_nps !== null && r.latest_nps <= 6 && npsAt && npsAt > since) reasons.push(`Scored ${r.latest_nps} on NPS (${points("nps")} pts)`);
    const complaintAt = iso(r.last_complaint);
    if (complaintAt && complaintAt > since) reasons.push(`Complained (${points("complaints")} pts)`);
    return { partyId, name: r.name, lifetimeValueMinor: Number(r.ltv), health, reasons };
  }));
  return scored.filter((c) => c.health.band !== "healthy").slice(0, limit);
}
