import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Database, type DbHandle } from "./client";
import { migrateDatabase } from "./migrate";

export type { Database } from "./client";

// One database per server process, kept on globalThis so dev-mode module reloads reuse it.
const holder = globalThis as unknown as { __cx360Db?: Promise<DbHandle> };

async function start(): Promise<DbHandle> {
  const config = env();
  const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.CX360_DATA_DIR });
  if (handle.kind === "pglite") {
    // The embedded database is created, migrated and (for the demo) seeded on first start.
    // PostgreSQL is migrated as its own step: `npm run db:migrate`.
    await migrateDatabase(handle);
    if (config.CX360_DEMO === "1") {
      const { isSeeded, seedDemo } = await import("@/lib/seed");
      if (!(await isSeeded(handle))) {
        console.log(`cx360: seeding ${config.CX360_DEMO_PARTIES} demo parties into ${config.CX360_DATA_DIR}`);
        await seedDemo(handle, { parties: config.CX360_DEMO_PARTIES });
      }
    }
  }
  return handle;
}

/** The database handle, opened lazily on first use (never at import time). */
export function getDbHandle(): Promise<DbHandle> {
  if (!holder.__cx360Db) {
    holder.__cx360Db = start().catch((error: unknown) => {
      holder.__cx360Db = undefined; // let the next request try again
      throw error;
    });
  }
  return holder.__cx360Db;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}
