// The unified timeline of one party: what kinds of entry it holds, how they are filtered, and the
// keyset position that pages through them. Shared by the 360 page, the client timeline and the
// API, so a URL or a cursor means the same thing everywhere. Nothing here becomes SQL text.
import { z } from "zod";
import { formatMoney, humanize } from "@/lib/format";
import { channelLabel } from "./channels";

/**
 * Every kind of timeline entry, in the order that breaks ties between entries at the same instant
 * (an order before its first status change, a case before the call that opened it).
 */
export const TIMELINE_KINDS = [
  "order", "order_status", "payment", "refund", "case", "interaction", "survey", "campaign",
  "web_session", "social", "review", "referral", "subscription", "tier", "consent",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  order: "Orders",
  order_status: "Order status changes",
  payment: "Payments",
  refund: "Refunds",
  case: "Cases",
  interaction: "Communications",
  survey: "Survey responses",
  campaign: "Campaign responses",
  web_session: "Web and app sessions",
  social: "Social mentions",
  review: "Reviews",
  referral: "Referrals",
  subscription: "Subscriptions",
  tier: "Tier changes",
  consent: "Consent changes",
};

/** The groups the type filter offers; each stands for one or more kinds. */
export const TIMELINE_GROUPS = [
  { key: "commerce", label: "Orders and payments", kinds: ["order", "order_status", "payment", "refund"] },
  { key: "service", label: "Cases and communications", kinds: ["case", "interaction"] },
  { key: "feedback", label: "Feedback", kinds: ["survey"] },
  { key: "marketing", label: "Marketing", kinds: ["campaign"] },
  { key: "behaviour", label: "Web and app", kinds: ["web_session"] },
  { key: "earned", label: "Social, reviews and referrals", kinds: ["social", "review", "referral"] },
  { key: "membership", label: "Subscriptions and tiers", kinds: ["subscription", "tier"] },
  { key: "privacy", label: "Consent", kinds: ["consent"] },
] as const satisfies ReadonlyArray<{ key: string; label: string; kinds: readonly TimelineKind[] }>;

/**
 * One channel vocabulary across sources: communications and cases use their own channel, orders
 * their sales channel, campaigns and consent their contact channel, sessions their platform.
 */
export const TIMELINE_CHANNELS = [
  "email", "call", "chat", "sms", "in_store", "social", "web", "app", "post", "push",
] as const;
export type TimelineChannel = (typeof TIMELINE_CHANNELS)[number];

export const TIMELINE_CHANNEL_LABELS = Object.fromEntries(
  TIMELINE_CHANNELS.map((c) => [c, channelLabel(c)]),
) as Record<TimelineChannel, string>;

/** Kinds whose entries never carry a channel; a channel filter leaves them out. */
export const CHANNELLESS_KINDS: readonly TimelineKind[] = [
  "order_status", "payment", "refund", "review", "referral", "subscription", "tier",
];

export const TIMELINE_PAGE_SIZE = 50;
/**
 * Entries the 360 page renders on the server: more than a screen's worth. The feed loads the next
 * pages of TIMELINE_PAGE_SIZE as the reader scrolls toward the end, so rendering fifty up front
 * (half the page's HTML and payload) bought nothing but a slower first paint.
 */
export const TIMELINE_FIRST_PAGE = 20;
export const TIMELINE_SEARCH_MAX = 100;

/** One entry: enough to draw its line in the stream; the details come on expanding it. */
export interface TimelineItem {
  kind: TimelineKind;
  /** The row's id in its own table. */
  id: number;
  /** `${kind}-${id}`: unique within the party, used in links (`?item=`) and as a React key. */
  key: string;
  occurredAt: string;
  channel: TimelineChannel | null;
  direction: "inbound" | "outbound" | null;
  /** One line saying what happened, e.g. "Order #O-1042 placed" or "Inbound call". */
  title: string;
  /** Free text from the source (summary, subject, comment, review, post), shown as text. */
  text: string | null;
  /** Status, response kind, consent state… as stored (snake_case); the UI humanizes it. */
  status: string | null;
  amountMinor: number | null;
  currency: string | null;
  /** Survey score or review rating. */
  score: number | null;
  /** Order number, case number, campaign name, plan or network: what the entry is about. */
  ref: string | null;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** Pass back as `cursor` for the next (older) page; null at the end. */
  nextCursor: string | null;
}

/** A label/value line of an entry's details. `href` only ever points inside the app. */
export interface TimelineFact {
  label: string;
  value: string;
  href?: string;
}

export interface TimelineDetailTable {
  title: string;
  columns: string[];
  rows: string[][];
}

export interface TimelineDetail {
  item: TimelineItem;
  facts: TimelineFact[];
  tables: TimelineDetailTable[];
}

export interface TimelineQuery {
  kinds: TimelineKind[] | null;
  channels: TimelineChannel[] | null;
  /** Words to find in the entry's text, title or reference; matched as plain text. */
  q: string | null;
}

// ---------------------------------------------------------------------------------------------
// Position: (occurred_at in whole microseconds, kind rank, id), newest first. Microseconds keep
// full timestamptz precision, which a JavaScript Date would round to milliseconds.

export interface TimelinePosition {
  /** Microseconds since the epoch, as decimal digits (beyond Number's exact range in general). */
  micros: string;
  rank: number;
  id: number;
}

const positionShape = z.tuple([
  z.string().regex(/^-?\d{1,18}$/),
  z.number().int().min(0).max(TIMELINE_KINDS.length - 1),
  z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
]);

/** base64url of `[micros, rank, id]`; opaque to clients. Works in the browser and in Node. */
export function encodePosition(p: TimelinePosition): string {
  return base64url(JSON.stringify([p.micros, p.rank, p.id]));
}

export function decodePosition(cursor: string): TimelinePosition | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = positionShape.safeParse(JSON.parse(fromBase64url(cursor)));
    if (!parsed.success) return null;
    const [micros, rank, id] = parsed.data;
    return { micros, rank, id };
  } catch {
    return null;
  }
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text: string): string {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export const kindRank = (kind: TimelineKind): number => TIMELINE_KINDS.indexOf(kind);

/** `interaction-42` → { kind, id }; null for anything else. */
export function parseItemKey(key: string): { kind: TimelineKind; id: number } | null {
  const match = /^([a-z_]+)-([1-9][0-9]{0,15})$/.exec(key);
  if (!match) return null;
  const kind = match[1] as TimelineKind;
  const id = Number(match[2]);
  if (!TIMELINE_KINDS.includes(kind) || !Number.isSafeInteger(id)) return null;
  return { kind, id };
}

// ---------------------------------------------------------------------------------------------
// URL parameters: `types` (kinds or group keys, comma-separated), `channels`, `tq` (text), `cursor`.

export interface ParsedTimelineParams {
  query: TimelineQuery;
  cursor: TimelinePosition | null;
}

const GROUP_KINDS = new Map<string, readonly TimelineKind[]>(TIMELINE_GROUPS.map((g) => [g.key, g.kinds]));

function listParam(raw: string | undefined): string[] {
  return (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * Parses the timeline's parameters. Unknown kinds, channels or a foreign cursor are named in
 * `fields`, so the API can answer 400 and the page can say what it ignored.
 */
export function parseTimelineParams(
  params: Record<string, string | string[] | undefined>,
  names: { types?: string; channels?: string; q?: string; cursor?: string } = {},
): { ok: true; value: ParsedTimelineParams } | { ok: false; fields: Record<string, string> } {
  const key = { types: "types", channels: "channels", q: "q", cursor: "cursor", ...names };
  const first = (name: string) => {
    const v = params[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const fields: Record<string, string> = {};

  let kinds: TimelineKind[] | null = null;
  const types = listParam(first(key.types));
  if (types.length) {
    const set = new Set<TimelineKind>();
    for (const t of types) {
      const group = GROUP_KINDS.get(t);
      if (group) group.forEach((k) => set.add(k));
      else if ((TIMELINE_KINDS as readonly string[]).includes(t)) set.add(t as TimelineKind);
      else fields[key.types] = `Unknown type "${t.slice(0, 40)}". Use ${TIMELINE_KINDS.join(", ")} or a group: ${TIMELINE_GROUPS.map((g) => g.key).join(", ")}.`;
    }
    kinds = TIMELINE_KINDS.filter((k) => set.has(k));
  }

  let channels: TimelineChannel[] | null = null;
  const channelList = listParam(first(key.channels));
  if (channelList.length) {
    const bad = channelList.find((c) => !(TIMELINE_CHANNELS as readonly string[]).includes(c));
    if (bad !== undefined) fields[key.channels] = `Unknown channel "${bad.slice(0, 40)}". Use ${TIMELINE_CHANNELS.join(", ")}.`;
    else channels = TIMELINE_CHANNELS.filter((c) => channelList.includes(c));
  }

  const rawQ = (first(key.q) ?? "").replace(/\s+/g, " ").trim();
  if (rawQ.includes("\u0000")) fields[key.q] = "Contains a NUL byte.";
  else if (rawQ.length > TIMELINE_SEARCH_MAX) fields[key.q] = `At most ${TIMELINE_SEARCH_MAX} characters.`;

  let cursor: TimelinePosition | null = null;
  const rawCursor = first(key.cursor);
  if (rawCursor) {
    cursor = decodePosition(rawCursor);
    if (!cursor) fields[key.cursor] = "Not a cursor this timeline returned.";
  }

  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, value: { query: { kinds, channels, q: rawQ || null }, cursor } };
}

/** The page's URL parameters for a query (`tab` and `item` are the page's own business). */
export function timelineSearchParams(query: TimelineQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.kinds?.length) out.set("types", query.kinds.join(","));
  if (query.channels?.length) out.set("channels", query.channels.join(","));
  if (query.q) out.set("tq", query.q);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Titles: one line per entry, built from its stored fields so the API and the page agree.

const DIRECTION_WORD = { inbound: "Inbound", outbound: "Outbound" } as const;
const CHANNEL_NOUN: Record<TimelineChannel, string> = {
  email: "email", call: "call", chat: "chat", sms: "SMS", in_store: "store visit", social: "social message",
  web: "web", app: "app", post: "letter", push: "push message",
};

export function timelineTitle(item: Omit<TimelineItem, "title" | "key">): string {
  const money = item.amountMinor !== null ? formatMoney(item.amountMinor, item.currency ?? "USD") : null;
  const status = item.status ? humanize(item.status).toLowerCase() : "";
  switch (item.kind) {
    case "order":
      return `Order ${item.ref ?? ""} placed${money ? ` · ${money}` : ""}`.replace(/\s+/g, " ");
    case "order_status":
      return `Order ${item.ref ?? ""} ${status}`.replace(/\s+/g, " ");
    case "payment":
      return `Payment ${status}${money ? ` · ${money}` : ""}`;
    case "refund":
      return `Refund${money ? ` of ${money}` : ""}`;
    case "case":
      return `Case ${item.ref ?? ""} opened`.replace(/\s+/g, " ");
    case "interaction": {
      const noun = item.channel ? CHANNEL_NOUN[item.channel] : "contact";
      return item.direction ? `${DIRECTION_WORD[item.direction]} ${noun}` : humanize(noun);
    }
    case "survey":
      return `${(item.ref ?? "Survey").toUpperCase()} response${item.score !== null ? `: ${item.score}` : ""}`;
    case "campaign":
      return `Campaign ${status || "response"}${item.ref ? `: ${item.ref}` : ""}`;
    case "web_session":
      return item.channel === "app" ? "App session" : "Web session";
    case "social":
      return `Social ${status || "mention"}${item.ref ? ` on ${humanize(item.ref)}` : ""}`;
    case "review":
      return `Review${item.score !== null ? `: ${item.score} of 5` : ""}`;
    case "referral":
      return item.status === "converted" ? "Referral converted" : "Referred a friend";
    case "subscription":
      return `Subscription ${item.ref ?? ""} ${status}`.replace(/\s+/g, " ");
    case "tier":
      return `Loyalty tier ${item.ref ? `changed to ${humanize(item.ref).toLowerCase()}` : "changed"}`;
    case "consent":
      return `Consent ${status}${item.ref ? ` · ${item.ref}` : ""}`;
  }
}
