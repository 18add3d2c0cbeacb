// The statements behind the 360 header, contact points and profile: a handful of indexed reads
// by party id, run side by side by lib/dal/party-profile.ts (which checks who is asking and
// masks) and timed raw by the benchmark. Values are always parameters.
import { and, asc, desc, eq, inArray, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/lib/db/client";
import {
  consentCurrent, dataSource, email, externalId, loyaltyMembership, party, partyRelationship, partyStats,
  phone, postalAddress, socialProfile, surveyResponse,
} from "@/lib/db/schema";

export const CONSENT_CHANNELS_SHOWN = ["email", "phone", "sms", "post"] as const;
export const CONSENT_PURPOSES_SHOWN = ["marketing", "service"] as const;
/** Related parties shown on the profile; the total says how many there are in all. */
export const RELATIONSHIP_LIMIT = 20;
const NPS_TREND_LENGTH = 6;

/** The columns every contact table shares (see contactColumns in the schema). */
function contactColumns(t: typeof email | typeof phone | typeof postalAddress | typeof socialProfile) {
  return {
    id: t.id, label: t.label, isPrimary: t.isPrimary, verifiedAt: t.verifiedAt, validFrom: t.validFrom,
    validTo: t.validTo, capturedAt: t.capturedAt, sourceName: dataSource.name, sourceClass: dataSource.class,
  };
}

export function profileStatements(db: Database, id: number) {
  const core = db
    .select({
      id: party.id, kind: party.kind, status: party.status, mergedIntoId: party.mergedIntoId,
      displayName: party.displayName, givenName: party.givenName, familyName: party.familyName,
      organizationName: party.organizationName, lifecycle: party.lifecycle, country: party.country,
      region: party.region, city: party.city, postalCode: party.postalCode, timeZone: party.timeZone,
      createdAt: party.createdAt, sourceName: dataSource.name, sourceClass: dataSource.class,
      lifetimeValueMinor: partyStats.lifetimeValueMinor, orderCount: partyStats.orderCount,
      firstOrderAt: partyStats.firstOrderAt, lastOrderAt: partyStats.lastOrderAt,
      lastInteractionAt: partyStats.lastInteractionAt, latestNps: partyStats.latestNps,
      latestNpsAt: partyStats.latestNpsAt, openCases: partyStats.openCases, complaintCount: partyStats.complaintCount,
      // The array holds the last 90 days as of its last write; count what is still inside.
      recentComplaints: sql<number>`(select count(*) from unnest(${partyStats.recentComplaints}) as c(at) where c.at > now() - interval '90 days')`.mapWith(Number),
      loyaltyProgram: loyaltyMembership.program, memberNumber: loyaltyMembership.memberNumber,
      tier: loyaltyMembership.tier, points: loyaltyMembership.points, joinedAt: loyaltyMembership.joinedAt,
      tierSince: loyaltyMembership.tierSince,
    })
    .from(party)
    .leftJoin(dataSource, eq(dataSource.id, party.sourceId))
    .leftJoin(partyStats, eq(partyStats.partyId, party.id))
    .leftJoin(loyaltyMembership, eq(loyaltyMembership.partyId, party.id))
    .where(eq(party.id, id))
    .limit(1);

  const emails = db
    .select({ ...contactColumns(email), address: email.address })
    .from(email).innerJoin(dataSource, eq(dataSource.id, email.sourceId))
    .where(eq(email.partyId, id)).orderBy(desc(email.isPrimary), asc(email.id));
  const phones = db
    .select({ ...contactColumns(phone), e164: phone.e164, raw: phone.raw })
    .from(phone).innerJoin(dataSource, eq(dataSource.id, phone.sourceId))
    .where(eq(phone.partyId, id)).orderBy(desc(phone.isPrimary), asc(phone.id));
  const addresses = db
    .select({
      ...contactColumns(postalAddress), kind: postalAddress.kind, line1: postalAddress.line1, line2: postalAddress.line2,
      city: postalAddress.city, region: postalAddress.region, postalCode: postalAddress.postalCode, country: postalAddress.country,
    })
    .from(postalAddress).innerJoin(dataSource, eq(dataSource.id, postalAddress.sourceId))
    .where(eq(postalAddress.partyId, id)).orderBy(desc(postalAddress.isPrimary), asc(postalAddress.id));
  const socials = db
    .select({ ...contactColumns(socialProfile), network: socialProfile.network, handle: socialProfile.handle, url: socialProfile.url })
    .from(socialProfile).innerJoin(dataSource, eq(dataSource.id, socialProfile.sourceId))
    .where(eq(socialProfile.partyId, id)).orderBy(desc(socialProfile.isPrimary), asc(socialProfile.id));

  const consents = db
    .select({ purpose: consentCurrent.purpose, channel: consentCurrent.channel, status: consentCurrent.status, since: consentCurrent.occurredAt })
    .from(consentCurrent)
    .where(and(
      eq(consentCurrent.partyId, id),
      inArray(consentCurrent.purpose, [...CONSENT_PURPOSES_SHOWN]),
      inArray(consentCurrent.channel, [...CONSENT_CHANNELS_SHOWN]),
    ));

  const nps = db
    .select({ score: surveyResponse.score, at: surveyResponse.occurredAt })
    .from(surveyResponse)
    .where(and(eq(surveyResponse.partyId, id), eq(surveyResponse.kind, "nps")))
    .orderBy(desc(surveyResponse.occurredAt), desc(surveyResponse.id))
    .limit(NPS_TREND_LENGTH);

  // Both directions of party_relationship (by primary key and by the related-party index). A
  // symmetric link (household, partner) stored from both sides is shown once: the incoming copy
  // is dropped when the outgoing one exists.
  const mirror = alias(partyRelationship, "mirror");
  const outgoing = sql<boolean>`${partyRelationship.partyId} = ${id}`;
  const relations = db
    .select({
      relationshipId: partyRelationship.id, kind: partyRelationship.kind, title: partyRelationship.title,
      startedAt: partyRelationship.startedAt, endedAt: partyRelationship.endedAt, outgoing,
      otherId: party.id, otherName: party.displayName, otherKind: party.kind, otherStatus: party.status,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(partyRelationship)
    .innerJoin(party, eq(party.id, sql`case when ${outgoing} then ${partyRelationship.relatedPartyId} else ${partyRelationship.partyId} end`))
    .where(or(
      eq(partyRelationship.partyId, id),
      and(
        eq(partyRelationship.relatedPartyId, id),
        or(
          eq(partyRelationship.kind, "employee_of"),
          notExists(
            db.select({ one: sql`1` }).from(mirror).where(and(
              eq(mirror.partyId, id), eq(mirror.relatedPartyId, partyRelationship.partyId), eq(mirror.kind, partyRelationship.kind),
            )),
          ),
        ),
      ),
    ))
    // Current links first, then by name.
    .orderBy(sql`${partyRelationship.endedAt} is not null`, asc(party.displayName), asc(partyRelationship.id))
    .limit(RELATIONSHIP_LIMIT);

  const externals = db
    .select({
      id: externalId.id, system: externalId.system, value: externalId.value, createdAt: externalId.createdAt,
      sourceName: dataSource.name, sourceClass: dataSource.class,
    })
    .from(externalId).innerJoin(dataSource, eq(dataSource.id, externalId.sourceId))
    .where(eq(externalId.partyId, id)).orderBy(asc(externalId.system), asc(externalId.id));

  return { core, emails, phones, addresses, socials, consents, nps, relations, externals };
}
