import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { id, ref, ts } from "./columns";
import { sentimentEnum, socialKindEnum, socialNetworkEnum } from "./enums";
import { party } from "./parties";
import { product } from "./commerce";
import { dataSource } from "./sources";

/**
 * Mentions, comments, shares and user-generated content. `party_id` is null until the handle is
 * matched to a party, so this table is keyed by id alone.
 */
export const socialMention = pgTable(
  "social_mention",
  {
    id: id().primaryKey(),
    partyId: ref().references(() => party.id),
    network: socialNetworkEnum().notNull(),
    handle: text().notNull(),
    kind: socialKindEnum().notNull(),
    body: text().notNull(),
    url: text(),
    sentiment: sentimentEnum(),
    occurredAt: ts().notNull(),
    sourceId: smallint().references(() => dataSource.id),
  },
  (t) => [
    index("social_mention_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    index("social_mention_handle_idx").on(t.network, sql`lower(${t.handle})`),
  ],
);

export const review = pgTable(
  "review",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    productId: ref().references(() => product.id),
    rating: smallint().notNull(),
    title: text(),
    body: text(),
    occurredAt: ts().notNull(),
    sourceId: smallint().references(() => dataSource.id),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("review_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    check("review_rating_range", sql`${t.rating} between 1 and 5`),
  ],
);

/** `party_id` is the referrer; `referred_party_id` the friend they brought. */
export const referral = pgTable(
  "referral",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    referredPartyId: ref().references(() => party.id),
    code: text().notNull(),
    occurredAt: ts().notNull(),
    convertedAt: ts(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("referral_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    index("referral_referred_idx").on(t.referredPartyId),
  ],
);
