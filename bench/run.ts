// npm run bench — against the PostgreSQL named by DATABASE_URL:
//  1. seeds 1,000,000 parties unless that data is already there (BENCH_PARTIES to change),
//  2. builds if needed and starts the production server on it,
//  3. times each operation over HTTP, signed in, beside the raw SQL behind it,
//  4. prints median and p95 for each and the ratio app/raw.
import "../scripts/load-env";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import postgres from "postgres";
import { operations } from "./operations";
import { formatRow, renewCookies, signIn, summarize, time } from "./lib";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("npm run bench needs DATABASE_URL (a PostgreSQL database it may fill), e.g.\n  DATABASE_URL=postgres://postgres@127.0.0.1:5432/cx360_bench npm run bench");
  process.exit(2);
}
const parties = Number(process.env.BENCH_PARTIES ?? 1_000_000);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const port = Number(process.env.BENCH_PORT ?? 3300);
const baseUrl = `http://127.0.0.1:${port}`;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function ensureDatabase() {
  const target = new URL(url!);
  const dbName = target.pathname.slice(1);
  const adminUrl = new URL(url!);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${dbName}`;
  if (!exists) await admin.unsafe(`create database "${dbName.replace(/"/g, '""')}"`);
  await admin.end();
  const sql = postgres(url!, { max: 1, onnotice: () => {} });
  const [{ n } = { n: 0 }] = await sql<{ n: number }[]>`
    select coalesce((select reltuples::bigint from pg_class where relname = 'party' and relkind = 'r'), 0)::int as n`.catch(() => [{ n: 0 }]);
  await sql.end();
  if (n >= parties * 0.98) {
    console.log(`Database already holds ~${n.toLocaleString()} parties; not seeding.`);
    return;
  }
  console.log(`Seeding ${parties.toLocaleString()} parties into ${dbName} …`);
  run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/seed.ts", "--parties", String(parties), "--reset"]);
}

async function waitForHealth(server: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("server exited");
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not become healthy");
}

/**
 * Segment previews and directory totals answer from the in-memory facts once a server has loaded
 * them (SQL meanwhile); the bench times the steady state, and prints how long the load took.
 */
async function awaitSegmentEngine(cookie: string) {
  const started = performance.now();
  const body = JSON.stringify({ version: 1, root: { type: "group", op: "and", children: [] } });
  for (;;) {
    const response = await fetch(`${baseUrl}/api/v1/segments/preview`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body });
    const json = (await response.json()) as { engine?: string };
    if (json.engine === "memory") break;
    if (performance.now() - started > 300_000) throw new Error("segment engine did not load in 5 minutes");
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`segment engine: party_facts in memory after ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  await ensureDatabase();
  if (!existsSync(".next/BUILD_ID")) run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-long-enough-for-next-auth", NODE_ENV: "production" },
  });
  // Enough connections for the raw side to run a page's statements side by side, as the app does.
  const sql = postgres(url!, { max: 6, onnotice: () => {}, connection: { jit: "off" } });
  try {
    await waitForHealth(server);
    const cookies = {
      admin: await signIn(baseUrl, "admin@example.com", "cx360-demo"),
      marketer: await signIn(baseUrl, "marketer@example.com", "cx360-demo"),
      agent: await signIn(baseUrl, "agent@example.com", "cx360-demo"),
    };
    const widths = [44, 6, 9, 9, 9, 9, 7];
    console.log(`\n${runs} timed runs each after warm-up; milliseconds.\n`);
    console.log(formatRow(["operation", "n", "app p50", "app p95", "raw p50", "raw p95", "ratio"], widths));
    // BENCH_ONLY=timeline,360 times only the operations whose names contain one of the words.
    const only = (process.env.BENCH_ONLY ?? "").split(",").map((w) => w.trim().toLowerCase()).filter(Boolean);
    const selected = (await operations(sql)).filter((op) => !only.length || only.some((w) => op.name.toLowerCase().includes(w)));
    // The directory's totals and the segment previews count from it: time the steady state.
    await awaitSegmentEngine(cookies.marketer);
    for (const op of selected) {
      const role = op.as ?? "admin";
      const path = op.path;
      const app = path === undefined ? null : summarize(
        await time(async () => {
          const cookie = cookies[role];
          const response = op.post
            ? await fetch(`${baseUrl}${path}`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(op.post()) })
            : await fetch(`${baseUrl}${path}`, { headers: { cookie } });
          // As a browser does: pages renew the session cookie every few minutes.
          cookies[role] = renewCookies(cookie, response);
          if (!response.ok) throw new Error(`${op.name}: HTTP ${response.status}`);
          await response.arrayBuffer();
        }, runs),
      );
      const raw = op.raw ? summarize(await time(op.raw, runs)) : null;
      console.log(
        formatRow(
          [
            op.name, String((app ?? raw)?.n ?? 0), app ? app.p50.toFixed(1) : "-", app ? app.p95.toFixed(1) : "-",
            raw ? raw.p50.toFixed(1) : "-", raw ? raw.p95.toFixed(1) : "-",
            raw && app ? (app.p50 / Math.max(raw.p50, 0.01)).toFixed(1) + "x" : "-",
          ],
          widths,
        ),
      );
    }
    await measureExport(cookies.admin, server.pid);
  } finally {
    await sql.end();
    server.kill("SIGTERM");
  }
}

/** Resident memory of a process and its children, in MiB (Linux /proc; 0 elsewhere). */
function rssMiB(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return own / 1024 + children.reduce((sum, c) => sum + rssMiB(c), 0);
  } catch {
    return 0;
  }
}

/** The CSV export of ~120,000 customers (GB): its time, size and the server's memory meanwhile. */
async function measureExport(cookie: string, pid: number | undefined) {
  const before = rssMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 50);
  const started = performance.now();
  const response = await fetch(`${baseUrl}/customers/export?country=GB`, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`export: HTTP ${response.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nCSV export (GB): ${(lines - 1).toLocaleString("en-US")} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB in ${seconds.toFixed(1)} s; ` +
      `server memory ${before.toFixed(0)} MiB before, ${peak.toFixed(0)} MiB at most during the export.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
