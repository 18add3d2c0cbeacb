import "server-only";
import { listFollowUps, type FollowUpPage } from "@/lib/dal/cases";
import type { FollowUpView } from "@/lib/domain/cases";
import { isAppError } from "@/lib/domain/errors";

/** One page of follow-ups, or the one failure that is the visitor's doing: a cursor we never issued. */
export type FollowUpsResult = ({ ok: true } & FollowUpPage) | { ok: false; reason: "invalid-cursor" };

/**
 * A bad cursor comes from the URL, not a fault: it becomes a result the page can explain.
 * Anything else rejects and reaches the error boundary (never shown as an empty queue).
 */
export function loadFollowUps(view: FollowUpView, cursor: string | null): Promise<FollowUpsResult> {
  return listFollowUps(view, cursor).then(
    (page): FollowUpsResult => ({ ok: true, ...page }),
    (error: unknown) => {
      if (isAppError(error) && error.code === "invalid") return { ok: false, reason: "invalid-cursor" };
      throw error;
    },
  );
}
