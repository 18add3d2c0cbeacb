import { once } from "node:events";
import net from "node:net";
import type { ReservedSql, Sql } from "postgres";
import { hashPassword } from "@/lib/auth/password";
import type { DbHandle } from "@/lib/db/client";
import { binaryTypeOf, compileRowWriter, type RowWriter } from "./binary";
import { DemoGenerator } from "./generator";
import { hash, Rng } from "./random";
import { DEMO_PASSWORD, demoSkus, SOURCES, STAFF, type SourceKey, type Staff } from "./reference";
import { CopySink, InsertSink, type CountingSink } from "./sinks";
import { PARTY_TABLES, T, TABLES, type TableKey } from "./tables";

export { DEMO_PASSWORD } from "./reference";

export interface SeedProgress {
  phase: string;
  done: number;
  total: number;
}

export interface SeedOptions {
  /** Number of parties (persons and organizations) to generate. */
  parties: number;
  /** PRNG seed; the same seed and `now` give the same data. Default 42. */
  seed?: number;
  /** End of the ~3-year story. Default: the current time. */
  now?: Date;
  onProgress?: (p: SeedProgress) => void;
}

export interface SeedSummary {
  driver: DbHandle["kind"];
  parties: number;
  seed: number;
  now: string;
  /** Rows written per table by this seed. */
  tables: Record<string, number>;
  totalRows: number;
  elapsedMs: number;
  /** Wall time per phase, in order. */
  phases: { phase: string; ms: number }[];
}

const DEFAULT_SEED = 42;

/** Raw SQL on either driver; returns rows. */
async function raw<R extends Record<string, unknown>>(handle: DbHandle, text: string, params: unknown[] = []): Promise<R[]> {
  if (handle.kind === "pglite") return (await handle.client.query<R>(text, params)).rows;
  return (await handle.client.unsafe(text, params as never[])) as unknown as R[];
}

/** True when at least one party exists (false on a database that is not migrated yet). */
export async function isSeeded(handle: DbHandle): Promise<boolean> {
  const [reg] = await raw<{ present: boolean }>(handle, "SELECT to_regclass('public.party') IS NOT NULL AS present");
  if (!reg?.present) return false;
  const [row] = await raw<{ seeded: boolean }>(handle, "SELECT EXISTS (SELECT 1 FROM party) AS seeded");
  return row?.seeded === true;
}

/**
 * Fills every table with a deterministic ~3-year demo story. PGlite gets multi-row INSERTs in one
 * transaction; PostgreSQL gets COPY on several connections with secondary indexes dropped and
 * rebuilt. Both run with triggers off (session_replication_role = replica) and write the rows the
 * triggers would have produced (party_stats, consent_current, detractor follow-ups) themselves.
 */
export async function seedDemo(handle: DbHandle, opts: SeedOptions): Promise<SeedSummary> {
  const started = performance.now();
  const parties = opts.parties;
  if (!Number.isSafeInteger(parties) || parties < 1) throw new Error(`parties must be a positive integer, got ${parties}`);
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const nowDate = opts.now ?? new Date();
  const now = Math.floor(nowDate.getTime() / 1000);
  const progress = opts.onProgress ?? (() => {});
  const phases: { phase: string; ms: number }[] = [];
  let phaseStart = performance.now();
  const endPhase = (phase: string) => {
    const t = performance.now();
    phases.push({ phase, ms: Math.round(t - phaseStart) });
    phaseStart = t;
  };

  progress({ phase: "prepare", done: 0, total: 1 });
  if (await isSeeded(handle)) throw new Error("The database already has parties; reset it before seeding demo data.");
  const [clock] = await raw<{ t: number }>(handle, "SELECT floor(extract(epoch FROM now()))::float8 AS t");
  const wallNow = Number(clock!.t);
  const [clash] = await raw<{ n: number }>(handle, "SELECT count(*)::float8 AS n FROM product WHERE sku = ANY($1)", [demoSkus()]);
  if (Number(clash?.n) > 0) throw new Error(`The database already has ${clash?.n} of the demo products; reset it before seeding demo data.`);

  // Data sources and staff may exist already (unique keys); insert what is missing, read the ids.
  const ref = new Rng(hash(seed, 0x57af, 3));
  const sourceIds = await ensureSources(handle);
  const staff = await ensureStaff(handle, ref, now);
  const base = await maxIds(handle);
  const gen = new DemoGenerator({ seed, now, wallNow, parties, base, sourceIds, staff: staff.all });
  endPhase("prepare");

  let sink: CountingSink;
  if (handle.kind === "pglite") sink = await loadPglite(handle, gen, parties, progress, endPhase);
  else sink = await loadPostgres(handle, gen, parties, progress, endPhase);

  const tables: Record<string, number> = { data_source: sourceIds.inserted, staff_user: staff.inserted, ...sink.countsByName() };
  const totalRows = Object.values(tables).reduce((a, b) => a + b, 0);
  progress({ phase: "done", done: 1, total: 1 });
  return {
    driver: handle.kind,
    parties,
    seed,
    now: nowDate.toISOString(),
    tables,
    totalRows,
    elapsedMs: Math.round(performance.now() - started),
    phases,
  };
}

async function ensureSources(handle: DbHandle): Promise<Record<SourceKey, number> & { inserted: number }> {
  const values: unknown[] = [];
  const tuples = SOURCES.map((s, k) => {
    values.push(s.key, s.name, s.class, s.description);
    return `($${k * 4 + 1}, $${k * 4 + 2}, $${k * 4 + 3}::source_class, $${k * 4 + 4})`;
  });
  const inserted = await raw(handle,
    `INSERT INTO data_source (key, name, class, description) VALUES ${tuples.join(", ")} ON CONFLICT (key) DO NOTHING RETURNING id`, values);
  const rows = await raw<{ id: number; key: string }>(handle, "SELECT id, key FROM data_source WHERE key = ANY($1)", [SOURCES.map((s) => s.key)]);
  const out = { inserted: inserted.length } as Record<SourceKey, number> & { inserted: number };
  for (const r of rows) out[r.key as SourceKey] = Number(r.id);
  return out;
}

async function ensureStaff(handle: DbHandle, ref: Rng, now: number): Promise<{ all: Staff[]; inserted: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const values: unknown[] = [];
  const tuples = STAFF.map((s, k) => {
    const created = now - (400 + k * 20) * 86400;
    const lastSignIn = s.disabled ? now - 125 * 86400 : now - Math.floor(ref.next() * 5 * 86400);
    values.push(ref.uuid(), s.email, s.name, s.role, s.demo ? passwordHash : null,
      s.disabled ? new Date((now - 120 * 86400) * 1000).toISOString() : null,
      new Date(lastSignIn * 1000).toISOString(), new Date(created * 1000).toISOString());
    const p = k * 8;
    return `($${p + 1}::uuid, $${p + 2}, $${p + 3}, $${p + 4}::staff_role, $${p + 5}, $${p + 6}::timestamptz, $${p + 7}::timestamptz, $${p + 8}::timestamptz)`;
  });
  const inserted = await raw(handle,
    `INSERT INTO staff_user (id, email, name, role, password_hash, disabled_at, last_sign_in_at, created_at) VALUES ${tuples.join(", ")} ON CONFLICT DO NOTHING RETURNING id`,
    values);
  const rows = await raw<{ id: string; email: string }>(handle,
    "SELECT id, lower(email) AS email FROM staff_user WHERE lower(email) = ANY($1)", [STAFF.map((s) => s.email.toLowerCase())]);
  const ids = new Map(rows.map((r) => [r.email, r.id]));
  const all = STAFF.flatMap((s) => {
    const id = ids.get(s.email.toLowerCase());
    return id ? [{ ...s, id }] : [];
  });
  return { all, inserted: inserted.length };
}

/** Highest id per generated table, so generated ids never collide with existing rows. */
async function maxIds(handle: DbHandle): Promise<Partial<Record<TableKey, number>>> {
  const keys = (Object.keys(T) as TableKey[]).filter((k) => T[k].identity);
  const sql = keys.map((k) => `SELECT '${k}' AS k, coalesce(max("${T[k].identity}"), 0)::float8 AS m FROM "${T[k].name}"`).join(" UNION ALL ");
  const rows = await raw<{ k: TableKey; m: number }>(handle, sql);
  return Object.fromEntries(rows.map((r) => [r.k, Number(r.m)]));
}

/** After the load: every identity sequence moved past the ids the generator assigned, and name_word filled. */
function finishSql(gen: DemoGenerator): string[] {
  const out: string[] = [];
  for (const [t, max] of gen.maxIds()) {
    if (!t.identity) continue;
    const seq = `pg_get_serial_sequence('public."${t.name}"', '${t.identity}')`;
    // Segments get their ids outside the generator's counters: read those from the data.
    out.push(
      max > 0
        ? `SELECT setval(${seq}, ${max}, true)`
        : `SELECT setval(${seq}, m) FROM (SELECT max("${t.identity}") AS m FROM public."${t.name}") x WHERE m IS NOT NULL`,
    );
  }
  // What the name-word trigger would have written.
  out.push("INSERT INTO name_word (word) SELECT DISTINCT unnest(name_tokens) FROM party ON CONFLICT DO NOTHING");
  // What the survey-context trigger would have written, and the daily rollups from it.
  out.push("SELECT feedback_rollups_rebuild()");
  // Its triggers are off here: say so to the per-process copies of the responses.
  out.push("UPDATE feedback_generation SET g = g + 1");
  // What the segment-facts triggers would have written.
  out.push("SELECT party_facts_rebuild()");
  return out;
}

type EndPhase = (phase: string) => void;
type Progress = (p: SeedProgress) => void;

async function loadPglite(handle: Extract<DbHandle, { kind: "pglite" }>, gen: DemoGenerator, parties: number, progress: Progress, endPhase: EndPhase): Promise<CountingSink> {
  const client = handle.client;
  const sink = new InsertSink(client);
  await client.exec("SET session_replication_role = replica");
  try {
    await client.exec("BEGIN");
    gen.reference(sink);
    await sink.drain(true);
    const batch = 100;
    for (let from = 0; from < parties; from += batch) {
      const to = Math.min(parties, from + batch);
      for (let i = from; i < to; i++) gen.party(i, sink);
      await sink.drain();
      progress({ phase: "parties", done: to, total: parties });
    }
    gen.finish(sink);
    await sink.drain(true);
    endPhase("parties");
    progress({ phase: "finalize", done: 0, total: 1 });
    for (const q of finishSql(gen)) await client.query(q);
    await client.exec("COMMIT");
  } catch (error) {
    await client.exec("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.exec("RESET session_replication_role");
  }
  await client.exec("ANALYZE");
  endPhase("finalize");
  return sink;
}

/**
 * A small pool for the load whose TCP sockets have Nagle's algorithm off. postgres.js leaves it on,
 * and then every COPY statement waits ~40 ms for a delayed ACK before its CopyDone is sent (21 MB
 * in 512 KB statements: 3.7 s with Nagle, 0.65 s without). Falls back to the handle's own pool
 * for unix sockets or multi-host URLs, where this does not apply.
 */
async function loaderPool(sql: Sql, max: number): Promise<{ sql: Sql; own: boolean }> {
  const o = sql.options as Sql["options"] & { path?: string | false; pass?: unknown; ssl?: unknown };
  const host = o.host[0];
  const port = o.port[0];
  if (o.path || o.host.length !== 1 || !host || !port) return { sql, own: false };
  const { default: postgres } = await import("postgres");
  const options = {
    host,
    port,
    database: o.database,
    user: o.user,
    pass: o.pass,
    ssl: o.ssl,
    max,
    onnotice: () => {},
    connection: { application_name: "cx360-seed" },
    // `socket` is supported by postgres.js but missing from its type definitions.
    socket: async () => {
      const socket = net.connect({ host, port, noDelay: true });
      await once(socket, "connect");
      return socket;
    },
  };
  return { sql: postgres(options as unknown as Parameters<typeof postgres>[0]), own: true };
}

async function loadPostgres(handle: Extract<DbHandle, { kind: "postgres" }>, gen: DemoGenerator, parties: number, progress: Progress, endPhase: EndPhase): Promise<CountingSink> {
  const workers = 2;
  const pool = await loaderPool(handle.client, workers + 1);
  try {
    return await loadPostgresWith(pool.sql, gen, parties, workers, progress, endPhase);
  } finally {
    if (pool.own) await pool.sql.end({ timeout: 5 });
  }
}

interface IndexDef {
  name: string;
  table: string;
  def: string;
}

async function loadPostgresWith(sql: Sql, gen: DemoGenerator, parties: number, workers: number, progress: Progress, endPhase: EndPhase): Promise<CountingSink> {
  const conns: ReservedSql[] = [];
  try {
    for (let k = 0; k < workers + 1; k++) {
      const c = await sql.reserve();
      conns.push(c);
      // Triggers and foreign-key checks off; this loader writes what the triggers would have.
      await c.unsafe("SET session_replication_role = replica");
      await c.unsafe("SET synchronous_commit = off");
      await c.unsafe("SET maintenance_work_mem = '1GB'");
    }
    const main = conns[0]!;
    const indexes = await secondaryIndexes(main);
    const sink = new CopySink(conns.slice(1), await rowWriters(main));
    for (const ix of indexes) await main.unsafe(`DROP INDEX public.${quote(ix.name)}`);
    endPhase("prepare indexes");
    let failed = true;
    try {
      gen.reference(sink);
      await sink.drain(true);
      // Small batches: between them the event loop hands finished COPYs their next chunk.
      const batch = 25;
      let lastReport = 0;
      for (let from = 0; from < parties; from += batch) {
        const to = Math.min(parties, from + batch);
        for (let i = from; i < to; i++) gen.party(i, sink);
        await sink.drain();
        const t = performance.now();
        if (t - lastReport > 250 || to === parties) {
          progress({ phase: "parties", done: to, total: parties });
          lastReport = t;
        }
      }
      gen.finish(sink);
      await sink.drain(true);
      for (const q of finishSql(gen)) await main.unsafe(q);
      endPhase("generate + copy");
      failed = false;
    } finally {
      // The dropped indexes come back even when the load failed, so the schema stays intact.
      try {
        await rebuildIndexes(conns, indexes, progress);
      } catch (error) {
        if (!failed) throw error;
        console.error(`cx360 seed: rebuilding indexes after a failed load also failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    endPhase("indexes");
    await analyze(conns, TABLES.filter((t) => sink.counts[t.index]! > 0).map((t) => t.name), progress);
    await main.unsafe("ANALYZE data_source, staff_user");
    endPhase("analyze");
    return sink;
  } finally {
    for (const c of conns) {
      await c.unsafe("RESET ALL").catch(() => {});
      c.release();
    }
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** Non-constraint indexes of the party tables, with their definitions as pg_indexes prints them. */
async function secondaryIndexes(main: ReservedSql): Promise<IndexDef[]> {
  return (await main.unsafe(
    `SELECT i.indexname AS name, i.tablename AS table, i.indexdef AS def
       FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [PARTY_TABLES.map((t) => t.name)],
  )) as unknown as IndexDef[];
}

/** Binary COPY row writers for every table, following the columns' types in the database. */
async function rowWriters(main: ReservedSql): Promise<RowWriter[]> {
  const columns = (await main.unsafe(
    `SELECT c.relname AS table, a.attname AS col, t.typname AS typname, t.typtype AS typtype
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
      WHERE n.nspname = 'public' AND c.relname = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped`,
    [TABLES.map((t) => t.name)],
  )) as unknown as { table: string; col: string; typname: string; typtype: string }[];
  const typeOf = new Map(columns.map((c) => [`${c.table}.${c.col}`, binaryTypeOf(c.typname, c.typtype)]));
  return TABLES.map((t) => compileRowWriter(t, t.cols.map((col) => {
    const type = typeOf.get(`${t.name}.${col}`);
    if (!type) throw new Error(`Column ${t.name}.${col} is missing from the database; is it migrated?`);
    return type;
  })));
}

/** Builds the indexes, largest tables first, on all connections at once. */
async function rebuildIndexes(conns: ReservedSql[], indexes: IndexDef[], progress: Progress): Promise<void> {
  if (indexes.length === 0) return;
  const sizes = (await conns[0]!.unsafe(
    `SELECT c.relname AS name, pg_relation_size(c.oid)::float8 AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`,
  )) as unknown as { name: string; bytes: number }[];
  const size = new Map(sizes.map((s) => [s.name, Number(s.bytes)]));
  const todo = [...indexes].sort((a, b) => (size.get(b.table) ?? 0) - (size.get(a.table) ?? 0));
  let done = 0;
  progress({ phase: "indexes", done, total: indexes.length });
  await Promise.all(conns.map(async (c) => {
    for (let ix = todo.shift(); ix; ix = todo.shift()) {
      await c.unsafe(ix.def);
      progress({ phase: "indexes", done: ++done, total: indexes.length });
    }
  }));
}

async function analyze(conns: ReservedSql[], tables: string[], progress: Progress): Promise<void> {
  const todo = [...tables];
  let done = 0;
  progress({ phase: "analyze", done, total: tables.length });
  await Promise.all(conns.map(async (c) => {
    for (let name = todo.shift(); name; name = todo.shift()) {
      await c.unsafe(`ANALYZE public.${quote(name)}`);
      progress({ phase: "analyze", done: ++done, total: tables.length });
    }
  }));
}
