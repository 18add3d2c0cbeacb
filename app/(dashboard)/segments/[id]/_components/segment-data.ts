import "server-only";
import { cache } from "react";
import { getSegment } from "@/lib/dal/segments";

/** The segment, read once per request: the page and its metadata share it. */
export const loadSegment = cache((id: number) => getSegment(id));

/** `?cursor=` for the members list: the first value, and only if it could be one we issued. */
export function parseMembersCursor(raw: string | string[] | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.length <= 512 ? value : null;
}

/** The segment page at a page of members; the hash brings the reader back to the list. */
export function membersHref(id: number, cursor: string | null = null): string {
  return `/segments/${id}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}#segment-members`;
}
