import type { TableSpec, Value } from "./tables";

// COPY ... FROM STDIN (FORMAT binary) encoding. Binary saves both sides work: no number or
// timestamp formatting in JavaScript, no parsing in PostgreSQL. Each column's encoder is chosen
// from the column's real type in the database, so a migration that widens a column cannot make
// the seeder write the wrong width.

export type BinaryType = "int2" | "int4" | "int8" | "timestamptz" | "date" | "bool" | "uuid" | "text" | "jsonb" | "text[]" | "timestamptz[]";

const HEADER = Buffer.from("PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0", "latin1");
const PG_EPOCH = 946684800; // 2000-01-01T00:00:00Z in Unix seconds
const TEXT_OID = 25;
const TIMESTAMPTZ_OID = 1184;
/** More than the fixed-size part of any row (at most 20 bytes per column). */
const ROW_SLACK = 1024;

/** Maps a catalog type (typname, typtype) to the binary encoding used for it. */
export function binaryTypeOf(typname: string, typtype: string): BinaryType {
  if (typtype === "e") return "text"; // enum_recv takes the label
  switch (typname) {
    case "int2":
    case "int4":
    case "int8":
    case "timestamptz":
    case "date":
    case "bool":
    case "uuid":
    case "jsonb":
      return typname;
    case "text":
    case "varchar":
    case "bpchar":
    case "json":
      return "text";
    case "_text":
      return "text[]";
    case "_timestamptz":
      return "timestamptz[]";
    default:
      throw new Error(`binary COPY: unsupported column type ${typname}`);
  }
}

export type RowWriter = (w: BinaryWriter, row: readonly Value[]) => void;

/** Writes binary COPY data into a growing buffer; `take` hands out one complete COPY payload. */
export class BinaryWriter {
  buf: Buffer;
  off = 0;

  constructor(private readonly size: number) {
    this.buf = Buffer.allocUnsafe(size);
    this.start();
  }

  private start(): void {
    HEADER.copy(this.buf, 0);
    this.off = HEADER.length;
  }

  /** Whether any row was written since the last `take`. */
  get empty(): boolean {
    return this.off === HEADER.length;
  }

  /** The payload so far (header, rows, trailer); starts a new one. */
  take(): Buffer {
    this.room(2);
    this.buf[this.off++] = 0xff;
    this.buf[this.off++] = 0xff;
    const out = this.buf.subarray(0, this.off);
    this.buf = Buffer.allocUnsafe(this.size);
    this.start();
    return out;
  }

  room(n: number): void {
    if (this.off + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.off + n + 1024));
    this.buf.copy(bigger, 0, 0, this.off);
    this.buf = bigger;
  }

  u16(v: number): void {
    const b = this.buf;
    b[this.off++] = (v >>> 8) & 255;
    b[this.off++] = v & 255;
  }

  u32(v: number): void {
    const b = this.buf;
    let o = this.off;
    b[o++] = (v >>> 24) & 255;
    b[o++] = (v >>> 16) & 255;
    b[o++] = (v >>> 8) & 255;
    b[o++] = v & 255;
    this.off = o;
  }

  /** A 64-bit two's complement integer from a safe JavaScript integer. */
  i64(v: number): void {
    if (v >= 0 && v < 4294967296) {
      this.u32(0);
      this.u32(v);
    } else {
      const hi = Math.floor(v / 4294967296);
      this.u32(hi | 0);
      this.u32(v - hi * 4294967296);
    }
  }

  nul(): void {
    this.u32(0xffffffff);
  }

  int2(v: number): void {
    this.u32(2);
    this.u16(v & 0xffff);
  }

  int4(v: number): void {
    this.u32(4);
    this.u32(v | 0);
  }

  int8(v: number): void {
    this.u32(8);
    this.i64(v);
  }

  /** Whole seconds since the Unix epoch, as microseconds since 2000-01-01. */
  timestamptz(sec: number): void {
    this.u32(8);
    this.i64((sec - PG_EPOCH) * 1000000);
  }

  /** "YYYY-MM-DD" as days since 2000-01-01. */
  date(v: string): void {
    this.u32(4);
    this.u32(Math.round(Date.parse(`${v}T00:00:00Z`) / 86400000) - 10957);
  }

  bool(v: boolean): void {
    this.u32(1);
    this.buf[this.off++] = v ? 1 : 0;
  }

  uuid(v: string): void {
    this.u32(16);
    this.off += this.buf.write(v.replace(/-/g, ""), this.off, 16, "hex");
  }

  /** UTF-8 bytes preceded by their length; `prefix` is jsonb's version byte. */
  text(v: string, prefix = -1): void {
    // Room for this value and the fixed-size fields still to come in the row.
    this.room(v.length * 3 + 5 + ROW_SLACK);
    const at = this.off;
    this.off += 4;
    if (prefix >= 0) this.buf[this.off++] = prefix;
    this.off += (this.buf as Buffer & { utf8Write(s: string, offset: number): number }).utf8Write(v, this.off);
    const len = this.off - at - 4;
    this.buf[at] = (len >>> 24) & 255;
    this.buf[at + 1] = (len >>> 16) & 255;
    this.buf[at + 2] = (len >>> 8) & 255;
    this.buf[at + 3] = len & 255;
  }

  jsonb(v: string): void {
    this.text(v, 1);
  }

  private arrayHeader(n: number, elemOid: number): void {
    this.u32(n === 0 ? 0 : 1); // dimensions
    this.u32(0); // has nulls
    this.u32(elemOid);
    if (n > 0) {
      this.u32(n);
      this.u32(1); // lower bound
    }
  }

  textArray(v: readonly string[]): void {
    let size = 20;
    for (const s of v) size += 4 + s.length * 3;
    this.room(size + 4 + ROW_SLACK);
    const at = this.off;
    this.off += 4;
    this.arrayHeader(v.length, TEXT_OID);
    for (const s of v) this.text(s);
    const len = this.off - at - 4;
    const b = this.buf;
    b[at] = (len >>> 24) & 255;
    b[at + 1] = (len >>> 16) & 255;
    b[at + 2] = (len >>> 8) & 255;
    b[at + 3] = len & 255;
  }

  timestamptzArray(v: readonly number[]): void {
    const n = v.length;
    this.room(24 + n * 12 + ROW_SLACK);
    this.u32(n === 0 ? 12 : 20 + n * 12);
    this.arrayHeader(n, TIMESTAMPTZ_OID);
    for (const s of v) this.timestamptz(s);
  }
}

const METHOD: Record<BinaryType, keyof BinaryWriter> = {
  int2: "int2", int4: "int4", int8: "int8", timestamptz: "timestamptz", date: "date", bool: "bool", uuid: "uuid",
  text: "text", jsonb: "jsonb", "text[]": "textArray", "timestamptz[]": "timestamptzArray",
};

/** Size of the fixed part of each field, so one `room` call per row covers all of them. */
const FIXED: Record<BinaryType, number> = {
  int2: 6, int4: 8, int8: 12, timestamptz: 12, date: 8, bool: 5, uuid: 20, text: 4, jsonb: 4, "text[]": 4, "timestamptz[]": 4,
};

/**
 * A row writer specialized for one table's column types: one straight-line function per table
 * instead of a loop that dispatches on every value.
 */
export function compileRowWriter(table: TableSpec, types: readonly BinaryType[]): RowWriter {
  if (types.length !== table.cols.length) throw new Error(`binary COPY: ${table.name} has ${types.length} types for ${table.cols.length} columns`);
  let fixed = 2;
  const body = types.map((type, c) => {
    fixed += FIXED[type];
    return `v = r[${c}]; if (v === null || v === undefined) w.nul(); else w.${METHOD[type]}(v);`;
  });
  // Built only from the static column list and catalog types above, never from data.
  return new Function("w", "r", `let v; w.room(${fixed}); w.u16(${types.length});\n${body.join("\n")}`) as RowWriter;
}
