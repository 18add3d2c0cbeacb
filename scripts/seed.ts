// Seeds deterministic demo data (a ~3-year story for every table):
//   npm run db:seed -- --parties 3000 [--seed 42] [--now 2025-06-30T12:00:00Z] [--reset]
// PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in CX360_DATA_DIR.
import "./load-env";
import { parseArgs } from "node:util";
import { openDatabase, type DbHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { isSeeded } from "@/lib/seed";
import { seedWithProgress } from "@/lib/seed/progress";

const USAGE = "usage: npm run db:seed -- --parties N [--seed S] [--now ISO-8601] [--reset]";

function fail(message: string, code = 2): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(code);
}

function integerArg(name: string, value: string, min: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) fail(`--${name} must be ${min > 0 ? "a positive" : "a non-negative"} integer, got "${value}"`);
  return n;
}

/** Drops everything the app owns (the public schema and drizzle's bookkeeping) and migrates again. */
async function reset(handle: DbHandle): Promise<void> {
  const statements = ["DROP SCHEMA IF EXISTS drizzle CASCADE", "DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public"];
  for (const statement of statements) {
    if (handle.kind === "pglite") await handle.client.exec(statement);
    else await handle.client.unsafe(statement);
  }
  await migrateDatabase(handle);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        parties: { type: "string" },
        seed: { type: "string" },
        now: { type: "string" },
        reset: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const parties = values.parties === undefined ? env().CX360_DEMO_PARTIES : integerArg("parties", values.parties, 1);
  const seed = values.seed === undefined ? undefined : integerArg("seed", values.seed, 0);
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) fail(`--now must be an ISO-8601 date, got "${values.now}"`);

  const config = env();
  const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${config.CX360_DATA_DIR}`;
  const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.CX360_DATA_DIR });
  try {
    await migrateDatabase(handle);
    if (await isSeeded(handle)) {
      if (!values.reset) {
        console.error(`error: ${where} already has data; pass --reset to drop it and seed again.`);
        process.exitCode = 1;
        return;
      }
      console.log(`Resetting ${where}...`);
      await reset(handle);
    } else if (values.reset) {
      await reset(handle);
    }
    console.log(`Seeding ${parties.toLocaleString("en-US")} parties into ${where}...`);
    await seedWithProgress(handle, { parties, seed, now });
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`error: seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
