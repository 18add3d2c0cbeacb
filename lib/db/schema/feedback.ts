import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ref, ts } from "./columns";
import {
  followUpOutcomeEnum, followUpStatusEnum, interactionChannelEnum, surveyKindEnum,
} from "./enums";
import { party } from "./parties";
import { staffUser } from "./staff";

export const survey = pgTable("survey", {
  id: id().primaryKey(),
  name: text().notNull(),
  kind: surveyKindEnum().notNull(),
  touchpoint: text().notNull(),
  createdAt: createdAt(),
});

/** NPS 0–10, CSAT 1–5, CES 1–7; the check keeps each kind in its range. */
export const surveyResponse = pgTable(
  "survey_response",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    surveyId: ref().notNull().references(() => survey.id),
    kind: surveyKindEnum().notNull(),
    score: smallint().notNull(),
    comment: text(),
    touchpoint: text().notNull(),
    channel: interactionChannelEnum().notNull(),
    orderId: ref(),
    caseId: ref(),
    /** When the response was given. */
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("survey_response_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    // Covers score so period distributions are index-only scans.
    index("survey_response_kind_at_idx").on(t.kind, t.occurredAt, t.score),
    check(
      "survey_response_score_range",
      sql`(${t.kind} = 'nps' and ${t.score} between 0 and 10)
       or (${t.kind} = 'csat' and ${t.score} between 1 and 5)
       or (${t.kind} = 'ces' and ${t.score} between 1 and 7)`,
    ),
  ],
);

/** The closed loop: every NPS detractor (0–6) gets one. */
export const detractorFollowUp = pgTable(
  "detractor_follow_up",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    responseId: ref().notNull(),
    status: followUpStatusEnum().notNull().default("open"),
    claimedBy: uuid().references(() => staffUser.id),
    claimedAt: ts(),
    closedAt: ts(),
    outcome: followUpOutcomeEnum(),
    note: text(),
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("detractor_follow_up_queue_idx").on(t.status, t.occurredAt),
    // Open ones newest first, and "mine" and "closed" by when claimed / closed.
    index("detractor_follow_up_open_idx").on(t.occurredAt, t.id).where(sql`status = 'open'`),
    index("detractor_follow_up_claimed_idx").on(t.claimedBy, t.claimedAt, t.id).where(sql`status = 'claimed'`),
    index("detractor_follow_up_closed_idx").on(t.closedAt, t.id).where(sql`status = 'closed'`),
  ],
);
