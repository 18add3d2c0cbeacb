// The in-memory party_facts of one server process: loaded once, then kept current from
// party_facts_log before every use (the rows whose facts changed since the oldest transaction
// that was still running at the previous look). No session here: lib/dal/segments.ts checks who
// is asking before it calls in.
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { queryRows } from "@/lib/db/rows";
import type { SegmentDefinition } from "@/lib/domain/segment-definition";
import { evaluate, windowDays, type Evaluation } from "./evaluate";
import { FACT_COLUMNS, FactsTable, type FactRow } from "./facts";

const BATCH = 50_000;
/** Below this many parties the first preview waits for the load; above it, SQL answers meanwhile. */
const LOAD_INLINE_BELOW = 100_000;
/** party_facts_log keeps about an hour (its trigger prunes it); a reader that has not looked for this long reloads instead. */
const STALE_AFTER_MS = 50 * 60_000;
/** After a failed load, SQL answers alone for this long before the next try. */
const RETRY_AFTER_MS = 5 * 60_000;

interface Mark {
  xmin: string;
  generation: string;
  /** The database's clock, epoch ms. */
  now: number;
}

export type EngineState = "empty" | "loading" | "ready" | "failed";

async function mark(db: Database): Promise<Mark> {
  const [row] = await queryRows<{ xmin: string; generation: string; now: number }>(
    db,
    sql`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin, (select last_value from party_facts_generation)::text as generation,
               date_part('epoch', clock_timestamp()) * 1000 as now`,
  );
  if (!row) throw new Error("segment engine: no snapshot");
  return { xmin: row.xmin, generation: row.generation, now: Number(row.now) };
}

export class SegmentEngine {
  private state: EngineState = "empty";
  private table: FactsTable | null = null;
  private seen: Mark | null = null;
  private loading: Promise<void> | null = null;
  private syncing: Promise<FactsTable | null> | null = null;
  private small: boolean | null = null;
  private failedAt = 0;

  constructor(private readonly db: Database) {}

  /** The planner's row count of party_facts (0 before the first ANALYZE). */
  private async estimate(): Promise<number> {
    const [row] = await queryRows<{ n: number }>(this.db, sql`select reltuples::float8 as n from pg_class where relname = 'party_facts'`);
    return Math.max(0, Number(row?.n ?? 0));
  }

  private async load(): Promise<void> {
    const at = await mark(this.db);
    const table = new FactsTable();
    table.reserve(Math.ceil((await this.estimate()) * 1.02) + 1024);
    let after = 0;
    for (;;) {
      const rows = await queryRows<FactRow>(
        this.db,
        sql`select ${FACT_COLUMNS} from party_facts f where f.party_id > ${after} order by f.party_id limit ${BATCH}`,
      );
      for (const r of rows) table.put(r);
      if (rows.length < BATCH) break;
      after = Number(rows[rows.length - 1]!.id);
    }
    this.table = table;
    this.seen = at;
    this.state = "ready";
  }

  /** Starts the full load unless one is under way; resolves when it ends. */
  start(): Promise<void> {
    if (!this.loading) {
      this.state = "loading";
      this.loading = this.load()
        .catch((error: unknown) => {
          this.state = "failed";
          this.failedAt = Date.now();
          this.table = null;
          console.error("cx360: segment engine could not load party_facts", error);
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  /** Applies what changed since the last look, or reloads when the facts were rebuilt or the log moved on without us. */
  private async catchUp(table: FactsTable, seen: Mark): Promise<FactsTable | null> {
    const now = await mark(this.db);
    if (now.generation !== seen.generation || now.now - seen.now > STALE_AFTER_MS) {
      // Rebuilt, or too long unread: load afresh. A large table answers by SQL meanwhile.
      const loading = this.start();
      if (!this.small) return null;
      await loading;
      return this.table;
    }
    const rows = await queryRows<FactRow & { changed: number }>(
      this.db,
      sql`select c.party_id::float8 as changed, ${FACT_COLUMNS}
            from (select distinct party_id from party_facts_log where xid >= ${seen.xmin}::xid8) c
            left join party_facts f on f.party_id = c.party_id`,
    );
    for (const r of rows) {
      if (r.id === null) table.remove(Number(r.changed));
      else table.put(r);
    }
    this.seen = now;
    return table;
  }

  private mayRetry(): boolean {
    return Date.now() - this.failedAt >= RETRY_AFTER_MS;
  }

  /** Someone is about to preview: start loading unless loaded, loading, or waiting after a failure. */
  warm(): void {
    if (this.state === "empty" || (this.state === "failed" && this.mayRetry())) void this.start();
  }

  /**
   * The facts as of now, or null while they are still loading (a large table loads in the
   * background; a small one is waited for).
   */
  async current(): Promise<FactsTable | null> {
    if (this.state === "failed" && !this.mayRetry()) return null;
    if (this.state !== "ready") {
      const loading = this.start();
      this.small ??= (await this.estimate()) < LOAD_INLINE_BELOW;
      if (this.small) await loading;
    }
    if (this.state !== "ready" || !this.table || !this.seen) return null;
    // Catch-ups run one after another, each after its caller arrived: a caller sees every write
    // that committed before it asked.
    const next = (this.syncing ?? Promise.resolve(null)).then(() =>
      this.table && this.seen ? this.catchUp(this.table, this.seen) : null,
    );
    this.syncing = next.catch(() => null);
    return next;
  }

  /**
   * A definition evaluated on the facts as of now, its windows cut by the database's clock; null
   * while the facts load. The table comes along for the caller's look-ups by id.
   */
  async evaluate(def: SegmentDefinition, opts: { sampleSize: number; maxUnknown: number }): Promise<{ table: FactsTable; result: Evaluation } | null> {
    const table = await this.current();
    if (!table) return null;
    return { table, result: evaluate(def, table, await this.cutoffs(windowDays(def)), opts) };
  }

  /** Where each window starts by the database's clock (`now() - make_interval(days => d)`). */
  async cutoffs(days: number[]): Promise<Map<number, number>> {
    if (!days.length) return new Map();
    const list = sql.join(days.map((d) => sql`${d}::int`), sql`, `);
    const rows = await queryRows<{ d: number; at: number }>(
      this.db,
      sql`select d, date_part('epoch', now() - make_interval(days => d)) * 1000 as at from unnest(array[${list}]) d`,
    );
    return new Map(rows.map((r) => [Number(r.d), Number(r.at)]));
  }
}

// One engine per database per process (tests open several databases), kept across dev reloads.
const holder = globalThis as unknown as { __cx360Engines?: WeakMap<Database, SegmentEngine> };

export function segmentEngine(db: Database): SegmentEngine {
  holder.__cx360Engines ??= new WeakMap();
  let engine = holder.__cx360Engines.get(db);
  if (!engine) {
    engine = new SegmentEngine(db);
    holder.__cx360Engines.set(db, engine);
  }
  return engine;
}
