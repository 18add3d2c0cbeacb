import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { party, staffUser, supportCase } from "@/lib/db/schema";
import { OPEN_CASE_STATUSES } from "@/lib/domain/enums";
import { requireUser } from "./session";

export interface CaseListItem {
  id: number;
  partyId: number;
  caseNumber: string;
  subject: string;
  kind: string;
  status: string;
  priority: string;
  category: string;
  channel: string;
  customer: string;
  assignee: string | null;
  openedAt: string;
}

/** The newest open cases; the full queue with filters is built on this. */
export async function listOpenCases(limit = 50): Promise<CaseListItem[]> {
  await requireUser("case:read");
  const db = await getDb();
  const rows = await db
    .select({
      id: supportCase.id, partyId: supportCase.partyId, caseNumber: supportCase.caseNumber,
      subject: supportCase.subject, kind: supportCase.kind, status: supportCase.status,
      priority: supportCase.priority, category: supportCase.category, channel: supportCase.channel,
      customer: party.displayName, assignee: staffUser.name, openedAt: supportCase.occurredAt,
    })
    .from(supportCase)
    .innerJoin(party, eq(party.id, supportCase.partyId))
    .leftJoin(staffUser, eq(staffUser.id, supportCase.assigneeId))
    .where(inArray(supportCase.status, [...OPEN_CASE_STATUSES]))
    .orderBy(desc(supportCase.occurredAt), desc(supportCase.id))
    .limit(Math.min(Math.max(limit, 1), 200));
  return rows.map((r) => ({ ...r, openedAt: r.openedAt.toISOString() }));
}
