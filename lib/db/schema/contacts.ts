import { sql } from "drizzle-orm";
import { boolean, index, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { createdAt, id, ref, ts } from "./columns";
import { addressKindEnum, contactLabelEnum, socialNetworkEnum } from "./enums";
import { party } from "./parties";
import { dataSource } from "./sources";

// Every contact point: label, primary flag, verification, validity and provenance.
const contactColumns = () => ({
  partyId: ref().notNull().references(() => party.id),
  id: id(),
  label: contactLabelEnum().notNull().default("other"),
  isPrimary: boolean().notNull().default(false),
  verifiedAt: ts(),
  validFrom: ts(),
  validTo: ts(),
  sourceId: smallint().notNull().references(() => dataSource.id),
  capturedAt: createdAt(),
});

export const email = pgTable(
  "email",
  {
    ...contactColumns(),
    address: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    // Prefix search on the lower-cased address.
    index("email_address_prefix_idx").on(sql`lower(${t.address}) text_pattern_ops`),
  ],
);

export const phone = pgTable(
  "phone",
  {
    ...contactColumns(),
    /** Normalized to E.164 (+15550102030). */
    e164: text().notNull(),
    /** Exactly as entered or received. */
    raw: text().notNull(),
    /** Digits of e164 reversed, so "last N digits" is a prefix search on an index. */
    digitsReversed: text()
      .notNull()
      .generatedAlwaysAs(sql`reverse(regexp_replace(e164, '[^0-9]', '', 'g'))`),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("phone_suffix_idx").on(sql`${t.digitsReversed} text_pattern_ops`),
  ],
);

export const postalAddress = pgTable(
  "postal_address",
  {
    ...contactColumns(),
    kind: addressKindEnum().notNull(),
    line1: text().notNull(),
    line2: text(),
    city: text().notNull(),
    region: text(),
    postalCode: text(),
    country: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.partyId, t.id] })],
);

export const socialProfile = pgTable(
  "social_profile",
  {
    ...contactColumns(),
    network: socialNetworkEnum().notNull(),
    handle: text().notNull(),
    url: text(),
  },
  (t) => [
    primaryKey({ columns: [t.partyId, t.id] }),
    index("social_profile_handle_idx").on(t.network, sql`lower(${t.handle})`),
  ],
);
