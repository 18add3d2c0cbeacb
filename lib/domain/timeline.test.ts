import { describe, expect, it } from "vitest";
import { decodePosition, encodePosition, parseItemKey, parseTimelineParams, timelineSearchParams, timelineTitle } from "./timeline";

describe("timeline parameters", () => {
  it("reads kinds and groups, channels and words", () => {
    const r = parseTimelineParams({ types: "service,refund", channels: "email,call", q: "  late   delivery " });
    expect(r).toEqual({ ok: true, value: { query: { kinds: ["refund", "case", "interaction"], channels: ["email", "call"], q: "late delivery" }, cursor: null } });
    expect(parseTimelineParams({})).toEqual({ ok: true, value: { query: { kinds: null, channels: null, q: null }, cursor: null } });
  });

  it("names each bad parameter", () => {
    const r = parseTimelineParams({ types: "order,drop table", channels: "fax", q: "x".repeat(101), cursor: "!!" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(["channels", "cursor", "q", "types"]);
    const nul = parseTimelineParams({ q: "a\u0000b" });
    expect(nul.ok).toBe(false);
  });

  it("round-trips positions with microsecond precision, and refuses forged ones", () => {
    const p = { micros: "1782812345123457", rank: 5, id: 42 };
    expect(decodePosition(encodePosition(p))).toEqual(p);
    expect(decodePosition(encodePosition({ ...p, rank: 99 }))).toBeNull();
    expect(decodePosition(Buffer.from('["1; drop table x", 1, 1]').toString("base64url"))).toBeNull();
    expect(decodePosition("")).toBeNull();
  });

  it("parses entry keys strictly", () => {
    expect(parseItemKey("interaction-42")).toEqual({ kind: "interaction", id: 42 });
    expect(parseItemKey("order_status-7")).toEqual({ kind: "order_status", id: 7 });
    for (const bad of ["interaction-0", "interaction-042", "nope-1", "order-1-2", "order-99999999999999999", "order-"]) expect(parseItemKey(bad)).toBeNull();
  });

  it("writes the URL back", () => {
    expect(timelineSearchParams({ kinds: ["case"], channels: ["sms"], q: "refund" }).toString()).toBe("types=case&channels=sms&tq=refund");
  });

  it("titles entries from their fields", () => {
    const base = { id: 1, occurredAt: "2026-01-01T00:00:00Z", channel: null, direction: null, text: null, status: null, amountMinor: null, currency: null, score: null, ref: null } as const;
    expect(timelineTitle({ ...base, kind: "order", ref: "O-1", amountMinor: 1250, currency: "USD" })).toBe("Order O-1 placed · $12.50");
    expect(timelineTitle({ ...base, kind: "interaction", channel: "call", direction: "inbound" })).toBe("Inbound call");
    expect(timelineTitle({ ...base, kind: "survey", ref: "nps", score: 3 })).toBe("NPS response: 3");
    expect(timelineTitle({ ...base, kind: "consent", status: "withdrawn", ref: "marketing" })).toBe("Consent withdrawn · marketing");
  });
});
