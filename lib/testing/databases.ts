import { randomBytes } from "node:crypto";
import { openDatabase, type DbHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";

/**
 * Database tests run on PGlite always and on PostgreSQL too when TEST_DATABASE_URL names a
 * server (an admin connection; each test file creates its own database and drops it).
 */
export const TEST_TARGETS: Array<"pglite" | "postgres"> = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

export interface TestDatabase {
  handle: DbHandle;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: "pglite" | "postgres", options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (kind === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://" });
    if (migrate) await migrateDatabase(handle);
    return { handle, drop: () => handle.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `cx360_test_${randomBytes(6).toString("hex")}`;
  const admin = await openDatabase({ url: adminUrl, max: 1 });
  if (admin.kind !== "postgres") throw new Error("unreachable");
  await admin.client.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), max: 4 });
  if (migrate) await migrateDatabase(handle);
  return {
    handle,
    async drop() {
      await handle.close();
      await admin.client.unsafe(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}
