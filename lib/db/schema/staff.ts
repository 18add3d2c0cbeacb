import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ts } from "./columns";
import { auditActorKindEnum, roleEnum } from "./enums";

export const staffUser = pgTable(
  "staff_user",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    /** scrypt$N$r$p$salt$hash; null for accounts that only sign in through OIDC. */
    passwordHash: text(),
    /** Bumped on sign-out, role change and disabling: every older session token stops working. */
    sessionVersion: integer().notNull().default(1),
    disabledAt: ts(),
    lastSignInAt: ts(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("staff_user_email_uq").on(sql`lower(${t.email})`)],
);

export const signInAttempt = pgTable(
  "sign_in_attempt",
  {
    id: id().primaryKey(),
    email: text().notNull(),
    ip: text(),
    succeeded: boolean().notNull(),
    attemptedAt: createdAt(),
  },
  (t) => [index("sign_in_attempt_email_at_idx").on(t.email, t.attemptedAt)],
);

export const apiKey = pgTable("api_key", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** First characters of the key, shown in the UI to tell keys apart. */
  prefix: text().notNull(),
  /** SHA-256 of the whole key; the key itself is shown once and never stored. */
  keyHash: text().notNull().unique(),
  role: roleEnum().notNull(),
  createdBy: uuid().references(() => staffUser.id),
  createdAt: createdAt(),
  lastUsedAt: ts(),
  revokedAt: ts(),
});

/** Append-only: a trigger refuses UPDATE and DELETE (see the triggers migration). */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id().primaryKey(),
    at: createdAt(),
    actorKind: auditActorKindEnum().notNull(),
    actorId: text(),
    actorLabel: text(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    partyId: bigint({ mode: "number" }),
    detail: jsonb().$type<Record<string, unknown>>(),
    ip: text(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at, t.id),
    index("audit_log_party_idx").on(t.partyId, t.at),
  ],
);
