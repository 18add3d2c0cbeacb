import { index, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { createdAt, id, ref, ts } from "./columns";
import { campaignResponseKindEnum, consentChannelEnum, consentPurposeEnum } from "./enums";
import { party } from "./parties";
import { dataSource } from "./sources";

export const campaign = pgTable("campaign", {
  id: id().primaryKey(),
  name: text().notNull(),
  channel: consentChannelEnum().notNull(),
  purpose: consentPurposeEnum().notNull().default("marketing"),
  startedAt: ts().notNull(),
  endedAt: ts(),
  createdAt: createdAt(),
});

export const campaignResponse = pgTable(
  "campaign_response",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    campaignId: ref().notNull().references(() => campaign.id),
    kind: campaignResponseKindEnum().notNull(),
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("campaign_response_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    index("campaign_response_campaign_idx").on(t.campaignId, t.kind),
  ],
);

/** How the party wants to be contacted: channel, frequency and topics. */
export const contactPreference = pgTable(
  "contact_preference",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    channel: consentChannelEnum().notNull(),
    frequency: text().notNull(),
    topics: text().array().notNull().default([]),
    updatedAt: ts().notNull(),
    sourceId: smallint().references(() => dataSource.id),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.id] })],
);
