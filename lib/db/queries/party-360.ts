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
