import "server-only";
import { sql } from "drizzle-orm";
import { getDb, getDbHandle, type Database } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { decodeCursor, encodeCursor, type Page } from "@/lib/domain/cursor";
import {
  cappedCountQuery, cursorShape, estimateQuery, EXACT_COUNT_LIMIT, pageQuery,
  type DirectoryCursor, type PageRow,
} from "@/lib/db/queries/directory";
import { segmentEngine } from "@/lib/db/segment-engine/engine";
import {
  filtersAsDefinition, sourceClassesFromMask, type CountryCount, type DirectoryFilters, type DirectoryQuery, type DirectoryRow, type DirectoryTotal,
} from "@/lib/domain/directory";
import { AppError } from "@/lib/domain/errors";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "./session";

const iso = (v: string | Date) => (v instanceof Date ? v : new Date(v)).toISOString();

function toRow(r: PageRow, unmasked: boolean): DirectoryRow {
  return {
    id: Number(r.id),
    kind: r.kind,
    displayName: r.display_name,
    email: r.email && !unmasked ? maskEmail(r.email) : r.email,
    phone: r.phone && !unmasked ? maskPhone(r.phone) : r.phone,
    country: r.country,
    region: r.region,
    city: r.city,
    tier: r.tier,
    lifecycle: r.lifecycle,
    lifetimeValueMinor: Number(r.lifetime_value_minor),
    orderCount: r.order_count,
    lastInteractionAt: r.last_interaction_at ? iso(r.last_interaction_at) : null,
    latestNps: r.latest_nps,
    openCases: r.open_cases,
    sourceClasses: sourceClassesFromMask(r.source_classes),
    createdAt: iso(r.created_at),
  };
}

function decodeAfter(query: DirectoryQuery) {
  const after = decodeCursor(query.cursor, cursorShape);
  if (after && (after.s !== query.sort || after.d !== query.dir)) {
    throw new AppError("invalid", "The cursor belongs to a different sort order.", { cursor: "Start again from the first page." });
  }
  return after;
}

/** One page of the directory. Contact details are masked for roles that may not see them. */
export async function listDirectory(query: DirectoryQuery): Promise<Page<DirectoryRow>> {
  const user = await requireUser("party:read");
  const after = decodeAfter(query);
  const db = await getDb();
  const rows = await queryRows<PageRow>(db, pageQuery(query, after, query.size + 1));
  const unmasked = can(user.role, "contact:unmasked");
  const items = rows.slice(0, query.size).map((r) => toRow(r, unmasked));
  const last = rows[query.size - 1];
  const nextCursor =
    rows.length > query.size && last ? encodeCursor({ s: query.sort, d: query.dir, k: last.sort_key, i: Number(last.id) }) : null;
  return { items, nextCursor };
}

/** The planner's estimate of how many parties match; the unfiltered directory is all of them. */
async function estimateMatches(db: Database, filters: DirectoryFilters): Promise<number> {
  const [plan] = await queryRows<{ "QUERY PLAN": unknown }>(db, estimateQuery(filters));
  return planRows(plan?.["QUERY PLAN"]);
}

/** How long an exact count may take before the estimate is shown instead. */
const COUNT_BUDGET_MS = 40;

/**
 * The exact count from the in-memory facts the segment builder counts with (a few milliseconds at
 * any size); null while they load, or when a filter is not among the facts (created, last seen).
 */
async function countInMemory(db: Database, filters: DirectoryFilters): Promise<number | null> {
  const definition = filtersAsDefinition(filters);
  if (!definition) return null;
  const evaluated = await segmentEngine(db).evaluate(definition, { sampleSize: 0, maxUnknown: 0 });
  if (!evaluated) return null;
  return evaluated.result.unknown.length ? null : evaluated.result.count;
}

/**
 * The number of matching parties: exact from the in-memory facts when they can say; else an
 * exact SQL count when it is cheap (at most 10,000 matches, counted within 40 ms), otherwise the
 * planner's estimate, marked as one.
 */
export async function countDirectory(filters: DirectoryFilters): Promise<DirectoryTotal> {
  await requireUser("party:read");
  const handle = await getDbHandle();
  const counted = await countInMemory(handle.db, filters);
  if (counted !== null) return { value: counted, exact: true };
  const estimate = await estimateMatches(handle.db, filters);
  if (estimate > 5 * EXACT_COUNT_LIMIT) return { value: estimate, exact: false };
  let n: number;
  try {
    n = await handle.db.transaction(async (tx) => {
      // PGlite runs in-process on small data and has no timer to cancel with; it counts in full.
      if (handle.kind === "postgres") await tx.execute(sql`select set_config('statement_timeout', ${`${COUNT_BUDGET_MS}ms`}, true)`);
      const [counted] = await queryRows<{ n: number }>(tx, cappedCountQuery(filters));
      return Number(counted?.n ?? 0);
    });
  } catch (error) {
    if (isQueryCanceled(error)) return { value: estimate, exact: false };
    throw error;
  }
  if (n <= EXACT_COUNT_LIMIT) return { value: n, exact: true };
  return { value: Math.max(estimate, EXACT_COUNT_LIMIT + 1), exact: false };
}

function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "57014") return true;
  }
  return false;
}

function planRows(plan: unknown): number {
  const parsed = typeof plan === "string" ? (JSON.parse(plan) as unknown) : plan;
  const top = Array.isArray(parsed) ? (parsed[0] as { Plan?: { "Plan Rows"?: number } } | undefined) : undefined;
  return Math.round(top?.Plan?.["Plan Rows"] ?? 0);
}

// The country filter's choices: a full scan of party, so kept per process for ten minutes.
const countriesHolder = globalThis as unknown as { __cx360Countries?: { at: number; value: Promise<CountryCount[]> } };

/** Countries present among active parties, most customers first. */
export async function listCountries(): Promise<CountryCount[]> {
  await requireUser("party:read");
  const cached = countriesHolder.__cx360Countries;
  if (cached && Date.now() - cached.at < 10 * 60_000) return cached.value;
  const value = (async () => {
    const db = await getDb();
    const rows = await queryRows<{ country: string; n: number }>(
      db,
      sql`select country, count(*)::int as n from party where status = 'active' and country is not null group by country order by n desc, country`,
    );
    return rows.map((r) => ({ code: r.country, count: Number(r.n) }));
  })();
  countriesHolder.__cx360Countries = { at: Date.now(), value };
  value.catch(() => (countriesHolder.__cx360Countries = undefined));
  return value;
}

/** Export rows: like a page, plus whether each contact may be used for marketing. */
export interface ExportRow extends DirectoryRow {
  emailConsented: boolean;
  phoneConsented: boolean;
}

/**
 * Walks every matching party in view order, `batch` rows per query, for the CSV export. Contact
 * columns are full for roles that see them; for the others (marketers) they hold a value only
 * where marketing consent on that channel is granted, and otherwise nothing.
 */
export async function exportDirectory(query: Omit<DirectoryQuery, "cursor">, batch = 2000): Promise<AsyncGenerator<ExportRow[]>> {
  // Who is asking is settled now, inside the request; the rows are read later, as the stream pulls.
  const user = await requireUser("export");
  const db: Database = await getDb();
  return exportBatches(db, can(user.role, "contact:unmasked"), query, batch);
}

async function* exportBatches(db: Database, unmasked: boolean, query: Omit<DirectoryQuery, "cursor">, batch: number): AsyncGenerator<ExportRow[]> {
  const consent = sql`,
    exists (select 1 from consent_current cc where cc.party_id = page.id and cc.purpose = 'marketing' and cc.channel = 'email' and cc.status = 'granted') as email_ok,
    exists (select 1 from consent_current cc where cc.party_id = page.id and cc.purpose = 'marketing' and cc.channel in ('phone', 'sms') and cc.status = 'granted') as phone_ok`;
  let after: DirectoryCursor | null = null;
  for (;;) {
    const rows: (PageRow & { email_ok: boolean; phone_ok: boolean })[] = await queryRows(db, pageQuery(query, after, batch, { extra: consent }));
    if (rows.length === 0) return;
    yield rows.map((r) => {
      const row = toRow(r, true);
      return {
        ...row,
        email: unmasked || r.email_ok ? row.email : null,
        phone: unmasked || r.phone_ok ? row.phone : null,
        emailConsented: r.email_ok,
        phoneConsented: r.phone_ok,
      };
    });
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = { s: query.sort, d: query.dir, k: last.sort_key, i: Number(last.id) };
  }
}
