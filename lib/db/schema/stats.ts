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
    index("party_stats_ltv_idx").on(t.lifetimeValueMinor.desc(), t.partyId.desc()),
    index("party_stats_last_interaction_idx").on(t.lastInteractionAt.desc(), t.partyId.desc()),
    index("party_stats_nps_idx").on(t.latestNps, t.partyId),
  ],
);
