import { pgTable, smallint, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { sourceClassEnum } from "./enums";

/**
 * Where a piece of party data came from. Every contact point and profile attribute points here;
 * the class (zero-, first-, second-, third-party, earned) drives survivorship and segment filters.
 */
export const dataSource = pgTable("data_source", {
  id: smallint().primaryKey().generatedByDefaultAsIdentity(),
  key: text().notNull().unique(),
  name: text().notNull(),
  class: sourceClassEnum().notNull(),
  description: text(),
  createdAt: createdAt(),
});
