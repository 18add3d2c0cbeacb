import type { BadgeTone } from "@/components/ui/badge";
import type { ConsentState, PartyProfile, RelatedParty } from "@/lib/dal/party-profile";
import type { SourceClass } from "@/lib/domain/enums";

// Display helpers for the 360. Pure: the request time comes in as a parameter.

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** "GB" → "United Kingdom"; anything that is not a region code is shown as stored. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export interface LocalTime {
  time: string;
  weekday: string;
  offset: string;
  /** Before 8:00 or from 20:00 local time: not a good moment to call. */
  offHours: boolean;
}

/** The wall-clock time at `now` in the party's time zone; null when there is none or it is unknown to Intl. */
export function localTime(timeZone: string | null, now: number): LocalTime | null {
  if (!timeZone) return null;
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "shortOffset",
    }).formatToParts(now);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    const hour = Number(part("hour"));
    return { time: `${part("hour")}:${part("minute")}`, weekday: part("weekday"), offset: part("timeZoneName"), offHours: hour < 8 || hour >= 20 };
  } catch {
    return null;
  }
}

/** Up to two initials for the avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join("") || "?";
}

export const SOURCE_CLASS_TONES: Record<SourceClass, BadgeTone> = {
  zero_party: "success",
  first_party: "info",
  second_party: "neutral",
  third_party: "warning",
  earned: "neutral",
};

export const TIER_TONES: Record<NonNullable<PartyProfile["loyalty"]>["tier"], BadgeTone> = {
  bronze: "neutral",
  silver: "neutral",
  gold: "warning",
  platinum: "info",
};

export const CONSENT_TONES: Record<ConsentState, BadgeTone> = {
  granted: "success",
  denied: "danger",
  withdrawn: "danger",
  unknown: "neutral",
};

export const CHANNEL_LABELS = { email: "Email", phone: "Phone", sms: "SMS", post: "Post" } as const;

export const SOCIAL_NETWORK_LABELS: Record<string, string> = {
  x: "X", instagram: "Instagram", facebook: "Facebook", linkedin: "LinkedIn", tiktok: "TikTok", youtube: "YouTube",
};

export const RELATIONSHIP_ROLE_LABELS: Record<RelatedParty["role"], string> = {
  employer: "Employer",
  employee: "Employee",
  household_member: "Household member",
  partner: "Partner",
};
