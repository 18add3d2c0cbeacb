// A segment definition compiled to SQL: a condition over `f` (party_facts, one row per active
// party) built only from the fixed fragments below, with every value a bound parameter. Pure: no
// session here; lib/dal/segments.ts checks who is asking. The benchmark runs the same SQL.
import { sql, type SQL } from "drizzle-orm";
import { contactPointFor } from "@/lib/db/queries/directory";
import { CONSENT_CHANNELS, REVENUE_ORDER_STATUSES, SOURCE_CLASSES, type ConsentChannel } from "@/lib/domain/enums";
import type { Condition, Group, SegmentDefinition } from "@/lib/domain/segment-definition";
import { RFM_FREQUENCY_ORDERS, RFM_MONETARY, RFM_RECENCY_DAYS } from "@/lib/domain/segments";

export const FACTS = sql`party_facts f`;

/** party_facts.reach bit of each channel (email 1, phone 2, sms 4, post 8, push 16). */
export const REACH_BIT = Object.fromEntries(CONSENT_CHANNELS.map((c, i) => [c, 1 << i])) as Record<ConsentChannel, number>;
const SOURCE_BIT = Object.fromEntries(SOURCE_CLASSES.map((c, i) => [c, 1 << i])) as Record<(typeof SOURCE_CLASSES)[number], number>;

const since = (days: number) => sql`now() - make_interval(days => ${days})`;
const inWindow = (column: SQL, days: number | undefined) => (days ? sql` and ${column} >= ${since(days)}` : sql``);
const minor = (major: number) => Math.round(major * 100);

function bounds(value: SQL, min: number | undefined, max: number | undefined): SQL {
  if (min !== undefined && max !== undefined) return sql`${value} between ${min} and ${max}`;
  if (min !== undefined) return sql`${value} >= ${min}`;
  return sql`${value} <= ${max}`;
}

/** The three RFM scores as SQL over f, the same thresholds as rfmScores() in the domain. */
export function rfmExpressions(): { r: SQL; f: SQL; m: SQL } {
  const [r5, r4, r3, r2] = RFM_RECENCY_DAYS;
  const [f5, f4, f3, f2] = RFM_FREQUENCY_ORDERS;
  const [m5, m4, m3, m2] = RFM_MONETARY.map(minor) as [number, number, number, number];
  return {
    r: sql`(case when f.last_order_at >= ${since(r5)} then 5 when f.last_order_at >= ${since(r4)} then 4
                 when f.last_order_at >= ${since(r3)} then 3 when f.last_order_at >= ${since(r2)} then 2 else 1 end)`,
    f: sql`(case when f.order_count >= ${f5} then 5 when f.order_count >= ${f4} then 4
                 when f.order_count >= ${f3} then 3 when f.order_count >= ${f2} then 2 else 1 end)`,
    m: sql`(case when f.ltv_minor >= ${m5} then 5 when f.ltv_minor >= ${m4} then 4
                 when f.ltv_minor >= ${m3} then 3 when f.ltv_minor >= ${m2} then 2 else 1 end)`,
  };
}

/** Consent granted for the purpose on the channel, and a way to reach them on it. */
export function reachableOn(channel: ConsentChannel, purpose: string): SQL {
  if (purpose === "marketing") return sql`(f.reach & ${REACH_BIT[channel]}) <> 0`;
  return sql`(exists (select 1 from consent_current cc where cc.party_id = f.party_id and cc.purpose = ${purpose} and cc.channel = ${channel} and cc.status = 'granted') and ${contactPointFor(channel, sql`f.party_id`)})`;
}

const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());

export function conditionSql(c: Condition): SQL {
  switch (c.field) {
    case "profile.kind": return sql`f.kind in ${c.values}`;
    case "profile.country": return sql`f.country in ${c.values}`;
    case "profile.region": return sql`lower(f.region) in ${lower(c.values)}`;
    case "profile.city": return sql`lower(f.city) in ${lower(c.values)}`;
    case "profile.age_band": return sql`f.age_band in ${c.values}`;
    case "profile.gender": return sql`f.gender in ${c.values}`;
    case "profile.income_band": return sql`f.income_band in ${c.values}`;
    case "profile.language": return sql`f.language in ${c.values}`;
    case "profile.time_zone": return sql`f.time_zone in ${c.values}`;
    case "profile.lifecycle": return sql`f.lifecycle in ${c.values}`;
    case "loyalty.tier": {
      const tiers = c.values.filter((v) => v !== "none");
      const none = c.values.includes("none");
      if (!tiers.length) return sql`f.tier is null`;
      return none ? sql`(f.tier in ${tiers} or f.tier is null)` : sql`f.tier in ${tiers}`;
    }
    case "value.lifetime":
      return bounds(sql`f.ltv_minor`, c.min === undefined ? undefined : minor(c.min), c.max === undefined ? undefined : minor(c.max));
    case "value.rfm": {
      const e = rfmExpressions();
      const parts = [sql`f.order_count > 0`];
      if (c.recency) parts.push(sql`${e.r} between ${c.recency[0]} and ${c.recency[1]}`);
      if (c.frequency) parts.push(sql`${e.f} between ${c.frequency[0]} and ${c.frequency[1]}`);
      if (c.monetary) parts.push(sql`${e.m} between ${c.monetary[0]} and ${c.monetary[1]}`);
      return sql`(${sql.join(parts, sql` and `)})`;
    }
    case "orders.count": {
      if (!c.withinDays) return bounds(sql`f.order_count`, c.min, c.max);
      const n = bounds(sql`(select count(*) from "order" o where o.party_id = f.party_id and o.status <> 'cancelled' and o.occurred_at >= ${since(c.withinDays)})`, c.min, c.max);
      // Someone with an order in the window last ordered inside it: a cheap test that spares the count.
      return c.min ? sql`(f.last_order_at >= ${since(c.withinDays)} and ${n})` : n;
    }
    case "orders.total": {
      const n = bounds(
        sql`(select coalesce(sum(o.total_minor), 0) from "order" o where o.party_id = f.party_id and o.status in ${REVENUE_ORDER_STATUSES}${inWindow(sql`o.occurred_at`, c.withinDays)})`,
        c.min === undefined ? undefined : minor(c.min),
        c.max === undefined ? undefined : minor(c.max),
      );
      return c.min && c.withinDays ? sql`(f.last_order_at >= ${since(c.withinDays)} and ${n})` : n;
    }
    case "orders.last":
      return c.when === "within" ? sql`f.last_order_at >= ${since(c.days)}` : sql`f.last_order_at < ${since(c.days)}`;
    case "orders.category":
      return sql`(${c.withinDays ? sql`f.last_order_at >= ${since(c.withinDays)} and ` : sql``}exists (select 1 from "order" o join order_item oi on oi.party_id = o.party_id and oi.order_id = o.id
                          join product pr on pr.id = oi.product_id
                          where o.party_id = f.party_id and o.status <> 'cancelled' and lower(pr.category) in ${lower(c.values)}${inWindow(sql`o.occurred_at`, c.withinDays)}))`;
    case "interactions.count": {
      const filters = [sql`i.party_id = f.party_id`, sql`i.occurred_at >= ${since(c.withinDays)}`];
      if (c.channels) filters.push(sql`i.channel in ${c.channels}`);
      if (c.direction) filters.push(sql`i.direction = ${c.direction}`);
      const recent = sql`f.last_interaction_at >= ${since(c.withinDays)}`;
      // "At least one, of any kind" is exactly "last seen inside the window": no count needed.
      if (c.min === 1 && c.max === undefined && !c.channels && !c.direction) return recent;
      const n = bounds(sql`(select count(*) from interaction i where ${sql.join(filters, sql` and `)})`, c.min, c.max);
      return c.min ? sql`(${recent} and ${n})` : n;
    }
    case "cases.open": return c.present ? sql`f.open_cases > 0` : sql`f.open_cases = 0`;
    case "cases.complaints":
      if (!c.withinDays) return sql`f.complaint_count >= ${c.min}`;
      // party_stats keeps 90 days of complaint times; count those inside the window.
      return sql`(cardinality(f.recent_complaints) >= ${c.min} and (select count(*) from unnest(f.recent_complaints) x(at) where x.at >= ${since(c.withinDays)}) >= ${c.min})`;
    case "cases.category":
      return sql`exists (select 1 from support_case sc where sc.party_id = f.party_id and sc.category in ${c.values}${inWindow(sql`sc.occurred_at`, c.withinDays)})`;
    case "feedback.nps_category": {
      const parts = c.values.map((v) =>
        v === "promoter" ? sql`f.latest_nps >= 9`
        : v === "passive" ? sql`f.latest_nps between 7 and 8`
        : v === "detractor" ? sql`f.latest_nps <= 6`
        : sql`f.latest_nps is null`);
      return sql`(${sql.join(parts, sql` or `)})`;
    }
    case "feedback.latest_nps": return bounds(sql`f.latest_nps`, c.min, c.max);
    case "feedback.csat":
      return sql`exists (select 1 from survey_response r where r.party_id = f.party_id and r.kind = 'csat' and ${bounds(sql`r.score`, c.min, c.max)}${inWindow(sql`r.occurred_at`, c.withinDays)})`;
    case "campaign.response":
      return sql`exists (select 1 from campaign_response cr where cr.party_id = f.party_id and cr.kind in ${c.kinds}${inWindow(sql`cr.occurred_at`, c.withinDays)})`;
    case "web.event":
      return sql`exists (select 1 from web_event we where we.party_id = f.party_id and we.kind in ${c.kinds}${inWindow(sql`we.occurred_at`, c.withinDays)})`;
    case "earned.review":
      return sql`exists (select 1 from review rv where rv.party_id = f.party_id${c.maxRating ? sql` and rv.rating <= ${c.maxRating}` : sql``}${inWindow(sql`rv.occurred_at`, c.withinDays)})`;
    case "earned.mention":
      return sql`exists (select 1 from social_mention sm where sm.party_id = f.party_id${c.sentiments ? sql` and sm.sentiment in ${c.sentiments}` : sql``}${inWindow(sql`sm.occurred_at`, c.withinDays)})`;
    case "earned.referral":
      return sql`exists (select 1 from referral rf where rf.party_id = f.party_id${c.converted ? sql` and rf.converted_at is not null` : sql``})`;
    case "subscription": {
      const filters = [sql`sb.party_id = f.party_id`];
      if (c.plans) filters.push(sql`lower(sb.plan) in ${lower(c.plans)}`);
      if (c.statuses) filters.push(sql`sb.status in ${c.statuses}`);
      if (c.renewsWithinDays) filters.push(sql`sb.renews_at >= now() and sb.renews_at < now() + make_interval(days => ${c.renewsWithinDays})`);
      return sql`exists (select 1 from subscription sb where ${sql.join(filters, sql` and `)})`;
    }
    case "consent.reachable": return reachableOn(c.channel, c.purpose);
    case "source.class": return sql`(f.source_classes & ${c.values.reduce((m, v) => m | SOURCE_BIT[v], 0)}) <> 0`;
    case "segment.member":
      return sql`exists (select 1 from segment_membership sg where sg.party_id = f.party_id and sg.segment_id = ${c.segmentId})`;
  }
}

function groupSql(g: Group): SQL {
  // An empty group matches everyone, whatever its operator: it says nothing yet.
  if (g.children.length === 0) return sql`true`;
  const parts = g.children.map((c) => (c.type === "group" ? groupSql(c) : conditionSql(c)));
  if (g.op === "and") return sql`(${sql.join(parts, sql` and `)})`;
  const any = sql`(${sql.join(parts, sql` or `)})`;
  // NOT over a NULL (an unknown latest NPS, say) must still decide: coalesce makes "none of" exact.
  return g.op === "or" ? any : sql`not coalesce(${any}, false)`;
}

/** The whole definition as one condition over f. */
export function definitionSql(def: SegmentDefinition): SQL {
  return groupSql(def.root);
}

/** Count and marketing reach per channel, in one pass. */
export function previewCountStatement(def: SegmentDefinition): SQL {
  const reach = CONSENT_CHANNELS.map((c) => sql`count(*) filter (where (f.reach & ${REACH_BIT[c]}) <> 0)::int as ${sql.raw(c)}`);
  return sql`select count(*)::int as n, ${sql.join(reach, sql`, `)} from ${FACTS} where ${definitionSql(def)}`;
}

const SAMPLE_COLUMNS = sql`p.id, p.display_name as name, p.kind, p.country, p.city, f.tier, f.ltv_minor, f.latest_nps`;

/** A few members for the preview: the first found, most valuable first among them. */
export function previewSampleStatement(def: SegmentDefinition, limit = 10): SQL {
  return sql`
    with found as (select f.party_id, f.ltv_minor from ${FACTS} where ${definitionSql(def)} limit 200)
    select ${SAMPLE_COLUMNS}
      from (select party_id from found order by ltv_minor desc, party_id limit ${limit}) t
      join party p on p.id = t.party_id
      join party_facts f on f.party_id = t.party_id
     order by f.ltv_minor desc, p.id`;
}

/** Party ids as one parameter (a comma-separated list the engine built from numbers). */
const idList = (ids: readonly number[]) => sql`string_to_array(${ids.join(",")}, ',')::bigint[]`;

/** Which of these parties match: the segment engine's check of those its facts cannot decide. */
export function matchingAmongStatement(def: SegmentDefinition, ids: readonly number[]): SQL {
  // Driven by the list, one primary-key lookup each: `offset 0` keeps the planner from pulling the
  // definition up into a scan of every row (which it would test it on before joining the list).
  return sql`select c.id::float8 as id from unnest(${idList(ids)}) c(id)
    cross join lateral (select 1 from ${FACTS} where f.party_id = c.id and ${definitionSql(def)} offset 0) m`;
}

/** The preview's sample rows for chosen members, most valuable first. */
export function sampleRowsStatement(ids: readonly number[]): SQL {
  return sql`
    select ${SAMPLE_COLUMNS}
      from party p join party_facts f on f.party_id = p.id
     where p.id in (select unnest(${idList(ids)}))
     order by f.ltv_minor desc, p.id`;
}
