// What the 360 view shows beyond the header and contact points: the health score, two charts,
// the rest of the profile and the four tabs. Plain serializable shapes (ISO strings for times,
// integer minor units for money) so server and client components and the API share them.
import type { HealthScore } from "./health";
import type { SourceClass } from "./enums";

export const CUSTOMER_TABS = ["timeline", "orders", "feedback", "cases", "privacy"] as const;
export type CustomerTab = (typeof CUSTOMER_TABS)[number];
export const CUSTOMER_TAB_LABELS: Record<CustomerTab, string> = {
  timeline: "Timeline",
  orders: "Orders",
  feedback: "Feedback",
  cases: "Cases",
  privacy: "Privacy",
};

export function parseCustomerTab(raw: unknown): CustomerTab {
  return typeof raw === "string" && (CUSTOMER_TABS as readonly string[]).includes(raw) ? (raw as CustomerTab) : "timeline";
}

/** How many rows a tab shows before pointing at the timeline (which pages through everything). */
export const TAB_LIMIT = 25;

export interface SourceRef {
  name: string;
  class: SourceClass;
}

export interface Party360Insights {
  health: HealthScore;
  /** Revenue-counting order totals per calendar month (UTC), oldest first, the last 24 months. */
  spendByMonth: Array<{ month: string; amountMinor: number; orders: number }>;
  /** Communications of the last 12 months per channel and direction. */
  interactionsByChannel: Array<{ channel: string; inbound: number; outbound: number }>;
}

export interface DemographicValue {
  attribute: "birthDate" | "ageBand" | "gender" | "incomeBand" | "maritalStatus" | "language" | "timeZone" | "industry" | "companySize";
  label: string;
  value: string;
  source: SourceRef | null;
}

export interface Party360Profile {
  demographics: { values: DemographicValue[]; capturedAt: string } | null;
  accounts: Array<{ id: number; platform: string; username: string; createdAt: string; lastLoginAt: string | null }>;
  subscriptions: Array<{
    id: number; plan: string; status: string; priceMinor: number; currency: string; startedAt: string;
    renewsAt: string | null; cancelledAt: string | null;
  }>;
  tierHistory: Array<{ id: number; fromTier: string | null; toTier: string; reason: string | null; at: string }>;
  zeroParty: Array<{ id: number; kind: string; value: string; capturedAt: string; source: SourceRef | null }>;
  contactPreferences: Array<{ id: number; channel: string; frequency: string; topics: string[]; updatedAt: string }>;
  segments: Array<{ id: number; name: string; kind: "dynamic" | "static"; addedAt: string }>;
}

export interface OrderSummary {
  id: number;
  number: string;
  status: string;
  channel: string;
  totalMinor: number;
  currency: string;
  placedAt: string;
  promisedBy: string | null;
  deliveredAt: string | null;
  items: Array<{ id: number; sku: string; name: string; category: string; quantity: number; unitPriceMinor: number }>;
  payments: Array<{ id: number; method: string; status: string; amountMinor: number; currency: string; cardLast4: string | null; at: string }>;
  refunds: Array<{ id: number; amountMinor: number; currency: string; reason: string | null; at: string }>;
  statusHistory: Array<{ status: string; at: string }>;
}

export interface FeedbackEntry {
  id: number;
  kind: "nps" | "csat" | "ces";
  score: number;
  comment: string | null;
  touchpoint: string;
  channel: string;
  surveyName: string;
  at: string;
  followUp: { status: string; outcome: string | null; closedAt: string | null } | null;
}

export interface CaseSummary {
  id: number;
  number: string;
  kind: string;
  status: string;
  priority: string;
  category: string;
  channel: string;
  subject: string;
  assignee: string | null;
  openedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  slaDueAt: string | null;
  resolution: string | null;
  communications: number;
}

export interface ConsentLedgerEntry {
  id: number;
  purpose: string;
  channel: string;
  status: "granted" | "denied" | "withdrawn";
  at: string;
  source: SourceRef;
  evidence: string | null;
}

export interface PrivacyRequestEntry {
  id: number;
  kind: string;
  status: string;
  receivedAt: string;
  dueAt: string;
  completedAt: string | null;
  outcome: string | null;
}

/** A tab's rows: the newest `TAB_LIMIT`, and how many there are in all. */
export interface TabRows<T> {
  items: T[];
  total: number;
}

export type CustomerTabData =
  | { tab: "orders"; orders: TabRows<OrderSummary> }
  | { tab: "feedback"; responses: TabRows<FeedbackEntry> }
  | { tab: "cases"; cases: TabRows<CaseSummary> }
  | { tab: "privacy"; consent: ConsentLedgerEntry[]; requests: PrivacyRequestEntry[] };
