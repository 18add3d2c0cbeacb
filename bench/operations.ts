// What `npm run bench` times. Each capability adds its operations here: the HTTP path the
// user hits and the raw SQL behind it (same shape as the data access layer's query).
import type { Sql } from "postgres";

export interface Operation {
  name: string;
  path: string;
  as?: "admin" | "marketer";
  raw?: () => Promise<unknown>;
}

const encodeCursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

const partyPageSql = (sql: Sql, after: number, limit: number) => sql`
  select p.id, p.kind, p.display_name, p.lifecycle, p.country, p.city,
    (select e.address from email e where e.party_id = p.id order by e.is_primary desc, e.id limit 1) as email,
    (select ph.e164 from phone ph where ph.party_id = p.id order by ph.is_primary desc, ph.id limit 1) as phone,
    s.lifetime_value_minor, s.order_count, s.open_cases, s.latest_nps, s.last_interaction_at
  from (select id, kind, display_name, lifecycle, country, city from party
        where id > ${after} order by id limit ${limit + 1}) p
  left join party_stats s on s.party_id = p.id order by p.id`;

export async function operations(sql: Sql): Promise<Operation[]> {
  const [{ max = 1 } = {}] = await sql<{ max: number }[]>`select max(id)::int as max from party`;
  const deep = Math.floor(max * 0.9);
  return [
    { name: "health", path: "/api/health", raw: () => sql`select 1` },
    { name: "GET /api/v1/parties (first page, 50)", path: "/api/v1/parties?limit=50", raw: () => partyPageSql(sql, 0, 50) },
    {
      name: "GET /api/v1/parties (page at 90% depth)",
      path: `/api/v1/parties?limit=50&cursor=${encodeCursor(deep)}`,
      raw: () => partyPageSql(sql, deep, 50),
    },
    { name: "GET /api/v1/parties as marketer (masked)", path: "/api/v1/parties?limit=50", as: "marketer", raw: () => partyPageSql(sql, 0, 50) },
    {
      name: "overview page (HTML)",
      path: "/",
      // What the page runs: the counts and the 90-day NPS distribution (shared with its chart).
      raw: () =>
        Promise.all([
          sql`select
            (select count(*)::int from party where status = 'active') as parties,
            (select count(*)::int from support_case where status in ('new', 'open', 'pending')) as open_cases,
            (select count(*)::int from "order" where occurred_at > now() - interval '30 days') as orders_30,
            (select count(*)::int from survey_response where occurred_at > now() - interval '30 days') as responses_30`,
          sql`select score::int as score, count(*)::int as n from survey_response
            where kind = 'nps' and occurred_at > now() - make_interval(days => 90) group by score order by score`,
        ]),
    },
    { name: "customers page (HTML, first page)", path: "/customers", raw: () => partyPageSql(sql, 0, 50) },
    { name: "GET /api/v1/me", path: "/api/v1/me", raw: () => sql`select id, name, email, role, session_version from staff_user limit 1` },
  ];
}
