// The drill-down's URL state, read once by the page: the query the data layer runs, and the
// same conditions as a "scope" that every link on the page (chips, themes, pager, empty states)
// is built from, so a link always keeps whatever it does not change.
import {
  addDays, daySpan, DIMENSIONS, feedbackViewParams, parseResponseQuery, responsesHref,
  type Dimension, type ResponseQuery,
} from "@/lib/domain/feedback";

/**
 * The query's conditions as links keep them: `comments=1` itself in place of `commentsOnly`. A search
 * shows only comments without it, so it is kept apart from `q`.
 */
export type ResponsesScope = Omit<ResponseQuery, "commentsOnly"> & { comments: boolean };

export interface ResponsesParams {
  /** What the data layer runs. */
  query: ResponseQuery;
  /** What links are built from. */
  scope: ResponsesScope;
  cursor: string | null;
  /** What the address asked for that was ignored, in words. */
  warnings: string[];
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export function parseResponsesParams(params: Record<string, string | string[] | undefined>, today: string): ResponsesParams {
  const { query, warnings } = parseResponseQuery(params, today);
  const { commentsOnly: _implied, ...rest } = query;
  // Checked by the data layer: a cursor it never issued comes back as "invalid", shown as a message.
  const cursor = first(params.cursor) || null;
  return { query, scope: { ...rest, comments: first(params.comments) === "1" }, cursor, warnings };
}

/** The list's own address for a scope (and a page of it); built by the domain's drill-down link. */
export function scopeHref(scope: ResponsesScope, cursor: string | null = null): string {
  const href = responsesHref(scope, {
    band: scope.band ?? undefined,
    score: scope.score ?? undefined,
    experience: scope.experience ?? undefined,
    q: scope.q || undefined,
    comments: scope.comments,
  });
  return cursor ? `${href}&${new URLSearchParams({ cursor })}` : href;
}

/** The scope as name/value pairs, for a GET form's hidden inputs. */
export function scopeEntries(scope: ResponsesScope): [string, string][] {
  return [...new URLSearchParams(scopeHref(scope).split("?")[1]).entries()];
}

/** The /feedback view with the same survey, dates and filters. */
export function feedbackHref(scope: ResponsesScope): string {
  const params = feedbackViewParams({
    kind: scope.kind, from: scope.from, to: scope.to, range: null, grain: "week", autoGrain: true,
    compare: "previous", compareRange: null, filters: scope.filters, by: "tier",
  });
  return `/feedback?${params}`;
}

/** Only the survey and the dates: every other condition removed. */
export function bareScope(scope: ResponsesScope): ResponsesScope {
  return { kind: scope.kind, from: scope.from, to: scope.to, filters: {}, band: null, score: null, experience: null, q: "", comments: false };
}

export function withoutFilter(scope: ResponsesScope, dim: Dimension): ResponsesScope {
  const filters = { ...scope.filters };
  delete filters[dim];
  return { ...scope, filters };
}

export function hasConditions(scope: ResponsesScope): boolean {
  return (
    DIMENSIONS.some((dim) => scope.filters[dim] !== undefined) ||
    scope.band !== null || scope.score !== null || scope.experience !== null || scope.q !== "" || scope.comments
  );
}

/**
 * The same conditions over at least the 12 months up to today (or to the range's end, when that is
 * later); null when the range already covers them.
 */
export function widerScope(scope: ResponsesScope, today: string): ResponsesScope | null {
  const to = scope.to > today ? scope.to : today;
  const yearBack = addDays(to, -364);
  const from = yearBack < scope.from ? yearBack : scope.from;
  if (from === scope.from && to === scope.to) return null;
  return daySpan(from, to) > daySpan(scope.from, scope.to) ? { ...scope, from, to } : null;
}
