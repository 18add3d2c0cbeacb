import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run data code directly.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses;
    // processed by Vite, it resolves (lib/auth/proxy.test.ts runs the real proxy).
    server: { deps: { inline: ["next-auth"] } },
    // Database tests migrate PGlite and PostgreSQL; two workers suit a 2-core machine.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
