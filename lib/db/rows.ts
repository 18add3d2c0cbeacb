import type { SQL } from "drizzle-orm";
import type { Database } from "./client";

/**
 * Runs a raw SQL statement (built with drizzle's `sql` template, so values are parameters) and
 * returns its rows. postgres.js answers an array, PGlite an object with `rows`; this hides that.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
