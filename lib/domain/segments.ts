// What the segment screens, the API and the data layer exchange, and the built-in starting points.
import type { ConsentChannel, ConsentPurpose, LoyaltyTier } from "./enums";
import {
  FIELD_INFO, type Condition, type Group, type SegmentDefinition,
} from "./segment-definition";

export interface SegmentMemberRow {
  id: number;
  name: string;
  kind: "person" | "organization";
  country: string | null;
  city: string | null;
  tier: LoyaltyTier | null;
  lifetimeValueMinor: number;
  latestNps: number | null;
}

export interface SegmentPreview {
  /** Active customers matching, exactly. */
  count: number;
  /** Of those, how many may be sent marketing on each channel: consent granted and a contact point for it. */
  reach: Record<ConsentChannel, number>;
  /** Up to 10 members, highest lifetime value first among the first matches found. */
  sample: SegmentMemberRow[];
  /** Server time spent, for the "counted in N ms" note. */
  tookMs: number;
  /** "memory": the segment engine's in-memory facts answered (SQL only for what they cannot decide); "sql": SQL alone, while the engine loads. */
  engine: "memory" | "sql";
}

export type PreviewResult =
  | { ok: true; preview: SegmentPreview }
  | { ok: false; message: string; fields: Record<string, string> };

export interface SegmentDetail {
  id: number;
  name: string;
  description: string | null;
  kind: "dynamic" | "static";
  definition: SegmentDefinition | null;
  memberCount: number;
  owner: string | null;
  createdAt: string;
  updatedAt: string;
  lastComputedAt: string | null;
}

export interface SizePoint {
  computedAt: string;
  size: number;
  entered: number;
  left: number;
}

export interface MemberChange {
  id: number;
  name: string;
  change: "entered" | "left";
}

/** Since the latest computation: who came in and who went out (a page of each). */
export interface MemberChanges {
  computedAt: string | null;
  entered: MemberChange[];
  left: MemberChange[];
  enteredTotal: number;
  leftTotal: number;
}

export interface OverlapResult {
  segments: { id: number; name: string; size: number }[];
  /**
   * Every non-empty combination: `in` lists the indexes (into `segments`) a customer is in, and
   * only those; `count` is how many customers are in exactly that combination.
   */
  regions: { in: number[]; count: number }[];
}

export interface SaveSegmentInput {
  id?: number;
  name: string;
  description?: string | null;
  definition: unknown;
}

export type SaveSegmentResult =
  | { ok: true; id: number; size: number }
  | { ok: false; message: string; fields: Record<string, string> };

export interface ExportChoice {
  channel: ConsentChannel;
  purpose: ConsentPurpose;
}

// RFM: fixed thresholds rather than quintiles, so a score means the same thing tomorrow and a
// customer's score changes only when they do. Buyers only (at least one order).
/** Days since the last order at or below which recency scores 5, 4, 3, 2; older scores 1. */
export const RFM_RECENCY_DAYS = [30, 90, 180, 365] as const;
/** Orders at or above which frequency scores 5, 4, 3, 2; one order scores 1. */
export const RFM_FREQUENCY_ORDERS = [10, 6, 3, 2] as const;
/** Lifetime value (major units) at or above which monetary scores 5, 4, 3, 2. */
export const RFM_MONETARY = [3000, 1500, 600, 200] as const;

export function rfmScores(daysSinceLastOrder: number, orders: number, lifetimeValue: number): { r: number; f: number; m: number } {
  const step = (v: number, limits: readonly number[], atMost: boolean) => {
    const i = limits.findIndex((l) => (atMost ? v <= l : v >= l));
    return i < 0 ? 1 : 5 - i;
  };
  return { r: step(daysSinceLastOrder, RFM_RECENCY_DAYS, true), f: step(orders, RFM_FREQUENCY_ORDERS, false), m: step(lifetimeValue, RFM_MONETARY, false) };
}

const all = (...children: Group["children"]): SegmentDefinition => ({ version: 1, root: { type: "group", op: "and", children } });

export interface SegmentTemplate {
  key: string;
  name: string;
  description: string;
  definition: SegmentDefinition;
}

/** Built-in starting points: open one in the builder, change it, save it under a name. */
export const SEGMENT_TEMPLATES: SegmentTemplate[] = [
  {
    key: "champions",
    name: "Champions",
    description: "Bought recently, often and for a lot (RFM 4–5 on all three).",
    definition: all({ type: "condition", field: "value.rfm", recency: [4, 5], frequency: [4, 5], monetary: [4, 5] }),
  },
  {
    key: "loyal",
    name: "Loyal customers",
    description: "Buy often (frequency 4–5), recency 3 or better.",
    definition: all({ type: "condition", field: "value.rfm", recency: [3, 5], frequency: [4, 5] }),
  },
  {
    key: "at_risk",
    name: "At risk",
    description: "Used to buy often or for a lot, nothing for over six months (recency 1–2, frequency or monetary 3–5).",
    definition: all(
      { type: "condition", field: "value.rfm", recency: [1, 2] },
      { type: "group", op: "or", children: [
        { type: "condition", field: "value.rfm", frequency: [3, 5] },
        { type: "condition", field: "value.rfm", monetary: [3, 5] },
      ] },
    ),
  },
  {
    key: "hibernating",
    name: "Hibernating",
    description: "Low on all three: long ago, rarely, little (RFM 1–2 each).",
    definition: all({ type: "condition", field: "value.rfm", recency: [1, 2], frequency: [1, 2], monetary: [1, 2] }),
  },
  {
    key: "detractors_open_case",
    name: "Detractors with an open case",
    description: "Latest NPS 0–6 and a case still open: call them first.",
    definition: all(
      { type: "condition", field: "feedback.nps_category", values: ["detractor"] },
      { type: "condition", field: "cases.open", present: true },
    ),
  },
  {
    key: "lapsed_subscribers",
    name: "Lapsed subscribers",
    description: "A cancelled or expired subscription and no active one.",
    definition: all(
      { type: "condition", field: "subscription", statuses: ["cancelled", "expired"] },
      { type: "group", op: "not", children: [{ type: "condition", field: "subscription", statuses: ["active", "trial"] }] },
    ),
  },
];

// A definition in words, for the segment page and audit details.

const list = (v: readonly (string | number)[]) => v.map(String).join(", ");
const window = (d?: number) => (d ? ` in the last ${d} days` : "");
const num = (n?: number) => (n ?? 0).toLocaleString("en-US");
const between = (min?: number, max?: number) =>
  min !== undefined && max !== undefined ? `${num(min)}–${num(max)}` : min !== undefined ? `at least ${num(min)}` : `at most ${num(max)}`;

export function describeCondition(c: Condition, segmentName: (id: number) => string = (id) => `#${id}`): string {
  const label = FIELD_INFO[c.field].label;
  switch (c.field) {
    case "profile.kind": case "profile.country": case "profile.region": case "profile.city": case "profile.age_band":
    case "profile.gender": case "profile.income_band": case "profile.language": case "profile.time_zone":
    case "profile.lifecycle": case "loyalty.tier": case "feedback.nps_category": case "source.class":
      return `${label}: ${list(c.values)}`;
    case "value.lifetime": return `${label} ${between(c.min, c.max)}`;
    case "value.rfm": {
      const parts = ([["R", c.recency], ["F", c.frequency], ["M", c.monetary]] as const)
        .filter(([, r]) => r).map(([k, r]) => `${k} ${r![0]}–${r![1]}`);
      return `RFM ${parts.join(", ")}`;
    }
    case "orders.count": return `${between(c.min, c.max)} orders${window(c.withinDays)}`;
    case "orders.total": return `Orders totalling ${between(c.min, c.max)}${window(c.withinDays)}`;
    case "orders.last": return c.when === "within" ? `Last order in the last ${c.days} days` : `Last order more than ${c.days} days ago`;
    case "orders.category": return `Bought ${list(c.values)}${window(c.withinDays)}`;
    case "interactions.count":
      return `${between(c.min, c.max)} ${c.direction ?? ""} ${c.channels ? list(c.channels) : ""} interactions${window(c.withinDays)}`.replace(/\s+/g, " ");
    case "cases.open": return c.present ? "Has an open case" : "Has no open case";
    case "cases.complaints": return `At least ${c.min} complaint${c.min === 1 ? "" : "s"}${window(c.withinDays)}`;
    case "cases.category": return `A case about ${list(c.values)}${window(c.withinDays)}`;
    case "feedback.latest_nps": return `Latest NPS ${between(c.min, c.max)}`;
    case "feedback.csat": return `CSAT ${between(c.min, c.max)}${window(c.withinDays)}`;
    case "campaign.response": return `Campaign ${list(c.kinds)}${window(c.withinDays)}`;
    case "web.event": return `Web/app ${list(c.kinds)}${window(c.withinDays)}`;
    case "earned.review": return `Left a review${c.maxRating ? ` rated ${c.maxRating} or less` : ""}${window(c.withinDays)}`;
    case "earned.mention": return `Mentioned the brand${c.sentiments ? ` (${list(c.sentiments)})` : ""}${window(c.withinDays)}`;
    case "earned.referral": return c.converted ? "Referred someone who bought" : "Referred someone";
    case "subscription":
      return `Subscription${c.plans ? ` on ${list(c.plans)}` : ""}${c.statuses ? ` ${list(c.statuses)}` : ""}${c.renewsWithinDays ? ` renewing within ${c.renewsWithinDays} days` : ""}`;
    case "consent.reachable": return `Reachable by ${c.channel} for ${c.purpose.replace(/_/g, " ")}`;
    case "segment.member": return `In segment ${segmentName(c.segmentId)}`;
  }
}

const OP_WORD = { and: "all of", or: "any of", not: "none of" } as const;

/** "all of (Country: DE, any of (…))" — one line, for lists and the audit log. */
export function describeDefinition(def: SegmentDefinition, segmentName?: (id: number) => string): string {
  const group = (g: Group): string =>
    g.children.length === 0 ? "everyone" : `${OP_WORD[g.op]} (${g.children.map((c) => (c.type === "group" ? group(c) : describeCondition(c, segmentName))).join("; ")})`;
  return group(def.root);
}
