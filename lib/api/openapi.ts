import { ROLES } from "@/lib/domain/enums";

// The OpenAPI description of /api/v1. Each capability adds its paths here beside its routes.

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const pageParams = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
  { name: "cursor", in: "query", description: "`nextCursor` from the previous page; opaque.", schema: { type: "string" } },
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
          summary: "Parties in id order",
          description: "Contact details are masked for roles that may not see them.",
          parameters: pageParams,
          responses: {
            "200": { description: "A page of parties", content: { "application/json": { schema: pageOf("#/components/schemas/PartyListItem") } } },
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
            lifecycle: { type: "string" },
            country: { type: ["string", "null"] },
            city: { type: ["string", "null"] },
            email: { type: ["string", "null"], description: "Masked (j•••@example.com) for marketers" },
            phone: { type: ["string", "null"], description: "E.164; masked (•••• 2030) for marketers" },
            lifetimeValueMinor: { type: "integer", description: "Minor units (cents)" },
            orderCount: { type: "integer" },
            openCases: { type: "integer" },
            latestNps: { type: ["integer", "null"] },
            lastInteractionAt: { type: ["string", "null"], format: "date-time" },
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
