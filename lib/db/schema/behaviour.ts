import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { id, ref, ts } from "./columns";
import { platformEnum, webEventKindEnum } from "./enums";
import { party } from "./parties";

/** A web or app session; the timeline folds its events into this one entry. */
export const webSession = pgTable(
  "web_session",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    platform: platformEnum().notNull(),
    device: text().notNull(),
    /** Session start. */
    occurredAt: ts().notNull(),
    endedAt: ts(),
    pageViews: integer().notNull().default(0),
    eventCount: integer().notNull().default(0),
    landingPath: text(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("web_session_timeline_idx").on(t.partyId, t.occurredAt, t.id),
  ],
);

export const webEvent = pgTable(
  "web_event",
  {
    partyId: ref().notNull(),
    sessionId: ref().notNull(),
    id: id(),
    kind: webEventKindEnum().notNull(),
    path: text(),
    detail: text(),
    occurredAt: ts().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("web_event_session_idx").on(t.partyId, t.sessionId),
    index("web_event_kind_idx").on(t.kind, t.occurredAt),
  ],
);
