import { describe, expect, it } from "vitest";
import { TIMELINE_GROUPS, TIMELINE_KINDS, type TimelineItem } from "@/lib/domain/timeline";
import { appendPage, dayKey, formatDay, formatTime, groupByDay } from "./day-groups";
import { groupOf, statusTone, UNGROUPED_KINDS } from "./kind-style";
import { compactTypes, filtersHref, groupPressed, itemHref, latestHref, pageFilters, toggleGroup } from "./links";

const item = (key: string, occurredAt: string): TimelineItem => ({
  kind: "interaction", id: Number(key.split("-")[1]), key, occurredAt, channel: null, direction: null,
  title: key, text: null, status: null, amountMinor: null, currency: null, score: null, ref: null,
});
const [commerce, service] = TIMELINE_GROUPS;

describe("kinds and groups", () => {
  it("puts every kind in a group", () => {
    expect(UNGROUPED_KINDS).toEqual([]);
    for (const kind of TIMELINE_KINDS) expect(groupOf(kind).kinds).toContain(kind);
  });
  it("tones known statuses and ignores inherited names", () => {
    expect(statusTone("delivered")).toBe("success");
    expect(statusTone("constructor")).toBe("neutral");
  });
});

describe("days", () => {
  it("uses the UTC day and time", () => {
    expect(dayKey("2025-03-04T23:30:00-02:00")).toBe("2025-03-05");
    expect(dayKey("2025-03-04T12:00:00.123456Z")).toBe("2025-03-04");
    expect(formatDay("2025-03-04")).toBe("Tue, Mar 4, 2025");
    expect(formatTime("2025-03-04T00:05:00Z")).toBe("00:05");
    expect(formatTime("2025-03-04T14:05:59Z")).toBe("14:05");
  });
  it("groups by day, one group per day", () => {
    const groups = groupByDay([item("interaction-3", "2025-03-05T10:00:00Z"), item("interaction-2", "2025-03-04T10:00:00Z"), item("interaction-1", "2025-03-04T09:00:00Z")]);
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([["2025-03-05", 1], ["2025-03-04", 2]]);
  });
  it("appends without repeating keys", () => {
    const a = item("interaction-2", "2025-03-04T10:00:00Z");
    const b = item("interaction-1", "2025-03-04T09:00:00Z");
    expect(appendPage([a], [a, b, b]).map((i) => i.key)).toEqual(["interaction-2", "interaction-1"]);
  });
});

describe("links", () => {
  const current = new URLSearchParams("tab=orders&item=order-1&cursor=abc&types=order&mergedFrom=4");
  it("keeps tab on a permalink", () => {
    expect(itemHref("/customers/7", current, "case-9")).toBe("/customers/7?tab=orders&item=case-9");
    expect(itemHref("/customers/7", new URLSearchParams(), "case-9")).toBe("/customers/7?item=case-9");
  });
  it("goes back to the latest without item or cursor", () => {
    expect(latestHref("/customers/7", current)).toBe("/customers/7?tab=orders&types=order&mergedFrom=4");
  });
  it("writes filters as groups, keeping tab only", () => {
    const href = filtersHref("/customers/7", current, { kinds: ["order", "order_status", "payment", "refund", "survey", "case"], channels: ["email"], q: "late delivery" });
    expect(href).toBe("/customers/7?tab=orders&types=commerce%2Cfeedback%2Ccase&channels=email&tq=late+delivery");
    expect(filtersHref("/customers/7", new URLSearchParams("item=x"), { kinds: null, channels: null, q: null })).toBe("/customers/7");
  });
  it("compacts kinds into groups", () => {
    expect(compactTypes(["case", "interaction", "order"])).toEqual(["service", "order"]);
  });
  it("passes the filters to the action as the URL has them", () => {
    expect(pageFilters({ kinds: ["case"], channels: null, q: "x" })).toEqual({ types: "case", channels: undefined, tq: "x" });
  });
  it("presses whole groups, mixes partial ones, toggles", () => {
    if (!commerce || !service) throw new Error("groups");
    expect(groupPressed(null, commerce)).toBe(false);
    expect(groupPressed(["order"], commerce)).toBe("mixed");
    expect(groupPressed(["case", "interaction"], service)).toBe(true);
    expect(toggleGroup(null, service)).toEqual(["case", "interaction"]);
    expect(toggleGroup(["case", "interaction"], service)).toBeNull();
    expect(toggleGroup(["order"], commerce)).toEqual(["order", "order_status", "payment", "refund"]);
    expect(toggleGroup(["order", "case", "interaction"], service)).toEqual(["order"]);
  });
});
