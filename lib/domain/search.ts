// What the one search box returns. Shared by the data layer, GET /api/v1/search, the Ctrl/Cmd-K
// palette and the /search page.
import type { CASE_STATUSES, LOYALTY_TIERS, ORDER_STATUSES, PARTY_KINDS } from "./enums";

/** How a customer matched, best first; the palette shows it so an agent knows why a row is there. */
export const MATCH_KINDS = [
  "email", "phone", "external_id", "order", "case", "name", "email_prefix", "phone_suffix", "name_prefix", "name_fuzzy",
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];
export const MATCH_LABELS: Record<MatchKind, string> = {
  email: "Email",
  phone: "Phone",
  external_id: "External id",
  order: "Order",
  case: "Case",
  name: "Name",
  email_prefix: "Email starts with",
  phone_suffix: "Phone ends with",
  name_prefix: "Name starts with",
  name_fuzzy: "Similar name",
};

export interface SearchCustomer {
  id: number;
  kind: (typeof PARTY_KINDS)[number];
  displayName: string;
  city: string | null;
  country: string | null;
  tier: (typeof LOYALTY_TIERS)[number] | null;
  lastInteractionAt: string | null;
  /** Masked for roles that may not see contact details. */
  email: string | null;
  phone: string | null;
  match: MatchKind;
  /** The value that matched (masked when contact details are), e.g. the order number. */
  matched: string;
}

export interface SearchOrder {
  id: number;
  partyId: number;
  orderNumber: string;
  status: (typeof ORDER_STATUSES)[number];
  totalMinor: number;
  currency: string;
  placedAt: string;
  customerName: string;
}

export interface SearchCase {
  id: number;
  partyId: number;
  caseNumber: string;
  subject: string;
  status: (typeof CASE_STATUSES)[number];
  openedAt: string;
  customerName: string;
}

export interface SearchResults {
  query: string;
  customers: SearchCustomer[];
  orders: SearchOrder[];
  cases: SearchCase[];
  /** True when more customers matched than were returned: the palette says "keep typing". */
  more: boolean;
}

export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_DEFAULT_LIMIT = 10;
export const SEARCH_MAX_LIMIT = 50;
