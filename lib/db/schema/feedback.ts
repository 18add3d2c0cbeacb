import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, ref, ts } from "./columns";
import {
  followUpOutcomeEnum, followUpStatusEnum, interactionChannelEnum, loyaltyTierEnum, surveyKindEnum,
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
    // What was true of the respondent when they answered, written by a BEFORE INSERT trigger
    // (survey_response_context in the feedback rollup migration) so that breakdowns and drivers
    // count a response where it was given, however the party changes later.
    /** Loyalty tier at the time; null when not a member. */
    tier: loyaltyTierEnum(),
    country: text(),
    /** Product category of the response's order (its first item), for post-purchase surveys. */
    category: text(),
    /** A promised delivery date in the 90 days before passed without delivery. */
    lateDelivery: boolean().notNull().default(false),
    /** A complaint case opened in the 90 days before. */
    complained: boolean().notNull().default(false),
    /** Two or more inbound contacts in the 30 days before. */
    repeatContact: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("survey_response_timeline_idx").on(t.partyId, t.occurredAt, t.id),
    // Feedback counts the rollups cannot answer (several filters at once) read responses by kind and
    // date index-only: the migration gives this INCLUDE (score, party_id and every context column).
    index("survey_response_kind_at_idx").on(t.kind, t.occurredAt),
    // Verbatims newest first (the migration adds INCLUDE (score, party_id and every context
    // column) so a page of keys under any filters is read from the index), and their search.
    index("survey_response_comment_idx").on(t.kind, t.occurredAt, t.id).where(sql`comment is not null`),
    index("survey_response_comment_fts_idx")
      .using("gin", sql`to_tsvector('english', coalesce(${t.comment}, ''))`)
      .where(sql`comment is not null`),
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

