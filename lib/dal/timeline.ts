import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { entryPosition, timelineEntry, timelinePage, type TimelineRow } from "@/lib/db/queries/timeline";
import { SOURCE_CLASS_LABELS, type SourceClass } from "@/lib/domain/enums";
import { formatDateTime, formatMoney, humanize } from "@/lib/format";
import {
  encodePosition, kindRank, TIMELINE_CHANNEL_LABELS, TIMELINE_PAGE_SIZE, timelineTitle, type TimelineDetail,
  type TimelineDetailTable, type TimelineFact, type TimelineItem, type TimelineKind, type TimelinePage,
  type TimelinePosition, type TimelineQuery,
} from "@/lib/domain/timeline";
import { safeHttpUrl } from "./party-profile";
import { requireUser } from "./session";

// The unified timeline of one party and each entry's details. Every call checks the session
// and role first. Timeline text (summaries, comments, posts) is returned as stored, to be shown
// as text; contact details do not appear in it, so nothing here needs masking.

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const num = (v: number | string | null) => (v === null ? null : Number(v));

function toItem(r: TimelineRow): TimelineItem {
  const base = {
    kind: r.kind, id: Number(r.id), occurredAt: iso(r.occurred_at), channel: r.channel, direction: r.direction,
    text: r.text, status: r.status, amountMinor: num(r.amount_minor), currency: r.currency, score: r.score, ref: r.ref,
  };
  return { ...base, key: `${r.kind}-${base.id}`, title: timelineTitle(base) };
}

const positionOf = (r: TimelineRow): TimelinePosition => ({ micros: r.micros, rank: r.rank, id: Number(r.id) });

async function page(partyId: number, query: TimelineQuery, after: TimelinePosition | null, inclusive: boolean, size: number): Promise<TimelinePage> {
  const statement = timelinePage(partyId, query, after, size + 1, inclusive);
  if (!statement) return { items: [], nextCursor: null };
  const rows = await queryRows<TimelineRow>(await getDb(), statement);
  const more = rows.length > size;
  const shown = more ? rows.slice(0, size) : rows;
  const last = shown.at(-1);
  return { items: shown.map(toItem), nextCursor: more && last ? encodePosition(positionOf(last)) : null };
}

/** A page of the party's timeline, newest first, after `cursor` (from the start when null). */
export async function listTimeline(partyId: number, query: TimelineQuery, cursor: TimelinePosition | null, size = TIMELINE_PAGE_SIZE): Promise<TimelinePage> {
  await requireUser("party:read");
  return page(partyId, query, cursor, false, size);
}

/**
 * The timeline opened at one entry (a shared link): that entry first, then older ones. Null when
 * the party has no such entry, so the page can fall back to the latest.
 */
export async function timelineFrom(partyId: number, kind: TimelineKind, id: number, query: TimelineQuery, size = TIMELINE_PAGE_SIZE): Promise<TimelinePage | null> {
  await requireUser("party:read");
  const [row] = await queryRows<{ micros: string }>(await getDb(), entryPosition(partyId, kind, id));
  if (!row) return null;
  return page(partyId, { ...query, kinds: null, channels: null, q: null }, { micros: row.micros, rank: kindRank(kind), id }, true, size);
}

// ---------------------------------------------------------------------------------------------
// Details, one reader per kind. Facts are label/value text; links only ever point inside the app.

const when = (d: Date | string | null) => (d === null ? "—" : formatDateTime(iso(d)));
const money = (minor: number | string | null, currency: string | null) => (minor === null ? "—" : formatMoney(Number(minor), currency ?? "USD"));
const text = (v: string | number | null | undefined) => (v === null || v === undefined || v === "" ? "—" : String(v));
const word = (v: string | null) => (v ? humanize(v) : "—");
const itemHref = (partyId: number, key: string) => `/customers/${partyId}?item=${key}`;

function facts(list: Array<TimelineFact | null | false>): TimelineFact[] {
  return list.filter((f): f is TimelineFact => Boolean(f) && (f as TimelineFact).value !== "—");
}

function table(title: string, columns: string[], rows: string[][]): TimelineDetailTable[] {
  return rows.length ? [{ title, columns, rows }] : [];
}

type Rows = Record<string, unknown>;
type Reader = (partyId: number, id: number, q: <T extends Rows>(s: SQL) => Promise<T[]>) => Promise<{ facts: TimelineFact[]; tables: TimelineDetailTable[] }>;

async function orderParts(partyId: number, orderId: number, q: <T extends Rows>(s: SQL) => Promise<T[]>) {
  const [items, payments, refunds, history] = await Promise.all([
    q<{ name: string; sku: string; quantity: number; unit_price_minor: string | number; currency: string }>(sql`
      select p.name, p.sku, i.quantity, i.unit_price_minor, o.currency::text as currency
        from order_item i join product p on p.id = i.product_id join "order" o on o.party_id = i.party_id and o.id = i.order_id
       where i.party_id = ${partyId} and i.order_id = ${orderId} order by i.id`),
    q<{ occurred_at: Date; method: string; status: string; amount_minor: string | number; currency: string; card_last4: string | null }>(sql`
      select occurred_at, method::text, status::text, amount_minor, currency::text, card_last4
        from payment where party_id = ${partyId} and order_id = ${orderId} order by occurred_at, id`),
    q<{ occurred_at: Date; amount_minor: string | number; currency: string; reason: string | null }>(sql`
      select occurred_at, amount_minor, currency::text, reason from refund
       where party_id = ${partyId} and order_id = ${orderId} order by occurred_at, id`),
    q<{ occurred_at: Date; status: string }>(sql`
      select occurred_at, status::text from order_status_event
       where party_id = ${partyId} and order_id = ${orderId} order by occurred_at, id`),
  ]);
  return [
    ...table("Items", ["Product", "SKU", "Quantity", "Unit price", "Line total"], items.map((i) => [
      i.name, i.sku, String(i.quantity), money(i.unit_price_minor, i.currency), money(Number(i.unit_price_minor) * i.quantity, i.currency),
    ])),
    ...table("Payments", ["When", "Method", "Status", "Amount", "Card"], payments.map((p) => [
      when(p.occurred_at), word(p.method), word(p.status), money(p.amount_minor, p.currency), p.card_last4 ? `•••• ${p.card_last4}` : "—",
    ])),
    ...table("Refunds", ["When", "Amount", "Reason"], refunds.map((r) => [when(r.occurred_at), money(r.amount_minor, r.currency), text(r.reason)])),
    ...table("Status history", ["When", "Status"], history.map((h) => [when(h.occurred_at), word(h.status)])),
  ];
}

async function orderFacts(partyId: number, orderId: number, q: <T extends Rows>(s: SQL) => Promise<T[]>): Promise<TimelineFact[]> {
  const [o] = await q<{ id: string | number; order_number: string; status: string; channel: string; total_minor: string | number; currency: string; occurred_at: Date; promised_by: Date | null; delivered_at: Date | null }>(sql`
    select id, order_number, status::text, channel::text, total_minor, currency::text, occurred_at, promised_by, delivered_at
      from "order" where party_id = ${partyId} and id = ${orderId}`);
  if (!o) return [];
  return facts([
    { label: "Order", value: o.order_number, href: itemHref(partyId, `order-${o.id}`) },
    { label: "Status", value: word(o.status) }, { label: "Sales channel", value: word(o.channel) },
    { label: "Total", value: money(o.total_minor, o.currency) }, { label: "Placed", value: when(o.occurred_at) },
    { label: "Promised by", value: when(o.promised_by) }, { label: "Delivered", value: when(o.delivered_at) },
  ]);
}

const READERS: Record<TimelineKind, Reader> = {
  async order(partyId, id, q) {
    const [f, tables] = await Promise.all([orderFacts(partyId, id, q), orderParts(partyId, id, q)]);
    return { facts: f.filter((x) => x.label !== "Order"), tables };
  },
  async order_status(partyId, id, q) {
    const [e] = await q<{ order_id: string | number }>(sql`select order_id from order_status_event where party_id = ${partyId} and id = ${id}`);
    if (!e) return { facts: [], tables: [] };
    const [f, tables] = await Promise.all([orderFacts(partyId, Number(e.order_id), q), orderParts(partyId, Number(e.order_id), q)]);
    return { facts: f, tables };
  },
  async payment(partyId, id, q) {
    const [p] = await q<{ method: string; status: string; amount_minor: string; currency: string; card_last4: string | null; order_id: string | null; order_number: string | null }>(sql`
      select x.method::text, x.status::text, x.amount_minor, x.currency::text, x.card_last4, x.order_id, o.order_number
        from payment x left join "order" o on o.party_id = x.party_id and o.id = x.order_id
       where x.party_id = ${partyId} and x.id = ${id}`);
    if (!p) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Method", value: word(p.method) }, { label: "Status", value: word(p.status) },
      { label: "Amount", value: money(p.amount_minor, p.currency) },
      { label: "Card", value: p.card_last4 ? `•••• ${p.card_last4}` : "—" },
      p.order_id !== null && { label: "Order", value: text(p.order_number), href: itemHref(partyId, `order-${p.order_id}`) },
    ]) };
  },
  async refund(partyId, id, q) {
    const [r] = await q<{ amount_minor: string; currency: string; reason: string | null; order_id: string | null; order_number: string | null; created_at: Date }>(sql`
      select x.amount_minor, x.currency::text, x.reason, x.order_id, o.order_number, x.created_at
        from refund x left join "order" o on o.party_id = x.party_id and o.id = x.order_id
       where x.party_id = ${partyId} and x.id = ${id}`);
    if (!r) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Amount", value: money(r.amount_minor, r.currency) }, { label: "Reason", value: text(r.reason) },
      r.order_id !== null && { label: "Order", value: text(r.order_number), href: itemHref(partyId, `order-${r.order_id}`) },
    ]) };
  },
  async case(partyId, id, q) {
    const [[c], comms, events] = await Promise.all([
      q<{ case_number: string; kind: string; status: string; priority: string; category: string; channel: string; subject: string; assignee: string | null; occurred_at: Date; first_response_at: Date | null; resolved_at: Date | null; sla_due_at: Date | null; resolution_code: string | null; resolution: string | null }>(sql`
        select x.case_number, x.kind::text, x.status::text, x.priority::text, x.category, x.channel::text, x.subject, s.name as assignee,
               x.occurred_at, x.first_response_at, x.resolved_at, x.sla_due_at, x.resolution_code, x.resolution
          from support_case x left join staff_user s on s.id = x.assignee_id
         where x.party_id = ${partyId} and x.id = ${id}`),
      q<{ id: string; occurred_at: Date; channel: string; direction: string; summary: string; agent: string | null }>(sql`
        select i.id, i.occurred_at, i.channel::text, i.direction::text, i.summary, s.name as agent
          from interaction i left join staff_user s on s.id = i.agent_id
         where i.party_id = ${partyId} and i.case_id = ${id} order by i.occurred_at, i.id limit 200`),
      q<{ occurred_at: Date; kind: string; from_value: string | null; to_value: string | null; note: string | null; staff: string | null }>(sql`
        select e.occurred_at, e.kind, e.from_value, e.to_value, e.note, s.name as staff
          from case_event e left join staff_user s on s.id = e.staff_id
         where e.party_id = ${partyId} and e.case_id = ${id} order by e.occurred_at, e.id limit 200`),
    ]);
    if (!c) return { facts: [], tables: [] };
    return {
      facts: facts([
        { label: "Case", value: c.case_number }, { label: "Subject", value: c.subject }, { label: "Kind", value: word(c.kind) },
        { label: "Status", value: word(c.status) }, { label: "Priority", value: word(c.priority) },
        { label: "Category", value: word(c.category) }, { label: "Channel", value: word(c.channel) },
        { label: "Assignee", value: text(c.assignee ?? "Unassigned") }, { label: "Opened", value: when(c.occurred_at) },
        { label: "First response", value: when(c.first_response_at) }, { label: "Resolved", value: when(c.resolved_at) },
        { label: "SLA due", value: when(c.sla_due_at) }, { label: "Resolution code", value: text(c.resolution_code) },
        { label: "Resolution", value: text(c.resolution) },
      ]),
      tables: [
        ...table("Communications", ["When", "Channel", "Direction", "Agent", "Summary"], comms.map((i) => [
          when(i.occurred_at), word(i.channel), word(i.direction), text(i.agent), i.summary,
        ])),
        ...table("Case history", ["When", "Change", "From", "To", "By", "Note"], events.map((e) => [
          when(e.occurred_at), word(e.kind), text(e.from_value), text(e.to_value), text(e.staff), text(e.note),
        ])),
      ],
    };
  },
  async interaction(partyId, id, q) {
    const [i] = await q<{ channel: string; direction: string; summary: string; duration_seconds: number | null; outcome: string | null; agent: string | null; case_id: string | null; case_number: string | null; source: string | null }>(sql`
      select x.channel::text, x.direction::text, x.summary, x.duration_seconds, x.outcome, s.name as agent, x.case_id, c.case_number, d.name as source
        from interaction x
        left join staff_user s on s.id = x.agent_id
        left join support_case c on c.party_id = x.party_id and c.id = x.case_id
        left join data_source d on d.id = x.source_id
       where x.party_id = ${partyId} and x.id = ${id}`);
    if (!i) return { facts: [], tables: [] };
    const minutes = i.duration_seconds === null ? null : `${Math.floor(i.duration_seconds / 60)} min ${i.duration_seconds % 60} s`;
    return { tables: [], facts: facts([
      { label: "Channel", value: word(i.channel) }, { label: "Direction", value: word(i.direction) },
      { label: "Agent", value: text(i.agent) }, { label: "Duration", value: text(minutes) },
      { label: "Outcome", value: word(i.outcome) }, { label: "Summary", value: i.summary },
      i.case_id !== null && { label: "Case", value: text(i.case_number), href: itemHref(partyId, `case-${i.case_id}`) },
      { label: "Recorded by", value: text(i.source) },
    ]) };
  },
  async survey(partyId, id, q) {
    const [s] = await q<{ kind: string; score: number; comment: string | null; touchpoint: string; channel: string; survey: string; order_id: string | null; case_id: string | null; follow_status: string | null; follow_outcome: string | null; follow_note: string | null }>(sql`
      select x.kind::text, x.score, x.comment, x.touchpoint, x.channel::text, v.name as survey, x.order_id, x.case_id,
             f.status::text as follow_status, f.outcome::text as follow_outcome, f.note as follow_note
        from survey_response x join survey v on v.id = x.survey_id
        left join detractor_follow_up f on f.party_id = x.party_id and f.response_id = x.id
       where x.party_id = ${partyId} and x.id = ${id}`);
    if (!s) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Survey", value: s.survey }, { label: "Kind", value: s.kind.toUpperCase() }, { label: "Score", value: String(s.score) },
      { label: "Comment", value: text(s.comment) }, { label: "Touchpoint", value: word(s.touchpoint) },
      { label: "Channel", value: word(s.channel) },
      s.order_id !== null && { label: "About order", value: "Open the order", href: itemHref(partyId, `order-${s.order_id}`) },
      s.case_id !== null && { label: "About case", value: "Open the case", href: itemHref(partyId, `case-${s.case_id}`) },
      { label: "Follow-up", value: s.follow_status ? `${humanize(s.follow_status)}${s.follow_outcome ? ` · ${humanize(s.follow_outcome).toLowerCase()}` : ""}` : "—" },
      { label: "Follow-up note", value: text(s.follow_note) },
    ]) };
  },
  async campaign(partyId, id, q) {
    const [c] = await q<{ kind: string; name: string; channel: string; purpose: string; started_at: Date; ended_at: Date | null }>(sql`
      select x.kind::text, c.name, c.channel::text, c.purpose::text, c.started_at, c.ended_at
        from campaign_response x join campaign c on c.id = x.campaign_id where x.party_id = ${partyId} and x.id = ${id}`);
    if (!c) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Campaign", value: c.name }, { label: "Response", value: word(c.kind) }, { label: "Channel", value: word(c.channel) },
      { label: "Purpose", value: word(c.purpose) }, { label: "Campaign ran", value: `${when(c.started_at)}${c.ended_at ? ` – ${when(c.ended_at)}` : ""}` },
    ]) };
  },
  async web_session(partyId, id, q) {
    const [[s], events] = await Promise.all([
      q<{ platform: string; device: string; occurred_at: Date; ended_at: Date | null; page_views: number; event_count: number; landing_path: string | null }>(sql`
        select platform::text, device, occurred_at, ended_at, page_views, event_count, landing_path
          from web_session where party_id = ${partyId} and id = ${id}`),
      q<{ occurred_at: Date; kind: string; path: string | null; detail: string | null }>(sql`
        select occurred_at, kind::text, path, detail from web_event
         where party_id = ${partyId} and session_id = ${id} order by occurred_at, id limit 200`),
    ]);
    if (!s) return { facts: [], tables: [] };
    return {
      facts: facts([
        { label: "Platform", value: word(s.platform) }, { label: "Device", value: s.device },
        { label: "Started", value: when(s.occurred_at) }, { label: "Ended", value: when(s.ended_at) },
        { label: "Page views", value: String(s.page_views) }, { label: "Events", value: String(s.event_count) },
        { label: "Landing page", value: text(s.landing_path) },
      ]),
      tables: table("Events", ["When", "Event", "Path", "Detail"], events.map((e) => [when(e.occurred_at), word(e.kind), text(e.path), text(e.detail)])),
    };
  },
  async social(partyId, id, q) {
    const [m] = await q<{ network: string; handle: string; kind: string; body: string; url: string | null; sentiment: string | null }>(sql`
      select network::text, handle, kind::text, body, url, sentiment::text from social_mention where party_id = ${partyId} and id = ${id}`);
    if (!m) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Network", value: word(m.network) }, { label: "Handle", value: m.handle }, { label: "Kind", value: word(m.kind) },
      { label: "Sentiment", value: word(m.sentiment) }, { label: "Post", value: m.body }, { label: "Address", value: text(safeHttpUrl(m.url)) },
    ]) };
  },
  async review(partyId, id, q) {
    const [r] = await q<{ rating: number; title: string | null; body: string | null; product: string | null; source: string | null }>(sql`
      select x.rating, x.title, x.body, p.name as product, d.name as source
        from review x left join product p on p.id = x.product_id left join data_source d on d.id = x.source_id
       where x.party_id = ${partyId} and x.id = ${id}`);
    if (!r) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Rating", value: `${r.rating} of 5` }, { label: "Product", value: text(r.product) }, { label: "Title", value: text(r.title) },
      { label: "Review", value: text(r.body) }, { label: "Posted on", value: text(r.source) },
    ]) };
  },
  async referral(partyId, id, q) {
    const [r] = await q<{ code: string; converted_at: Date | null; referred_id: string | null; referred_name: string | null }>(sql`
      select x.code, x.converted_at, x.referred_party_id as referred_id, p.display_name as referred_name
        from referral x left join party p on p.id = x.referred_party_id where x.party_id = ${partyId} and x.id = ${id}`);
    if (!r) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Code", value: r.code },
      r.referred_id !== null && { label: "Referred", value: text(r.referred_name), href: `/customers/${r.referred_id}` },
      { label: "Converted", value: when(r.converted_at) },
    ]) };
  },
  async subscription(partyId, id, q) {
    const [s] = await q<{ plan: string; status: string; price_minor: string; currency: string; occurred_at: Date; renews_at: Date | null; cancelled_at: Date | null }>(sql`
      select plan, status::text, price_minor, currency::text, occurred_at, renews_at, cancelled_at from subscription where party_id = ${partyId} and id = ${id}`);
    if (!s) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Plan", value: s.plan }, { label: "Status", value: word(s.status) }, { label: "Price", value: money(s.price_minor, s.currency) },
      { label: "Started", value: when(s.occurred_at) }, { label: "Renews", value: when(s.renews_at) }, { label: "Cancelled", value: when(s.cancelled_at) },
    ]) };
  },
  async tier(partyId, id, q) {
    const [t] = await q<{ from_tier: string | null; to_tier: string; reason: string | null }>(sql`
      select from_tier::text, to_tier::text, reason from loyalty_tier_event where party_id = ${partyId} and id = ${id}`);
    if (!t) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "From", value: t.from_tier ? humanize(t.from_tier) : "Not a member" }, { label: "To", value: humanize(t.to_tier) },
      { label: "Reason", value: text(t.reason) },
    ]) };
  },
  async consent(partyId, id, q) {
    const [c] = await q<{ purpose: string; channel: string; status: string; evidence: string | null; source: string; source_class: SourceClass }>(sql`
      select x.purpose::text, x.channel::text, x.status::text, x.evidence, d.name as source, d.class::text as source_class
        from consent_event x join data_source d on d.id = x.source_id where x.party_id = ${partyId} and x.id = ${id}`);
    if (!c) return { facts: [], tables: [] };
    return { tables: [], facts: facts([
      { label: "Purpose", value: word(c.purpose) }, { label: "Channel", value: word(c.channel) }, { label: "Status", value: word(c.status) },
      { label: "Source", value: `${c.source} (${SOURCE_CLASS_LABELS[c.source_class] ?? c.source_class})` },
      { label: "Evidence", value: text(c.evidence) },
    ]) };
  },
};

/** One entry with its details; null when the party has no such entry. */
export async function getTimelineDetail(partyId: number, kind: TimelineKind, id: number): Promise<TimelineDetail | null> {
  await requireUser("party:read");
  const db = await getDb();
  const q = <T extends Rows>(s: SQL) => queryRows<T>(db, s);
  const [[row], detail] = await Promise.all([q<TimelineRow>(timelineEntry(partyId, kind, id)), READERS[kind](partyId, id, q)]);
  if (!row) return null;
  const item = toItem(row);
  const channelFact: TimelineFact[] = item.channel && !detail.facts.some((f) => f.label === "Channel")
    ? [{ label: "Channel", value: TIMELINE_CHANNEL_LABELS[item.channel] }]
    : [];
  return { item, facts: [{ label: "When", value: formatDateTime(item.occurredAt) }, ...channelFact, ...detail.facts], tables: detail.tables };
}
