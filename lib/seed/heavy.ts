// A key account with a long history: thousands of communications, sessions, orders and more
// on one party, written with plain INSERT … SELECT so the stats triggers keep party_stats right.
// The benchmark measures the 360 page and deep timeline pages on it; the demo gets one too.
import { sql, type SQL } from "drizzle-orm";

/** Runs one statement and returns its rows; the caller decides the connection and transaction. */
export type Exec = (query: SQL) => Promise<Record<string, unknown>[]>;

/** A note holding markup, shown by the 360 as text (the end-to-end tests look for it). */
export const HOSTILE_NOTE = `Pasted from their portal: <b>Error 500</b> <img src=x onerror="alert('xss')"> <script>alert('xss')</script>`;

export const HEAVY_MARKER = { system: "cx360-heavy", value: "key-account" } as const;

/** Entries written per `scale` unit (total ≈ 8,600 × scale timeline entries). */
const BASE = { interactions: 2000, sessions: 1500, orders: 800, campaign: 600, surveys: 300, cases: 200, consent: 50 };

/**
 * The heavy party's id: an existing one if a previous run made it, otherwise the lowest-id
 * active organization turned into a key account. `spanDays` is how far back its history goes.
 * Run it inside a transaction so a failure leaves nothing half-written.
 */
export async function ensureHeavyParty(exec: Exec, opts: { scale?: number; spanDays?: number } = {}): Promise<{ partyId: number; created: boolean }> {
  const [existing] = await exec(sql`
    select party_id from external_id where value = ${HEAVY_MARKER.value} and system = ${HEAVY_MARKER.system} limit 1`);
  if (existing) return { partyId: Number(existing.party_id), created: false };

  const [target] = await exec(sql`
    select id from party where status = 'active' and kind = 'organization' order by id limit 1`);
  if (!target) throw new Error("No active organization to turn into a key account.");
  const p = Number(target.id);
  const scale = opts.scale ?? 1;
  const span = (opts.spanDays ?? 3 * 365) * 86400;
  const n = Object.fromEntries(Object.entries(BASE).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))])) as typeof BASE;
  // A deterministic, even spread of instants over the span (golden-ratio steps), ending four days
  // ago so that deliveries and resolutions that follow an entry are never in the future.
  const ago = (i: SQL, salt: number) =>
    sql`(now() - interval '4 days' - floor(((${i}) * 0.6180339887 + ${salt / 97} - floor((${i}) * 0.6180339887 + ${salt / 97})) * ${span}) * interval '1 second')`;

  const [src] = await exec(sql`select id from data_source order by id limit 1`);
  const sourceId = src ? Number(src.id) : null;
  await exec(sql`insert into external_id (party_id, source_id, system, value)
    select ${p}, id, ${HEAVY_MARKER.system}, ${HEAVY_MARKER.value} from data_source order by id limit 1`);

  await exec(sql`insert into interaction (party_id, channel, direction, summary, duration_seconds, outcome, occurred_at)
    select ${p},
           (array['email','call','chat','sms','in_store','social_dm'])[1 + i % 6]::interaction_channel,
           (array['inbound','outbound'])[1 + (i / 6) % 2]::direction,
           (array['Asked about invoice terms for the next quarter', 'Confirmed delivery window for the warehouse',
                  'Requested bulk pricing on replacement parts', 'Reported a damaged pallet on arrival',
                  'Followed up on the open purchase order', 'Account review call with procurement'])[1 + (i * 7) % 6],
           case when i % 6 = 1 then 60 + (i * 37) % 1500 end,
           case when i % 6 = 1 then (array['resolved','callback','voicemail'])[1 + i % 3] end,
           ${ago(sql`i`, 11)}
      from generate_series(1, ${n.interactions}) i`);

  await exec(sql`insert into web_session (party_id, platform, device, occurred_at, ended_at, page_views, event_count, landing_path)
    select ${p}, (array['web','ios','android'])[1 + i % 3]::platform, (array['desktop','mobile','tablet'])[1 + (i / 3) % 3],
           ${ago(sql`i`, 23)}, ${ago(sql`i`, 23)} + (5 + i % 40) * interval '1 minute', 1 + i % 12, 2 + i % 20,
           (array['/','/products','/account/orders','/support','/pricing'])[1 + i % 5]
      from generate_series(1, ${n.sessions}) i`);

  // Orders go in as delivered with their three status steps and a captured payment each.
  await exec(sql`with o as (
      insert into "order" (party_id, order_number, status, channel, total_minor, currency, occurred_at, delivered_at, source_id)
      select ${p}, 'KA-' || lpad(i::text, 6, '0'), 'delivered', (array['web','phone','app'])[1 + i % 3]::sales_channel,
             5000 + (i * 7919) % 250000, 'USD', ${ago(sql`i`, 37)}, ${ago(sql`i`, 37)} + interval '3 days', ${sourceId}
        from generate_series(1, ${n.orders}) i
      returning id, occurred_at, total_minor),
    it as (
      insert into order_item (party_id, order_id, product_id, quantity, unit_price_minor)
      select ${p}, o.id, (select id from product order by id offset (o.id % 20) limit 1), 1, o.total_minor from o
      returning 1),
    s as (
      insert into order_status_event (party_id, order_id, status, occurred_at)
      select ${p}, o.id, v.status::order_status, o.occurred_at + v.after
        from o cross join (values ('pending', interval '0'), ('paid', interval '10 minutes'),
                                  ('shipped', interval '1 day'), ('delivered', interval '3 days')) v(status, after)
      returning 1)
    insert into payment (party_id, order_id, method, status, amount_minor, currency, card_last4, occurred_at)
    select ${p}, o.id, 'bank_transfer', 'captured', o.total_minor, 'USD', null, o.occurred_at + interval '10 minutes' from o`);

  await exec(sql`insert into campaign_response (party_id, campaign_id, kind, occurred_at)
    select ${p}, c.id, (array['sent','delivered','opened','clicked'])[1 + i % 4]::campaign_response_kind, ${ago(sql`i`, 41)}
      from generate_series(1, ${n.campaign}) i
      cross join lateral (select id from campaign order by id offset (i % greatest(1, (select count(*) from campaign)::int)) limit 1) c`);

  await exec(sql`insert into survey_response (party_id, survey_id, kind, score, comment, touchpoint, channel, occurred_at)
    select ${p}, s.id, s.kind, case s.kind when 'nps' then (i * 3) % 11 when 'csat' then 1 + i % 5 else 1 + i % 7 end,
           (array['Reliable partner, deliveries mostly on time', 'Invoices are hard to reconcile', null,
                  'Account manager is very responsive'])[1 + i % 4],
           s.touchpoint, 'email', ${ago(sql`i`, 53)}
      from generate_series(1, ${n.surveys}) i
      cross join lateral (select id, kind, touchpoint from survey order by id offset (i % greatest(1, (select count(*) from survey)::int)) limit 1) s`);

  await exec(sql`insert into support_case (party_id, case_number, kind, status, priority, category, channel, subject, occurred_at, first_response_at, resolved_at, updated_at)
    select ${p}, 'KA-C' || lpad(i::text, 5, '0'), (array['inquiry','request','complaint'])[1 + i % 3]::case_kind,
           (case when i <= 3 then 'open' else 'resolved' end)::case_status, 'normal', (array['delivery','billing','product'])[1 + i % 3],
           'email', (array['Pallet count mismatch', 'Invoice query', 'Spare parts availability'])[1 + i % 3],
           ${ago(sql`i`, 67)}, ${ago(sql`i`, 67)} + interval '2 hours',
           case when i > 3 then ${ago(sql`i`, 67)} + interval '2 days' end, ${ago(sql`i`, 67)} + interval '2 days'
      from generate_series(1, ${n.cases}) i`);

  // Refunds on some orders, and the earned, membership and subscription history of a key account.
  await exec(sql`insert into refund (party_id, order_id, amount_minor, currency, reason, occurred_at)
    select ${p}, o.id, greatest(1, o.total_minor / 4), 'USD', (array['Damaged in transit', 'Short delivery', 'Price adjustment'])[1 + (row_number() over ()) % 3],
           o.occurred_at + interval '3 days'
      from "order" o where o.party_id = ${p} and o.order_number like 'KA-%' and o.order_number like '%7'`);
  await exec(sql`insert into review (party_id, product_id, rating, title, body, occurred_at, source_id)
    select ${p}, (select id from product order by id limit 1 offset i % 20), 1 + (i * 3) % 5, 'Bulk order review',
           (array['Solid quality across the pallet', 'Two units arrived scratched', 'Exactly what our kitchens needed'])[1 + i % 3],
           ${ago(sql`i`, 71)}, ${sourceId}
      from generate_series(1, ${Math.max(3, Math.round(20 * scale))}) i`);
  await exec(sql`insert into social_mention (party_id, network, handle, kind, body, sentiment, occurred_at)
    select ${p}, 'linkedin', 'westfieldfoodsinc', (array['mention','share','comment'])[1 + i % 3]::social_kind,
           (array['Proud to partner with @cx360shop for our kitchens', 'Another smooth delivery this week', 'Still waiting on the spare parts order'])[1 + i % 3],
           (array['positive','positive','negative'])[1 + i % 3]::sentiment, ${ago(sql`i`, 73)}
      from generate_series(1, ${Math.max(3, Math.round(30 * scale))}) i`);
  await exec(sql`insert into referral (party_id, code, occurred_at, converted_at)
    select ${p}, 'KA-REF-' || i, ${ago(sql`i`, 79)}, case when i % 2 = 0 then ${ago(sql`i`, 79)} + interval '3 days' end
      from generate_series(1, ${Math.max(2, Math.round(10 * scale))}) i`);
  await exec(sql`insert into subscription (party_id, plan, status, price_minor, currency, occurred_at, renews_at, cancelled_at)
    values (${p}, 'Business Plus', 'active', 49900, 'USD', now() - interval '700 days', now() + interval '30 days', null),
           (${p}, 'Spare Parts Care', 'cancelled', 9900, 'USD', now() - interval '900 days', null, now() - interval '400 days')`);
  await exec(sql`insert into loyalty_membership (party_id, program, member_number, tier, points, joined_at, tier_since)
    values (${p}, 'cx360 Rewards', 'KA-000001', 'platinum', 182000, now() - interval '1000 days', now() - interval '200 days')
    on conflict (party_id) do update set tier = 'platinum', tier_since = excluded.tier_since`);
  await exec(sql`insert into loyalty_tier_event (party_id, from_tier, to_tier, reason, occurred_at)
    values (${p}, null, 'silver', 'Joined as a business account', now() - interval '1000 days'),
           (${p}, 'silver', 'gold', 'Annual spend over threshold', now() - interval '600 days'),
           (${p}, 'gold', 'platinum', 'Key account agreement signed', now() - interval '200 days')`);
  // Customers paste markup: the 360 must show it as text. One recent call note carries some.
  await exec(sql`insert into interaction (party_id, channel, direction, summary, occurred_at)
    values (${p}, 'email', 'inbound', ${HOSTILE_NOTE}, now() - interval '2 hours')`);

  if (sourceId !== null) {
    await exec(sql`insert into consent_event (party_id, purpose, channel, status, occurred_at, source_id, evidence)
      select ${p}, (array['marketing','service'])[1 + i % 2]::consent_purpose, (array['email','phone','post'])[1 + i % 3]::consent_channel,
             (array['granted','withdrawn','granted'])[1 + i % 3]::consent_status, now() - ((${n.consent} - i) * interval '20 days'),
             ${sourceId}, 'Updated by the account manager'
        from generate_series(1, ${n.consent}) i`);
  }
  return { partyId: p, created: true };
}
