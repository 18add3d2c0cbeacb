// How the queue's filters read, and its URLs. Client-safe: the toolbar, chips and table share it.
import { channelLabel } from "@/lib/domain/channels";
import {
  CASE_AGE_LABELS, CASE_AGES, CASE_SLA, caseQueueSearchParams, type CaseQueueQuery, type CaseSort,
} from "@/lib/domain/cases";
import { CASE_CATEGORIES, CASE_PRIORITIES, CASE_STATUSES, INTERACTION_CHANNELS } from "@/lib/domain/enums";
import { humanize } from "@/lib/format";

/** /cases with the query (and cursor) in the URL; defaults are left out, so the plain queue is "/cases". */
export function queueHref(query: CaseQueueQuery, cursor?: string | null): string {
  const params = caseQueueSearchParams(query, cursor).toString();
  return params ? `/cases?${params}` : "/cases";
}

/** The multi-value filters: query key, URL name, label, and their values in a stable order. */
export const MULTI_FILTERS = [
  { key: "statuses", label: "Status", values: CASE_STATUSES, text: humanize },
  // Most urgent first, as agents read them.
  { key: "priorities", label: "Priority", values: [...CASE_PRIORITIES].reverse(), text: humanize },
  { key: "categories", label: "Category", values: CASE_CATEGORIES, text: humanize },
  { key: "channels", label: "Channel", values: INTERACTION_CHANNELS, text: channelLabel },
] as const satisfies ReadonlyArray<{
  key: "statuses" | "priorities" | "categories" | "channels";
  label: string;
  values: readonly string[];
  text: (value: string) => string;
}>;
export type MultiFilterKey = (typeof MULTI_FILTERS)[number]["key"];

export const SLA_FILTER_LABELS: Record<(typeof CASE_SLA)[number], string> = {
  breached: "SLA breached", due_soon: "SLA due within 4 hours", on_track: "SLA on track",
};
export const AGE_OPTIONS = CASE_AGES.map((age) => ({ value: age, label: CASE_AGE_LABELS[age] }));

export const SORT_LABELS: Record<CaseSort, string> = {
  priority: "Most urgent first", oldest: "Oldest first", newest: "Newest first",
};

/** True when anything narrows the scope's cases (sort and scope do not). */
export function hasFilters(query: CaseQueueQuery): boolean {
  return MULTI_FILTERS.some((f) => query[f.key].length > 0) || query.age !== null || query.sla !== null;
}

/** The same scope and sort with every filter removed. */
export function withoutFilters(query: CaseQueueQuery): CaseQueueQuery {
  return { ...query, statuses: [], priorities: [], categories: [], channels: [], age: null, sla: null };
}

/** The query with one multi-value filter replaced; `values` come from MULTI_FILTERS' allow-lists. */
export function withValues(query: CaseQueueQuery, key: MultiFilterKey, values: readonly string[]): CaseQueueQuery {
  return { ...query, [key]: [...values] } as CaseQueueQuery;
}
