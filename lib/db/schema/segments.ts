import { index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ref, ts } from "./columns";
import { segmentKindEnum } from "./enums";
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
