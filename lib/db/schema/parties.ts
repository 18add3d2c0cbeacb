import { sql } from "drizzle-orm";
import { date, index, jsonb, pgTable, primaryKey, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, id, ref, ts } from "./columns";
import {
  lifecycleEnum, partyKindEnum, partyStatusEnum, platformEnum, relationshipKindEnum,
} from "./enums";
import { dataSource } from "./sources";

/**
 * A person or an organization. Geography is the party's home location, denormalized from the
 * primary address so directory filters and charts need no join.
 */
export const party = pgTable(
  "party",
  {
    id: id().primaryKey(),
    kind: partyKindEnum().notNull(),
    status: partyStatusEnum().notNull().default("active"),
    displayName: text().notNull(),
    givenName: text(),
    familyName: text(),
    organizationName: text(),
    lifecycle: lifecycleEnum().notNull().default("prospect"),
    mergedIntoId: ref(),
    country: text(),
    region: text(),
    city: text(),
    postalCode: text(),
    timeZone: text(),
    sourceId: smallint().references(() => dataSource.id),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    // Keyset ordering of the directory: (sort key, id) pairs.
    index("party_name_idx").on(sql`lower(${t.displayName})`, t.id),
    index("party_created_idx").on(t.createdAt.desc(), t.id.desc()),
    index("party_geo_idx").on(t.country, t.region, t.city),
    index("party_name_trgm_idx").using("gin", sql`lower(${t.displayName}) gin_trgm_ops`),
  ],
);

export const partyRelationship = pgTable(
  "party_relationship",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    relatedPartyId: ref().notNull().references(() => party.id),
    kind: relationshipKindEnum().notNull(),
    title: text(),
    startedAt: ts(),
    endedAt: ts(),
    sourceId: smallint().references(() => dataSource.id),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("party_relationship_related_idx").on(t.relatedPartyId),
  ],
);

/** Identifiers of this party in other systems (CRM, shop, POS, loyalty platform). */
export const externalId = pgTable(
  "external_id",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    sourceId: smallint().notNull().references(() => dataSource.id),
    system: text().notNull(),
    value: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("external_id_value_idx").on(t.value, t.system),
  ],
);

/** Accounts the party holds on the business's own web and app platforms. */
export const userAccount = pgTable(
  "user_account",
  {
    partyId: ref().notNull().references(() => party.id),
    id: id(),
    platform: platformEnum().notNull(),
    username: text().notNull(),
    createdAt: createdAt(),
    lastLoginAt: ts(),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.id] }), uniqueIndex("user_account_username_uq").on(t.platform, t.username, t.partyId)],
);

/**
 * Demographics (one row per party). `provenance` maps each attribute name to the data_source id
 * that supplied the surviving value, so the 360 can show where each value came from.
 */
export const demographics = pgTable("demographics", {
  partyId: ref().primaryKey().references(() => party.id),
  birthDate: date({ mode: "string" }),
  ageBand: text(),
  gender: text(),
  incomeBand: text(),
  maritalStatus: text(),
  language: text(),
  timeZone: text(),
  industry: text(),
  companySize: text(),
  provenance: jsonb().$type<Record<string, number>>().notNull().default({}),
  capturedAt: createdAt(),
});
