import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import {
  CONSENT_CHANNELS_SHOWN, CONSENT_PURPOSES_SHOWN, profileStatements, RELATIONSHIP_LIMIT,
} from "@/lib/db/queries/party-profile";
import type { LOYALTY_TIERS, SourceClass } from "@/lib/domain/enums";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "./session";

// The header, contact points and profile of the customer 360. One call, a handful of indexed
// reads by party id run side by side. Roles without "contact:unmasked" get emails, phones,
// street lines and postal codes masked here, so the full values never leave the server.
// Names, city/region/country, social handles and external ids stay visible: they are needed
// for segmenting and recognising a customer, and are not a way to reach them privately.

export { CONSENT_CHANNELS_SHOWN, CONSENT_PURPOSES_SHOWN, RELATIONSHIP_LIMIT };
export type ConsentChannelShown = (typeof CONSENT_CHANNELS_SHOWN)[number];
export type ConsentPurposeShown = (typeof CONSENT_PURPOSES_SHOWN)[number];
export type ConsentState = "granted" | "denied" | "withdrawn" | "unknown";

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

  const { core, emails, phones, addresses, socials, consents, nps, relations, externals } = profileStatements(db, id);

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
