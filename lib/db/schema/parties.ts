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
    /**
     * The lower-cased words of the name. Search matches each typed word against these (exactly,
     * by prefix, or through a similar word from `name_word`), so "jonh smiht" finds John Smith.
     */
    nameTokens: text()
      .array()
      .notNull()
      .generatedAlwaysAs(sql`array_remove(regexp_split_to_array(lower(display_name), '[^[:alnum:]]+'), '')`),
  },
  (t) => [
    // Keyset ordering of the directory: (sort key, id) pairs.
    index("party_name_idx").on(sql`lower(${t.displayName})`, t.id),
    // Country is the filter people set most, and name the default sort: with it first, "DE + gold
    // by name" walks the German names only, not every name until enough Germans turn up.
    index("party_country_name_idx").on(t.country, sql`lower(${t.displayName})`, t.id).where(sql`${t.status} = 'active'`),
    index("party_created_idx").on(t.createdAt, t.id),
    index("party_geo_idx").on(t.country, t.region, t.city),
    index("party_name_trgm_idx").using("gin", sql`lower(${t.displayName}) gin_trgm_ops`),
    index("party_name_tokens_idx").using("gin", t.nameTokens),
  ],
);

/**
 * Every distinct word that occurs in a party name, kept by a trigger on party. Small next to
 * party (names repeat), so a trigram scan over it to correct a typo costs a few milliseconds.
 */
export const nameWord = pgTable(
  "name_word",
  { word: text().primaryKey() },
  (t) => [
    // GiST, not GIN: it answers "the nearest words to this typo" (ORDER BY <-> LIMIT n).
    index("name_word_trgm_idx").using("gist", sql`${t.word} gist_trgm_ops`),
    index("name_word_prefix_idx").on(sql`${t.word} text_pattern_ops`),
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
