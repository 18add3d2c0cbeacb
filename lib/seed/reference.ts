import type { Rng } from "./random";
import { CATALOGUE } from "./words";

// Reference data shared by every party: data sources, staff, products, campaigns, surveys and
// segments. Ids for data sources and staff come from the database (they may already exist);
// the rest are assigned by the generator.

export type SourceClass = "zero_party" | "first_party" | "second_party" | "third_party" | "earned";

export const SOURCES = [
  { key: "web_form", name: "Website sign-up form", class: "first_party", description: "Accounts and newsletter sign-ups on the website" },
  { key: "pos", name: "Store point of sale", class: "first_party", description: "Customers captured at the till in our stores" },
  { key: "mobile_app", name: "Mobile app", class: "first_party", description: "iOS and Android app registrations and opt-ins" },
  { key: "crm_import", name: "Legacy CRM import", class: "first_party", description: "One-off migration of the old CRM (2023)" },
  { key: "shop", name: "Online shop", class: "first_party", description: "Checkout and order data from the web shop" },
  { key: "service_desk", name: "Customer service desk", class: "first_party", description: "Details captured by agents on calls, chats and emails" },
  { key: "enrichment", name: "Enrichment vendor", class: "third_party", description: "Demographic and address enrichment bought from a data vendor" },
  { key: "list_broker", name: "Purchased prospect list", class: "third_party", description: "Prospect list licensed from a list broker" },
  { key: "partner_retail", name: "Partner retailer", class: "second_party", description: "Co-marketing data shared by a partner retailer under contract" },
  { key: "partner_loyalty", name: "Loyalty coalition partner", class: "second_party", description: "Members shared by the loyalty coalition partner" },
  { key: "preference_centre", name: "Preference centre", class: "zero_party", description: "What customers told us in their preference centre" },
  { key: "style_quiz", name: "Style quiz", class: "zero_party", description: "Answers from the onboarding style quiz" },
  { key: "social_listening", name: "Social listening", class: "earned", description: "Public posts and mentions found by social listening" },
  { key: "review_platform", name: "Review platform", class: "earned", description: "Public product and store reviews" },
] as const satisfies readonly { key: string; name: string; class: SourceClass; description: string }[];

export type SourceKey = (typeof SOURCES)[number]["key"];

export const CLASS_BIT: Record<SourceClass, number> = {
  zero_party: 1, first_party: 2, second_party: 4, third_party: 8, earned: 16,
};

export type StaffRole = "admin" | "cx_manager" | "support_agent" | "marketer";

export interface StaffSeed {
  email: string;
  name: string;
  role: StaffRole;
  /** Demo accounts get the demo password; the others sign in through SSO only. */
  demo: boolean;
  disabled?: boolean;
}

export const DEMO_PASSWORD = "cx360-demo";

export const STAFF: StaffSeed[] = [
  { email: "admin@example.com", name: "Ada Adams", role: "admin", demo: true },
  { email: "manager@example.com", name: "Morgan Reyes", role: "cx_manager", demo: true },
  { email: "agent@example.com", name: "Alex Kim", role: "support_agent", demo: true },
  { email: "marketer@example.com", name: "Maya Patel", role: "marketer", demo: true },
  { email: "priya.shah@example.com", name: "Priya Shah", role: "support_agent", demo: false },
  { email: "tom.becker@example.com", name: "Tom Becker", role: "support_agent", demo: false },
  { email: "lena.fischer@example.com", name: "Lena Fischer", role: "support_agent", demo: false },
  { email: "omar.haddad@example.com", name: "Omar Haddad", role: "support_agent", demo: false },
  { email: "grace.obi@example.com", name: "Grace Obi", role: "support_agent", demo: false },
  { email: "sam.lee@example.com", name: "Sam Lee", role: "support_agent", demo: false, disabled: true },
  { email: "jordan.blake@example.com", name: "Jordan Blake", role: "cx_manager", demo: false },
  { email: "chris.novak@example.com", name: "Chris Novak", role: "marketer", demo: false },
];

export interface Staff extends StaffSeed {
  id: string;
}

export interface Product {
  id: number;
  sku: string;
  name: string;
  category: string;
  categoryIndex: number;
  brand: string;
  /** US cents. */
  price: number;
}

function sku(code: string, categoryIndex: number, itemIndex: number): string {
  return `${code}-${String(1001 + itemIndex * 7 + categoryIndex).padStart(4, "0")}`;
}

/** The demo catalogue's SKUs (unique in the product table), independent of the seed. */
export function demoSkus(): string[] {
  return CATALOGUE.flatMap((c, ci) => c.items.map((_, k) => sku(c.code, ci, k)));
}

export function buildProducts(rng: Rng, baseId: number): Product[] {
  const out: Product[] = [];
  CATALOGUE.forEach((c, ci) => {
    c.items.forEach((item, k) => {
      const raw = c.min + rng.next() * rng.next() * (c.max - c.min);
      const price = Math.max(c.min, Math.round(raw / 100) * 100 - 1);
      out.push({
        id: baseId + out.length + 1,
        sku: sku(c.code, ci, k),
        name: item,
        category: c.category,
        categoryIndex: ci,
        brand: c.brands[(k + ci) % c.brands.length]!,
        price,
      });
    });
  });
  return out;
}

export type ConsentChannel = "email" | "phone" | "sms" | "post" | "push";

export interface Campaign {
  id: number;
  name: string;
  channel: ConsentChannel;
  start: number;
  end: number | null;
}

const MONTH_THEMES = [
  "New Year Refresh", "Winter Sale", "Spring Preview", "Spring Sale", "Mother's Day Gifts", "Summer Launch",
  "Summer Sale", "Back to School", "Autumn Arrivals", "Cosy Home Week", "Black Friday", "Holiday Gift Guide",
];

/** Monthly email campaigns, SMS flash sales, app pushes and a yearly catalogue by post. */
export function buildCampaigns(rng: Rng, baseId: number, start: number, now: number): Campaign[] {
  const out: Campaign[] = [];
  const d = new Date(start * 1000);
  let year = d.getUTCFullYear();
  let month = d.getUTCMonth() + 1;
  const add = (name: string, channel: ConsentChannel, s: number, days: number) => {
    if (s >= now) return;
    const end = s + days * 86400;
    out.push({ id: 0, name, channel, start: s, end: end < now ? end : null });
  };
  for (;;) {
    const monthStart = Date.UTC(year, month - 1, 1) / 1000;
    if (monthStart >= now) break;
    const theme = MONTH_THEMES[month - 1]!;
    add(`${theme} ${year}`, "email", monthStart + (2 + rng.int(0, 5)) * 86400 + 9 * 3600, 14);
    if (month % 2 === 0) add(`App exclusive: ${theme} ${year}`, "push", monthStart + (9 + rng.int(0, 5)) * 86400 + 18 * 3600, 5);
    if (month % 3 === 2) add(`Flash sale text ${year}-${String(month).padStart(2, "0")}`, "sms", monthStart + (15 + rng.int(0, 5)) * 86400 + 12 * 3600, 2);
    if (month === 10) add(`Holiday catalogue ${year}`, "post", monthStart + 20 * 86400, 45);
    if (month === 6 || month === 12) add(`Loyalty double points ${year}-${month === 6 ? "H1" : "H2"}`, "email", monthStart + 22 * 86400 + 8 * 3600, 7);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  out.sort((a, b) => a.start - b.start);
  out.forEach((c, i) => (c.id = baseId + i + 1));
  return out;
}

export const SURVEYS = [
  { key: "nps_relationship", name: "Relationship NPS (half-yearly)", kind: "nps", touchpoint: "relationship" },
  { key: "csat_delivery", name: "Delivery satisfaction", kind: "csat", touchpoint: "delivery" },
  { key: "csat_case", name: "Support satisfaction", kind: "csat", touchpoint: "case_resolved" },
  { key: "ces_case", name: "Support effort", kind: "ces", touchpoint: "support_contact" },
  { key: "csat_store", name: "Store visit satisfaction", kind: "csat", touchpoint: "store_visit" },
  { key: "nps_post_purchase", name: "Post-purchase NPS", kind: "nps", touchpoint: "post_purchase" },
] as const;

export type SurveyKey = (typeof SURVEYS)[number]["key"];

/**
 * Segment definitions in the builder's format (lib/domain/segment-definition.ts); membership is
 * computed by the generator from the same facts.
 */
const all = (...children: readonly object[]) => ({ version: 1, root: { type: "group", op: "and", children } }) as const;

export const SEGMENTS = [
  {
    key: "high_value",
    name: "High-value customers",
    description: "Lifetime value of 1,500 or more",
    kind: "dynamic",
    owner: "marketer@example.com",
    definition: all({ type: "condition", field: "value.lifetime", min: 1500 }),
  },
  {
    key: "at_risk_detractors",
    name: "At-risk: recent detractors",
    description: "Latest NPS 0-6 and bought in the last 12 months",
    kind: "dynamic",
    owner: "manager@example.com",
    definition: all(
      { type: "condition", field: "feedback.latest_nps", max: 6 },
      { type: "condition", field: "orders.last", when: "within", days: 365 },
    ),
  },
  {
    key: "lapsed_email",
    name: "Lapsed buyers reachable by email",
    description: "Lapsed customers with email marketing consent",
    kind: "dynamic",
    owner: "marketer@example.com",
    definition: all(
      { type: "condition", field: "profile.lifecycle", values: ["lapsed"] },
      { type: "condition", field: "consent.reachable", channel: "email", purpose: "marketing" },
    ),
  },
  {
    key: "gold_platinum",
    name: "Gold & platinum members",
    description: "Loyalty tier gold or platinum",
    kind: "dynamic",
    owner: "marketer@example.com",
    definition: all({ type: "condition", field: "loyalty.tier", values: ["gold", "platinum"] }),
  },
  {
    key: "open_complaints",
    name: "Customers with open complaints",
    description: "At least one complaint and an open case",
    kind: "dynamic",
    owner: "manager@example.com",
    definition: all(
      { type: "condition", field: "cases.open", present: true },
      { type: "condition", field: "cases.complaints", min: 1 },
    ),
  },
  {
    key: "vip_event",
    name: "VIP launch event invitees",
    description: "Hand-picked list for the spring launch event",
    kind: "static",
    owner: "marketer@example.com",
    definition: null,
  },
] as const;

export type SegmentKey = (typeof SEGMENTS)[number]["key"];
