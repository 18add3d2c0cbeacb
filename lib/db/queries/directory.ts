// The directory's SQL, built from fixed fragments with values as parameters. Pure: no session
// here; lib/dal/directory.ts checks who is asking and runs it. The benchmark runs the same SQL.
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { ConsentChannel } from "@/lib/domain/enums";
import {
  sourceClassMask, type DirectoryFilters, type DirectoryQuery, type DirectoryRow, type DirectorySort,
} from "@/lib/domain/directory";

// The directory is one SQL shape: party p joined 1:1 to party_stats s, filtered, ordered by
// (sort key, id) and keyset-paged. Sort keys and filters come from fixed fragments below; only
// values travel as parameters.

interface SortSpec {
  /** The ordering expression; each has a btree index on (expression, id). */
  key: SQL;
  /** The id column in that index: p.id for party indexes, s.party_id for party_stats ones. */
  id: SQL;
  /** The key's type, to cast the cursor's text back. */
  cast: SQL;
}

const TEXT = sql`text`;
const BIGINT = sql`bigint`;
const INT = sql`int`;
const TIMESTAMPTZ = sql`timestamptz`;

function sortSpec(sort: DirectorySort, dir: "asc" | "desc"): SortSpec {
  switch (sort) {
    case "name":
      return { key: sql`lower(p.display_name)`, id: sql`p.id`, cast: TEXT };
    case "created":
      return { key: sql`p.created_at`, id: sql`p.id`, cast: TIMESTAMPTZ };
    case "lifetime_value":
      return { key: sql`s.lifetime_value_minor`, id: sql`s.party_id`, cast: BIGINT };
    case "last_interaction":
      return { key: sql`coalesce(s.last_interaction_at, '-infinity'::timestamptz)`, id: sql`s.party_id`, cast: TIMESTAMPTZ };
    case "nps":
      // "No score" sorts last either way: two indexes, one per direction.
      return dir === "desc"
        ? { key: sql`coalesce(s.latest_nps, -1)`, id: sql`s.party_id`, cast: INT }
        : { key: sql`coalesce(s.latest_nps, 11)`, id: sql`s.party_id`, cast: INT };
  }
}

/** A contact point for the channel exists: what consent alone does not guarantee. */
export function contactPointFor(channel: ConsentChannel, partyId: SQL): SQL {
  switch (channel) {
    case "email": return sql`exists (select 1 from email e where e.party_id = ${partyId})`;
    case "phone":
    case "sms": return sql`exists (select 1 from phone ph where ph.party_id = ${partyId})`;
    case "post": return sql`exists (select 1 from postal_address a where a.party_id = ${partyId})`;
    case "push": return sql`exists (select 1 from user_account ua where ua.party_id = ${partyId} and ua.platform in ('ios', 'android'))`;
  }
}

const DAY_MS = 86_400_000;
// Dates travel as ISO text with an explicit cast: the drivers disagree on Date parameters.
const startOfDay = (iso: string) => sql`${`${iso}T00:00:00Z`}::timestamptz`;
const dayAfter = (iso: string) => sql`${new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString()}::timestamptz`;

/** Every filter as a condition over p (party) and s (party_stats). */
export function filterConditions(f: DirectoryFilters): SQL[] {
  const where: SQL[] = [sql`p.status = 'active'`];
  if (f.kind) where.push(sql`p.kind = ${f.kind}`);
  if (f.country) where.push(sql`p.country = ${f.country}`);
  if (f.region) where.push(sql`lower(p.region) = lower(${f.region})`);
  if (f.city) where.push(sql`lower(p.city) = lower(${f.city})`);
  if (f.lifecycle?.length) where.push(sql`p.lifecycle in ${f.lifecycle}`);
  if (f.tier?.length) {
    where.push(sql`exists (select 1 from loyalty_membership m where m.party_id = p.id and m.tier in ${f.tier})`);
  }
  if (f.nps?.length) {
    const parts = f.nps.map((c) =>
      c === "promoter" ? sql`s.latest_nps >= 9`
      : c === "passive" ? sql`s.latest_nps between 7 and 8`
      : c === "detractor" ? sql`s.latest_nps <= 6`
      : sql`s.latest_nps is null`,
    );
    where.push(sql`(${sql.join(parts, sql` or `)})`);
  }
  if (f.ltvMin !== undefined) where.push(sql`s.lifetime_value_minor >= ${Math.round(f.ltvMin * 100)}`);
  if (f.ltvMax !== undefined) where.push(sql`s.lifetime_value_minor <= ${Math.round(f.ltvMax * 100)}`);
  if (f.openCase === true) where.push(sql`s.open_cases > 0`);
  if (f.openCase === false) where.push(sql`s.open_cases = 0`);
  if (f.complainedWithin) {
    // The cardinality test matches a small partial index; the window test reads the times.
    where.push(sql`cardinality(s.recent_complaints) > 0`);
    where.push(sql`exists (select 1 from unnest(s.recent_complaints) c(at) where c.at >= now() - make_interval(days => ${f.complainedWithin}))`);
  }
  if (f.reachable) {
    where.push(sql`exists (select 1 from consent_current cc where cc.party_id = p.id and cc.purpose = 'marketing' and cc.channel = ${f.reachable} and cc.status = 'granted')`);
    where.push(contactPointFor(f.reachable, sql`p.id`));
  }
  if (f.source?.length) where.push(sql`(s.source_classes & ${sourceClassMask(f.source)}) <> 0`);
  if (f.createdFrom) where.push(sql`p.created_at >= ${startOfDay(f.createdFrom)}`);
  if (f.createdTo) where.push(sql`p.created_at < ${dayAfter(f.createdTo)}`);
  if (f.seenFrom) where.push(sql`s.last_interaction_at >= ${startOfDay(f.seenFrom)}`);
  if (f.seenTo) where.push(sql`s.last_interaction_at < ${dayAfter(f.seenTo)}`);
  return where;
}

/** A party's primary (else first) email address and phone, for list rows. */
export const primaryEmail = (partyId: SQL) => sql`(select e.address from email e where e.party_id = ${partyId} order by e.is_primary desc, e.id limit 1)`;
export const primaryPhone = (partyId: SQL) => sql`(select ph.e164 from phone ph where ph.party_id = ${partyId} order by ph.is_primary desc, ph.id limit 1)`;

export const FROM = sql`party p join party_stats s on s.party_id = p.id`;

export const cursorShape = z.object({
  s: z.string(),
  d: z.enum(["asc", "desc"]),
  k: z.string().max(300),
  i: z.number().int().positive(),
});
export type DirectoryCursor = z.infer<typeof cursorShape>;

export interface PageRow extends Record<string, unknown> {
  id: string | number;
  sort_key: string;
  kind: DirectoryRow["kind"];
  display_name: string;
  email: string | null;
  phone: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  tier: DirectoryRow["tier"];
  lifecycle: DirectoryRow["lifecycle"];
  lifetime_value_minor: string | number;
  order_count: number;
  last_interaction_at: string | Date | null;
  latest_nps: number | null;
  open_cases: number;
  source_classes: number;
  created_at: string | Date;
}


/**
 * The ids of one page first, then their display columns: joining contact points and tiers
 * before the limit would make the planner join every row it skips.
 */
export function pageQuery(
  query: Pick<DirectoryQuery, "sort" | "dir" | "filters">,
  after: DirectoryCursor | null,
  limit: number,
  opts: { extra?: SQL } = {},
): SQL {
  const spec = sortSpec(query.sort, query.dir);
  const where = filterConditions(query.filters);
  const dir = query.dir === "desc" ? sql`desc` : sql`asc`;
  if (after) {
    where.push(
      query.dir === "desc"
        ? sql`(${spec.key}, ${spec.id}) < (${after.k}::${spec.cast}, ${after.i})`
        : sql`(${spec.key}, ${spec.id}) > (${after.k}::${spec.cast}, ${after.i})`,
    );
  }
  const conditions = sql.join(where, sql` and `);
  const ids = sql`
    page as (
      select p.id, (${spec.key})::text as sort_key,
             row_number() over (order by ${spec.key} ${dir}, ${spec.id} ${dir}) as ord
        from ${FROM}
       where ${conditions}
       order by ${spec.key} ${dir}, ${spec.id} ${dir}
       limit ${limit}
    )`;
  return sql`
    with ${ids}
    select page.id, page.sort_key, p.kind, p.display_name, p.country, p.region, p.city, p.lifecycle, p.created_at,
           s.lifetime_value_minor, s.order_count, s.last_interaction_at, s.latest_nps, s.open_cases, s.source_classes,
           m.tier,
           ${primaryEmail(sql`page.id`)} as email,
           ${primaryPhone(sql`page.id`)} as phone
           ${opts.extra ?? sql``}
      from page
      join party p on p.id = page.id
      join party_stats s on s.party_id = page.id
      left join loyalty_membership m on m.party_id = page.id
     order by page.ord`;
}

const EXACT_COUNT_LIMIT = 10_000;
export { EXACT_COUNT_LIMIT };

/** Counts matches, stopping at EXACT_COUNT_LIMIT + 1. */
export function cappedCountQuery(filters: DirectoryFilters): SQL {
  return sql`select count(*)::int as n from (select 1 from ${FROM} where ${sql.join(filterConditions(filters), sql` and `)} limit ${EXACT_COUNT_LIMIT + 1}) t`;
}

/** The planner's row estimate for the same filters (EXPLAIN, nothing executed). */
export function estimateQuery(filters: DirectoryFilters): SQL {
  return sql`explain (format json) select 1 from ${FROM} where ${sql.join(filterConditions(filters), sql` and `)}`;
}
