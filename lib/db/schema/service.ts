import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { id, ref, ts } from "./columns";
import {
  caseKindEnum, casePriorityEnum, caseStatusEnum, directionEnum, interactionChannelEnum,
} from "./enums";
import { party } from "./parties";
import { dataSource } from "./sources";
import { staffUser } from "./staff";

export const supportCase = pgTable(
  "support_case",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    caseNumber: text().notNull(),
    kind: caseKindEnum().notNull(),
    status: caseStatusEnum().notNull().default("new"),
    priority: casePriorityEnum().notNull().default("normal"),
    category: text().notNull(),
    channel: interactionChannelEnum().notNull(),
    subject: text().notNull(),
    assigneeId: uuid().references(() => staffUser.id),
    resolutionCode: text(),
    resolution: text(),
    /** When the case was opened. */
    occurredAt: ts().notNull(),
    firstResponseAt: ts(),
    resolvedAt: ts(),
    slaDueAt: ts(),
    updatedAt: ts().notNull(),
    /** Optimistic concurrency: a save names the version it read. */
    version: integer().notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("support_case_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    index("support_case_number_idx").on(t.caseNumber),
    index("support_case_queue_idx").on(t.status, t.occurredAt, t.id),
    index("support_case_assignee_idx").on(t.assigneeId, t.status),
    // Writes and "next case" find a case by id alone (the key leads with party_id).
    index("support_case_id_idx").on(t.id),
    // The queue reads open cases only; these stay small however many closed cases pile up. The
    // migration gives these, the status and the priority index INCLUDE (party_id, status,
    // category, channel, assignee_id, sla_due_at, first_response_at), so the queue filters, pages
    // and counts index-only whatever the statuses (drizzle cannot say INCLUDE).
    index("support_case_open_priority_idx")
      .on(t.priority.desc(), t.occurredAt, t.id)
      .where(sql`status in ('new', 'open', 'pending')`),
    index("support_case_open_age_idx").on(t.occurredAt, t.id).where(sql`status in ('new', 'open', 'pending')`),
    // Closed and resolved cases by priority (the status index serves them by age).
    index("support_case_priority_idx").on(t.priority.desc(), t.occurredAt, t.id),
    // Cases opened in a date range by kind (the overview's complaints this week), index-only.
    index("support_case_opened_idx").on(t.occurredAt, t.kind),
  ],
);

/** Status, priority and assignment changes and internal notes on a case. */
export const caseEvent = pgTable(
  "case_event",
  {
    partyId: ref().notNull(),
    caseId: ref().notNull(),
    id: id(),
    kind: text().notNull(),
    fromValue: text(),
    toValue: text(),
    note: text(),
    staffId: uuid().references(() => staffUser.id),
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("case_event_case_idx").on(t.partyId, t.caseId, t.occurredAt),
  ],
);

/** Every communication on every channel, optionally on a case. */
export const interaction = pgTable(
  "interaction",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    caseId: ref(),
    channel: interactionChannelEnum().notNull(),
    direction: directionEnum().notNull(),
    agentId: uuid().references(() => staffUser.id),
    summary: text().notNull(),
    durationSeconds: integer(),
    outcome: text(),
    occurredAt: ts().notNull(),
    sourceId: smallint().references(() => dataSource.id),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("interaction_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    // A case's thread, without walking a busy customer's whole history.
    index("interaction_case_idx").on(t.partyId, t.caseId, t.occurredAt).where(sql`case_id is not null`),
  ],
);
