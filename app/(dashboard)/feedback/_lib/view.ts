// Links between views of the feedback page, and what each card reads from the view. Every link
// goes through the domain's feedbackViewParams/responsesHref, so the URL has one shape.

import {
  addDays, daySpan, DIMENSIONS, feedbackViewParams, parseFeedbackView, type Dimension, type FeedbackView, type RangePreset,
  type ResponseQuery,
} from "@/lib/domain/feedback";

/** The days a daily trend may span before the parser falls back to weeks (as parseFeedbackView does). */
export const MAX_DAILY_DAYS = 400;

export function feedbackHref(view: FeedbackView, overrides: Partial<FeedbackView> = {}): string {
  const params = feedbackViewParams(view, overrides).toString();
  return params ? `/feedback?${params}` : "/feedback";
}

/**
 * What every card but the breakdown reads: the view without `by`. Suspense boundaries are keyed
 * by it, so switching the breakdown's dimension leaves the other cards as they are.
 */
export function dataKey(view: FeedbackView): string {
  const params = feedbackViewParams(view);
  params.delete("by");
  return params.toString();
}

export function viewKey(view: FeedbackView): string {
  return feedbackViewParams(view).toString();
}

/** A preset range, keeping a grain the user chose unless the range is too long for it. */
export function rangeHref(view: FeedbackView, range: RangePreset): string {
  const preset = parseFeedbackView({ range }).view;
  const keepGrain = !view.autoGrain && !(view.grain === "day" && daySpan(preset.from, preset.to) > MAX_DAILY_DAYS);
  return feedbackHref(view, { range, autoGrain: !keepGrain });
}

/** Whether a dimension value can be a filter in the URL (a group without a segment, say, cannot). */
export function isFilterValue(dim: Dimension, value: string): boolean {
  return parseFeedbackView({ [dim]: value }).view.filters[dim] !== undefined;
}

/**
 * The view narrowed to one value. Breaking down by the dimension just filtered would show one
 * group, so the breakdown moves on to the next dimension that is not filtered.
 */
export function addFilterHref(view: FeedbackView, dim: Dimension, value: string): string {
  const filters = { ...view.filters, [dim]: value };
  const by = view.by === dim ? (DIMENSIONS.find((d) => filters[d] === undefined) ?? view.by) : view.by;
  return feedbackHref(view, { filters, by });
}

export function removeFilterHref(view: FeedbackView, dim: Dimension): string {
  const filters = { ...view.filters };
  delete filters[dim];
  return feedbackHref(view, { filters });
}

export function hasFilters(view: FeedbackView): boolean {
  return DIMENSIONS.some((d) => view.filters[d] !== undefined);
}

/** The comments of a view, for themes and the latest verbatims. */
export function commentsQuery(view: FeedbackView): ResponseQuery {
  return { kind: view.kind, from: view.from, to: view.to, filters: view.filters, band: null, score: null, experience: null, q: "", commentsOnly: true };
}

/**
 * The days of bucket `i` inside the view: from its start (or the view's first day) to the day
 * before the next bucket starts (or the view's last day).
 */
export function bucketDates(starts: readonly string[], i: number, view: Pick<FeedbackView, "from" | "to">): { from: string; to: string } {
  const start = starts[i] ?? view.from;
  const next = starts[i + 1];
  const end = next ? addDays(next, -1) : view.to;
  return { from: start < view.from ? view.from : start, to: end > view.to ? view.to : end };
}

/** A URL's params as hidden fields, so a GET form keeps them. */
export function hiddenFields(params: URLSearchParams, omit: readonly string[] = []): Array<[string, string]> {
  return [...params].filter(([name]) => !omit.includes(name));
}
