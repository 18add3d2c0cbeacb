// The support workspace's rules and inputs, shared by the server actions, the API and the forms.
// Pure and client-safe: no database, no session.
import { z } from "zod";
import {
  CASE_CATEGORIES, CASE_KINDS, CASE_PRIORITIES, CASE_STATUSES, DIRECTIONS, FOLLOW_UP_OUTCOMES,
  INTERACTION_CHANNELS, OPEN_CASE_STATUSES,
} from "./enums";

export type CaseStatus = (typeof CASE_STATUSES)[number];
export type CasePriority = (typeof CASE_PRIORITIES)[number];
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

export const isOpenStatus = (status: string): boolean => (OPEN_CASE_STATUSES as readonly string[]).includes(status);

/** Hours from opening to the service-level due time, by priority. */
export const SLA_HOURS: Record<CasePriority, number> = { urgent: 4, high: 8, normal: 24, low: 72 };

export const RESOLUTION_CODES = [
  "information_provided", "account_updated", "refund_issued", "goodwill_refund", "replacement_sent",
  "redelivered", "label_sent", "no_fault_found", "duplicate", "customer_unreachable",
] as const;
export type ResolutionCode = (typeof RESOLUTION_CODES)[number];

export const CALL_OUTCOMES = ["reached", "voicemail", "no_answer", "callback_scheduled"] as const;
export const CONTACT_PURPOSES = ["service", "marketing"] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/**
 * Case numbers as shown to customers. cx360 issues CASE-100123; cases imported from other systems
 * keep theirs (the key account's are KA-C00002), so any short code of letters, digits and dashes.
 */
export const CASE_NUMBER_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/;
export const caseNumberFor = (id: number): string => `CASE-${100000 + id}`;

// --- Consent --------------------------------------------------------------------------------------

/** The consent ledger channel an outbound contact uses; null where the ledger records none. */
export const CONSENT_CHANNEL_FOR: Record<InteractionChannel, "email" | "phone" | "sms" | null> = {
  email: "email", call: "phone", sms: "sms", chat: null, in_store: null, social_dm: null,
};

export type ConsentLookup = (purpose: ContactPurpose, channel: "email" | "phone" | "sms") => "granted" | "denied" | "withdrawn" | null;

export type ContactDecision = { allowed: true; basis: string } | { allowed: false; reason: string };

const CHANNEL_WORD: Record<InteractionChannel, string> = {
  email: "email", call: "phone", sms: "SMS", chat: "chat", in_store: "in store", social_dm: "social DM",
};

/**
 * May we contact this customer? Inbound contact is always logged. Outbound:
 * - service messages about one of their open cases are allowed (the case is the reason);
 * - anything else needs the ledger's consent for that purpose on that channel; a withdrawn or
 *   denied consent, or none at all, refuses it with the reason;
 * - marketing on channels the ledger does not cover (chat, in store, social DM) is refused:
 *   there is no consent on record to rely on. Service contact there needs an open case too.
 */
export function contactDecision(input: {
  direction: (typeof DIRECTIONS)[number];
  channel: InteractionChannel;
  purpose: ContactPurpose;
  openCase: boolean;
  consent: ConsentLookup;
}): ContactDecision {
  const { direction, channel, purpose, openCase, consent } = input;
  if (direction === "inbound") return { allowed: true, basis: "The customer contacted us." };
  if (purpose === "service" && openCase) return { allowed: true, basis: "Service message about an open case." };
  const ledgerChannel = CONSENT_CHANNEL_FOR[channel];
  const word = CHANNEL_WORD[channel];
  if (!ledgerChannel) {
    return {
      allowed: false,
      reason: purpose === "marketing"
        ? `Marketing by ${word} is not allowed: no consent can be recorded for that channel.`
        : `Outbound ${word} contact needs an open case: pick the case it is about.`,
    };
  }
  const status = consent(purpose, ledgerChannel);
  if (status === "granted") return { allowed: true, basis: `The customer consented to ${purpose} by ${word}.` };
  const why = status === "withdrawn" ? "withdrew consent" : status === "denied" ? "declined consent" : "has not given consent";
  return {
    allowed: false,
    reason: purpose === "service"
      ? `The customer ${why} to service messages by ${word}, and the contact is not about an open case.`
      : `The customer ${why} to marketing by ${word}.`,
  };
}

// --- Inputs ---------------------------------------------------------------------------------------

const trimmed = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `At most ${max} characters.`);
const optionalText = (max: number) =>
  z.string().trim().max(max, `At most ${max} characters.`).transform((s) => (s === "" ? null : s));
const idText = (message: string) =>
  z.string({ error: message }).regex(/^[1-9][0-9]{0,14}$/, message).transform(Number);
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });

export const version = z.coerce.number({ error: "Reload the case and try again." }).int().positive("Reload the case and try again.");
export const staffIdOrNone = z.union([z.literal("").transform(() => null), z.uuid({ error: "Pick someone from the list." })]);

export const createCaseInput = z.object({
  partyId: idText("Pick the customer this case is about."),
  kind: choice(CASE_KINDS, "Pick inquiry, complaint or request."),
  category: choice(CASE_CATEGORIES, "Pick a category."),
  priority: choice(CASE_PRIORITIES, "Pick a priority."),
  channel: choice(INTERACTION_CHANNELS, "Pick how the customer got in touch."),
  subject: trimmed(200, "Say what the case is about."),
  description: optionalText(4000),
  assigneeId: staffIdOrNone,
});
export type CreateCaseInput = z.infer<typeof createCaseInput>;

export const updateCaseInput = z.object({
  caseId: idText("That case could not be found."),
  version,
  status: choice(["new", "open", "pending"] as const, "Pick new, open or pending (resolve with Resolve)."),
  priority: choice(CASE_PRIORITIES, "Pick a priority."),
  assigneeId: staffIdOrNone,
});
export type UpdateCaseInput = z.infer<typeof updateCaseInput>;

export const resolveCaseInput = z.object({
  caseId: idText("That case could not be found."),
  version,
  resolutionCode: choice(RESOLUTION_CODES, "Pick a resolution code."),
  resolution: trimmed(2000, "Summarise how it was resolved."),
});
export type ResolveCaseInput = z.infer<typeof resolveCaseInput>;

export const reopenCaseInput = z.object({
  caseId: idText("That case could not be found."),
  version,
  reason: trimmed(1000, "Say why the case is reopened."),
});
export type ReopenCaseInput = z.infer<typeof reopenCaseInput>;

export const caseNoteInput = z.object({
  caseId: idText("That case could not be found."),
  note: trimmed(4000, "Write the note."),
});
export type CaseNoteInput = z.infer<typeof caseNoteInput>;

export const logInteractionInput = z
  .object({
    partyId: idText("Pick the customer."),
    caseId: z.union([z.literal("").transform(() => null), idText("Pick one of the customer’s cases.")]),
    channel: choice(INTERACTION_CHANNELS, "Pick a channel."),
    direction: choice(DIRECTIONS, "Pick inbound or outbound."),
    purpose: choice(CONTACT_PURPOSES, "Pick service or marketing."),
    summary: trimmed(2000, "Summarise what happened."),
    durationMinutes: z
      .string()
      .trim()
      .regex(/^$|^[0-9]{1,3}(\.[0-9]{1,2})?$/, "Minutes, e.g. 4 or 4.5.")
      .transform((s) => (s === "" ? null : Math.round(Number(s) * 60)))
      .refine((s) => s === null || s <= 8 * 3600, "At most 480 minutes."),
    outcome: z.union([z.literal("").transform(() => null), choice(CALL_OUTCOMES, "Pick how the call went.")]),
  })
  .superRefine((v, ctx) => {
    if (v.channel === "call" && v.durationMinutes === null) ctx.addIssue({ code: "custom", path: ["durationMinutes"], message: "How long was the call?" });
    if (v.channel === "call" && v.outcome === null) ctx.addIssue({ code: "custom", path: ["outcome"], message: "Pick how the call went." });
    if (v.channel !== "call" && v.outcome !== null) ctx.addIssue({ code: "custom", path: ["outcome"], message: "Only calls have an outcome." });
    if (v.direction === "inbound" && v.purpose === "marketing") ctx.addIssue({ code: "custom", path: ["purpose"], message: "Inbound contact is logged as service." });
  });
export type LogInteractionInput = z.infer<typeof logInteractionInput>;

export const followUpRef = z.object({
  partyId: idText("That follow-up could not be found."),
  followUpId: idText("That follow-up could not be found."),
});
export const closeFollowUpInput = followUpRef.extend({
  outcome: choice(FOLLOW_UP_OUTCOMES, "Pick how it ended."),
  note: optionalText(2000),
});
export type CloseFollowUpInput = z.infer<typeof closeFollowUpInput>;

// --- The queue ------------------------------------------------------------------------------------

export const CASE_SCOPES = ["all", "mine", "unassigned"] as const;
export type CaseScope = (typeof CASE_SCOPES)[number];
export const CASE_AGES = ["lt1d", "1to7d", "7to30d", "gt30d"] as const;
export type CaseAge = (typeof CASE_AGES)[number];
export const CASE_AGE_LABELS: Record<CaseAge, string> = {
  lt1d: "Under a day", "1to7d": "1–7 days", "7to30d": "7–30 days", gt30d: "Over 30 days",
};
/** Age bucket → [min, max) hours since opening. */
export const CASE_AGE_HOURS: Record<CaseAge, [number, number | null]> = {
  lt1d: [0, 24], "1to7d": [24, 168], "7to30d": [168, 720], gt30d: [720, null],
};
export const CASE_SLA = ["breached", "due_soon", "on_track"] as const;
export type CaseSla = (typeof CASE_SLA)[number];
export const CASE_SLA_LABELS: Record<CaseSla, string> = {
  breached: "SLA breached", due_soon: "Due within 4 hours", on_track: "On track",
};
export const DUE_SOON_HOURS = 4;
/** `priority`: most urgent first, then oldest. `oldest` / `newest`: by when opened. */
export const CASE_SORTS = ["priority", "oldest", "newest"] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface CaseQueueQuery {
  scope: CaseScope;
  /** Empty: the open statuses. */
  statuses: CaseStatus[];
  priorities: CasePriority[];
  categories: (typeof CASE_CATEGORIES)[number][];
  channels: InteractionChannel[];
  age: CaseAge | null;
  sla: CaseSla | null;
  sort: CaseSort;
}

export const DEFAULT_CASE_QUEUE: CaseQueueQuery = {
  scope: "all", statuses: [], priorities: [], categories: [], channels: [], age: null, sla: null, sort: "priority",
};

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

function listParam<T extends string>(raw: string | undefined, allowed: readonly T[], name: string, errors: Record<string, string>): T[] {
  if (!raw) return [];
  const parts = [...new Set(raw.split(",").map((s) => s.trim()).filter(Boolean))];
  const bad = parts.filter((p) => !(allowed as readonly string[]).includes(p));
  if (bad.length) errors[name] = `Unknown ${name} “${bad.join("”, “").slice(0, 60)}”; use ${allowed.join(", ")}.`;
  return parts.filter((p): p is T => (allowed as readonly string[]).includes(p));
}

function oneParam<T extends string>(raw: string | undefined, allowed: readonly T[], name: string, errors: Record<string, string>): T | null {
  if (!raw) return null;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  errors[name] = `Unknown ${name} “${raw.slice(0, 40)}”; use ${allowed.join(", ")}.`;
  return null;
}

/** URL → queue query. Unknown values are dropped and named, never turned into SQL. */
export function parseCaseQueueParams(params: Params): { query: CaseQueueQuery; cursor: string | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const query: CaseQueueQuery = {
    scope: oneParam(first(params.scope), CASE_SCOPES, "scope", errors) ?? "all",
    statuses: listParam(first(params.status), CASE_STATUSES, "status", errors),
    priorities: listParam(first(params.priority), CASE_PRIORITIES, "priority", errors),
    categories: listParam(first(params.category), CASE_CATEGORIES, "category", errors),
    channels: listParam(first(params.channel), INTERACTION_CHANNELS, "channel", errors),
    age: oneParam(first(params.age), CASE_AGES, "age", errors),
    sla: oneParam(first(params.sla), CASE_SLA, "sla", errors),
    sort: oneParam(first(params.sort), CASE_SORTS, "sort", errors) ?? "priority",
  };
  const cursor = first(params.cursor);
  return { query, cursor: cursor && cursor.length <= 512 ? cursor : null, errors };
}

/** Queue query → URL parameters, defaults left out so links stay short. */
export function caseQueueSearchParams(query: CaseQueueQuery, cursor?: string | null): URLSearchParams {
  const p = new URLSearchParams();
  if (query.scope !== "all") p.set("scope", query.scope);
  if (query.statuses.length) p.set("status", query.statuses.join(","));
  if (query.priorities.length) p.set("priority", query.priorities.join(","));
  if (query.categories.length) p.set("category", query.categories.join(","));
  if (query.channels.length) p.set("channel", query.channels.join(","));
  if (query.age) p.set("age", query.age);
  if (query.sla) p.set("sla", query.sla);
  if (query.sort !== "priority") p.set("sort", query.sort);
  if (cursor) p.set("cursor", cursor);
  return p;
}

export const FOLLOW_UP_VIEWS = ["open", "mine", "closed"] as const;
export type FollowUpView = (typeof FOLLOW_UP_VIEWS)[number];
