// A segment's definition: a JSON document of nested AND / OR / NOT groups of conditions, the one
// shape the builder edits, the API accepts and the compiler (lib/db/queries/segments.ts) turns
// into parameterized SQL. Every field, operator and option is allow-listed here; values are
// bounded so a definition can never be large or slow by construction.
import { z } from "zod";
import {
  AGE_BANDS, CAMPAIGN_RESPONSE_KINDS, CASE_CATEGORIES, CONSENT_CHANNELS, CONSENT_PURPOSES, DIRECTIONS, GENDERS,
  INCOME_BANDS, INTERACTION_CHANNELS, LIFECYCLE_STAGES, LOYALTY_TIERS, PARTY_KINDS, SENTIMENTS, SOURCE_CLASSES,
  SUBSCRIPTION_STATUSES, WEB_EVENT_KINDS,
} from "./enums";

export const MAX_DEPTH = 4;
export const MAX_CONDITIONS = 40;
/** The longest look-back a window may have: ten years. */
export const MAX_WINDOW_DAYS = 3650;
export const NPS_CATEGORIES = ["promoter", "passive", "detractor", "none"] as const;
export const TIER_OPTIONS = [...LOYALTY_TIERS, "none"] as const;
export const RFM_SCORES = [1, 2, 3, 4, 5] as const;

const text = z.string().trim().min(1, "Must not be empty.").max(100, "At most 100 characters.");
const list = <T extends z.ZodType>(item: T, max = 50) => z.array(item).min(1, "Pick at least one.").max(max, `At most ${max}.`);
const days = z.number().int("Whole days only.").min(1, "At least 1 day.").max(MAX_WINDOW_DAYS, `At most ${MAX_WINDOW_DAYS} days.`);
const money = z.number().finite().min(0, "Must not be negative.").max(1e9, "Too large.");
const count = z.number().int("Whole numbers only.").min(0, "Must not be negative.").max(100_000, "Too large.");
const key = z.string().max(40).optional();

type Bounds = { min?: number | undefined; max?: number | undefined };
const hasBound = (c: Bounds) => c.min !== undefined || c.max !== undefined;
const ordered = (c: Bounds) => c.min === undefined || c.max === undefined || c.min <= c.max;

/** Both ends optional, at least one given, and min ≤ max. */
function range<T extends z.ZodRawShape>(shape: T, lo: z.ZodNumber, hi = lo) {
  return z
    .strictObject({ ...shape, min: lo.optional(), max: hi.optional() })
    .refine((c) => hasBound(c as Bounds), { message: "Give a minimum, a maximum or both.", path: ["min"] })
    .refine((c) => ordered(c as Bounds), { message: "The minimum is above the maximum.", path: ["max"] });
}

const cond = <F extends string, T extends z.ZodRawShape>(field: F, shape: T) =>
  z.strictObject({ type: z.literal("condition"), id: key, field: z.literal(field), ...shape });
const condRange = <F extends string, T extends z.ZodRawShape>(field: F, shape: T, lo: z.ZodNumber, hi = lo) =>
  range({ type: z.literal("condition"), id: key, field: z.literal(field), ...shape }, lo, hi);

const score1to5 = z.number().int().min(1, "Scores run 1 to 5.").max(5, "Scores run 1 to 5.");
const rfmPart = z.tuple([score1to5, score1to5]).refine(([a, b]) => a <= b, "The lower score is above the upper one.").optional();

export const conditionSchema = z.union([
  // Profile
  cond("profile.kind", { values: list(z.enum(PARTY_KINDS)) }),
  cond("profile.country", { values: list(z.string().regex(/^[A-Z]{2}$/, "Two-letter country codes, like DE."), 100) }),
  cond("profile.region", { values: list(text) }),
  cond("profile.city", { values: list(text) }),
  cond("profile.age_band", { values: list(z.enum(AGE_BANDS)) }),
  cond("profile.gender", { values: list(z.enum(GENDERS)) }),
  cond("profile.income_band", { values: list(z.enum(INCOME_BANDS)) }),
  cond("profile.language", { values: list(z.string().regex(/^[a-z]{2,3}$/, "Language codes, like en."), 50) }),
  cond("profile.time_zone", { values: list(z.string().regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){0,2}$/, "Time zone names, like Europe/Berlin.")) }),
  cond("profile.lifecycle", { values: list(z.enum(LIFECYCLE_STAGES)) }),
  cond("loyalty.tier", { values: list(z.enum(TIER_OPTIONS)) }),
  // Value
  condRange("value.lifetime", {}, money),
  z.strictObject({
    type: z.literal("condition"), id: key, field: z.literal("value.rfm"),
    recency: rfmPart, frequency: rfmPart, monetary: rfmPart,
  }).refine((c) => c.recency || c.frequency || c.monetary, { message: "Set recency, frequency or monetary.", path: ["recency"] }),
  // Orders
  condRange("orders.count", { withinDays: days.optional() }, count),
  condRange("orders.total", { withinDays: days.optional() }, money),
  cond("orders.last", { when: z.enum(["within", "before"]), days }),
  cond("orders.category", { values: list(text), withinDays: days.optional() }),
  // Interactions and cases
  condRange("interactions.count", {
    channels: list(z.enum(INTERACTION_CHANNELS)).optional(),
    direction: z.enum(DIRECTIONS).optional(),
    withinDays: days,
  }, count),
  cond("cases.open", { present: z.boolean() }),
  cond("cases.complaints", { min: z.number().int().min(1, "At least 1.").max(1000), withinDays: z.union([z.literal(7), z.literal(30), z.literal(90)]).optional() }),
  cond("cases.category", { values: list(z.enum(CASE_CATEGORIES)), withinDays: days.optional() }),
  // Feedback
  cond("feedback.nps_category", { values: list(z.enum(NPS_CATEGORIES)) }),
  condRange("feedback.latest_nps", {}, z.number().int().min(0, "NPS runs 0 to 10.").max(10, "NPS runs 0 to 10.")),
  condRange("feedback.csat", { withinDays: days.optional() }, score1to5),
  // Marketing, behaviour, earned
  cond("campaign.response", { kinds: list(z.enum(CAMPAIGN_RESPONSE_KINDS)), withinDays: days.optional() }),
  cond("web.event", { kinds: list(z.enum(WEB_EVENT_KINDS)), withinDays: days.optional() }),
  cond("earned.review", { maxRating: z.number().int().min(1).max(5).optional(), withinDays: days.optional() }),
  cond("earned.mention", { sentiments: list(z.enum(SENTIMENTS)).optional(), withinDays: days.optional() }),
  cond("earned.referral", { converted: z.boolean().optional() }),
  cond("subscription", {
    plans: list(text).optional(),
    statuses: list(z.enum(SUBSCRIPTION_STATUSES)).optional(),
    renewsWithinDays: days.optional(),
  }),
  // Consent, provenance, other segments
  cond("consent.reachable", { channel: z.enum(CONSENT_CHANNELS), purpose: z.enum(CONSENT_PURPOSES) }),
  cond("source.class", { values: list(z.enum(SOURCE_CLASSES)) }),
  cond("segment.member", { segmentId: z.number().int().positive("Pick a segment.") }),
], { error: (issue) => (issue.code === "invalid_union" ? "Not a known condition, or its settings are wrong." : undefined) });

export type Condition = z.infer<typeof conditionSchema>;
export type ConditionField = Condition["field"];
export type GroupOp = "and" | "or" | "not";
export interface Group {
  type: "group";
  id?: string;
  /** and: all of; or: any of; not: none of. */
  op: GroupOp;
  children: Node[];
}
export type Node = Group | Condition;

const groupSchema: z.ZodType<Group> = z.lazy(() =>
  z.strictObject({
    type: z.literal("group"),
    id: key,
    op: z.enum(["and", "or", "not"]),
    children: z.array(nodeSchema).max(MAX_CONDITIONS, `At most ${MAX_CONDITIONS} parts in a group.`),
  }),
);
const nodeSchema: z.ZodType<Node> = z.lazy(() => z.union([groupSchema, conditionSchema]));

export interface SegmentDefinition {
  version: 1;
  root: Group;
}

export const definitionSchema = z
  .strictObject({ version: z.literal(1), root: groupSchema })
  .superRefine((def, ctx) => {
    let conditions = 0;
    const walk = (g: Group, depth: number, path: (string | number)[]) => {
      if (depth > MAX_DEPTH) ctx.addIssue({ code: "custom", message: `Groups nest at most ${MAX_DEPTH} deep.`, path });
      g.children.forEach((c, i) => {
        if (c.type === "group") walk(c, depth + 1, [...path, "children", i]);
        else conditions++;
      });
    };
    walk(def.root, 1, ["root"]);
    if (conditions > MAX_CONDITIONS) ctx.addIssue({ code: "custom", message: `At most ${MAX_CONDITIONS} conditions.`, path: ["root"] });
  });

/** `root.children.1.min` → "root › 2nd part › min", for people; the raw path stays in the field key. */
export function describePath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join(".") || "definition";
}

export type DefinitionResult = { ok: true; definition: SegmentDefinition } | { ok: false; fields: Record<string, string>; message: string };

/**
 * Validates anything claimed to be a definition. For a node that is neither a valid group nor a
 * valid condition, says which setting of which condition is wrong, not just "invalid union".
 */
export function parseDefinition(input: unknown): DefinitionResult {
  const parsed = definitionSchema.safeParse(input);
  if (parsed.success) return { ok: true, definition: parsed.data as SegmentDefinition };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    for (const [path, message] of explain(issue, input)) fields[describePath(path)] ??= message;
  }
  const [first] = Object.entries(fields);
  return { ok: false, fields, message: first ? `${first[0]}: ${first[1]}` : "The definition is not valid." };
}

/** For a failed union, re-checks the node against the one condition its `field` names. */
function explain(issue: z.core.$ZodIssue, input: unknown): [PropertyKey[], string][] {
  const path = issue.path;
  if (issue.code !== "invalid_union") return [[path, issue.message]];
  const node = path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
  if (!node || typeof node !== "object") return [[path, "Expected a group or a condition."]];
  const n = node as Record<string, unknown>;
  if (n.type === "group") {
    const g = groupSchema.safeParse(n);
    return g.success ? [[path, issue.message]] : g.error.issues.flatMap((i) => explain({ ...i, path: [...path, ...i.path] }, input));
  }
  if (n.type !== "condition") return [[[...path, "type"], 'Must be "group" or "condition".']];
  if (typeof n.field !== "string" || !(CONDITION_FIELDS as readonly string[]).includes(n.field)) {
    return [[[...path, "field"], `Unknown condition "${String(n.field).slice(0, 40)}".`]];
  }
  const one = conditionSchema.options.find((o) => o.shape.field.value === n.field);
  const checked = one?.safeParse(n);
  if (!checked || checked.success) return [[path, issue.message]];
  return checked.error.issues.map((i) => [[...path, ...i.path], i.message]);
}

// The catalogue the builder shows: each field's label, group and what its editor asks for.

export type FieldCategory = "Profile" | "Value" | "Orders" | "Service" | "Feedback" | "Marketing & behaviour" | "Earned" | "Consent & data" ;

export interface FieldInfo {
  label: string;
  category: FieldCategory;
  /** A short explanation under the field in the builder. */
  help: string;
}

export const FIELD_INFO = {
  "profile.kind": { label: "Party kind", category: "Profile", help: "Person or organization." },
  "profile.country": { label: "Country", category: "Profile", help: "Home country (two-letter code)." },
  "profile.region": { label: "Region", category: "Profile", help: "State, province or region, as written." },
  "profile.city": { label: "City", category: "Profile", help: "Home city, as written." },
  "profile.age_band": { label: "Age band", category: "Profile", help: "From demographics." },
  "profile.gender": { label: "Gender", category: "Profile", help: "From demographics." },
  "profile.income_band": { label: "Income band", category: "Profile", help: "From demographics." },
  "profile.language": { label: "Language", category: "Profile", help: "Preferred language code, like en or de." },
  "profile.time_zone": { label: "Time zone", category: "Profile", help: "Like Europe/Berlin." },
  "profile.lifecycle": { label: "Lifecycle stage", category: "Profile", help: "Lead, prospect, customer, repeat, lapsed or churned." },
  "loyalty.tier": { label: "Loyalty tier", category: "Profile", help: "\"None\" matches customers outside the programme." },
  "value.lifetime": { label: "Lifetime value", category: "Value", help: "Revenue less refunds, in the shop's currency." },
  "value.rfm": { label: "RFM score", category: "Value", help: "Recency, frequency and monetary scores, 1 to 5 each; buyers only." },
  "orders.count": { label: "Number of orders", category: "Orders", help: "Orders not cancelled, ever or within a window." },
  "orders.total": { label: "Order total", category: "Orders", help: "Revenue of paid, shipped, delivered or returned orders." },
  "orders.last": { label: "Last order", category: "Orders", help: "Within the last N days, or longer ago than that." },
  "orders.category": { label: "Bought from category", category: "Orders", help: "At least one order with an item from these categories." },
  "interactions.count": { label: "Interactions", category: "Service", help: "Calls, emails, chats and other contacts within a window." },
  "cases.open": { label: "Open case", category: "Service", help: "Has (or has no) case that is new, open or pending." },
  "cases.complaints": { label: "Complaints", category: "Service", help: "Complaint cases, ever or in the last 7, 30 or 90 days." },
  "cases.category": { label: "Case about", category: "Service", help: "A case in these categories." },
  "feedback.nps_category": { label: "NPS category", category: "Feedback", help: "From the latest NPS answer." },
  "feedback.latest_nps": { label: "Latest NPS score", category: "Feedback", help: "0 to 10." },
  "feedback.csat": { label: "CSAT score", category: "Feedback", help: "Gave a CSAT score (1–5) in this range." },
  "campaign.response": { label: "Campaign response", category: "Marketing & behaviour", help: "Opened, clicked, converted… any campaign." },
  "web.event": { label: "Web or app event", category: "Marketing & behaviour", help: "Such as an abandoned cart." },
  "earned.review": { label: "Left a review", category: "Earned", help: "Optionally only low ratings." },
  "earned.mention": { label: "Mentioned the brand", category: "Earned", help: "A social mention matched to the customer." },
  "earned.referral": { label: "Referred someone", category: "Earned", help: "Optionally only referrals that converted." },
  subscription: { label: "Subscription", category: "Marketing & behaviour", help: "Plan, status and renewal date." },
  "consent.reachable": { label: "Reachable", category: "Consent & data", help: "Consent granted for the purpose on the channel, and a contact point for it." },
  "source.class": { label: "Has data from", category: "Consent & data", help: "Zero-, first-, second-, third-party or earned data." },
  "segment.member": { label: "In segment", category: "Consent & data", help: "A member of another saved segment." },
} as const satisfies Record<ConditionField, FieldInfo>;

export const CONDITION_FIELDS = Object.keys(FIELD_INFO) as ConditionField[];

/** A new condition of a field with sensible starting values, so the preview has something to count. */
export function newCondition(field: ConditionField): Condition {
  const base = { type: "condition" as const };
  switch (field) {
    case "profile.kind": return { ...base, field, values: ["person"] };
    case "profile.country": return { ...base, field, values: ["US"] };
    case "profile.region": return { ...base, field, values: ["California"] };
    case "profile.city": return { ...base, field, values: ["Berlin"] };
    case "profile.age_band": return { ...base, field, values: ["25-34"] };
    case "profile.gender": return { ...base, field, values: ["female"] };
    case "profile.income_band": return { ...base, field, values: ["high"] };
    case "profile.language": return { ...base, field, values: ["en"] };
    case "profile.time_zone": return { ...base, field, values: ["Europe/Berlin"] };
    case "profile.lifecycle": return { ...base, field, values: ["repeat"] };
    case "loyalty.tier": return { ...base, field, values: ["gold", "platinum"] };
    case "value.lifetime": return { ...base, field, min: 1000 };
    case "value.rfm": return { ...base, field, recency: [4, 5], frequency: [4, 5] };
    case "orders.count": return { ...base, field, min: 2, withinDays: 365 };
    case "orders.total": return { ...base, field, min: 500, withinDays: 365 };
    case "orders.last": return { ...base, field, when: "within", days: 90 };
    case "orders.category": return { ...base, field, values: ["electronics"], withinDays: 365 };
    case "interactions.count": return { ...base, field, min: 1, withinDays: 30 };
    case "cases.open": return { ...base, field, present: true };
    case "cases.complaints": return { ...base, field, min: 1, withinDays: 90 };
    case "cases.category": return { ...base, field, values: ["delivery"] };
    case "feedback.nps_category": return { ...base, field, values: ["detractor"] };
    case "feedback.latest_nps": return { ...base, field, min: 9 };
    case "feedback.csat": return { ...base, field, max: 2, withinDays: 180 };
    case "campaign.response": return { ...base, field, kinds: ["clicked"], withinDays: 90 };
    case "web.event": return { ...base, field, kinds: ["abandon"], withinDays: 30 };
    case "earned.review": return { ...base, field, withinDays: 365 };
    case "earned.mention": return { ...base, field, withinDays: 365 };
    case "earned.referral": return { ...base, field };
    case "subscription": return { ...base, field, statuses: ["active"] };
    case "consent.reachable": return { ...base, field, channel: "email", purpose: "marketing" };
    case "source.class": return { ...base, field, values: ["zero_party"] };
    case "segment.member": return { ...base, field, segmentId: 1 };
  }
}

export const emptyDefinition = (): SegmentDefinition => ({ version: 1, root: { type: "group", op: "and", children: [] } });

/** Every condition in a definition, depth first. */
export function conditionsOf(def: SegmentDefinition): Condition[] {
  const out: Condition[] = [];
  const walk = (g: Group) => g.children.forEach((c) => (c.type === "group" ? walk(c) : out.push(c)));
  walk(def.root);
  return out;
}

/** Segments this definition reads the membership of. */
export function referencedSegments(def: SegmentDefinition): number[] {
  return [...new Set(conditionsOf(def).flatMap((c) => (c.field === "segment.member" ? [c.segmentId] : [])))];
}
