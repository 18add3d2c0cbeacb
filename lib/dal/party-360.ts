import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { insightStatements, profileExtraStatements } from "@/lib/db/queries/party-360";
import type { SourceClass } from "@/lib/domain/enums";
import { computeHealth } from "@/lib/domain/health";
import {
  TAB_LIMIT, type CaseSummary, type ConsentLedgerEntry, type CustomerTabData, type DemographicValue, type FeedbackEntry,
  type OrderSummary, type Party360Insights, type Party360Profile, type PrivacyRequestEntry, type SourceRef,
} from "@/lib/domain/party-360";
import { requireUser } from "./session";

// The parts of the customer 360 beyond its header: health, charts, the rest of the profile and
// the Orders, Feedback, Cases and Privacy tabs. Each function checks the session and role, then
// runs a few indexed reads by party id side by side. None of this holds contact details.

type Row = Record<string, unknown>;
const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

async function reader() {
  const db = await getDb();
  return <T extends Row>(s: SQL) => queryRows<T>(db, s);
}

const CHART_MONTHS = 24;

/** "2025-11" for the month `back` months before the month of `now` (UTC). */
function monthKey(now: number, back: number): string {
  const d = new Date(now);
  const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
  return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Health score, spend per month and communications per channel, measured at `now`. */
export async function getParty360Insights(partyId: number, now: number): Promise<Party360Insights> {
  await requireUser("party:read");
  const q = await reader();
  const at = new Date(now).toISOString();
  const statements = insightStatements(partyId, at, `${monthKey(now, CHART_MONTHS - 1)}-01`);
  const [[h], spend, channels] = await Promise.all([
    q<{ last_activity: Date | null; orders_year: number; ltv: string | null; latest_nps: number | null; latest_nps_at: Date | null; complaints: number; open_cases: number | null; engagement: number }>(statements.health),
    q<{ month: string; amount: string; orders: number }>(statements.spend),
    q<{ channel: string; direction: "inbound" | "outbound"; n: number }>(statements.channels),
  ]);

  const health = computeHealth({
    lastActivityAt: h?.last_activity ? iso(h.last_activity) : null,
    ordersLastYear: h?.orders_year ?? 0,
    lifetimeValueMinor: Number(h?.ltv ?? 0),
    latestNps: h?.latest_nps ?? null,
    latestNpsAt: h?.latest_nps_at ? iso(h.latest_nps_at) : null,
    complaintsLast90Days: h?.complaints ?? 0,
    openCases: h?.open_cases ?? 0,
    engagementLast90Days: h?.engagement ?? 0,
  }, now);

  const byMonth = new Map(spend.map((r) => [r.month, r]));
  const spendByMonth = Array.from({ length: CHART_MONTHS }, (_, i) => {
    const month = monthKey(now, CHART_MONTHS - 1 - i);
    const r = byMonth.get(month);
    return { month, amountMinor: r ? Number(r.amount) : 0, orders: r?.orders ?? 0 };
  });

  const perChannel = new Map<string, { channel: string; inbound: number; outbound: number }>();
  for (const r of channels) {
    const entry = perChannel.get(r.channel) ?? { channel: r.channel, inbound: 0, outbound: 0 };
    entry[r.direction] += r.n;
    perChannel.set(r.channel, entry);
  }
  const interactionsByChannel = [...perChannel.values()].sort((a, b) => b.inbound + b.outbound - (a.inbound + a.outbound));
  return { health, spendByMonth, interactionsByChannel };
}

const DEMOGRAPHIC_LABELS: Array<[DemographicValue["attribute"], string, string]> = [
  ["birthDate", "birth_date", "Birth date"], ["ageBand", "age_band", "Age band"], ["gender", "gender", "Gender"],
  ["incomeBand", "income_band", "Income band"], ["maritalStatus", "marital_status", "Marital status"],
  ["language", "language", "Language"], ["timeZone", "time_zone", "Time zone"], ["industry", "industry", "Industry"],
  ["companySize", "company_size", "Company size"],
];

/** Demographics with provenance, accounts, subscriptions, tier history, what they told us, preferences, segments. */
export const getParty360Profile = cache(async (partyId: number): Promise<Party360Profile> => {
  await requireUser("party:read");
  const q = await reader();
  const x = profileExtraStatements(partyId);
  const [sources, [demo], accounts, subscriptions, tiers, zero, prefs, segments] = await Promise.all([
    q<{ id: number; name: string; class: SourceClass }>(x.sources),
    q<Record<string, string | null> & { provenance: Record<string, number> | string; captured_at: Date }>(x.demographics),
    q<{ id: string; platform: string; username: string; created_at: Date; last_login_at: Date | null }>(x.accounts),
    q<{ id: string; plan: string; status: string; price_minor: string; currency: string; occurred_at: Date; renews_at: Date | null; cancelled_at: Date | null }>(x.subscriptions),
    q<{ id: string; from_tier: string | null; to_tier: string; reason: string | null; occurred_at: Date }>(x.tierEvents),
    q<{ id: string; kind: string; value: string; captured_at: Date; source_id: number | null }>(x.zeroParty),
    q<{ id: string; channel: string; frequency: string; topics: string[]; updated_at: Date }>(x.contactPreferences),
    q<{ id: string; name: string; kind: "dynamic" | "static"; added_at: Date }>(x.segments),
  ]);
  const sourceById = new Map(sources.map((s) => [Number(s.id), { name: s.name, class: s.class } satisfies SourceRef]));
  const sourceOf = (id: number | null | undefined): SourceRef | null => (id === null || id === undefined ? null : sourceById.get(Number(id)) ?? null);

  let demographics: Party360Profile["demographics"] = null;
  if (demo) {
    const provenance = (typeof demo.provenance === "string" ? JSON.parse(demo.provenance) : demo.provenance) as Record<string, number>;
    const values: DemographicValue[] = [];
    for (const [attribute, column, label] of DEMOGRAPHIC_LABELS) {
      const value = demo[column];
      if (typeof value === "string" && value) values.push({ attribute, label, value, source: sourceOf(provenance[attribute] ?? provenance[column]) });
    }
    demographics = { values, capturedAt: iso(demo.captured_at) };
  }

  return {
    demographics,
    accounts: accounts.map((a) => ({ id: Number(a.id), platform: a.platform, username: a.username, createdAt: iso(a.created_at), lastLoginAt: isoOrNull(a.last_login_at) })),
    subscriptions: subscriptions.map((s) => ({
      id: Number(s.id), plan: s.plan, status: s.status, priceMinor: Number(s.price_minor), currency: s.currency,
      startedAt: iso(s.occurred_at), renewsAt: isoOrNull(s.renews_at), cancelledAt: isoOrNull(s.cancelled_at),
    })),
    tierHistory: tiers.map((t) => ({ id: Number(t.id), fromTier: t.from_tier, toTier: t.to_tier, reason: t.reason, at: iso(t.occurred_at) })),
    zeroParty: zero.map((z) => ({ id: Number(z.id), kind: z.kind, value: z.value, capturedAt: iso(z.captured_at), source: sourceOf(z.source_id) })),
    contactPreferences: prefs.map((p) => ({ id: Number(p.id), channel: p.channel, frequency: p.frequency, topics: p.topics, updatedAt: iso(p.updated_at) })),
    segments: segments.map((s) => ({ id: Number(s.id), name: s.name, kind: s.kind, addedAt: iso(s.added_at) })),
  };
});

async function ordersTab(partyId: number): Promise<CustomerTabData> {
  const q = await reader();
  const [orders, [count]] = await Promise.all([
    q<{ id: string; order_number: string; status: string; channel: string; total_minor: string; currency: string; occurred_at: Date; promised_by: Date | null; delivered_at: Date | null }>(sql`
      select id, order_number, status::text, channel::text, total_minor, currency::text, occurred_at, promised_by, delivered_at
        from "order" where party_id = ${partyId} order by occurred_at desc, id desc limit ${TAB_LIMIT}`),
    q<{ n: number }>(sql`select count(*)::int as n from "order" where party_id = ${partyId}`),
  ]);
  const ids = orders.map((o) => Number(o.id));
  const idList = sql`array[${sql.join(ids.length ? ids.map((id) => sql`${id}`) : [sql`null`], sql`, `)}]::bigint[]`;
  const [items, payments, refunds, events] = ids.length
    ? await Promise.all([
        q<{ order_id: string; id: string; sku: string; name: string; category: string; quantity: number; unit_price_minor: string }>(sql`
          select i.order_id, i.id, p.sku, p.name, p.category, i.quantity, i.unit_price_minor
            from order_item i join product p on p.id = i.product_id where i.party_id = ${partyId} and i.order_id = any(${idList}) order by i.id`),
        q<{ order_id: string; id: string; method: string; status: string; amount_minor: string; currency: string; card_last4: string | null; occurred_at: Date }>(sql`
          select order_id, id, method::text, status::text, amount_minor, currency::text, card_last4, occurred_at
            from payment where party_id = ${partyId} and order_id = any(${idList}) order by occurred_at, id`),
        q<{ order_id: string; id: string; amount_minor: string; currency: string; reason: string | null; occurred_at: Date }>(sql`
          select order_id, id, amount_minor, currency::text, reason, occurred_at from refund where party_id = ${partyId} and order_id = any(${idList}) order by occurred_at, id`),
        q<{ order_id: string; status: string; occurred_at: Date }>(sql`
          select order_id, status::text, occurred_at from order_status_event where party_id = ${partyId} and order_id = any(${idList}) order by occurred_at, id`),
      ])
    : [[], [], [], []];
  const group = <T extends { order_id: string }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const r of rows) map.set(Number(r.order_id), [...(map.get(Number(r.order_id)) ?? []), r]);
    return map;
  };
  const [itemsBy, paymentsBy, refundsBy, eventsBy] = [group(items), group(payments), group(refunds), group(events)];
  const summaries: OrderSummary[] = orders.map((o) => {
    const id = Number(o.id);
    return {
      id, number: o.order_number, status: o.status, channel: o.channel, totalMinor: Number(o.total_minor), currency: o.currency,
      placedAt: iso(o.occurred_at), promisedBy: isoOrNull(o.promised_by), deliveredAt: isoOrNull(o.delivered_at),
      items: (itemsBy.get(id) ?? []).map((i) => ({ id: Number(i.id), sku: i.sku, name: i.name, category: i.category, quantity: i.quantity, unitPriceMinor: Number(i.unit_price_minor) })),
      payments: (paymentsBy.get(id) ?? []).map((p) => ({
        id: Number(p.id), method: p.method, status: p.status, amountMinor: Number(p.amount_minor), currency: p.currency, cardLast4: p.card_last4, at: iso(p.occurred_at),
      })),
      refunds: (refundsBy.get(id) ?? []).map((r) => ({ id: Number(r.id), amountMinor: Number(r.amount_minor), currency: r.currency, reason: r.reason, at: iso(r.occurred_at) })),
      statusHistory: (eventsBy.get(id) ?? []).map((e) => ({ status: e.status, at: iso(e.occurred_at) })),
    };
  });
  return { tab: "orders", orders: { items: summaries, total: count?.n ?? 0 } };
}

async function feedbackTab(partyId: number): Promise<CustomerTabData> {
  const q = await reader();
  const [rows, [count]] = await Promise.all([
    q<{ id: string; kind: FeedbackEntry["kind"]; score: number; comment: string | null; touchpoint: string; channel: string; survey: string; occurred_at: Date; f_status: string | null; f_outcome: string | null; f_closed: Date | null }>(sql`
      select x.id, x.kind::text, x.score, x.comment, x.touchpoint, x.channel::text, v.name as survey, x.occurred_at,
             f.status::text as f_status, f.outcome::text as f_outcome, f.closed_at as f_closed
        from survey_response x join survey v on v.id = x.survey_id
        left join detractor_follow_up f on f.party_id = x.party_id and f.response_id = x.id
       where x.party_id = ${partyId} order by x.occurred_at desc, x.id desc limit ${TAB_LIMIT}`),
    q<{ n: number }>(sql`select count(*)::int as n from survey_response where party_id = ${partyId}`),
  ]);
  return {
    tab: "feedback",
    responses: {
      total: count?.n ?? 0,
      items: rows.map((r) => ({
        id: Number(r.id), kind: r.kind, score: r.score, comment: r.comment, touchpoint: r.touchpoint, channel: r.channel,
        surveyName: r.survey, at: iso(r.occurred_at),
        followUp: r.f_status ? { status: r.f_status, outcome: r.f_outcome, closedAt: isoOrNull(r.f_closed) } : null,
      })),
    },
  };
}

async function casesTab(partyId: number): Promise<CustomerTabData> {
  const q = await reader();
  const [rows, [count]] = await Promise.all([
    q<{ id: string; case_number: string; kind: string; status: string; priority: string; category: string; channel: string; subject: string; assignee: string | null; occurred_at: Date; first_response_at: Date | null; resolved_at: Date | null; sla_due_at: Date | null; resolution: string | null }>(sql`
      select x.id, x.case_number, x.kind::text, x.status::text, x.priority::text, x.category, x.channel::text, x.subject, s.name as assignee,
             x.occurred_at, x.first_response_at, x.resolved_at, x.sla_due_at, x.resolution
        from support_case x left join staff_user s on s.id = x.assignee_id
       where x.party_id = ${partyId} order by x.occurred_at desc, x.id desc limit ${TAB_LIMIT}`),
    q<{ n: number }>(sql`select count(*)::int as n from support_case where party_id = ${partyId}`),
  ]);
  const ids = rows.map((r) => Number(r.id));
  const comms = ids.length
    ? await q<{ case_id: string; n: number }>(sql`
        select case_id, count(*)::int as n from interaction
         where party_id = ${partyId} and case_id = any(array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::bigint[]) group by case_id`)
    : [];
  const commsBy = new Map(comms.map((c) => [Number(c.case_id), c.n]));
  const items: CaseSummary[] = rows.map((r) => ({
    id: Number(r.id), number: r.case_number, kind: r.kind, status: r.status, priority: r.priority, category: r.category,
    channel: r.channel, subject: r.subject, assignee: r.assignee, openedAt: iso(r.occurred_at),
    firstResponseAt: isoOrNull(r.first_response_at), resolvedAt: isoOrNull(r.resolved_at), slaDueAt: isoOrNull(r.sla_due_at),
    resolution: r.resolution, communications: commsBy.get(Number(r.id)) ?? 0,
  }));
  return { tab: "cases", cases: { items, total: count?.n ?? 0 } };
}

async function privacyTab(partyId: number): Promise<CustomerTabData> {
  const q = await reader();
  const [consent, requests] = await Promise.all([
    q<{ id: string; purpose: string; channel: string; status: ConsentLedgerEntry["status"]; occurred_at: Date; evidence: string | null; source: string; source_class: SourceClass }>(sql`
      select x.id, x.purpose::text, x.channel::text, x.status::text, x.occurred_at, x.evidence, d.name as source, d.class::text as source_class
        from consent_event x join data_source d on d.id = x.source_id
       where x.party_id = ${partyId} order by x.occurred_at desc, x.id desc limit 500`),
    q<{ id: string; kind: string; status: string; occurred_at: Date; due_at: Date; completed_at: Date | null; outcome: string | null }>(sql`
      select id, kind::text, status::text, occurred_at, due_at, completed_at, outcome from privacy_request
       where party_id = ${partyId} order by occurred_at desc, id desc limit 100`),
  ]);
  return {
    tab: "privacy",
    consent: consent.map((c) => ({
      id: Number(c.id), purpose: c.purpose, channel: c.channel, status: c.status, at: iso(c.occurred_at),
      source: { name: c.source, class: c.source_class }, evidence: c.evidence,
    })),
    requests: requests.map((r): PrivacyRequestEntry => ({
      id: Number(r.id), kind: r.kind, status: r.status, receivedAt: iso(r.occurred_at), dueAt: iso(r.due_at),
      completedAt: isoOrNull(r.completed_at), outcome: r.outcome,
    })),
  };
}

/** The rows of one tab of the 360 (the timeline has its own reader). */
export async function getCustomerTab(partyId: number, tab: "orders" | "feedback" | "cases" | "privacy"): Promise<CustomerTabData> {
  await requireUser("party:read");
  switch (tab) {
    case "orders": return ordersTab(partyId);
    case "feedback": return feedbackTab(partyId);
    case "cases": return casesTab(partyId);
    case "privacy": return privacyTab(partyId);
  }
}
