import type { DbHandle } from "@/lib/db/client";
import type { SeedOptions, SeedProgress, SeedSummary } from "./index";

/**
 * Prints seeding progress: one updating line on a terminal, a line every few seconds (and on
 * every phase change) otherwise, so logs stay readable.
 */
export function progressPrinter(stream: NodeJS.WriteStream = process.stdout): {
  onProgress: (p: SeedProgress) => void;
  done: () => void;
} {
  const tty = stream.isTTY === true;
  const started = performance.now();
  let phase = "";
  let phaseStarted = started;
  let lastPrint = 0;
  let lastLine = "";
  const render = (p: SeedProgress): string => {
    const now = performance.now();
    const secs = (now - phaseStarted) / 1000;
    const clock = `[${((now - started) / 1000).toFixed(1)}s] ${p.phase}`;
    if (p.total <= 1) return `${clock}...`;
    const pct = ` ${((100 * p.done) / p.total).toFixed(1)}%`;
    const rate = p.phase === "parties" && secs > 0.5 ? `, ${Math.round(p.done / secs).toLocaleString("en-US")} parties/s` : "";
    return `${clock}: ${p.done.toLocaleString("en-US")}/${p.total.toLocaleString("en-US")}${pct}${rate}`;
  };
  return {
    onProgress(p) {
      if (p.phase === "done") return;
      const now = performance.now();
      const changed = p.phase !== phase;
      if (changed) {
        phase = p.phase;
        phaseStarted = now;
      }
      if (tty) {
        if (!changed && now - lastPrint < 100 && p.done !== p.total) return;
        if (changed && lastLine) stream.write("\n");
        lastLine = render(p);
        stream.write(`\r\x1b[2K${lastLine}`);
      } else {
        if (!changed && now - lastPrint < 5000) return;
        stream.write(`${render(p)}\n`);
      }
      lastPrint = now;
    },
    done() {
      if (tty && lastLine) stream.write("\n");
      lastLine = "";
    },
  };
}

/** A readable summary: phases, then row counts per table, largest first. */
export function formatSummary(s: SeedSummary): string {
  const lines = [
    `Seeded ${s.parties.toLocaleString("en-US")} parties (seed ${s.seed}, story ending ${s.now}) into ${s.driver} in ${(s.elapsedMs / 1000).toFixed(1)} s: ${s.totalRows.toLocaleString("en-US")} rows.`,
    "Phases: " + s.phases.map((p) => `${p.phase} ${(p.ms / 1000).toFixed(1)} s`).join(", "),
  ];
  const rows = Object.entries(s.tables).sort((a, b) => b[1] - a[1]);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, count] of rows) lines.push(`  ${name.padEnd(width)}  ${count.toLocaleString("en-US").padStart(12)}`);
  return lines.join("\n");
}

/** Seeds with progress on stdout and prints the summary; the shared body of the seed scripts. */
export async function seedWithProgress(handle: DbHandle, options: SeedOptions): Promise<SeedSummary> {
  const { seedDemo } = await import("./index");
  const printer = progressPrinter();
  try {
    const summary = await seedDemo(handle, { ...options, onProgress: printer.onProgress });
    printer.done();
    console.log(formatSummary(summary));
    return summary;
  } catch (error) {
    printer.done();
    throw error;
  }
}
