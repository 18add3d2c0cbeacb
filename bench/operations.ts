// What `npm run bench` times. Each capability adds its operations here: the HTTP path the
// user hits and the raw SQL behind it — the very statements the data layer builds, rendered
// from the same query modules, so "app / raw" is the cost of everything around the SQL.
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/lib/db/schema";
import type { Database } from "@/lib/db/client";
import { pageQuery } from "@/lib/db/queries/directory";
import { insightStatements, profileExtraStatements } from "@/lib/db/queries/party-360";
import { profileStatements } from "@/lib/db/queries/party-profile";
import { timelinePage, type TimelineRow } from "@/lib/db/queries/timeline";
import { encodePosition, TIMELINE_FIRST_PAGE, type TimelineQuery } from "@/lib/domain/timeline";
import { ensureHeavyParty } from "@/lib/seed/heavy";
import { runSearch } from "@/lib/db/search";
import { SEARCH_DEFAULT_LIMIT } from "@/lib/domain/search";
import { analyzeQuery } from "@/lib/domain/search-query";
import { directorySearchParams, parseDirectoryQuery, type DirectoryQuery } from "@/lib/domain/directory";
import { followUpStatement, queueCountStatement, queueStatement } from "@/lib/db/queries/cases";
import { caseQueueSearchParams, parseCaseQueueParams, type CaseQueueQuery } from "@/lib/domain/cases";
import {
  followUpMetricsStatement, latestCommentsStatement, rawCountsStatement, responsesCountStatement, responseTuplesStatement,
  responsesPageStatement, rollupCanAnswer, rollupFilter, rollupCountsStatement, rollupDriverCountsStatement, type CountScope, type Grouping,
} from "@/lib/db/queries/feedback";
import { comparisonRange, isoDay, parseFeedbackView, parseResponseQuery, type FeedbackView } from "@/lib/domain/feedback";
import { previewCountStatement, previewSampleStatement } from "@/lib/db/queries/segments";
import type { Node, SegmentDefinition } from "@/lib/domain/segment-definition";

export interface Operation {
  name: string;
  /** The HTTP path timed as "app"; absent for a statement timed on its own (a chart's query). */
  path?: string;
  as?: "admin" | "marketer" | "agent";
  /** A JSON body to POST (a fresh one per run); GET when absent. */
  post?: () => unknown;
  raw?: () => Promise<unknown>;
}

const dialect = new PgDialect();
const encodeCursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

function directory(qs: string): DirectoryQuery {
  const parsed = parseDirectoryQuery(new URLSearchParams(qs));
  if (!parsed.ok) throw new Error(`bad bench query ${qs}: ${JSON.stringify(parsed.fields)}`);
  return parsed.query;
}

export async function operations(sql: Sql): Promise<Operation[]> {
  const run = (query: SQL) => {
    const q = dialect.sqlToQuery(query);
    return sql.unsafe(q.sql, q.params as never[]);
  };

  // A customer to look up, and the directory's sort key 90% of the way down.
  const [person] = await sql<{ id: number; name: string; email: string; e164: string; raw: string }[]>`
    select p.id::int, p.display_name as name, e.address as email, ph.e164, ph.raw
      from party p join email e on e.party_id = p.id join phone ph on ph.party_id = p.id
     where p.kind = 'person' and p.status = 'active' and p.id > (select max(id) / 2 from party)
     order by p.id limit 1`;
  if (!person) throw new Error("no person with an email and a phone to search for");
  const [total] = await sql<{ n: number }[]>`select count(*)::int as n from party where status = 'active'`;
  const depth = Math.floor((total?.n ?? 1) * 0.9);
  const [deepName] = await sql<{ k: string; id: number }[]>`
    select lower(display_name) as k, id::int from party where status = 'active' order by lower(display_name), id offset ${depth} limit 1`;
  const [deepLtv] = await sql<{ k: string; id: number }[]>`
    select lifetime_value_minor::text as k, party_id::int as id from party_stats order by lifetime_value_minor desc, party_id desc offset ${depth} limit 1`;

  // The key account: ~8,700 timeline entries on one party, written once and kept.
  const { partyId: heavy, created } = await sql.begin((tx) =>
    ensureHeavyParty(async (query) => {
      const q = dialect.sqlToQuery(query);
      return (await tx.unsafe(q.sql, q.params as never[])) as unknown as Record<string, unknown>[];
    }),
  );
  if (created) await sql`analyze`;
  const ALL: TimelineQuery = { kinds: null, channels: null, q: null };
  const everything = (await run(timelinePage(heavy, ALL, null, 100_000)!)) as unknown as TimelineRow[];
  const deepRow = everything[Math.floor(everything.length * 0.9)]!;
  const deep = { micros: deepRow.micros, rank: Number(deepRow.rank), id: Number(deepRow.id) };
  const db = drizzle({ client: sql, schema, casing: "snake_case" }) as unknown as Database;
  const at = new Date().toISOString();
  const firstOfMonth = `${at.slice(0, 7)}-01`;
  /** What the 360 JSON reads, side by side: header and profile, health and charts, the rest of the profile. */
  const party360 = (id: number) => [
    ...Object.values(profileStatements(db, id)),
    ...Object.values(insightStatements(id, at, firstOfMonth)).map(run),
    ...Object.values(profileExtraStatements(id)).map(run),
  ];
  /** What a 360 page reads: all of that and the timeline's first page. */
  const page360 = (id: number) => Promise.all([...party360(id), run(timelinePage(id, ALL, null, TIMELINE_FIRST_PAGE + 1)!)]);

  const typo = person.name.toLowerCase().split(" ").map((w) => (w.length > 3 ? w.slice(0, 1) + w[2] + w[1] + w.slice(3) : w)).join(" ");
  /** The search API for a text, beside every statement it runs for that text, as an admin. */
  const searchOp = (name: string, text: string): Operation => ({
    name: `search: ${name}`,
    path: `/api/v1/search?q=${encodeURIComponent(text)}`,
    raw: () => runSearch((query) => run(query) as never, analyzeQuery(text), SEARCH_DEFAULT_LIMIT, { unmasked: true, showCases: true }),
  });
  const digits = person.e164.replace(/\D/g, "");

  const dirOp = (name: string, qs: string, opts: { as?: "marketer"; after?: { k: string; id: number } } = {}): Operation => {
    const query = directory(qs);
    const cursor = opts.after ? encodeCursor({ s: query.sort, d: query.dir, k: opts.after.k, i: opts.after.id }) : null;
    const params = directorySearchParams(query);
    if (cursor) params.set("cursor", cursor);
    const after = opts.after ? { s: query.sort, d: query.dir, k: opts.after.k, i: opts.after.id } : null;
    return { name, path: `/customers?${params}`, as: opts.as, raw: () => run(pageQuery(query, after, query.size + 1)) };
  };

  // The support workspace: an agent, their queue, a typical open case and its customer.
  const [agent] = await sql<{ id: string }[]>`select id::text from staff_user where email = 'agent@example.com'`;
  const [openCase] = await sql<{ id: number; party_id: number; case_number: string }[]>`
    select id::int, party_id::int, case_number from support_case
     where status = 'open' and party_id <> ${heavy} order by occurred_at desc limit 1 offset 100`;
  // Logging an interaction writes to a case of its own, so the case read above stays the same from
  // run to run; what earlier runs logged is taken away first (it once grew that case's thread to
  // 320 entries and its page to 580 KB).
  const [writeCase] = await sql<{ id: number; party_id: number }[]>`
    select id::int, party_id::int from support_case
     where status = 'open' and party_id not in (${heavy}, ${openCase?.party_id ?? 0}) order by occurred_at desc limit 1 offset 200`;
  if (!agent || !openCase || !writeCase) throw new Error("no agent or open case to bench the workspace with");
  await sql`delete from interaction where party_id in (${openCase.party_id}, ${writeCase.party_id}) and summary in ('Bench: update sent', 'Bench: raw')`;
  const queueOp = (name: string, qs: string, as: "admin" | "agent" = "agent"): Operation => {
    const { query } = parseCaseQueueParams(Object.fromEntries(new URLSearchParams(qs)));
    const me = as === "agent" ? agent.id : null;
    return {
      name, as, path: `/cases?${caseQueueSearchParams(query)}`,
      raw: () => Promise.all([run(queueStatement(query, me, new Date(), null, 51)), run(queueCountStatement(query, me, new Date(), 10_000))]),
    };
  };
  const caseRaw = () =>
    Promise.all([
      sql`select c.*, s.name from support_case c left join staff_user s on s.id = c.assignee_id where c.case_number = ${openCase.case_number}`,
      sql`select i.*, s.name from interaction i left join staff_user s on s.id = i.agent_id where i.party_id = ${openCase.party_id} and i.case_id = ${openCase.id} order by i.occurred_at, i.id`,
      sql`select e.*, s.name from case_event e left join staff_user s on s.id = e.staff_id where e.party_id = ${openCase.party_id} and e.case_id = ${openCase.id} order by e.occurred_at, e.id`,
      ...Object.values(profileStatements(db, openCase.party_id)),
    ]);
  const defaultQueue: CaseQueueQuery = parseCaseQueueParams({}).query;

  // Feedback: the page's statements for a view, and each chart's query on its own.
  const today = isoDay(new Date());
  const view = (qs: string): FeedbackView => parseFeedbackView(new URLSearchParams(qs), today).view;
  const scope = (v: FeedbackView): CountScope => ({ kind: v.kind, from: v.from, to: v.to, filters: v.filters });
  const comments = (v: FeedbackView) => ({ ...parseResponseQuery(new URLSearchParams(), today).query, kind: v.kind, from: v.from, to: v.to, filters: v.filters, commentsOnly: true });
  // The data layer's choice: the rollup when it can answer, the responses otherwise.
  const counts = (v: FeedbackView, grouping: Grouping) =>
    run(rollupCanAnswer(scope(v), grouping) ? rollupCountsStatement(scope(v), grouping) : rawCountsStatement(scope(v), grouping));
  const feedbackPage = (v: FeedbackView) => {
    const prev = comparisonRange(v);
    const unfiltered = Object.keys(v.filters).length === 0;
    // Two filters at once: the data layer reads each range's response tuples once and counts in JS.
    const charts = rollupFilter(v.filters)
      ? [
          counts(v, { by: "all" }),
          prev ? counts({ ...v, ...prev }, { by: "all" }) : null,
          counts(v, { by: "grain", grain: v.grain }),
          counts(v, { by: "dimension", dim: v.by }),
          run(unfiltered ? rollupDriverCountsStatement(scope(v)) : responseTuplesStatement(scope(v))),
        ]
      : [run(responseTuplesStatement(scope(v))), prev ? run(responseTuplesStatement(scope({ ...v, ...prev }))) : null];
    return Promise.all([
      ...charts,
      run(followUpMetricsStatement(v)),
      run(latestCommentsStatement(comments(v), 2000)),
      run(responsesPageStatement(comments(v), null, 51)),
      run(responsesCountStatement(comments(v), 10_000)),
    ]);
  };
  const ninety = view("");
  const detractors = parseResponseQuery(new URLSearchParams("band=negative"), today).query;
  const lateSearch = parseResponseQuery(new URLSearchParams("q=late delivery"), today).query;
  const feedbackOps: Operation[] = [
    { name: "feedback HTML: 90 days", path: "/feedback", raw: () => feedbackPage(ninety) },
    { name: "feedback HTML: 12 months by country", path: "/feedback?range=12m&by=country", raw: () => feedbackPage(view("range=12m&by=country")) },
    { name: "feedback HTML: gold + US by channel", path: "/feedback?tier=gold&country=US&by=channel", raw: () => feedbackPage(view("tier=gold&country=US&by=channel")) },
    { name: "feedback HTML: CSAT by segment", path: "/feedback?kind=csat&by=segment", raw: () => feedbackPage(view("kind=csat&by=segment")) },
    { name: "feedback chart SQL: headline + previous", raw: () => Promise.all([counts(ninety, { by: "all" }), counts({ ...ninety, ...comparisonRange(ninety)! }, { by: "all" })]) },
    { name: "feedback chart SQL: trend, 24 months by week", raw: () => counts(view("range=24m"), { by: "grain", grain: "week" }) },
    { name: "feedback chart SQL: breakdown by country", raw: () => counts(ninety, { by: "dimension", dim: "country" }) },
    { name: "feedback chart SQL: breakdown by segment", raw: () => counts(ninety, { by: "dimension", dim: "segment" }) },
    { name: "feedback chart SQL: trend, country=US", raw: () => counts(view("country=US"), { by: "grain", grain: "week" }) },
    { name: "feedback chart SQL: drivers", raw: () => run(rollupDriverCountsStatement(scope(ninety))) },
    { name: "feedback chart SQL: closed loop", raw: () => run(followUpMetricsStatement(ninety)) },
    { name: "feedback chart SQL: themes (2,000 comments)", raw: () => run(latestCommentsStatement(comments(ninety), 2000)) },
    {
      name: "feedback responses HTML: detractors",
      path: "/feedback/responses?band=negative",
      raw: () => Promise.all([run(responsesPageStatement(detractors, null, 51)), run(responsesCountStatement(detractors, 10_000)), run(latestCommentsStatement(detractors, 2000))]),
    },
    {
      name: "feedback responses HTML: search 'late delivery'",
      path: `/feedback/responses?q=${encodeURIComponent("late delivery")}`,
      raw: () => Promise.all([run(responsesPageStatement(lateSearch, null, 51)), run(responsesCountStatement(lateSearch, 10_000)), run(latestCommentsStatement(lateSearch, 2000))]),
    },
    {
      name: "GET /api/v1/feedback/nps (12m, by country)",
      path: "/api/v1/feedback/nps?range=12m&by=country",
      raw: () => {
        const v = view("range=12m&by=country");
        return Promise.all([counts(v, { by: "all" }), counts({ ...v, ...comparisonRange(v)! }, { by: "all" }), counts(v, { by: "grain", grain: v.grain }), counts(v, { by: "dimension", dim: "country" })]);
      },
    },
  ];

  return [
    { name: "health", path: "/api/health", raw: () => sql`select 1` },
    { name: "GET /api/v1/me", path: "/api/v1/me", raw: () => sql`select id, name, email, role, session_version from staff_user limit 1` },

    {
      name: "overview page (HTML)",
      path: "/",
      // What the cards run: two score pulses and contact volume from the rollups, the open-case
      // index, complaints by opening date, the at-risk list (and each one's health).
      raw: () =>
        Promise.all([
          sql`select day, score, n from feedback_daily where kind = 'nps' and dim = 'all' and val = '' and day >= current_date - 84`,
          sql`select day, score, n from feedback_daily where kind = 'csat' and dim = 'all' and val = '' and day >= current_date - 84`,
          sql`select day, channel, sum(n) from interaction_daily where day >= current_date - 60 group by 1, 2`,
          sql`select count(*), count(*) filter (where sla_due_at < coalesce(first_response_at, now())), count(*) filter (where assignee_id is null)
                from support_case where status in ('new', 'open', 'pending')`,
          sql`select count(*) filter (where occurred_at > now() - interval '7 days') from support_case
               where kind = 'complaint' and occurred_at > now() - interval '14 days'`,
          sql`select s.party_id from party_stats s join party p on p.id = s.party_id where p.status = 'active'
                and ((s.latest_nps <= 6 and s.latest_nps_at > now() - interval '30 days')
                  or (cardinality(s.recent_complaints) > 0 and s.recent_complaints[cardinality(s.recent_complaints)] > now() - interval '30 days'))
              order by s.lifetime_value_minor desc, s.party_id desc limit 6`,
        ]),
    },
    ...feedbackOps,

    // Search: the endpoint the palette calls, one reading of the text per row.
    searchOp("full name", person.name),
    searchOp("typo'd name", typo),
    searchOp("name prefix", person.name.slice(0, Math.max(3, person.name.indexOf(" ") + 3))),
    searchOp("email", person.email),
    searchOp("email prefix", person.email.slice(0, 6)),
    searchOp("phone as entered", person.raw),
    searchOp("phone E.164", person.e164),
    searchOp("last 4 digits", digits.slice(-4)),
    searchOp("order number", "ORD-100000123"),

    // The 360 and its timeline (issue 4): the key account is the heavy case.
    { name: `360 HTML: key account (${everything.length} entries)`, path: `/customers/${heavy}`, raw: () => page360(heavy) },
    { name: "360 HTML: typical customer", path: `/customers/${person.id}`, raw: () => page360(person.id) },
    { name: "360 HTML: key account, orders tab", path: `/customers/${heavy}?tab=orders` },
    { name: "GET /api/v1/parties/{id}: key account", path: `/api/v1/parties/${heavy}`, raw: () => Promise.all(party360(heavy)) },
    {
      name: "timeline API: first page",
      path: `/api/v1/parties/${heavy}/timeline`,
      raw: () => run(timelinePage(heavy, ALL, null, 51)!),
    },
    {
      name: "timeline API: next page, 90% deep",
      path: `/api/v1/parties/${heavy}/timeline?cursor=${encodePosition(deep)}`,
      raw: () => run(timelinePage(heavy, ALL, deep, 51)!),
    },
    {
      name: "timeline API: service + words, 90% deep",
      path: `/api/v1/parties/${heavy}/timeline?types=service&q=pallet&cursor=${encodePosition(deep)}`,
      raw: () => run(timelinePage(heavy, { kinds: ["case", "interaction"], channels: null, q: "pallet" }, deep, 51)!),
    },

    // Directory: server-rendered HTML, first page and deep, with up to three filters.
    dirOp("customers HTML: first page", ""),
    dirOp("customers HTML: name order, 90% deep", "", { after: deepName }),
    dirOp("customers HTML: by LTV, 90% deep", "sort=lifetime_value", { after: deepLtv }),
    dirOp("customers HTML: US, repeat, promoters by LTV", "country=US&lifecycle=repeat&nps=promoter&sort=lifetime_value"),
    dirOp("customers HTML: reachable by email, gold+", "reachable=email&tier=gold,platinum&sort=last_interaction"),
    dirOp("customers HTML: complained in 30 days", "complained=30&sort=last_interaction"),
    dirOp("customers HTML: GB, open case, by name", "country=GB&open_case=yes"),
    dirOp("customers HTML: DE gold, by name", "country=DE&tier=gold"),
    dirOp("customers HTML: marketer (masked)", "", { as: "marketer" }),

    // Support workspace: the queue (50 rows, any filter), a case, logging a contact.
    queueOp("case queue HTML: all open, by priority", ""),
    queueOp("case queue HTML: mine", "scope=mine"),
    queueOp("case queue HTML: unassigned, oldest", "scope=unassigned&sort=oldest"),
    queueOp("case queue HTML: SLA breached, delivery, call", "sla=breached&category=delivery&channel=call"),
    queueOp("case queue HTML: high+urgent, 7-30 days", "priority=high,urgent&age=7to30d"),
    queueOp("case queue HTML: closed, newest", "status=closed&sort=newest"),
    queueOp("case queue HTML: resolved+closed by priority", "status=resolved,closed&category=billing"),
    {
      name: "case queue HTML: next page",
      as: "agent",
      path: await (async () => {
        const rows = (await run(queueStatement(defaultQueue, null, new Date(), null, 51))) as unknown as { priority: string; micros: string; id: string }[];
        const last = rows[49]!;
        return `/cases?${caseQueueSearchParams(defaultQueue, encodeCursor({ p: last.priority, m: last.micros, i: Number(last.id) }))}`;
      })(),
    },
    { name: "case detail HTML", path: `/cases/${openCase.case_number}`, as: "agent", raw: caseRaw },
    {
      name: "follow-ups HTML: open",
      path: "/cases/follow-ups",
      as: "agent",
      raw: () => run(followUpStatement("open", agent.id, null, 51)),
    },
    {
      name: "POST /api/v1/parties/{id}/interactions",
      path: `/api/v1/parties/${writeCase.party_id}/interactions`,
      as: "agent",
      post: () => ({ channel: "email", direction: "outbound", purpose: "service", caseId: writeCase.id, summary: "Bench: update sent" }),
      raw: () =>
        sql.begin(async (tx) => {
          await tx`select status, merged_into_id from party where id = ${writeCase.party_id}`;
          await tx`select id, version, first_response_at from support_case where id = ${writeCase.id} for update`;
          await tx`select purpose, channel, status from consent_current where party_id = ${writeCase.party_id} and purpose in ('service', 'marketing')`;
          await tx`insert into interaction (party_id, case_id, channel, direction, summary, occurred_at) values (${writeCase.party_id}, ${writeCase.id}, 'email', 'outbound', 'Bench: raw', now())`;
          await tx`insert into audit_log (actor_kind, action, party_id) values ('system', 'interaction.log', ${writeCase.party_id})`;
        }),
    },
    ...segmentOps(run),
    {
      name: "GET /api/v1/parties (3 filters, 50)",
      path: "/api/v1/parties?country=US&lifecycle=repeat&nps=promoter&sort=lifetime_value&limit=50",
      raw: () => run(pageQuery(directory("country=US&lifecycle=repeat&nps=promoter&sort=lifetime_value"), null, 51)),
    },
  ];
}

// Segment previews: the builder's live count, reach and sample, as POST /api/v1/segments/preview
// (what the builder's server action runs) and as the two statements behind it, run side by side.
const all = (...children: Node[]): SegmentDefinition => ({ version: 1, root: { type: "group", op: "and", children } });
export const SEGMENT_PREVIEWS: Record<string, { mixed: boolean; def: SegmentDefinition }> = {
  "country DE or FR, age 25-34": {
    mixed: false,
    def: all({ type: "condition", field: "profile.country", values: ["DE", "FR"] }, { type: "condition", field: "profile.age_band", values: ["25-34"] }),
  },
  "lapsed, not an organization": {
    mixed: false,
    def: all({ type: "condition", field: "profile.lifecycle", values: ["lapsed"] }, { type: "group", op: "not", children: [{ type: "condition", field: "profile.kind", values: ["organization"] }] }),
  },
  "gold/platinum or LTV >= 1,500": {
    mixed: false,
    def: all({ type: "group", op: "or", children: [{ type: "condition", field: "loyalty.tier", values: ["gold", "platinum"] }, { type: "condition", field: "value.lifetime", min: 1500 }] }),
  },
  "5 mixed: US, 2+ orders in 365d, contact in 90d, passive/detractor, email consent": {
    mixed: true,
    def: all(
      { type: "condition", field: "profile.country", values: ["US"] },
      { type: "condition", field: "orders.count", min: 2, withinDays: 365 },
      { type: "condition", field: "interactions.count", min: 1, withinDays: 90 },
      { type: "condition", field: "feedback.nps_category", values: ["detractor", "passive"] },
      { type: "condition", field: "consent.reachable", channel: "email", purpose: "marketing" },
    ),
  },
  "5 mixed: DE, electronics in 365d, 2+ calls in 180d, NPS <= 6, SMS consent": {
    mixed: true,
    def: all(
      { type: "condition", field: "profile.country", values: ["DE"] },
      { type: "condition", field: "orders.category", values: ["electronics"], withinDays: 365 },
      { type: "condition", field: "interactions.count", min: 2, withinDays: 180, channels: ["call"] },
      { type: "condition", field: "feedback.latest_nps", max: 6 },
      { type: "condition", field: "consent.reachable", channel: "sms", purpose: "marketing" },
    ),
  },
};

function segmentOps(run: (query: SQL) => Promise<unknown>): Operation[] {
  return Object.entries(SEGMENT_PREVIEWS).map(([label, { mixed, def }]) => ({
    name: `segment preview (${mixed ? "mixed" : "profile"}): ${label}`,
    path: "/api/v1/segments/preview",
    as: "marketer" as const,
    post: () => def,
    raw: () => Promise.all([run(previewCountStatement(def)), run(previewSampleStatement(def))]),
  }));
}
