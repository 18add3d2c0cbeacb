import "server-only";
import { listCaseQueue, type CaseQueuePage } from "@/lib/dal/cases";
import type { CaseQueueQuery } from "@/lib/domain/cases";
import { orInvalidCursor, type PageResult } from "../../_lib/loaded";

export type QueueResult = PageResult<CaseQueuePage>;

/** One page of the queue; a cursor we never issued becomes a result the table can explain. */
export function loadQueue(query: CaseQueueQuery, cursor: string | null): Promise<QueueResult> {
  return orInvalidCursor(listCaseQueue(query, cursor));
}
