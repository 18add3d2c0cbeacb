import "server-only";
import { and, asc, desc, eq, inArray, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cache } from "react";
import { getDb } from "@/lib/db";
import {
  consentCurrent, dataSource, email, externalId, loyaltyMembership, party, partyRelationship, partyStats,
  phone, postalAddress, socialProfile, surveyResponse,
} from "@/lib/db/schema";
import type { LOYALTY_TIERS, SourceClass } from "@/lib/domain/enums";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "./session";

// The header, contact points and profile of the customer 360. One call, a handful of indexed
// reads by party id run side by side. Roles without "contact:unmasked" get emails, phones,
// street lines and postal codes masked here, so the full values never leave the server.
// Names, city/region/country, social handles and external ids stay visible: they are needed
// for segmenting and recognising a customer, and are not a way to reach them privately.

export const CONSENT_CHANNELS_SHOWN = ["email", "phone", "sms", "post"] as const;
export const CONSENT_PURPOSES_SHOWN = ["marketing", "service"] as const;
export type ConsentChannelShown = (typeof CONSENT_CHANNELS_SHOWN)[number];
export type ConsentPurposeShown = (typeof CONSENT_PURPOSES_SHOWN)[number];
export type ConsentState = "granted" | "denied" | "withdrawn" | "unknown";

/** Related parties shown on the profile; the total says how many there are in all. */
export const RELATIONSHIP_LIMIT = 20;
const NPS_TREND_LENGTH = 6;

export interface Provenance {
  name: string;
  class: SourceClass;
}

export interface ContactPointBase {
  id: number;
  label: "home" | "work" | "mobile" | "other";
  isPrimary: boolean;
  verifiedAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  capturedAt: string;
  source: Provenance;
}

export interface EmailPoint extends ContactPointBase {
  address: string;
}

export interface PhonePoint extends ContactPointBase {
  /** E.164, masked for roles without contact:unmasked. */
  e164: string;
  /** As entered; masked like e164. */
  raw: string;
}

export interface AddressPoint extends ContactPointBase {
  kind: "home" | "work" | "delivery" | "billing";
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string | null;
  country: string;
}

export interface SocialPoint extends ContactPointBase {
  network: string;
  handle: string;
  /** Only http(s) URLs; anything else (javascript:, data:) is dropped. */
  url: string | null;
}

export interface RelatedParty {
  relationshipId: number;
  /** What the other party is to this one. */
  role: "employer" | "employee" | "household_member" | "partner";
  title: string | null;
  startedAt: string | null;
  endedAt: string | null;
  party: { id: number; displayName: string; kind: "person" | "organization"; status: "active" | "merged" | "erased" };
}

export interface PartyProfile {
  /** True when contact details below are masked for the current role. */
  masked: boolean;
  party: {
    id: number;
    kind: "person" | "organization";
    status: "active" | "erased";
    displayName: string;
    givenName: string | null;
    familyName: string | null;
    organizationName: string | null;
    lifecycle: string;
    country: string | null;
    region: string | null;
    city: string | null;
    postalCode: string | null;
    timeZone: string | null;
    createdAt: string;
    source: Provenance | null;
  };
  stats: {
    lifetimeValueMinor: number;
    orderCount: number;
    firstOrderAt: string | null;
    lastOrderAt: string | null;
    lastInteractionAt: string | null;
    latestNps: number | null;
    latestNpsAt: string | null;
    openCases: number;
    complaintCount: number;
    /** Complaints in the last 90 days. */
    recentComplaints: number;
  };
  loyalty: {
    program: string;
    memberNumber: string;
    tier: (typeof LOYALTY_TIERS)[number];
    points: number;
    joinedAt: string;
    tierSince: string;
  } | null;
  /** Up to six latest NPS scores, oldest first. */
  npsTrend: Array<{ score: number; at: string }>;
  consent: Record<ConsentPurposeShown, Record<ConsentChannelShown, { status: ConsentState; since: string | null }>>;
  contacts: { emails: EmailPoint[]; phones: PhonePoint[]; addresses: AddressPoint[]; socials: SocialPoint[] };
  relationships: { items: RelatedParty[]; total: number };
  externalIds: Array<{ id: number; system: string; value: string; createdAt: string; source: Provenance }>;
}

export type PartyProfileResult = { status: "found"; profile: PartyProfile } | { status: "merged"; mergedIntoId: number };

const DOT = "\u2022";

/** A route segment → party id: canonical digits only (no sign, no leading zero), a safe integer. */
export function parsePartyId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** "SW1A 1AA" → "SW•••": the area stays (it is segment geography), the street-level part goes. */
export function maskPostalCode(code: string): string {
  const trimmed = code.trim();
  return trimmed.length <= 2 ? DOT.repeat(3) : `${trimmed.slice(0, 2)}${DOT.repeat(3)}`;
}

export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The columns every contact table shares (see contactColumns in the schema). */
function contactColumns(t: typeof email | typeof phone | typeof postalAddress | typeof socialProfile) {
  return {
    id: t.id, label: t.label, isPrimary: t.isPrimary, verifiedAt: t.verifiedAt, validFrom: t.validFrom,
    validTo: t.validTo, capturedAt: t.capturedAt, sourceName: dataSource.name, sourceClass: dataSource.class,
  };
}

function toBase(r: {
  id: number; label: ContactPointBase["label"]; isPrimary: boolean; verifiedAt: Date | null; validFrom: Date | null;
  validTo: Date | null; capturedAt: Date; sourceName: string; sourceClass: SourceClass;
}): ContactPointBase {
  return {
    id: r.id, label: r.label, isPrimary: r.isPrimary, verifiedAt: iso(r.verifiedAt), validFrom: iso(r.validFrom),
    validTo: iso(r.validTo), capturedAt: r.capturedAt.toISOString(), source: { name: r.sourceName, class: r.sourceClass },
  };
}

async function loadProfile(id: number): Promise<PartyProfileResult | null> {
  const user = await requireUser("party:read");
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const masked = !can(user.role, "contact:unmasked");
  const db = await getDb();

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

  const [[p], emailRows, phoneRows, addressRows, socialRows, consentRows, npsRows, relationRows, externalRows] =
    await Promise.all([core, emails, phones, addresses, socials, consents, nps, relations, externals]);

  if (!p) return null;
  if (p.status === "merged") return p.mergedIntoId ? { status: "merged", mergedIntoId: p.mergedIntoId } : null;

  const consent = Object.fromEntries(
    CONSENT_PURPOSES_SHOWN.map((purpose) => [
      purpose,
      Object.fromEntries(CONSENT_CHANNELS_SHOWN.map((channel) => [channel, { status: "unknown", since: null }])),
    ]),
  ) as PartyProfile["consent"];
  for (const c of consentRows) {
    // The where clause keeps only the purposes and channels shown.
    consent[c.purpose as ConsentPurposeShown][c.channel as ConsentChannelShown] = { status: c.status, since: c.since.toISOString() };
  }

  const profile: PartyProfile = {
    masked,
    party: {
      id: p.id, kind: p.kind, status: p.status, displayName: p.displayName, givenName: p.givenName,
      familyName: p.familyName, organizationName: p.organizationName, lifecycle: p.lifecycle,
      country: p.country, region: p.region, city: p.city,
      postalCode: p.postalCode && masked ? maskPostalCode(p.postalCode) : p.postalCode,
      timeZone: p.timeZone, createdAt: p.createdAt.toISOString(),
      source: p.sourceName && p.sourceClass ? { name: p.sourceName, class: p.sourceClass } : null,
    },
    stats: {
      lifetimeValueMinor: Number(p.lifetimeValueMinor ?? 0), orderCount: p.orderCount ?? 0,
      firstOrderAt: iso(p.firstOrderAt), lastOrderAt: iso(p.lastOrderAt), lastInteractionAt: iso(p.lastInteractionAt),
      latestNps: p.latestNps, latestNpsAt: iso(p.latestNpsAt), openCases: p.openCases ?? 0,
      complaintCount: p.complaintCount ?? 0, recentComplaints: p.recentComplaints,
    },
    loyalty: p.loyaltyProgram && p.memberNumber && p.tier && p.joinedAt && p.tierSince
      ? {
          program: p.loyaltyProgram, memberNumber: p.memberNumber, tier: p.tier, points: p.points ?? 0,
          joinedAt: p.joinedAt.toISOString(), tierSince: p.tierSince.toISOString(),
        }
      : null,
    npsTrend: npsRows.map((r) => ({ score: r.score, at: r.at.toISOString() })).reverse(),
    consent,
    contacts: {
      emails: emailRows.map((r) => ({ ...toBase(r), address: masked ? maskEmail(r.address) : r.address })),
      phones: phoneRows.map((r) => ({
        ...toBase(r), e164: masked ? maskPhone(r.e164) : r.e164, raw: masked ? maskPhone(r.raw) : r.raw,
      })),
      addresses: addressRows.map((r) => ({
        ...toBase(r), kind: r.kind, city: r.city, region: r.region, country: r.country,
        line1: masked ? DOT.repeat(3) : r.line1,
        // Masked: one placeholder line, not even whether a second line exists.
        line2: masked ? null : r.line2,
        postalCode: r.postalCode && masked ? maskPostalCode(r.postalCode) : r.postalCode,
      })),
      socials: socialRows.map((r) => ({ ...toBase(r), network: r.network, handle: r.handle, url: safeHttpUrl(r.url) })),
    },
    relationships: {
      total: relationRows[0]?.total ?? 0,
      items: relationRows.map((r) => ({
        relationshipId: r.relationshipId,
        role: r.kind === "employee_of" ? (r.outgoing ? "employer" : "employee") : r.kind === "partner_of" ? "partner" : "household_member",
        title: r.title, startedAt: iso(r.startedAt), endedAt: iso(r.endedAt),
        party: { id: r.otherId, displayName: r.otherName, kind: r.otherKind, status: r.otherStatus },
      })),
    },
    externalIds: externalRows.map((r) => ({
      id: r.id, system: r.system, value: r.value, createdAt: r.createdAt.toISOString(),
      source: { name: r.sourceName, class: r.sourceClass },
    })),
  };
  return { status: "found", profile };
}

/**
 * The 360 header and profile of one party: null when there is no such party (or it was merged
 * into nothing), `{ status: "merged" }` with the surviving party's id when it was merged.
 * Cached per request, so the page and its metadata share one read.
 */
export const getPartyProfile = cache(loadProfile);
