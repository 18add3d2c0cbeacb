import type { ColKind, Value } from "./tables";

// Text forms of values as PostgreSQL reads them, for the parameterized INSERT path (PGlite).

const pad2 = Array.from({ length: 100 }, (_, i) => (i < 10 ? "0" : "") + i);
let timeOfDay: string[] | undefined;
const dayCache: string[] = [];

/** "YYYY-MM-DD HH:MM:SS+00" for whole seconds since the epoch; cached per day and second of day. */
export function tsText(sec: number): string {
  if (!timeOfDay) {
    timeOfDay = new Array<string>(86400);
    for (let s = 0; s < 86400; s++) {
      timeOfDay[s] = pad2[Math.floor(s / 3600)]! + ":" + pad2[Math.floor(s / 60) % 60]! + ":" + pad2[s % 60]! + "+00";
    }
  }
  const day = Math.floor(sec / 86400);
  let d = day >= 0 && day < 100000 ? dayCache[day] : undefined;
  if (d === undefined) {
    d = new Date(day * 86400000).toISOString().slice(0, 10) + " ";
    if (day >= 0 && day < 100000) dayCache[day] = d;
  }
  return d + timeOfDay[sec - day * 86400]!;
}

/** "YYYY-MM-DD" of a time in seconds. */
export function dateText(sec: number): string {
  return new Date(sec * 1000).toISOString().slice(0, 10);
}

function arrayElement(s: string): string {
  return /^[A-Za-z0-9_.:+-]+$/.test(s) && s.toUpperCase() !== "NULL" ? s : '"' + s.replace(/[\\"]/g, "\\$&") + '"';
}

/** PostgreSQL text form of one value, or null. */
export function valueText(kind: ColKind, v: Value): string | null {
  if (v === null) return null;
  switch (kind) {
    case "ts":
      return tsText(v as number);
    case "b":
      return v ? "t" : "f";
    case "a":
      return "{" + (v as readonly string[]).map(arrayElement).join(",") + "}";
    case "ta":
      return "{" + (v as readonly number[]).map((s) => '"' + tsText(s) + '"').join(",") + "}";
    default:
      return typeof v === "string" ? v : String(v);
  }
}
