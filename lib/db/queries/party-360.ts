// The statements behind the 360's health score and charts: indexed reads by party id. Pure;
// lib/dal/party-360.ts checks who is asking and runs them, the benchmark times them raw.
import { sql } from "drizzle-orm";
import { REVENUE_ORDER_STATUSES } from "@/lib/domain/enums";

const revenueStatuses = sql`array[${sql.join(REVENUE_ORDER_STATUSES.map((s) => sql`${s}`), sql`, `)}]::order_status[]`;

/** `at`: the moment measured from (ISO); `fromMonth`: the first day of the spend chart (YYYY-MM-DD). */
export function insightStatements(partyId: number, at: string, fromMonth: string) {
  return {
    health: sql`
      select greatest(s.last_order_at, s.last_interaction_at) as last_activity,
             (select count(*)::int from "order" o where o.party_id = ${partyId} and o.occurred_at > ${at}::timestamptz - interval '365 days' and o.status = any(${revenueStatuses})) as orders_year,
             s.lifetime_value_minor as ltv, s.latest_nps, s.latest_nps_at, s.open_cases,
             (select count(*)::int from unnest(s.recent_complaints) c(at) where c.at > ${at}::timestamptz - interval '90 days') as complaints,
             (select count(*)::int from web_session w where w.party_id = ${partyId} and w.occurred_at > ${at}::timestamptz - interval '90 days')
             + (select count(*)::int from campaign_response c where c.party_id = ${partyId} and c.occurred_at > ${at}::timestamptz - interval '90 days'
                  and c.kind in ('opened', 'clicked', 'converted')) as engagement
        from (select ${partyId}::bigint as party_id) p left join party_stats s on s.party_id = p.party_id`,
    spend: sql`
      select to_char(date_trunc('month', occurred_at at time zone 'UTC'), 'YYYY-MM') as month, sum(total_minor)::text as amount, count(*)::int as orders
        from "order"
       where party_id = ${partyId} and status = any(${revenueStatuses})
         and occurred_at >= (${fromMonth}::date)::timestamp at time zone 'UTC'
       group by 1`,
    channels: sql`
      select channel::text, direction::text, count(*)::int as n from interaction
       where party_id = ${partyId} and occurred_at > ${at}::timestamptz - interval '365 days' group by 1, 2`,
  };
}

/** The profile beyond the header: sources, demographics, accounts, subscriptions, tier history, preferences, segments. */
export function profileExtraStatements(partyId: number) {
  return {
    sources: sql`select id, name, class::text from data_source`,
    demographics: sql`
      select birth_date::text, age_band, gender, income_band, marital_status, language, time_zone, industry, company_size, provenance, captured_at
        from demographics where party_id = ${partyId}`,
    accounts: sql`
      select id, platform::text, username, created_at, last_login_at from user_account where party_id = ${partyId} order by created_at, id`,
    subscriptions: sql`
      select id, plan, status::text, price_minor, currency::text, occurred_at, renews_at, cancelled_at
        from subscription where party_id = ${partyId} order by occurred_at desc, id desc limit 50`,
    tierEvents: sql`
      select id, from_tier::text, to_tier::text, reason, occurred_at from loyalty_tier_event
       where party_id = ${partyId} order by occurred_at desc, id desc limit 50`,
    zeroParty: sql`
      select id, kind::text, value, captured_at, source_id from zero_party_preference where party_id = ${partyId} order by captured_at desc, id desc limit 50`,
    contactPreferences: sql`
      select id, channel::text, frequency, topics, updated_at from contact_preference where party_id = ${partyId} order by channel, id`,
    segments: sql`
      select s.id, s.name, s.kind::text, m.added_at from segment_membership m join segment s on s.id = m.segment_id
       where m.party_id = ${partyId} order by s.name, s.id limit 100`,
  };
}
