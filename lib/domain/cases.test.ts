import { describe, expect, it } from "vitest";
import {
  CASE_NUMBER_RE, caseQueueSearchParams, contactDecision, createCaseInput, DEFAULT_CASE_QUEUE, logInteractionInput, parseCaseQueueParams,
  type ConsentLookup,
} from "./cases";

const none: ConsentLookup = () => null;
const granted = (purpose: string, channel: string): ConsentLookup => (p, c) => (p === purpose && c === channel ? "granted" : null);

describe("contactDecision", () => {
  const base = { channel: "email" as const, purpose: "marketing" as const, openCase: false, consent: none };

  it("always allows inbound contact", () => {
    expect(contactDecision({ ...base, direction: "inbound" }).allowed).toBe(true);
  });

  it("allows service messages about an open case without asking the ledger", () => {
    expect(contactDecision({ ...base, direction: "outbound", purpose: "service", openCase: true }).allowed).toBe(true);
    expect(contactDecision({ ...base, direction: "outbound", purpose: "service", channel: "social_dm", openCase: true }).allowed).toBe(true);
  });

  it("refuses marketing without consent for marketing on that channel, and says why", () => {
    const refused = contactDecision({ ...base, direction: "outbound", openCase: true, consent: granted("service", "email") });
    expect(refused).toEqual({ allowed: false, reason: "The customer has not given consent to marketing by email." });
    const withdrawn = contactDecision({ ...base, direction: "outbound", channel: "sms", consent: () => "withdrawn" });
    expect(withdrawn).toMatchObject({ allowed: false, reason: expect.stringContaining("withdrew consent to marketing by SMS") });
    expect(contactDecision({ ...base, direction: "outbound", channel: "call", consent: granted("marketing", "phone") }).allowed).toBe(true);
  });

  it("refuses marketing where no consent can be recorded, and service there without a case", () => {
    expect(contactDecision({ ...base, direction: "outbound", channel: "chat", consent: () => "granted" })).toMatchObject({ allowed: false, reason: expect.stringContaining("no consent can be recorded") });
    expect(contactDecision({ ...base, direction: "outbound", channel: "in_store", purpose: "service" })).toMatchObject({ allowed: false, reason: expect.stringContaining("needs an open case") });
  });

  it("allows service contact outside a case only with service consent", () => {
    const out = { ...base, direction: "outbound" as const, purpose: "service" as const };
    expect(contactDecision({ ...out, consent: granted("service", "email") }).allowed).toBe(true);
    expect(contactDecision({ ...out, consent: () => "denied" })).toMatchObject({ allowed: false, reason: expect.stringContaining("declined consent to service messages by email") });
  });
});

describe("inputs", () => {
  const call = { partyId: "12", caseId: "", channel: "call", direction: "outbound", purpose: "service", summary: " Called back ", durationMinutes: "4.5", outcome: "reached" };

  it("reads a logged call", () => {
    expect(logInteractionInput.parse(call)).toEqual({ ...call, partyId: 12, caseId: null, summary: "Called back", durationMinutes: 270 });
  });

  it("names each bad field", () => {
    const result = logInteractionInput.safeParse({ ...call, partyId: "0", durationMinutes: "", outcome: "", summary: "  " });
    const fields = Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(fields).toMatchObject({ partyId: "Pick the customer.", summary: "Summarise what happened.", durationMinutes: "How long was the call?", outcome: "Pick how the call went." });
    const email = logInteractionInput.safeParse({ ...call, channel: "email", durationMinutes: "", direction: "inbound", purpose: "marketing" });
    expect(email.error?.issues.map((i) => i.path[0])).toEqual(["outcome", "purpose"]);
  });

  it("refuses values outside the lists and ids that are not ids", () => {
    const bad = createCaseInput.safeParse({ partyId: "1; drop table party", kind: "rant", category: "delivery", priority: "normal", channel: "call", subject: "x", description: "", assigneeId: "nobody" });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["assigneeId", "kind", "partyId"]);
  });
});

describe("case numbers", () => {
  it("accepts ours and imported ones, and nothing that could be a path", () => {
    for (const ok of ["CASE-100123", "KA-C00002", "zd.4411"]) expect(CASE_NUMBER_RE.test(ok), ok).toBe(true);
    for (const bad of ["", "-x", "../etc", "a/b", "CASE 1", "x".repeat(41)]) expect(CASE_NUMBER_RE.test(bad), bad).toBe(false);
  });
});

describe("queue parameters", () => {
  it("round-trips through the URL, leaving defaults out", () => {
    const query = { ...DEFAULT_CASE_QUEUE, scope: "mine" as const, statuses: ["open" as const, "pending" as const], sla: "breached" as const, sort: "oldest" as const };
    const params = caseQueueSearchParams(query, "abc");
    expect(params.toString()).toBe("scope=mine&status=open%2Cpending&sla=breached&sort=oldest&cursor=abc");
    expect(parseCaseQueueParams(Object.fromEntries(params))).toEqual({ query, cursor: "abc", errors: {} });
    expect(caseQueueSearchParams(DEFAULT_CASE_QUEUE).toString()).toBe("");
  });

  it("drops and names unknown values", () => {
    const { query, errors } = parseCaseQueueParams({ status: "open,lost", sort: "random", priority: "' or 1=1" });
    expect(query).toMatchObject({ statuses: ["open"], priorities: [], sort: "priority" });
    expect(Object.keys(errors).sort()).toEqual(["priority", "sort", "status"]);
  });
});
