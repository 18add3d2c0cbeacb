import { index, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { id, ref, ts } from "./columns";
import {
  consentChannelEnum, consentPurposeEnum, consentStatusEnum, privacyRequestKindEnum,
  privacyRequestStatusEnum,
} from "./enums";
import { party } from "./parties";
import { dataSource } from "./sources";
import { staffUser } from "./staff";

/**
 * The consent ledger: append-only (a trigger refuses UPDATE and DELETE). The current state per
 * purpose and channel is the latest event, kept in `consent_current` by a trigger.
 */
export const consentEvent = pgTable(
  "consent_event",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    purpose: consentPurposeEnum().notNull(),
    channel: consentChannelEnum().notNull(),
    status: consentStatusEnum().notNull(),
    /** When the consent was captured. */
    occurredAt: ts().notNull(),
    sourceId: smallint().notNull().references(() => dataSource.id),
    evidence: text(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("consent_event_timeline_idx").on(t.partyId, t.occurredAt, t.id),
  ],
);

export const consentCurrent = pgTable(
  "consent_current",
  {
    partyId: ref().notNull(),
    purpose: consentPurposeEnum().notNull(),
    channel: consentChannelEnum().notNull(),
    status: consentStatusEnum().notNull(),
    occurredAt: ts().notNull(),
    eventId: ref().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.purpose, t.channel] }),
    index("consent_current_reach_idx").on(t.purpose, t.channel, t.status),
  ],
);

export const privacyRequest = pgTable(
  "privacy_request",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    kind: privacyRequestKindEnum().notNull(),
    status: privacyRequestStatusEnum().notNull().default("received"),
    /** When the request was received. */
    occurredAt: ts().notNull(),
    dueAt: ts().notNull(),
    completedAt: ts(),
    outcome: text(),
    handledBy: uuid().references(() => staffUser.id),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("privacy_request_due_idx").on(t.status, t.dueAt),
  ],
);
