import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { cache } from "react";
import { SessionTokenReader } from "@/lib/auth/session-token";
import { getDb } from "@/lib/db";
import { apiKey, staffUser } from "@/lib/db/schema";
import type { Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/domain/errors";
import { can, type Permission } from "@/lib/domain/permissions";

export interface CurrentUser {
  kind: "user" | "api_key";
  /** Staff user id, or API key id. */
  id: string;
  name: string;
  email: string | null;
  role: Role;
  ip: string | null;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

async function fromApiKey(token: string, ip: string | null): Promise<CurrentUser | null> {
  const db = await getDb();
  const [key] = await db
    .select({ id: apiKey.id, name: apiKey.name, role: apiKey.role, lastUsedAt: apiKey.lastUsedAt })
    .from(apiKey)
    .where(and(eq(apiKey.keyHash, hashApiKey(token)), isNull(apiKey.revokedAt)))
    .limit(1);
  if (!key) return null;
  // "Last used" is for people telling keys apart; a minute's precision keeps every API read
  // from becoming a write.
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await db.update(apiKey).set({ lastUsedAt: sql`now()` }).where(eq(apiKey.id, key.id));
  }
  return { kind: "api_key", id: key.id, name: key.name, email: null, role: key.role, ip };
}

const sessionTokens = new SessionTokenReader();

async function fromSession(cookie: string | null, ip: string | null): Promise<CurrentUser | null> {
  const claims = await sessionTokens.read(cookie);
  const uid = claims?.uid;
  if (!uid || !/^[0-9a-f-]{36}$/i.test(uid)) return null;
  const db = await getDb();
  const [staff] = await db
    .select({
      id: staffUser.id, name: staffUser.name, email: staffUser.email, role: staffUser.role,
      sessionVersion: staffUser.sessionVersion, disabledAt: staffUser.disabledAt,
    })
    .from(staffUser)
    .where(eq(staffUser.id, uid))
    .limit(1);
  // Sign-out, a role change and disabling bump the version: older tokens stop working at once.
  if (!staff || staff.disabledAt || staff.sessionVersion !== claims.sv) return null;
  return { kind: "user", id: staff.id, name: staff.name, email: staff.email, role: staff.role, ip };
}

/**
 * Who is asking: a signed-in staff user (session cookie) or an API key (`Authorization: Bearer`).
 * Cached per request. Null when neither is valid.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const h = await headers();
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
  const authorization = h.get("authorization");
  if (authorization?.toLowerCase().startsWith("bearer ")) {
    return fromApiKey(authorization.slice(7).trim(), ip);
  }
  return fromSession(h.get("cookie"), ip);
});

/**
 * The security boundary. Every data access function and every server action starts here:
 * it answers the current user when they hold `permission`, and throws otherwise.
 */
export async function requireUser(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to continue.");
  if (!can(user.role, permission)) throw new AppError("forbidden", "Your role does not allow this.");
  return user;
}
