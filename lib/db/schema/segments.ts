import { boolean, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, minor, ref, ts } from "./columns";
import { lifecycleEnum, loyaltyTierEnum, partyKindEnum, segmentKindEnum } from "./enums";
import { staffUser } from "./staff";

export const segment = pgTable("segment", {
  id: id().primaryKey(),
  name: text().notNull(),
  description: text(),
  kind: segmentKindEnum().notNull(),
  /** The builder's JSON definition for dynamic segments; null for static lists. */
  definition: jsonb().$type<unknown>(),
  ownerId: uuid().references(() => staffUser.id),
  createdAt: createdAt(),
  updatedAt: createdAt(),
  lastComputedAt: ts(),
  memberCount: integer().notNull().default(0),
});

export const segmentMembership = pgTable(
  "segment_membership",
  {
    partyId: ref().notNull(),
    segmentId: ref().notNull().references(() => segment.id, { onDelete: "cascade" }),
    addedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.segmentId] }),
    index("segment_membership_segment_idx").on(t.segmentId, t.partyId),
  ],
);

export const segmentSizeHistory = pgTable(
  "segment_size_history",
  {
    segmentId: ref().notNull().references(() => segment.id, { onDelete: "cascade" }),
    id: id(),
    computedAt: ts().notNull(),
    size: integer().notNull(),
    entered: integer().notNull(),
    left: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.segmentId, t.id] })],
);

/**
 * Who entered (entered = true) and who left a segment at its latest computation; replaced by the
 * next one, so it never outgrows one change set per segment.
 */
export const segmentChange = pgTable(
  "segment_change",
  {
    segmentId: ref().notNull().references(() => segment.id, { onDelete: "cascade" }),
    partyId: ref().notNull(),
    entered: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.segmentId, t.partyId] })],
);

/**
 * One narrow row per active party with every fact a segment's profile, value, service, feedback
 * and consent conditions read, so a live count is one scan of one table instead of a five-way
 * join over a million parties. Kept by row triggers on the tables the facts come from (see the
 * segment migration); `reach` has a bit per channel (email 1, phone 2, sms 4, post 8, push 16)
 * where marketing consent is granted and a contact point for the channel exists.
 */
export const partyFacts = pgTable("party_facts", {
  partyId: ref().primaryKey(),
  kind: partyKindEnum().notNull(),
  lifecycle: lifecycleEnum().notNull(),
  tier: loyaltyTierEnum(),
  country: text(),
  region: text(),
  city: text(),
  timeZone: text(),
  ageBand: text(),
  gender: text(),
  incomeBand: text(),
  language: text(),
  ltvMinor: minor().notNull().default(0),
  orderCount: integer().notNull().default(0),
  lastOrderAt: ts(),
  /** The (up to) four latest non-cancelled order times, newest first; null for none. Counts of
   * orders in a window come from here for almost everyone (the segment engine's exact answer). */
  recentOrders: timestamp({ withTimezone: true, mode: "date" }).array(),
  /** Lets a count of interactions in a window skip everyone not seen since it began. */
  lastInteractionAt: ts(),
  latestNps: smallint(),
  openCases: integer().notNull().default(0),
  complaintCount: integer().notNull().default(0),
  recentComplaints: timestamp({ withTimezone: true, mode: "date" }).array().notNull().default([]),
  sourceClasses: smallint().notNull().default(0),
  reach: smallint().notNull().default(0),
});
