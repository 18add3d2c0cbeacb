import "server-only";
import { auditLog } from "@/lib/db/schema";
import { getDb, type Database } from "@/lib/db";
import type { CurrentUser } from "./session";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | number;
  partyId?: number;
  detail?: Record<string, unknown>;
}

/** Writes one audit row; call it inside the same transaction as the change it records. */
export async function writeAudit(tx: Tx, actor: CurrentUser | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorKind: actor ? actor.kind : "system",
    actorId: actor?.id ?? null,
    actorLabel: actor ? (actor.email ?? actor.name) : "system",
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    partyId: entry.partyId ?? null,
    detail: entry.detail ?? null,
    ip: actor?.ip ?? null,
  });
}

/** An audit row for an action that writes nothing else (an export, a read of something sensitive). */
export async function writeAuditNow(actor: CurrentUser, entry: AuditEntry): Promise<void> {
  await writeAudit(await getDb(), actor, entry);
}
