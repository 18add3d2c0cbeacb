import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import * as schema from "./schema";

/** One type for both drivers; a union of the two drizzle types breaks method calls. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle =
  | { kind: "pglite"; db: Database; client: PGlite; close(): Promise<void> }
  | { kind: "postgres"; db: Database; client: Sql; close(): Promise<void> };

export interface OpenOptions {
  /** PostgreSQL URL; without it an embedded PGlite is opened at `dataDir`. */
  url?: string | undefined;
  /** PGlite folder, or `memory://` for a throwaway in-memory database. */
  dataDir?: string;
  /** Connection pool size for PostgreSQL. */
  max?: number;
}

/**
 * Opens a database. Scripts and tests call this directly; the app goes through `getDb()` in
 * `./index.ts`, which holds the one instance per server process.
 */
export async function openDatabase(options: OpenOptions): Promise<DbHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // JIT off: the app's statements are short, and a segment count with correlated subqueries has
    // estimates high enough to JIT-compile for ~150 ms, longer than the query itself.
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {}, connection: { jit: "off" } });
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Database;
    return { kind: "postgres", db, client, close: () => client.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? ".data/pglite";
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  // PGlite does not create parent folders.
  // The data folder is chosen at run time; the ignore comment keeps the bundler from tracing
  // the whole project into the server output because of it.
  if (!dataDir.startsWith("memory://")) mkdirSync(path.resolve(/* turbopackIgnore: true */ dataDir), { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Database;
  return { kind: "pglite", db, client, close: () => client.close() };
}
