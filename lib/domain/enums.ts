// Value lists shared by the schema, validation and client components.
// Client code imports these, never the Drizzle schema.

export const ROLES = ["admin", "cx_manager", "support_agent", "marketer"] as const;
export type Role = (typeof ROLES)[number];

export const PARTY_KINDS = ["person", "organization"] as const;
export const PARTY_STATUSES = ["active", "merged", "erased"] as const;
export const LIFECYCLE_STAGES = ["lead", "prospect", "customer", "repeat", "lapsed", "churned"] as const;
export const RELATIONSHIP_KINDS = ["employee_of", "household_member", "partner_of"] as const;

export const SOURCE_CLASSES = ["zero_party", "first_party", "second_party", "third_party", "earned"] as const;
export type SourceClass = (typeof SOURCE_CLASSES)[number];
export const SOURCE_CLASS_LABELS: Record<SourceClass, string> = {
  zero_party: "Zero-party",
  first_party: "First-party",
  second_party: "Second-party",
  third_party: "Third-party",
  earned: "Earned",
};

export const CONTACT_LABELS = ["home", "work", "mobile", "other"] as const;
export const ADDRESS_KINDS = ["home", "work", "delivery", "billing"] as const;
export const SOCIAL_NETWORKS = ["x", "instagram", "facebook", "linkedin", "tiktok", "youtube"] as const;
export const PLATFORMS = ["web", "ios", "android"] as const;

export const AGE_BANDS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export const GENDERS = ["female", "male", "non_binary", "undisclosed"] as const;
export const INCOME_BANDS = ["low", "lower_middle", "middle", "upper_middle", "high"] as const;
export const MARITAL_STATUSES = ["single", "married", "partnered", "divorced", "widowed"] as const;
export const COMPANY_SIZES = ["1-10", "11-50", "51-200", "201-1000", "1000+"] as const;

export const ORDER_STATUSES = ["pending", "paid", "shipped", "delivered", "cancelled", "returned"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** Orders in these states count towards lifetime value. */
export const REVENUE_ORDER_STATUSES: readonly OrderStatus[] = ["paid", "shipped", "delivered", "returned"];
export const PAYMENT_METHODS = ["card", "paypal", "bank_transfer", "gift_card", "cash"] as const;
export const PAYMENT_STATUSES = ["authorized", "captured", "failed", "refunded"] as const;
export const SALES_CHANNELS = ["web", "app", "store", "phone"] as const;

export const CASE_KINDS = ["inquiry", "complaint", "request"] as const;
export const CASE_STATUSES = ["new", "open", "pending", "resolved", "closed"] as const;
export const OPEN_CASE_STATUSES = ["new", "open", "pending"] as const;
export const CASE_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const CASE_CATEGORIES = ["delivery", "billing", "product", "account", "returns", "other"] as const;

export const INTERACTION_CHANNELS = ["email", "call", "chat", "sms", "in_store", "social_dm"] as const;
export const DIRECTIONS = ["inbound", "outbound"] as const;

export const CAMPAIGN_RESPONSE_KINDS = [
  "sent", "delivered", "opened", "clicked", "converted", "unsubscribed", "bounced",
] as const;
export const WEB_EVENT_KINDS = ["page_view", "search", "add_to_cart", "checkout", "abandon"] as const;
export const SOCIAL_KINDS = ["mention", "comment", "share", "ugc"] as const;
export const SENTIMENTS = ["positive", "neutral", "negative"] as const;

export const SURVEY_KINDS = ["nps", "csat", "ces"] as const;
export const FOLLOW_UP_STATUSES = ["open", "claimed", "closed"] as const;
export const FOLLOW_UP_OUTCOMES = ["reached", "resolved", "no_answer", "declined"] as const;

export const SUBSCRIPTION_STATUSES = ["trial", "active", "paused", "cancelled", "expired"] as const;
export const LOYALTY_TIERS = ["bronze", "silver", "gold", "platinum"] as const;
export const ZERO_PARTY_KINDS = ["preference", "favourite_brand", "planned_purchase", "delivery_place"] as const;

export const CONSENT_PURPOSES = ["marketing", "service", "analytics", "profiling", "third_party_sharing"] as const;
export const CONSENT_CHANNELS = ["email", "phone", "sms", "post", "push"] as const;
export const CONSENT_STATUSES = ["granted", "denied", "withdrawn"] as const;
export const PRIVACY_REQUEST_KINDS = ["access", "erasure", "rectification", "restriction"] as const;
export const PRIVACY_REQUEST_STATUSES = ["received", "in_progress", "completed", "rejected"] as const;

export const SEGMENT_KINDS = ["dynamic", "static"] as const;
export const AUDIT_ACTOR_KINDS = ["user", "api_key", "system"] as const;

export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type LoyaltyTier = (typeof LOYALTY_TIERS)[number];
