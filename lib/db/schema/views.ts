import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { staffUser } from "./staff";

/**
 * A saved directory view: the page's URL query (sort, filters, page size, columns) under a name.
 * Personal views belong to their owner; shared ones are listed for everyone who may open the page.
 */
export const savedView = pgTable(
  "saved_view",
  {
    id: id().primaryKey(),
    ownerId: uuid().notNull().references(() => staffUser.id),
    /** Which screen the view is for ("customers" today). */
    page: text().notNull(),
    name: text().notNull(),
    shared: boolean().notNull().default(false),
    /** URL query string without "?" and without a cursor; validated again whenever it is used. */
    query: text().notNull(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("saved_view_owner_name_uq").on(t.ownerId, t.page, sql`lower(${t.name})`),
    index("saved_view_shared_idx").on(t.page, t.shared),
  ],
);
