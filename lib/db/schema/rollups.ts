import { date, integer, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { directionEnum, followUpStatusEnum, interactionChannelEnum, surveyKindEnum } from "./enums";

/**
 * Responses per UTC day, kind, score and one dimension value, kept current by statement-level
 * triggers on survey_response (a new response shows at once) and rebuilt after bulk loads.
 * `dim` is 'all' (val ''), tier, country, channel, touchpoint or category (val '' when unknown),
 * or 'experience' with val late_delivery / complaint / repeat_contact for responses that had it, or
 * 'segment' with the segment's id for the responses of its current members (membership changes
 * move a member's responses in or out). The key INCLUDEs n (by hand in the migration), so sums
 * over a date range are index-only.
 * Charts sum these rows instead of scanning responses; lib/dal/feedback.test.ts checks that the
 * sums equal counts over the raw responses.
 */
export const feedbackDaily = pgTable(
  "feedback_daily",
  {
    kind: surveyKindEnum().notNull(),
    dim: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    val: text().notNull(),
    score: smallint().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.dim, t.day, t.val, t.score] })],
);

/**
 * feedback_daily summed by calendar month, kept by a trigger on feedback_daily, so a long range
 * reads its whole months here and only its ragged ends by day.
 */
export const feedbackMonthly = pgTable(
  "feedback_monthly",
  {
    kind: surveyKindEnum().notNull(),
    dim: text().notNull(),
    /** The first day of the month. */
    month: date({ mode: "string" }).notNull(),
    val: text().notNull(),
    score: smallint().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.dim, t.month, t.val, t.score] })],
);

/** Interactions per UTC day, channel and direction, kept like feedback_daily. */
export const interactionDaily = pgTable(
  "interaction_daily",
  {
    day: date({ mode: "string" }).notNull(),
    channel: interactionChannelEnum().notNull(),
    direction: directionEnum().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.channel, t.direction] })],
);

/**
 * Detractor follow-ups per UTC day (of the response): how many in each status (measure 'status',
 * bucket −1), and how long claiming and closing took (measures 'claim' and 'close'), counted in
 * buckets of whole hours under two days, whole days under 30 days, whole weeks beyond; `bucket` is
 * the bucket's first hour (follow_up_bucket in the migration). Kept by statement triggers on
 * detractor_follow_up, so medians come from a few thousand counts instead of sorting every
 * follow-up in the range.
 */
export const followUpDaily = pgTable(
  "follow_up_daily",
  {
    day: date({ mode: "string" }).notNull(),
    measure: text().notNull(),
    status: followUpStatusEnum().notNull(),
    bucket: integer().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.measure, t.status, t.bucket] })],
);
