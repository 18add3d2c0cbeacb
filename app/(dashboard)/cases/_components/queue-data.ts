import "server-only";
import { listCaseQueue, type CaseQueuePage } from "@/lib/dal/cases";
import type { CaseQueueQuery } from "@/lib/domain/cases";
import { isAppError } from "@/lib/domain/errors";

export type QueueResult = ({ ok: true } & CaseQueuePage) | { ok: false; reason: "invalid-cursor" };

/**
 * One page of the queue. A cursor we never issued is the visitor's URL, not a fault: it becomes a
 * result the table can explain. Anything else rejects and reaches the error boundary.
 */
export function loadQueue(query: CaseQueueQuery, cursor: string | null): Promise<QueueResult> {
  return listCaseQueue(query, cursor).then(
    (page): QueueResult => ({ ok: true, ...page }),
    (error: unknown): QueueResult => {
      if (cursor && isAppError(error) && error.code === "invalid") return { ok: false, reason: "invalid-cursor" };
      throw error;
    },
  );
}
