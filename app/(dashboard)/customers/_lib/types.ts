// How the server page hands its reads to the client components. (The data shapes themselves
// live in lib/domain/directory.ts, shared with the data layer.)
import type { Page } from "@/lib/domain/cursor";
import type { DirectoryRow } from "@/lib/domain/directory";

/** A secondary read (count, countries, views, segments) that may fail without taking the page down. */
export type Loaded<T> = { ok: true; data: T } | { ok: false };

/** One page of rows, or the one failure that is the visitor's doing: a cursor we never issued. */
export type RowsResult = ({ ok: true } & Page<DirectoryRow>) | { ok: false; reason: "invalid-cursor" };
