import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// House rules (STYLE.md): only data modules touch the database; updates and deletes always
// carry a where; no `any` in application code.
const DATA_MODULES = [
  "lib/db/**", "lib/dal/**", "lib/seed/**", "lib/auth/credentials.ts", "lib/testing/**",
  "scripts/**", "bench/**", "app/api/health/**",
];

export default [
  { ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: DATA_MODULES,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "@/lib/db/*", "drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"], message: "Only data modules (lib/dal, lib/db, lib/seed, scripts) may touch the database. Read through lib/dal." },
          ],
        },
      ],
    },
  },
  {
    // Tests may do what they must to set up and check data.
    files: ["**/*.test.ts", "e2e/**"],
    rules: { "drizzle/enforce-delete-with-where": "off", "drizzle/enforce-update-with-where": "off", "no-restricted-imports": "off" },
  },
];
