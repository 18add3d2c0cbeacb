import { index, integer, jsonb, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { currency, id, minor, ref, ts } from "./columns";
import { loyaltyTierEnum, subscriptionStatusEnum, zeroPartyKindEnum } from "./enums";
import { party } from "./parties";
import { dataSource } from "./sources";

export const subscription = pgTable(
  "subscription",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    plan: text().notNull(),
    status: subscriptionStatusEnum().notNull(),
    priceMinor: minor().notNull(),
    currency: currency(),
    /** When the subscription started. */
    occurredAt: ts().notNull(),
    renewsAt: ts(),
    cancelledAt: ts(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("subscription_timeline_idx").on(t.partyId, t.occurredAt, t.id),
  ],
);

export const loyaltyMembership = pgTable(
  "loyalty_membership",
  {
    partyId: ref().primaryKey().references(() => party.id),
    program: text().notNull(),
    memberNumber: text().notNull(),
    tier: loyaltyTierEnum().notNull(),
    points: integer().notNull().default(0),
    joinedAt: ts().notNull(),
    tierSince: ts().notNull(),
  },
  (t) => [index("loyalty_membership_tier_idx").on(t.tier, t.partyId)],
);

export const loyaltyTierEvent = pgTable(
  "loyalty_tier_event",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    fromTier: loyaltyTierEnum(),
    toTier: loyaltyTierEnum().notNull(),
    reason: text(),
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("loyalty_tier_event_timeline_idx").on(t.partyId, t.occurredAt, t.id),
  ],
);

/** What the customer chose to tell us: preferences, favourite brands, planned purchases, places. */
export const zeroPartyPreference = pgTable(
  "zero_party_preference",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    kind: zeroPartyKindEnum().notNull(),
    value: text().notNull(),
    detail: jsonb().$type<Record<string, string>>(),
    capturedAt: ts().notNull(),
    sourceId: smallint().references(() => dataSource.id),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.id] })],
);
