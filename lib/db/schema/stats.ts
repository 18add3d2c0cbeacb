import { sql } from "drizzle-orm";
import { index, integer, pgTable, smallint, timestamp } from "drizzle-orm/pg-core";
import { minor, ref, ts } from "./columns";
import { party } from "./parties";

/**
 * Per-party aggregates for the directory and the 360 header, kept consistent by triggers on the
 * tables that change them (see the triggers migration), never by a periodic full refresh.
 * `recent_complaints` holds complaint times of the last 90 days; readers count the ones still
 * inside the window, so the figure stays right as time passes without a write.
 */
export const partyStats = pgTable(
  "party_stats",
  {
    partyId: ref().primaryKey().references(() => party.id),
    lifetimeValueMinor: minor().notNull().default(0),
    orderCount: integer().notNull().default(0),
    firstOrderAt: ts(),
    lastOrderAt: ts(),
    lastInteractionAt: ts(),
    latestNps: smallint(),
    latestNpsAt: ts(),
    openCases: integer().notNull().default(0),
    complaintCount: integer().notNull().default(0),
    recentComplaints: timestamp({ withTimezone: true, mode: "date" }).array().notNull().default([]),
    /** Bit per source class (zero=1, first=2, second=4, third=8, earned=16) seen on this party. */
    sourceClasses: smallint().notNull().default(0),
    updatedAt: ts().notNull().defaultNow(),
  },
  (t) => [
    index("party_stats_ltv_idx").on(t.lifetimeValueMinor, t.partyId),
    // Directory sort keys. Nulls become sentinels so one (key, id) row comparison pages through
    // them and "never" / "no score" sort last when descending; NPS ascending has its own index
    // so that detractors, not the unscored, come first.
    index("party_stats_last_interaction_idx").on(sql`coalesce(${t.lastInteractionAt}, '-infinity'::timestamptz)`, t.partyId),
    index("party_stats_nps_desc_idx").on(sql`coalesce(${t.latestNps}, -1)`, t.partyId),
    index("party_stats_nps_asc_idx").on(sql`coalesce(${t.latestNps}, 11)`, t.partyId),
    // Rare conditions the directory filters on: small partial indexes the planner can start from.
    index("party_stats_open_cases_idx").on(t.partyId).where(sql`${t.openCases} > 0`),
    index("party_stats_recent_complaints_idx").on(t.partyId).where(sql`cardinality(${t.recentComplaints}) > 0`),
  ],
);
