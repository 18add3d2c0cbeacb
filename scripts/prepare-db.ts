// Run by the quick start before `next start`: migrates the configured database and, when it has
// no parties yet and CX360_DEMO is not "0", seeds CX360_DEMO_PARTIES (default 3000) demo parties.
import "./load-env";
import { openDatabase } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { isSeeded } from "@/lib/seed";
import { queryRows } from "@/lib/db/rows";
import { ensureHeavyParty } from "@/lib/seed/heavy";
import { seedWithProgress } from "@/lib/seed/progress";

async function main(): Promise<void> {
  const config = env();
  const where = config.DATABASE_URL ? "PostgreSQL" : `PGlite at ${config.CX360_DATA_DIR}`;
  const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: config.CX360_DATA_DIR });
  try {
    const started = Date.now();
    await migrateDatabase(handle);
    console.log(`Migrated ${where} in ${Date.now() - started} ms.`);
    if (config.CX360_DEMO === "0") {
      console.log("CX360_DEMO=0: not seeding demo data.");
      return;
    }
    if (await isSeeded(handle)) {
      console.log("Database already has parties: not seeding demo data.");
      return;
    }
    console.log(`Seeding ${config.CX360_DEMO_PARTIES.toLocaleString("en-US")} demo parties...`);
    await seedWithProgress(handle, { parties: config.CX360_DEMO_PARTIES });
    // One key account with a long history, so the timeline's paging has something to page through.
    const keyAccount = await handle.db.transaction((tx) => ensureHeavyParty((q) => queryRows(tx as never, q), { scale: 0.25 }));
    console.log(`Key account with a long history: /customers/${keyAccount.partyId}`);
    console.log("Demo sign-in: admin@example.com, manager@example.com, agent@example.com or marketer@example.com with password cx360-demo");
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`error: preparing the database failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
