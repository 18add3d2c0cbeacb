/**
 * Column lists of every table the seeder writes, in the order the generator emits values. Both
 * load paths (COPY for PostgreSQL, multi-row INSERT for PGlite) use these, so a row is described
 * once. Generated columns (phone.digits_reversed) are never listed.
 *
 * Column kinds decide how a value is written:
 *   i  integer / bigint (JS number)          e  text known to need no escaping (enums, codes)
 *   t  free text (escaped for COPY)          ts timestamptz, as whole seconds since the epoch
 *   b  boolean                                d  date, already "YYYY-MM-DD"
 *   u  uuid string                            j  jsonb, already serialized
 *   a  text[] (JS string array)               ta timestamptz[] (JS array of seconds)
 */
export type ColKind = "i" | "e" | "t" | "ts" | "b" | "d" | "u" | "j" | "a" | "ta";

export interface TableSpec {
  readonly name: string;
  readonly cols: readonly string[];
  readonly kinds: readonly ColKind[];
  /** Identity column whose sequence must be moved past the loaded ids. */
  readonly identity?: string;
  /** Position of this table in `TABLES` (set below), used as an array index by the sinks. */
  index: number;
}

export type Value = string | number | boolean | null | readonly string[] | readonly number[];
export type Row = Value[];

function table(name: string, spec: string, identity?: string): TableSpec {
  const cols: string[] = [];
  const kinds: ColKind[] = [];
  for (const part of spec.trim().split(/\s+/)) {
    const [col, kind] = part.split(":");
    cols.push(col!);
    kinds.push((kind ?? "e") as ColKind);
  }
  return { name, cols, kinds, identity, index: -1 };
}

const contact = "party_id:i id:i label is_primary:b verified_at:ts valid_from:ts valid_to:ts source_id:i captured_at:ts";

export const T = {
  // Reference data, written once.
  product: table("product", "id:i sku name:t category brand:t price_minor:i currency", "id"),
  campaign: table("campaign", "id:i name:t channel purpose started_at:ts ended_at:ts created_at:ts", "id"),
  survey: table("survey", "id:i name:t kind touchpoint created_at:ts", "id"),
  segment: table(
    "segment",
    "id:i name:t description:t kind definition:j owner_id:u created_at:ts updated_at:ts last_computed_at:ts member_count:i",
    "id",
  ),
  segmentSizeHistory: table("segment_size_history", "segment_id:i id:i computed_at:ts size:i entered:i left:i", "id"),
  auditLog: table(
    "audit_log",
    "id:i at:ts actor_kind actor_id:t actor_label:t action target_type target_id:t party_id:i detail:j ip",
    "id",
  ),
  signInAttempt: table("sign_in_attempt", "id:i email:t ip succeeded:b attempted_at:ts", "id"),
  apiKey: table("api_key", "id:u name:t prefix key_hash role created_by:u created_at:ts last_used_at:ts revoked_at:ts"),

  // Party-scoped data, written in batches of parties.
  party: table(
    "party",
    "id:i kind status display_name:t given_name:t family_name:t organization_name:t lifecycle merged_into_id:i " +
      "country region:t city:t postal_code:t time_zone source_id:i created_at:ts updated_at:ts",
    "id",
  ),
  partyRelationship: table(
    "party_relationship",
    "party_id:i id:i related_party_id:i kind title:t started_at:ts ended_at:ts source_id:i",
    "id",
  ),
  externalId: table("external_id", "party_id:i id:i source_id:i system value:t created_at:ts", "id"),
  userAccount: table("user_account", "party_id:i id:i platform username:t created_at:ts last_login_at:ts", "id"),
  demographics: table(
    "demographics",
    "party_id:i birth_date:d age_band gender income_band marital_status language time_zone industry:t company_size provenance:j captured_at:ts",
  ),
  email: table("email", `${contact} address:t`, "id"),
  phone: table("phone", `${contact} e164 raw:t`, "id"),
  postalAddress: table(
    "postal_address",
    `${contact} kind line1:t line2:t city:t region:t postal_code:t country`,
    "id",
  ),
  socialProfile: table("social_profile", `${contact} network handle:t url:t`, "id"),
  order: table(
    "order",
    "party_id:i id:i order_number status channel total_minor:i currency occurred_at:ts promised_by:ts delivered_at:ts source_id:i",
    "id",
  ),
  orderItem: table("order_item", "party_id:i order_id:i id:i product_id:i quantity:i unit_price_minor:i", "id"),
  orderStatusEvent: table("order_status_event", "party_id:i order_id:i id:i status occurred_at:ts", "id"),
  payment: table(
    "payment",
    "party_id:i id:i order_id:i method status amount_minor:i currency card_last4 occurred_at:ts",
    "id",
  ),
  refund: table(
    "refund",
    "party_id:i id:i order_id:i payment_id:i amount_minor:i currency reason:t occurred_at:ts created_at:ts",
    "id",
  ),
  supportCase: table(
    "support_case",
    "party_id:i id:i case_number kind status priority category channel subject:t assignee_id:u resolution_code " +
      "resolution:t occurred_at:ts first_response_at:ts resolved_at:ts sla_due_at:ts updated_at:ts version:i",
    "id",
  ),
  caseEvent: table(
    "case_event",
    "party_id:i case_id:i id:i kind from_value:t to_value:t note:t staff_id:u occurred_at:ts",
    "id",
  ),
  interaction: table(
    "interaction",
    "party_id:i id:i case_id:i channel direction agent_id:u summary:t duration_seconds:i outcome occurred_at:ts source_id:i",
    "id",
  ),
  campaignResponse: table("campaign_response", "party_id:i id:i campaign_id:i kind occurred_at:ts", "id"),
  contactPreference: table(
    "contact_preference",
    "party_id:i id:i channel frequency topics:a updated_at:ts source_id:i",
    "id",
  ),
  webSession: table(
    "web_session",
    "party_id:i id:i platform device:t occurred_at:ts ended_at:ts page_views:i event_count:i landing_path:t",
    "id",
  ),
  webEvent: table("web_event", "party_id:i session_id:i id:i kind path:t detail:t occurred_at:ts", "id"),
  socialMention: table(
    "social_mention",
    "id:i party_id:i network handle:t kind body:t url:t sentiment occurred_at:ts source_id:i",
    "id",
  ),
  review: table("review", "party_id:i id:i product_id:i rating:i title:t body:t occurred_at:ts source_id:i", "id"),
  referral: table("referral", "party_id:i id:i referred_party_id:i code occurred_at:ts converted_at:ts", "id"),
  surveyResponse: table(
    "survey_response",
    "party_id:i id:i survey_id:i kind score:i comment:t touchpoint channel order_id:i case_id:i occurred_at:ts",
    "id",
  ),
  detractorFollowUp: table(
    "detractor_follow_up",
    "party_id:i id:i response_id:i status claimed_by:u claimed_at:ts closed_at:ts outcome note:t occurred_at:ts",
    "id",
  ),
  subscription: table(
    "subscription",
    "party_id:i id:i plan:t status price_minor:i currency occurred_at:ts renews_at:ts cancelled_at:ts",
    "id",
  ),
  loyaltyMembership: table(
    "loyalty_membership",
    "party_id:i program:t member_number tier points:i joined_at:ts tier_since:ts",
  ),
  loyaltyTierEvent: table("loyalty_tier_event", "party_id:i id:i from_tier to_tier reason:t occurred_at:ts", "id"),
  zeroPartyPreference: table(
    "zero_party_preference",
    "party_id:i id:i kind value:t detail:j captured_at:ts source_id:i",
    "id",
  ),
  consentEvent: table(
    "consent_event",
    "party_id:i id:i purpose channel status occurred_at:ts source_id:i evidence:t",
    "id",
  ),
  consentCurrent: table("consent_current", "party_id:i purpose channel status occurred_at:ts event_id:i"),
  privacyRequest: table(
    "privacy_request",
    "party_id:i id:i kind status occurred_at:ts due_at:ts completed_at:ts outcome:t handled_by:u",
    "id",
  ),
  segmentMembership: table("segment_membership", "party_id:i segment_id:i added_at:ts"),
  partyStats: table(
    "party_stats",
    "party_id:i lifetime_value_minor:i order_count:i first_order_at:ts last_order_at:ts last_interaction_at:ts " +
      "latest_nps:i latest_nps_at:ts open_cases:i complaint_count:i recent_complaints:ta source_classes:i updated_at:ts",
  ),
} satisfies Record<string, TableSpec>;

export type TableKey = keyof typeof T;
export const TABLES: TableSpec[] = Object.values(T);
TABLES.forEach((t, i) => (t.index = i));

/** Tables written per party batch (their secondary indexes are dropped for a large COPY load). */
export const PARTY_TABLES: TableSpec[] = TABLES.filter(
  (t) => !["product", "campaign", "survey", "segment", "segment_size_history", "audit_log", "sign_in_attempt", "api_key"].includes(t.name),
);
