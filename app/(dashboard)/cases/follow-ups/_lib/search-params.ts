// The follow-up queue's URL state, parsed once on the server and rebuilt by links on both sides.
import { FOLLOW_UP_VIEWS, type FollowUpView } from "@/lib/domain/cases";

export const FOLLOW_UPS_PATH = "/cases/follow-ups";

export const VIEW_LABELS: Record<FollowUpView, string> = { open: "Open", mine: "Mine", closed: "Closed" };

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** URL → view and cursor. An unknown view falls back to "open": a stale link still lands somewhere useful. */
export function parseFollowUpParams(params: Params): { view: FollowUpView; cursor: string | null } {
  const rawView = first(params.view);
  const view = FOLLOW_UP_VIEWS.find((v) => v === rawView) ?? "open";
  const cursor = first(params.cursor);
  // Cursors we issue are short; anything longer is not one of ours (the data layer says so too).
  return { view, cursor: cursor && cursor.length <= 512 ? cursor : null };
}

/** The queue's address for a view (and page); the default view carries no parameter. */
export function followUpsHref(view: FollowUpView, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (view !== "open") params.set("view", view);
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `${FOLLOW_UPS_PATH}?${query}` : FOLLOW_UPS_PATH;
}
