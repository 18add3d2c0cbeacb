import { TIMELINE_CHANNELS, TIMELINE_GROUPS, TIMELINE_KINDS, TIMELINE_SEARCH_MAX } from "@/lib/domain/timeline";
import {
  DIRECTORY_SORTS, FILTER_LABELS, FILTER_PARAMS, type DirectoryFilters,
} from "@/lib/domain/directory";
import { CALL_OUTCOMES, CONTACT_PURPOSES } from "@/lib/domain/cases";
import { DIRECTIONS, INTERACTION_CHANNELS, LOYALTY_TIERS, ROLES, SOURCE_CLASSES } from "@/lib/domain/enums";
import { MATCH_KINDS, SEARCH_MAX_LENGTH, SEARCH_MAX_LIMIT } from "@/lib/domain/search";
import { COMPARES, DIMENSIONS, GRAINS, MAX_RANGE_DAYS, RANGES } from "@/lib/domain/feedback";
import { CONDITION_FIELDS, MAX_CONDITIONS, MAX_DEPTH } from "@/lib/domain/segment-definition";

// The OpenAPI description of /api/v1. Each capability adds its paths here beside its routes.

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const pageParams = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
  { name: "cursor", in: "query", description: "`nextCursor` from the previous page; opaque.", schema: { type: "string" } },
];

/** The directory's filters: the same names and values as the /customers URL. */
const FILTER_HELP: Record<keyof DirectoryFilters, string> = {
  kind: "person or organization",
  country: "Two-letter code, e.g. US",
  region: "Exact, case-insensitive",
  city: "Exact, case-insensitive",
  tier: "Comma-separated loyalty tiers",
  lifecycle: "Comma-separated lifecycle stages",
  nps: "Comma-separated: promoter, passive, detractor, none",
  ltvMin: "Lifetime value at least, whole currency units",
  ltvMax: "Lifetime value at most, whole currency units",
  openCase: "yes or no",
  complainedWithin: "7, 30 or 90 (days)",
  reachable: "Marketing consent granted on this channel and a contact point for it: email, phone, sms, post, push",
  source: "Comma-separated source classes: has data from any of them",
  createdFrom: "YYYY-MM-DD, inclusive",
  createdTo: "YYYY-MM-DD, inclusive",
  seenFrom: "Last interaction on or after, YYYY-MM-DD",
  seenTo: "Last interaction on or before, YYYY-MM-DD",
};
const directoryParams = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
  { name: "cursor", in: "query", description: "`nextCursor` from the previous page; opaque, tied to the sort.", schema: { type: "string" } },
  { name: "sort", in: "query", schema: { type: "string", enum: [...DIRECTORY_SORTS], default: "name" } },
  { name: "dir", in: "query", schema: { type: "string", enum: ["asc", "desc"] } },
  ...(Object.keys(FILTER_PARAMS) as (keyof DirectoryFilters)[]).map((k) => ({
    name: FILTER_PARAMS[k],
    in: "query",
    description: `${FILTER_LABELS[k]}: ${FILTER_HELP[k]}`,
    schema: { type: "string" },
  })),
];

const standardErrors = {
  "400": errorResponse("Invalid parameters; `fields` names each bad one."),
  "401": errorResponse("No valid session or API key."),
  "403": errorResponse("The caller's role does not allow this."),
};

const pageOf = (ref: string) => ({
  type: "object",
  required: ["items", "nextCursor"],
  properties: {
    items: { type: "array", items: { $ref: ref } },
    nextCursor: { type: ["string", "null"], description: "Pass as `cursor` for the next page; null on the last page." },
  },
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "cx360 API",
      version: "1.0.0",
      description:
        "Read and ingest party data. Authenticate with the session cookie or `Authorization: Bearer <API key>` " +
        "(keys are created by an admin under Settings → API keys and carry a role). Every list pages the same way: " +
        "`limit` and an opaque `cursor` in, `{ items, nextCursor }` out. Errors always have the `Error` shape.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      "/api/v1/me": {
        get: {
          summary: "Who the caller is",
          responses: {
            "200": { description: "The caller", content: { "application/json": { schema: { $ref: "#/components/schemas/Me" } } } },
            ...standardErrors,
          },
        },
      },
      "/api/v1/parties": {
        get: {
          summary: "The customer directory: filtered, sorted, keyset-paged",
          description: "The same view as /customers. Contact details are masked for roles that may not see them.",
          parameters: directoryParams,
          responses: {
            "200": { description: "A page of parties", content: { "application/json": { schema: pageOf("#/components/schemas/PartyListItem") } } },
            ...standardErrors,
          },
        },
      },
      "/api/v1/search": {
        get: {
          summary: "Find customers, orders and cases",
          description:
            "Name fragments (typo-tolerant), email in full or by prefix, phone in any format or its last 4+ digits, order number, " +
            "case number or external id. Exact identifier matches rank first. Roles with masked contact details find people only by a " +
            "full email or number.",
          parameters: [
            { name: "q", in: "query", required: true, schema: { type: "string", maxLength: SEARCH_MAX_LENGTH } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: SEARCH_MAX_LIMIT, default: 10 } },
          ],
          responses: {
            "200": { description: "Results grouped by type", content: { "application/json": { schema: { $ref: "#/components/schemas/SearchResults" } } } },
            ...standardErrors,
          },
        },
      },
      "/api/v1/parties/{id}": {
        get: {
          summary: "One party's 360",
          description:
            "Header figures, may-we-contact state, contact points with provenance (masked for roles that may not see them), profile, " +
            "relationships and external ids; `insights` (the health score with each factor's points, spend per month, communications " +
            "per channel) and `more` (demographics with provenance, accounts, subscriptions, tier history, zero-party data, contact " +
            "preferences, segments). A merged party answers 308 with the surviving party's address.",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: {
            "200": { description: "The party", content: { "application/json": { schema: { type: "object" } } } },
            "308": { description: "Merged into another party; follow `Location`" },
            ...standardErrors,
          },
        },
      },
      "/api/v1/parties/{id}/timeline": {
        get: {
          summary: "One party's unified timeline, newest first, keyset-paged",
          description:
            "Orders and their status changes, payments, refunds, cases, communications, survey responses, campaign responses, web and " +
            "app sessions (one entry each), social mentions, reviews, referrals, subscriptions, tier changes and consent changes. " +
            "Each item's `key` opens its details at `/api/v1/parties/{id}/timeline/{key}` and the page at `/customers/{id}?item={key}`.",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
            { name: "types", in: "query", description: `Comma-separated kinds (${TIMELINE_KINDS.join(", ")}) or groups (${TIMELINE_GROUPS.map((g) => g.key).join(", ")}).`, schema: { type: "string" } },
            { name: "channels", in: "query", description: `Comma-separated: ${TIMELINE_CHANNELS.join(", ")}. Kinds without a channel are left out.`, schema: { type: "string" } },
            { name: "q", in: "query", description: "Words that must all occur in the entry (plain text, case-insensitive).", schema: { type: "string", maxLength: TIMELINE_SEARCH_MAX } },
            ...pageParams,
          ],
          responses: {
            "200": { description: "A page of entries", content: { "application/json": { schema: pageOf("#/components/schemas/TimelineItem") } } },
            ...standardErrors,
          },
        },
      },
      "/api/v1/parties/{id}/timeline/{key}": {
        get: {
          summary: "One timeline entry with its details",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
            { name: "key", in: "path", required: true, schema: { type: "string", pattern: "^[a-z_]+-[1-9][0-9]*$" } },
          ],
          responses: {
            "200": {
              description: "The entry, label/value facts and tables (items, payments, communications, events…)",
              content: { "application/json": { schema: { type: "object", required: ["item", "facts", "tables"], properties: { item: { $ref: "#/components/schemas/TimelineItem" }, facts: { type: "array" }, tables: { type: "array" } } } } },
            },
            ...standardErrors,
          },
        },
      },
      "/api/v1/feedback/nps": {
        get: {
          summary: "NPS with its margin of error, trend, comparison and breakdown",
          description:
            "The numbers behind the /feedback charts. NPS is % promoters (9–10) − % detractors (0–6) in points; `margin` is the half-width " +
            "of its 95% interval; `smallSample` marks fewer than 30 responses. Days are UTC and inclusive. `previous` compares with the " +
            "period before (or the same dates a year earlier) with a two-sample z-test. Any unknown or malformed parameter is a 400 naming it.",
          parameters: [
            { name: "from", in: "query", description: `YYYY-MM-DD, inclusive; at most ${MAX_RANGE_DAYS} days before \`to\``, schema: { type: "string", format: "date" } },
            { name: "to", in: "query", description: "YYYY-MM-DD, inclusive; default today", schema: { type: "string", format: "date" } },
            { name: "range", in: "query", description: "A preset instead of from/to", schema: { type: "string", enum: [...RANGES], default: "90d" } },
            { name: "grain", in: "query", description: "Trend bucket; default by range length. Weeks start on Monday.", schema: { type: "string", enum: [...GRAINS] } },
            { name: "by", in: "query", description: "Add a breakdown by this dimension", schema: { type: "string", enum: [...DIMENSIONS] } },
            { name: "compare", in: "query", description: "`custom` needs `cfrom` and `cto`", schema: { type: "string", enum: [...COMPARES], default: "previous" } },
            { name: "cfrom", in: "query", description: "Compare with a period of your own: its first day, YYYY-MM-DD", schema: { type: "string", format: "date" } },
            { name: "cto", in: "query", description: "…and its last day, inclusive", schema: { type: "string", format: "date" } },
            ...DIMENSIONS.map((d) => ({
              name: d, in: "query",
              description: d === "segment" ? "Only members of this segment (id)" : `Only responses with this ${d} (\`none\` for no value)`,
              schema: { type: "string" },
            })),
          ],
          responses: {
            "200": { description: "The figures", content: { "application/json": { schema: { $ref: "#/components/schemas/NpsReport" } } } },
            ...standardErrors,
          },
        },
      },
      "/api/v1/segments/preview": {
        post: {
          summary: "Count a segment definition: exact size, marketing reach per channel, a sample",
          description:
            "The body is a segment definition, the JSON the builder edits: `{ \"version\": 1, \"root\": group }` where a group is " +
            "`{ \"type\": \"group\", \"op\": \"and\" | \"or\" | \"not\", \"children\": [...] }` (`not` = none of) and a condition is " +
            "`{ \"type\": \"condition\", \"field\": …, …settings }`. " +
            `Groups nest at most ${MAX_DEPTH} deep, with at most ${MAX_CONDITIONS} conditions. A malformed definition is a 400 whose ` +
            "`fields` name the bad part by path, e.g. `root.children.0.children.1.max`. Counts are of active customers, exact, now. " +
            "`reach` counts those with marketing consent granted on the channel and a contact point for it.",
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/SegmentDefinition" } } },
          },
          responses: {
            "200": { description: "The count", content: { "application/json": { schema: { $ref: "#/components/schemas/SegmentPreview" } } } },
            ...standardErrors,
          },
        },
      },
      "/api/v1/segments/{id}/members": {
        get: {
          summary: "A saved segment's members as last computed, keyset-paged in id order",
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
            { name: "cursor", in: "query", description: "`nextCursor` of the previous page", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
          ],
          responses: {
            "200": {
              description: "A page of members",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["segment", "items", "nextCursor"],
                    properties: {
                      segment: { type: "object", properties: { id: { type: "integer" }, name: { type: "string" }, kind: { type: "string", enum: ["dynamic", "static"] }, memberCount: { type: "integer" }, lastComputedAt: { type: ["string", "null"], format: "date-time" } } },
                      items: { type: "array", items: { $ref: "#/components/schemas/SegmentMember" } },
                      nextCursor: { type: ["string", "null"] },
                    },
                  },
                },
              },
            },
            ...standardErrors,
          },
        },
      },
      "/api/v1/parties/{id}/interactions": {
        post: {
          summary: "Log a contact with the party, optionally on one of its cases",
          description:
            "JSON only. Outbound contact must pass the consent rule: service messages about an open case are allowed; anything else needs the party's consent for that purpose on that channel (email, phone, SMS). A refusal answers 403 with the reason and is audited. The first outbound reply on a case stamps its first response.",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["channel", "direction", "summary"],
                  properties: {
                    channel: { type: "string", enum: [...INTERACTION_CHANNELS] },
                    direction: { type: "string", enum: [...DIRECTIONS] },
                    purpose: { type: "string", enum: [...CONTACT_PURPOSES], default: "service" },
                    summary: { type: "string", maxLength: 2000 },
                    caseId: { type: "integer", minimum: 1 },
                    durationSeconds: { type: "integer", minimum: 0, maximum: 28800, description: "Required for calls" },
                    outcome: { type: "string", enum: [...CALL_OUTCOMES], description: "Required for calls, refused otherwise" },
                  },
                },
              },
            },
          },
          responses: {
            "201": { description: "Logged", content: { "application/json": { schema: { type: "object", required: ["id", "caseNumber"], properties: { id: { type: "integer" }, caseNumber: { type: ["string", "null"] } } } } } },
            ...standardErrors,
          },
        },
      },
      "/api/v1/audit": {
        get: {
          summary: "The audit log, newest first (admin)",
          parameters: pageParams,
          responses: {
            "200": { description: "A page of audit entries", content: { "application/json": { schema: pageOf("#/components/schemas/AuditEntry") } } },
            ...standardErrors,
          },
        },
      },
      "/api/health": {
        get: {
          summary: "200 when the database answers, 503 otherwise",
          security: [],
          responses: { "200": { description: "Healthy" }, "503": { description: "Database unavailable" } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
      schemas: {
        SegmentDefinition: {
          type: "object",
          required: ["version", "root"],
          properties: {
            version: { type: "integer", enum: [1] },
            root: { $ref: "#/components/schemas/SegmentGroup" },
          },
        },
        SegmentGroup: {
          type: "object",
          required: ["type", "op", "children"],
          properties: {
            type: { type: "string", enum: ["group"] },
            op: { type: "string", enum: ["and", "or", "not"] },
            children: { type: "array", items: { oneOf: [{ $ref: "#/components/schemas/SegmentGroup" }, { $ref: "#/components/schemas/SegmentCondition" }] } },
          },
        },
        SegmentCondition: {
          type: "object",
          required: ["type", "field"],
          description: "Settings depend on the field: `values` lists, `min`/`max`, `withinDays`, and so on, as in the builder.",
          properties: {
            type: { type: "string", enum: ["condition"] },
            field: { type: "string", enum: [...CONDITION_FIELDS] },
          },
          additionalProperties: true,
        },
        SegmentMember: {
          type: "object",
          properties: {
            id: { type: "integer" }, name: { type: "string" }, kind: { type: "string", enum: ["person", "organization"] },
            country: { type: ["string", "null"] }, city: { type: ["string", "null"] }, tier: { type: ["string", "null"] },
            lifetimeValueMinor: { type: "integer" }, latestNps: { type: ["integer", "null"] },
          },
        },
        SegmentPreview: {
          type: "object",
          required: ["count", "reach", "sample", "tookMs", "engine"],
          properties: {
            count: { type: "integer" },
            reach: { type: "object", properties: Object.fromEntries(["email", "phone", "sms", "post", "push"].map((c) => [c, { type: "integer" }])) },
            sample: { type: "array", items: { $ref: "#/components/schemas/SegmentMember" } },
            tookMs: { type: "integer" },
            engine: {
              type: "string",
              enum: ["memory", "sql"],
              description: "memory: counted over the server's in-memory copy of the facts (exact; SQL checks only the conditions the facts cannot decide). sql: counted by SQL alone, while that copy loads after a start.",
            },
          },
        },
        NpsFigures: {
          type: "object",
          required: ["nps", "margin", "responses", "promoters", "passives", "detractors", "smallSample"],
          properties: {
            nps: { type: ["number", "null"], description: "−100…100; null without responses" },
            margin: { type: ["number", "null"], description: "95% margin of error, in points" },
            responses: { type: "integer" },
            promoters: { type: "integer" },
            passives: { type: "integer" },
            detractors: { type: "integer" },
            smallSample: { type: "boolean" },
          },
        },
        NpsReport: {
          type: "object",
          properties: {
            from: { type: "string", format: "date" },
            to: { type: "string", format: "date" },
            grain: { type: "string", enum: [...GRAINS] },
            filters: { type: "object", additionalProperties: { type: "string" } },
            overall: { $ref: "#/components/schemas/NpsFigures" },
            previous: {
              oneOf: [{ type: "null" }, {
                allOf: [{ $ref: "#/components/schemas/NpsFigures" }, {
                  type: "object",
                  properties: {
                    from: { type: "string", format: "date" }, to: { type: "string", format: "date" },
                    change: { type: ["number", "null"] }, p: { type: ["number", "null"] }, significant: { type: "boolean" },
                  },
                }],
              }],
            },
            trend: { type: "array", items: { allOf: [{ $ref: "#/components/schemas/NpsFigures" }, { type: "object", properties: { start: { type: "string", format: "date" } } }] } },
            breakdown: {
              oneOf: [{ type: "null" }, {
                type: "object",
                properties: {
                  by: { type: "string", enum: [...DIMENSIONS] },
                  groups: { type: "array", items: { allOf: [{ $ref: "#/components/schemas/NpsFigures" }, { type: "object", properties: { value: { type: "string" }, label: { type: "string" } } }] } },
                },
              }],
            },
          },
        },
        TimelineItem: {
          type: "object",
          required: ["kind", "id", "key", "occurredAt", "title"],
          properties: {
            kind: { type: "string", enum: [...TIMELINE_KINDS] },
            id: { type: "integer" },
            key: { type: "string", description: "`{kind}-{id}`, unique within the party" },
            occurredAt: { type: "string", format: "date-time" },
            channel: { type: ["string", "null"], enum: [...TIMELINE_CHANNELS, null] },
            direction: { type: ["string", "null"], enum: ["inbound", "outbound", null] },
            title: { type: "string" },
            text: { type: ["string", "null"], description: "Free text as stored; display it as text" },
            status: { type: ["string", "null"] },
            amountMinor: { type: ["integer", "null"] },
            currency: { type: ["string", "null"] },
            score: { type: ["integer", "null"] },
            ref: { type: ["string", "null"] },
          },
        },
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string", enum: ["unauthenticated", "forbidden", "not_found", "invalid", "conflict", "rate_limited", "internal"] },
                message: { type: "string" },
                fields: { type: "object", additionalProperties: { type: "string" } },
              },
            },
          },
        },
        Me: {
          type: "object",
          properties: {
            kind: { type: "string", enum: ["user", "api_key"] },
            id: { type: "string" },
            name: { type: "string" },
            email: { type: ["string", "null"] },
            role: { type: "string", enum: [...ROLES] },
          },
        },
        PartyListItem: {
          type: "object",
          properties: {
            id: { type: "integer" },
            kind: { type: "string", enum: ["person", "organization"] },
            displayName: { type: "string" },
            email: { type: ["string", "null"], description: "Masked (j•••@example.com) for marketers" },
            phone: { type: ["string", "null"], description: "E.164; masked (•••• 2030) for marketers" },
            country: { type: ["string", "null"] },
            region: { type: ["string", "null"] },
            city: { type: ["string", "null"] },
            tier: { type: ["string", "null"], enum: [...LOYALTY_TIERS, null] },
            lifecycle: { type: "string" },
            lifetimeValueMinor: { type: "integer", description: "Minor units (cents)" },
            orderCount: { type: "integer" },
            lastInteractionAt: { type: ["string", "null"], format: "date-time" },
            latestNps: { type: ["integer", "null"] },
            openCases: { type: "integer" },
            sourceClasses: { type: "array", items: { type: "string", enum: [...SOURCE_CLASSES] } },
            createdAt: { type: "string", format: "date-time" },
          },
        },
        SearchResults: {
          type: "object",
          properties: {
            query: { type: "string" },
            more: { type: "boolean", description: "More customers matched than were returned" },
            customers: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "integer" },
                  kind: { type: "string" },
                  displayName: { type: "string" },
                  city: { type: ["string", "null"] },
                  country: { type: ["string", "null"] },
                  tier: { type: ["string", "null"] },
                  lastInteractionAt: { type: ["string", "null"], format: "date-time" },
                  email: { type: ["string", "null"] },
                  phone: { type: ["string", "null"] },
                  match: { type: "string", enum: [...MATCH_KINDS], description: "How it matched, best first" },
                  matched: { type: "string" },
                },
              },
            },
            orders: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "integer" }, partyId: { type: "integer" }, orderNumber: { type: "string" }, status: { type: "string" },
                  totalMinor: { type: "integer" }, currency: { type: "string" }, placedAt: { type: "string", format: "date-time" },
                  customerName: { type: "string" },
                },
              },
            },
            cases: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: { type: "integer" }, partyId: { type: "integer" }, caseNumber: { type: "string" }, subject: { type: "string" },
                  status: { type: "string" }, openedAt: { type: "string", format: "date-time" }, customerName: { type: "string" },
                },
              },
            },
          },
        },
        AuditEntry: {
          type: "object",
          properties: {
            id: { type: "integer" },
            at: { type: "string", format: "date-time" },
            actorKind: { type: "string" },
            actor: { type: ["string", "null"] },
            action: { type: "string" },
            target: { type: ["string", "null"] },
            partyId: { type: ["integer", "null"] },
            detail: { type: ["object", "null"] },
            ip: { type: ["string", "null"] },
          },
        },
      },
    },
  };
}
