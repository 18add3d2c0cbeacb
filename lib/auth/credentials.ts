import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { User } from "next-auth";
import { getDb } from "@/lib/db";
import { signInAttempt, staffUser } from "@/lib/db/schema";
import { hashPassword, verifyPassword } from "./password";

/** Failed attempts allowed per email (and, more loosely, per address) in the window. */
export const SIGN_IN_WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_IP = 30;

// Compared against when the email is unknown, so an unknown email costs the same time.
let dummyHash: Promise<string> | undefined;

export async function checkSignInAllowed(email: string, ip: string | null): Promise<boolean> {
  const db = await getDb();
  const since = sql`now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES})`;
  const [byEmail] = await db
    .select({ n: count() })
    .from(signInAttempt)
    .where(and(eq(signInAttempt.email, email), eq(signInAttempt.succeeded, false), gt(signInAttempt.attemptedAt, since)));
  if ((byEmail?.n ?? 0) >= MAX_FAILURES_PER_EMAIL) return false;
  if (!ip) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(signInAttempt)
    .where(and(eq(signInAttempt.ip, ip), eq(signInAttempt.succeeded, false), gt(signInAttempt.attemptedAt, since)));
  return (byIp?.n ?? 0) < MAX_FAILURES_PER_IP;
}

export type CredentialsResult = { kind: "ok"; user: User } | { kind: "invalid" } | { kind: "disabled" };

export async function verifyCredentials(email: string, password: string, ip: string | null): Promise<CredentialsResult> {
  const db = await getDb();
  const [staff] = await db
    .select()
    .from(staffUser)
    .where(eq(sql`lower(${staffUser.email})`, email))
    .limit(1);
  dummyHash ??= hashPassword("not-a-real-password");
  const ok = await verifyPassword(password, staff?.passwordHash ?? (await dummyHash));
  const succeeded = Boolean(staff && ok && !staff.disabledAt);
  await db.transaction(async (tx) => {
    await tx.insert(signInAttempt).values({ email, ip, succeeded });
    if (succeeded && staff) await tx.update(staffUser).set({ lastSignInAt: new Date() }).where(eq(staffUser.id, staff.id));
  });
  if (!staff || !ok) return { kind: "invalid" };
  if (staff.disabledAt) return { kind: "disabled" };
  return {
    kind: "ok",
    user: { id: staff.id, email: staff.email, name: staff.name, role: staff.role, sessionVersion: staff.sessionVersion },
  };
}

export async function findStaffForOidc(email: string) {
  const db = await getDb();
  const [staff] = await db
    .select({ id: staffUser.id, role: staffUser.role, sessionVersion: staffUser.sessionVersion, disabledAt: staffUser.disabledAt })
    .from(staffUser)
    .where(eq(sql`lower(${staffUser.email})`, email.toLowerCase()))
    .limit(1);
  return staff && !staff.disabledAt ? staff : null;
}
