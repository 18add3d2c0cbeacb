// Applies the committed migrations in drizzle/ to the configured database:
// PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in CX360_DATA_DIR.
import "./load-env";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";

const config = env();
const started = Date.now();
const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.CX360_DATA_DIR });
try {
  await migrateDatabase(handle);
  console.log(`Migrated ${handle.kind === "postgres" ? "PostgreSQL" : `PGlite at ${config.CX360_DATA_DIR}`} in ${Date.now() - started} ms.`);
} catch (error) {
  console.error("Migration failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await handle.close();
}
