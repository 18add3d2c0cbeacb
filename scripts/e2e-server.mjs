// Starts the built app for the end-to-end tests on a fresh embedded database of its own.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.argv[2] ?? "3210";
const dataDir = ".data/e2e-pglite";
const env = {
  ...process.env,
  DATABASE_URL: "",
  CX360_DATA_DIR: dataDir,
  CX360_DEMO: "1",
  CX360_DEMO_PARTIES: process.env.E2E_PARTIES ?? "400",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-long-enough-for-jwe",
  NODE_ENV: "production",
};

rmSync(dataDir, { recursive: true, force: true });
const prepared = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/prepare-db.ts"], { env, stdio: "inherit" });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
