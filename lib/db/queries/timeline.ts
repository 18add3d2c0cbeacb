// The unified timeline's SQL: one UNION ALL of fifteen sources, each read newest first through
// its (party_id, occurred_at, id) index and cut at the page size, merged and cut again. The keyset
// position is (occurred_at to the microsecond, kind rank, id), so the 5,000th entry costs what the
// first does. Pure: lib/dal/timeline.ts checks who is asking. Values are always parameters.
import { sql, type SQL } from "drizzle-orm";
import {
  CHANNELLESS_KINDS, kindRank, TIMELINE_KINDS, type TimelineChannel, type TimelineKind, type TimelinePosition,
  type TimelineQuery,
} from "@/lib/domain/timeline";

/** The columns every source yields, in this order. */
interface Source {
  kind: TimelineKind;
  /** FROM … JOIN …, with the party's rows aliased `x`. */
  from: SQL;
  channel: SQL;
  direction: SQL;
  text: SQL;
  status: SQL;
  amount: SQL;
  currency: SQL;
  score: SQL;
  ref: SQL;
  /** Extra WHERE terms that decide which rows are entries at all. */
  where?: SQL;
  /** Words the in-timeline search should find this kind by ("refund", "call"…). */
  words: string;
}

const NULL = sql`null`;
const interactionChannel = (col: SQL) =>
  sql`(case ${col}::text when 'social_dm' then 'social' else ${col}::text end)`;
const consentChannel = (col: SQL) => sql`(case ${col}::text when 'phone' then 'call' else ${col}::text end)`;

const SOURCES: Record<TimelineKind, Source> = {
  order: {
    kind: "order", from: sql`"order" x`,
    channel: sql`(case x.channel::text when 'store' then 'in_store' when 'phone' then 'call' else x.channel::text end)`,
    direction: NULL, text: NULL, status: sql`x.status::text`, amount: sql`x.total_minor`, currency: sql`x.currency::text`,
    score: NULL, ref: sql`x.order_number`, words: "order placed purchase",
  },
  order_status: {
    kind: "order_status",
    from: sql`order_status_event x join "order" o on o.party_id = x.party_id and o.id = x.order_id`,
    // The order's own entry says it was placed; its first "pending" step would repeat that.
    where: sql`x.status <> 'pending'`,
    channel: NULL, direction: NULL, text: NULL, status: sql`x.status::text`, amount: NULL, currency: NULL, score: NULL,
    ref: sql`o.order_number`, words: "order status",
  },
  payment: {
    kind: "payment", from: sql`payment x`, channel: NULL, direction: NULL, text: NULL, status: sql`x.status::text`,
    amount: sql`x.amount_minor`, currency: sql`x.currency::text`, score: NULL, ref: sql`replace(x.method::text, '_', ' ')`, words: "payment",
  },
  refund: {
    kind: "refund", from: sql`refund x`, channel: NULL, direction: NULL, text: sql`x.reason`, status: NULL,
    amount: sql`x.amount_minor`, currency: sql`x.currency::text`, score: NULL, ref: NULL, words: "refund",
  },
  case: {
    kind: "case", from: sql`support_case x`, channel: interactionChannel(sql`x.channel`), direction: NULL,
    text: sql`x.subject`, status: sql`x.status::text`, amount: NULL, currency: NULL, score: NULL, ref: sql`x.case_number`,
    words: "case opened",
  },
  interaction: {
    kind: "interaction", from: sql`interaction x`, channel: interactionChannel(sql`x.channel`),
    direction: sql`x.direction::text`, text: sql`x.summary`, status: sql`x.outcome`, amount: NULL, currency: NULL,
    score: NULL, ref: NULL, words: "communication",
  },
  survey: {
    kind: "survey", from: sql`survey_response x`, channel: interactionChannel(sql`x.channel`), direction: NULL,
    text: sql`x.comment`, status: NULL, amount: NULL, currency: NULL, score: sql`x.score::int`, ref: sql`x.kind::text`,
    words: "survey response feedback",
  },
  campaign: {
    kind: "campaign", from: sql`campaign_response x join campaign c on c.id = x.campaign_id`,
    channel: consentChannel(sql`c.channel`), direction: NULL, text: NULL, status: sql`x.kind::text`, amount: NULL,
    currency: NULL, score: NULL, ref: sql`c.name`, words: "campaign marketing",
  },
  web_session: {
    kind: "web_session", from: sql`web_session x`,
    channel: sql`(case x.platform::text when 'web' then 'web' else 'app' end)`, direction: NULL,
    text: sql`x.landing_path`, status: NULL, amount: NULL, currency: NULL, score: sql`x.page_views`, ref: sql`x.device`,
    words: "session visit",
  },
  social: {
    kind: "social", from: sql`social_mention x`, channel: sql`'social'`, direction: NULL, text: sql`x.body`,
    status: sql`x.kind::text`, amount: NULL, currency: NULL, score: NULL, ref: sql`x.network::text`, words: "social",
  },
  review: {
    kind: "review", from: sql`review x`, channel: NULL, direction: NULL,
    text: sql`concat_ws(' — ', x.title, x.body)`, status: NULL, amount: NULL, currency: NULL, score: sql`x.rating::int`,
    ref: NULL, words: "review",
  },
  referral: {
    kind: "referral", from: sql`referral x`, channel: NULL, direction: NULL, text: NULL,
    status: sql`(case when x.converted_at is null then 'sent' else 'converted' end)`, amount: NULL, currency: NULL,
    score: NULL, ref: sql`x.code`, words: "referral referred friend",
  },
  subscription: {
    kind: "subscription", from: sql`subscription x`, channel: NULL, direction: NULL, text: NULL,
    status: sql`x.status::text`, amount: sql`x.price_minor`, currency: sql`x.currency::text`, score: NULL,
    ref: sql`x.plan`, words: "subscription plan",
  },
  tier: {
    kind: "tier", from: sql`loyalty_tier_event x`, channel: NULL, direction: NULL, text: sql`x.reason`, status: NULL,
    amount: NULL, currency: NULL, score: NULL, ref: sql`x.to_tier::text`, words: "loyalty tier",
  },
  consent: {
    kind: "consent", from: sql`consent_event x`, channel: consentChannel(sql`x.channel`), direction: NULL,
    text: NULL, status: sql`x.status::text`, amount: NULL, currency: NULL, score: NULL, ref: sql`x.purpose::text`,
    words: "consent privacy",
  },
};

const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

/** The instant a position names, exactly: whole microseconds added to the epoch. */
const instant = (micros: string) => sql`('epoch'::timestamptz + interval '1 microsecond' * ${micros}::bigint)`;

/**
 * Rows after `after` in (occurred_at, rank, id) descending order, for one kind. With the kind's
 * rank fixed, the three-part comparison reduces to an index range on (occurred_at, id).
 */
function positionCondition(kind: TimelineKind, after: TimelinePosition, inclusive: boolean): SQL {
  const rank = kindRank(kind);
  const t = instant(after.micros);
  if (rank < after.rank) return sql`x.occurred_at <= ${t}`;
  if (rank > after.rank) return sql`x.occurred_at < ${t}`;
  return inclusive ? sql`(x.occurred_at, x.id) <= (${t}, ${after.id})` : sql`(x.occurred_at, x.id) < (${t}, ${after.id})`;
}

function words(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}

function sourceSelect(source: Source, partyId: number, query: TimelineQuery, after: TimelinePosition | null, inclusive: boolean, limit: number, extra?: SQL): SQL {
  const where: SQL[] = [sql`x.party_id = ${partyId}`];
  if (extra) where.push(extra);
  if (source.where) where.push(source.where);
  if (after) where.push(positionCondition(source.kind, after, inclusive));
  if (query.channels?.length) where.push(sql`${source.channel} = any(${textArray(query.channels)})`);
  if (query.q) {
    // Every word must occur somewhere in what the entry says; strpos, so nothing is a pattern.
    const haystack = sql`lower(concat_ws(' ', ${source.words}::text, ${source.channel}, ${source.direction}, ${source.status}, ${source.text}, ${source.ref}))`;
    for (const w of words(query.q)) where.push(sql`strpos(${haystack}, ${w}) > 0`);
  }
  return sql`(select ${source.kind}::text as kind, ${kindRank(source.kind)}::int as rank, x.id, x.occurred_at,
      ${source.channel} as channel, ${source.direction} as direction, ${source.text} as text, ${source.status} as status,
      ${source.amount}::bigint as amount_minor, ${source.currency} as currency, ${source.score}::int as score, ${source.ref}::text as ref
    from ${source.from}
   where ${sql.join(where, sql` and `)}
   order by x.occurred_at desc, x.id desc
   limit ${limit})`;
}

/** Which kinds a query reads: the chosen ones (all by default), minus channel-less ones under a channel filter. */
export function kindsFor(query: TimelineQuery): TimelineKind[] {
  const kinds = query.kinds?.length ? query.kinds : [...TIMELINE_KINDS];
  return query.channels?.length ? kinds.filter((k) => !CHANNELLESS_KINDS.includes(k)) : kinds;
}

/**
 * One page of the timeline: up to `limit` entries after `after` (or from `after` itself when
 * `inclusive`, for links that open the timeline at an entry). Ask for one more than the page
 * size to learn whether another page follows.
 */
export function timelinePage(partyId: number, query: TimelineQuery, after: TimelinePosition | null, limit: number, inclusive = false): SQL | null {
  const kinds = kindsFor(query);
  if (!kinds.length) return null;
  const parts = kinds.map((k) => sourceSelect(SOURCES[k], partyId, query, after, inclusive, limit));
  return sql`select kind, rank, id, occurred_at, (extract(epoch from occurred_at) * 1000000)::bigint::text as micros,
      channel, direction, text, status, amount_minor, currency, score, ref
    from (${sql.join(parts, sql` union all `)}) t
   order by occurred_at desc, rank desc, id desc
   limit ${limit}`;
}

/** One entry by kind and id, in the page's row shape (no rows when the party has no such entry). */
export function timelineEntry(partyId: number, kind: TimelineKind, id: number): SQL {
  const select = sourceSelect(SOURCES[kind], partyId, { kinds: null, channels: null, q: null }, null, false, 1, sql`x.id = ${id}`);
  return sql`select kind, rank, id, occurred_at, (extract(epoch from occurred_at) * 1000000)::bigint::text as micros,
      channel, direction, text, status, amount_minor, currency, score, ref from ${select} t`;
}

/** The position of one entry (null when the party has no such entry), to open the timeline there. */
export function entryPosition(partyId: number, kind: TimelineKind, id: number): SQL {
  const source = SOURCES[kind];
  const where: SQL[] = [sql`x.party_id = ${partyId}`, sql`x.id = ${id}`];
  if (source.where) where.push(source.where);
  return sql`select (extract(epoch from x.occurred_at) * 1000000)::bigint::text as micros from ${source.from} where ${sql.join(where, sql` and `)}`;
}

export type TimelineRow = {
  kind: TimelineKind;
  rank: number;
  id: number | string;
  occurred_at: Date | string;
  micros: string;
  channel: TimelineChannel | null;
  direction: "inbound" | "outbound" | null;
  text: string | null;
  status: string | null;
  amount_minor: number | string | null;
  currency: string | null;
  score: number | null;
  ref: string | null;
};
