import {
  TIMELINE_GROUPS, TIMELINE_KINDS, timelineSearchParams, type TimelineKind, type TimelineQuery,
} from "@/lib/domain/timeline";
import type { TimelineGroup } from "./kind-style";

// The timeline's URLs. `tab` belongs to the page and is kept; `item` (a linked entry) and `cursor`
// are positions, dropped whenever the filters change.

/** What `useSearchParams()` returns, narrowed to what is read here (and easy to build in tests). */
export type ReadParams = Pick<URLSearchParams, "get" | "toString">;

function withQuery(pathname: string, params: URLSearchParams): string {
  const text = params.toString();
  return text ? `${pathname}?${text}` : pathname;
}

function keepTab(current: ReadParams): URLSearchParams {
  const out = new URLSearchParams();
  const tab = current.get("tab");
  if (tab) out.set("tab", tab);
  return out;
}

/** The permalink of one entry: `?item=<key>`, plus `tab` when the page has one. */
export function itemHref(pathname: string, current: ReadParams, key: string): string {
  const params = keepTab(current);
  params.set("item", key);
  return withQuery(pathname, params);
}

/** The same address without the linked entry: the newest entries under the same filters. */
export function latestHref(pathname: string, current: ReadParams): string {
  const params = new URLSearchParams(current.toString());
  params.delete("item");
  params.delete("cursor");
  return withQuery(pathname, params);
}

/**
 * Kinds as the shortest `types` list: a group's key where all its kinds are chosen, single kinds
 * for the rest (a shared link may name single kinds).
 */
export function compactTypes(kinds: readonly TimelineKind[]): string[] {
  const chosen = new Set(kinds);
  const out: string[] = [];
  for (const group of TIMELINE_GROUPS) {
    if (group.kinds.every((k) => chosen.has(k))) {
      out.push(group.key);
      group.kinds.forEach((k) => chosen.delete(k));
    }
  }
  return [...out, ...TIMELINE_KINDS.filter((k) => chosen.has(k))];
}

/** The page's address for a new set of filters. */
export function filtersHref(pathname: string, current: ReadParams, query: TimelineQuery): string {
  const params = keepTab(current);
  const filters = timelineSearchParams(query);
  if (query.kinds?.length) filters.set("types", compactTypes(query.kinds).join(","));
  filters.forEach((value, name) => params.set(name, value));
  return withQuery(pathname, params);
}

export const NO_FILTERS: TimelineQuery = { kinds: null, channels: null, q: null };

export function isFiltered(query: TimelineQuery): boolean {
  return Boolean(query.kinds?.length || query.channels?.length || query.q);
}

/** The filters as `loadTimelinePage` takes them: the same strings as the page's URL. */
export function pageFilters(query: TimelineQuery): { types?: string; channels?: string; tq?: string } {
  const params = timelineSearchParams(query);
  const pick = (name: string) => params.get(name) ?? undefined;
  return { types: pick("types"), channels: pick("channels"), tq: pick("tq") };
}

/** Whether a group's toggle shows pressed: all its kinds chosen, some ("mixed"), or none. */
export function groupPressed(kinds: readonly TimelineKind[] | null, group: TimelineGroup): boolean | "mixed" {
  if (!kinds?.length) return false;
  const chosen = group.kinds.filter((k) => kinds.includes(k)).length;
  if (chosen === 0) return false;
  return chosen === group.kinds.length ? true : "mixed";
}

/** The kinds after pressing a group's toggle: a pressed group goes, anything else becomes whole. */
export function toggleGroup(kinds: readonly TimelineKind[] | null, group: TimelineGroup): TimelineKind[] | null {
  const chosen = new Set(kinds ?? []);
  const remove = groupPressed(kinds, group) === true;
  for (const k of group.kinds) {
    if (remove) chosen.delete(k);
    else chosen.add(k);
  }
  const next = TIMELINE_KINDS.filter((k) => chosen.has(k));
  return next.length ? next : null;
}
