import "server-only";
import { listFollowUps, type FollowUpPage } from "@/lib/dal/cases";
import type { FollowUpView } from "@/lib/domain/cases";
import { orInvalidCursor, type PageResult } from "../../../_lib/loaded";

/** One page of follow-ups, or the one failure that is the visitor's doing: a cursor we never issued. */
export type FollowUpsResult = PageResult<FollowUpPage>;

export function loadFollowUps(view: FollowUpView, cursor: string | null): Promise<FollowUpsResult> {
  return orInvalidCursor(listFollowUps(view, cursor));
}
