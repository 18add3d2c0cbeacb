import { defineConfig } from "drizzle-kit";

// Used only to generate migrations from the schema; applying them is `npm run db:migrate`,
// which runs drizzle-orm's migrator in code so PGlite and PostgreSQL take the same path.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});
