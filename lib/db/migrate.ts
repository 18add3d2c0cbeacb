import path from "node:path";
import type { DbHandle } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "drizzle");

/**
 * Applies the committed migrations in `drizzle/`. Runs in code for both drivers because
 * `drizzle-kit migrate` fails silently with PGlite.
 */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  const migrationsFolder = MIGRATIONS_FOLDER;
  if (handle.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants its own driver type
    await migrate(handle.db as any, { migrationsFolder });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants its own driver type
    await migrate(handle.db as any, { migrationsFolder });
  }
}
