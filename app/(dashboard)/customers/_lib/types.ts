// Shapes the server page hands to the client components. Client code must not import lib/dal,
// so these mirror what the data layer returns; the page checks they still match.
import type { Page } from "@/lib/domain/cursor";
import type { DirectoryRow } from "@/lib/domain/directory";

/** A secondary read (count, countries, views, segments) that may fail without taking the page down. */
export type Loaded<T> = { ok: true; data: T } | { ok: false };

/** One page of rows, or the one failure that is the visitor's doing: a cursor we never issued. */
export type RowsResult = ({ ok: true } & Page<DirectoryRow>) | { ok: false; reason: "invalid-cursor" };

export interface CountryCount {
  code: string;
  count: number;
}

export interface SavedViewItem {
  id: number;
  name: string;
  shared: boolean;
  /** URL query string without "?" and without a cursor. */
  query: string;
  ownerName: string;
  canEdit: boolean;
}

export interface StaticSegmentOption {
  id: number;
  name: string;
  memberCount: number;
}
