import type { PGlite } from "@electric-sql/pglite";
import type { ReservedSql } from "postgres";
import { BinaryWriter, type RowWriter } from "./binary";
import { valueText } from "./encode";
import type { RowSink } from "./generator";
import { TABLES, type Row, type TableSpec } from "./tables";

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function columnList(t: TableSpec): string {
  return t.cols.map(quoteIdent).join(", ");
}

/** Counts rows per table, whatever the sink does with them. */
export abstract class CountingSink implements RowSink {
  readonly counts = new Array<number>(TABLES.length).fill(0);

  abstract add(table: TableSpec, row: Row): void;

  countsByName(): Record<string, number> {
    const out: Record<string, number> = {};
    TABLES.forEach((t, i) => (out[t.name] = this.counts[i]!));
    return out;
  }
}

/**
 * PGlite: multi-row parameterized INSERTs, each under the 65,535 bind-parameter limit. Values
 * are passed in PostgreSQL's text form, so both load paths write byte-identical data.
 */
export class InsertSink extends CountingSink {
  private readonly params: (string | null)[][] = TABLES.map(() => []);
  private readonly sqlCache = new Map<string, string>();

  constructor(
    private readonly client: PGlite,
    private readonly maxParams = 30000,
  ) {
    super();
  }

  add(t: TableSpec, row: Row): void {
    this.counts[t.index]!++;
    const buf = this.params[t.index]!;
    const kinds = t.kinds;
    for (let c = 0; c < kinds.length; c++) buf.push(valueText(kinds[c]!, row[c] ?? null));
  }

  /** Writes the tables whose buffers are full (or all of them with `force`). */
  async drain(force = false): Promise<void> {
    for (const t of TABLES) {
      const buf = this.params[t.index]!;
      const width = t.cols.length;
      const perStatement = Math.floor(this.maxParams / width) * width;
      while (buf.length >= perStatement || (force && buf.length > 0)) {
        const chunk = buf.splice(0, Math.min(perStatement, buf.length));
        await this.client.query(this.insertSql(t, chunk.length / width), chunk);
      }
    }
  }

  private insertSql(t: TableSpec, rows: number): string {
    const key = `${t.name}:${rows}`;
    let text = this.sqlCache.get(key);
    if (!text) {
      const width = t.cols.length;
      const tuples: string[] = [];
      for (let r = 0; r < rows; r++) {
        const ps: string[] = [];
        for (let c = 0; c < width; c++) ps.push(`$${r * width + c + 1}`);
        tuples.push(`(${ps.join(",")})`);
      }
      text = `INSERT INTO ${quoteIdent(t.name)} (${columnList(t)}) VALUES ${tuples.join(",")}`;
      this.sqlCache.set(key, text);
    }
    return text;
  }
}

interface CopyJob {
  table: TableSpec;
  data: Buffer;
}

/**
 * PostgreSQL: COPY ... FROM STDIN (FORMAT binary). Rows are encoded into a per-table buffer; full
 * buffers become COPY statements run on a few reserved connections at once, so PostgreSQL stores
 * while JavaScript keeps generating. Queued data is bounded, so memory stays flat.
 */
export class CopySink extends CountingSink {
  private readonly writers: BinaryWriter[];
  private readonly queue: CopyJob[] = [];
  private readonly idle: ReservedSql[];
  private queuedBytes = 0;
  private running = 0;
  private failure: unknown = null;
  private waiters: (() => void)[] = [];

  constructor(
    connections: ReservedSql[],
    private readonly rowWriters: RowWriter[],
    private readonly chunkBytes = 1 << 20,
    private readonly maxQueuedBytes = 48 << 20,
  ) {
    super();
    this.idle = [...connections];
    this.writers = TABLES.map(() => new BinaryWriter(this.chunkBytes + (64 << 10)));
  }

  add(t: TableSpec, row: Row): void {
    this.counts[t.index]!++;
    const w = this.writers[t.index]!;
    this.rowWriters[t.index]!(w, row);
    if (w.off >= this.chunkBytes) this.enqueue(t);
  }

  private enqueue(t: TableSpec): void {
    const w = this.writers[t.index]!;
    if (w.empty) return;
    const data = w.take();
    this.queue.push({ table: t, data });
    this.queuedBytes += data.length;
  }

  /** Starts COPYs for queued chunks (and every partial buffer with `force`); waits while too much is queued. */
  async drain(force = false): Promise<void> {
    if (force) for (const t of TABLES) this.enqueue(t);
    this.pump();
    // Let socket events run: COPY completions are only seen when the event loop gets a turn, and
    // a connection that finished waits idle until then.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.failure === null && this.queuedBytes > (force ? 0 : this.maxQueuedBytes)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (force) {
      while (this.failure === null && this.running > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure !== null) throw this.failure;
  }

  private pump(): void {
    while (this.failure === null && this.idle.length > 0 && this.queue.length > 0) {
      const conn = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running++;
      copyInto(conn, job.table, job.data)
        .catch((error: unknown) => {
          this.failure ??= error;
        })
        .finally(() => {
          this.running--;
          this.queuedBytes -= job.data.length;
          this.idle.push(conn);
          this.pump();
          const waiters = this.waiters;
          this.waiters = [];
          for (const w of waiters) w();
        });
    }
  }
}

/**
 * One COPY statement. postgres.js 3.4 never settles the writable when the server rejects the data
 * after CopyDone (porsager/postgres#1173), so the query's reject is hooked to fail the copy.
 */
async function copyInto(conn: ReservedSql, t: TableSpec, data: Buffer): Promise<void> {
  const query = conn.unsafe(`COPY ${quoteIdent(t.name)} (${columnList(t)}) FROM STDIN (FORMAT binary)`);
  let lateError: ((error: unknown) => void) | null = null;
  const hooked = query as unknown as { reject: (error: unknown) => void };
  const originalReject = hooked.reject;
  hooked.reject = (error: unknown) => {
    lateError?.(error);
    originalReject(error);
  };
  const stream = await query.writable();
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error instanceof Error ? Object.assign(error, { message: `COPY ${t.name}: ${error.message}` }) : error);
    };
    lateError = fail;
    stream.on("error", fail);
    stream.end(data, () => {
      if (settled) return;
      settled = true;
      resolve();
    });
  });
}
