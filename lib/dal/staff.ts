import "server-only";
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { apiKey, auditLog, staffUser } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { decodeCursor, encodeCursor, type Page } from "@/lib/domain/cursor";
import { ROLES, type Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/domain/errors";
import { writeAudit } from "./audit";
import { hashApiKey, requireUser } from "./session";

export interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

export async function listStaff(): Promise<StaffRow[]> {
  await requireUser("staff:manage");
  const db = await getDb();
  const rows = await db
    .select({
      id: staffUser.id, email: staffUser.email, name: staffUser.name, role: staffUser.role,
      disabledAt: staffUser.disabledAt, lastSignInAt: staffUser.lastSignInAt, createdAt: staffUser.createdAt,
    })
    .from(staffUser)
    .orderBy(asc(staffUser.name));
  return rows.map((r) => ({
    id: r.id, email: r.email, name: r.name, role: r.role, disabled: Boolean(r.disabledAt),
    lastSignInAt: r.lastSignInAt?.toISOString() ?? null, createdAt: r.createdAt.toISOString(),
  }));
}

export const newStaffInput = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(200),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(320),
  role: z.enum(ROLES, { message: "Choose a role." }),
  password: z.string().min(10, "Use at least 10 characters.").max(1024),
});

export async function createStaff(input: z.infer<typeof newStaffInput>): Promise<{ id: string }> {
  const actor = await requireUser("staff:manage");
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: staffUser.id })
      .from(staffUser)
      .where(eq(sql`lower(${staffUser.email})`, input.email));
    if (existing) throw new AppError("conflict", "That email already has an account.", { email: "Already in use." });
    const [row] = await tx
      .insert(staffUser)
      .values({ name: input.name, email: input.email, role: input.role, passwordHash })
      .returning({ id: staffUser.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, actor, { action: "staff.create", targetType: "staff_user", targetId: row.id, detail: { email: input.email, role: input.role } });
    return row;
  });
}

/** Changing a role ends that user's sessions: they sign in again under the new role. */
export async function changeStaffRole(id: string, role: Role): Promise<void> {
  const actor = await requireUser("staff:manage");
  if (actor.kind === "user" && actor.id === id) throw new AppError("invalid", "You cannot change your own role.", { role: "Ask another admin." });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffUser)
      .set({ role, sessionVersion: sql`${staffUser.sessionVersion} + 1` })
      .where(eq(staffUser.id, id))
      .returning({ id: staffUser.id });
    if (!row) throw new AppError("not_found", "No such user.");
    await writeAudit(tx, actor, { action: "staff.role_change", targetType: "staff_user", targetId: id, detail: { role } });
  });
}

export async function setStaffDisabled(id: string, disabled: boolean): Promise<void> {
  const actor = await requireUser("staff:manage");
  if (actor.kind === "user" && actor.id === id) throw new AppError("invalid", "You cannot disable your own account.");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(staffUser)
      .set({ disabledAt: disabled ? sql`now()` : null, sessionVersion: sql`${staffUser.sessionVersion} + 1` })
      .where(eq(staffUser.id, id))
      .returning({ id: staffUser.id });
    if (!row) throw new AppError("not_found", "No such user.");
    await writeAudit(tx, actor, { action: disabled ? "staff.disable" : "staff.enable", targetType: "staff_user", targetId: id });
  });
}

/** Sign-out: bumping the version kills this token and any copy of it, everywhere. */
export async function endOwnSessions(): Promise<void> {
  const actor = await requireUser("party:read");
  if (actor.kind !== "user") return;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(staffUser).set({ sessionVersion: sql`${staffUser.sessionVersion} + 1` }).where(eq(staffUser.id, actor.id));
    await writeAudit(tx, actor, { action: "session.sign_out", targetType: "staff_user", targetId: actor.id });
  });
}

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
}

export async function listApiKeys(): Promise<ApiKeyRow[]> {
  await requireUser("api_key:manage");
  const db = await getDb();
  const rows = await db.select().from(apiKey).orderBy(desc(apiKey.createdAt));
  return rows.map((r) => ({
    id: r.id, name: r.name, prefix: r.prefix, role: r.role, createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revoked: Boolean(r.revokedAt),
  }));
}

export const newApiKeyInput = z.object({
  name: z.string().trim().min(1, "Name the key after what uses it.").max(100),
  role: z.enum(ROLES, { message: "Choose a role." }),
});

/** Returns the key once; only its SHA-256 is stored. */
export async function createApiKey(input: z.infer<typeof newApiKeyInput>): Promise<{ id: string; key: string }> {
  const actor = await requireUser("api_key:manage");
  const key = `cx360_${randomBytes(24).toString("base64url")}`;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKey)
      .values({ name: input.name, role: input.role, prefix: key.slice(0, 12), keyHash: hashApiKey(key), createdBy: actor.kind === "user" ? actor.id : null })
      .returning({ id: apiKey.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, actor, { action: "api_key.create", targetType: "api_key", targetId: row.id, detail: { name: input.name, role: input.role } });
    return { id: row.id, key };
  });
}

export async function revokeApiKey(id: string): Promise<void> {
  const actor = await requireUser("api_key:manage");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKey)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKey.id, id), isNull(apiKey.revokedAt)))
      .returning({ id: apiKey.id });
    if (!row) throw new AppError("not_found", "No such active key.");
    await writeAudit(tx, actor, { action: "api_key.revoke", targetType: "api_key", targetId: id });
  });
}

export interface AuditRow {
  id: number;
  at: string;
  actorKind: string;
  actor: string | null;
  action: string;
  target: string | null;
  partyId: number | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
}

// Keyed by id alone: ids grow with insertion, and a JavaScript Date would drop the
// microseconds of `at`, which would skip rows at a page boundary.
const auditCursor = z.number().int().positive();

export async function listAudit(opts: { limit: number; cursor?: string | undefined }): Promise<Page<AuditRow>> {
  await requireUser("audit:read");
  const after = decodeCursor(opts.cursor, auditCursor);
  const db = await getDb();
  const rows = await db
    .select()
    .from(auditLog)
    .where(after ? lt(auditLog.id, after) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(opts.limit + 1);
  const items = rows.slice(0, opts.limit).map((r) => ({
    id: r.id, at: r.at.toISOString(), actorKind: r.actorKind, actor: r.actorLabel, action: r.action,
    target: r.targetType ? `${r.targetType}:${r.targetId ?? ""}` : null, partyId: r.partyId, detail: r.detail, ip: r.ip,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > opts.limit && last ? encodeCursor(last.id) : null };
}
