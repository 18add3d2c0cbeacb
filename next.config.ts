import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // `next dev` would otherwise write an AGENTS.md into the repo.
  agentRules: false,
  // forbidden() renders app/forbidden.tsx with a 403 when a role may not open a page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
