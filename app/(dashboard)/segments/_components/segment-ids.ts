// Segment ids as they arrive in addresses: "/segments/12" and "/segments/overlap?ids=3,7,12".
// Pure, so the list page's form, the pages and the tests agree on what a valid address is.

export const MIN_OVERLAP = 2;
export const MAX_OVERLAP = 3;

/** "12" → 12; anything but a positive whole number (no signs, no leading zeros) → null. */
export function parseSegmentId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export type OverlapIds =
  | { ok: true; ids: number[] }
  | { ok: false; reason: "missing" | "malformed" | "duplicate" | "count"; message: string; ids: number[] };

/**
 * `ids` from the overlap address: "3,7" or "3,7,12", or the same as repeated parameters (what the
 * picker's form sends without JavaScript). Two or three distinct segment ids, or why not; `ids`
 * then holds the valid ones, so the picker can start from them.
 */
export function parseOverlapIds(raw: string | string[] | undefined): OverlapIds {
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((value) => value.split(","))
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length === 0) {
    return { ok: false, reason: "missing", message: "No segments were picked.", ids: [] };
  }
  const ids: number[] = [];
  const bad: string[] = [];
  for (const part of parts) {
    const id = parseSegmentId(part);
    if (id === null) bad.push(part);
    else if (!ids.includes(id)) ids.push(id);
  }
  const kept = ids.slice(0, MAX_OVERLAP);
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map((b) => `“${b.slice(0, 20)}”`).join(", ");
    return { ok: false, reason: "malformed", message: `${shown} ${bad.length === 1 ? "is not a segment id" : "are not segment ids"}.`, ids: kept };
  }
  if (ids.length < parts.length && ids.length < MIN_OVERLAP) {
    return { ok: false, reason: "duplicate", message: "The same segment was picked more than once.", ids: kept };
  }
  if (ids.length < MIN_OVERLAP || ids.length > MAX_OVERLAP) {
    return { ok: false, reason: "count", message: `${ids.length === 1 ? "Only one segment was" : `${ids.length} segments were`} picked.`, ids: kept };
  }
  return { ok: true, ids };
}

/** The overlap page for these segments, in the order given. */
export function overlapHref(ids: readonly number[]): string {
  return `/segments/overlap?ids=${ids.join(",")}`;
}
