import { describe, expect, it } from "vitest";
import {
  bucketStart, bucketStarts, comparisonRange, feedbackViewParams, parseFeedbackView, parseResponseQuery, responsesHref,
  scoreBounds,
} from "./feedback";

const TODAY = "2026-11-23";

describe("the feedback view in the URL", () => {
  it("defaults to NPS over the last 90 days by week, compared with the 90 days before", () => {
    const { view, warnings } = parseFeedbackView({}, TODAY);
    expect(view).toMatchObject({ kind: "nps", from: "2026-08-26", to: TODAY, range: "90d", grain: "week", autoGrain: true, compare: "previous", filters: {}, by: "tier" });
    expect(warnings).toEqual([]);
    expect(comparisonRange(view)).toEqual({ from: "2026-05-28", to: "2026-08-25" });
    expect(feedbackViewParams(view).toString()).toBe("");
  });

  it("reads a custom range, a grain, filters and a breakdown, and writes them back", () => {
    const params = { kind: "csat", from: "2026-01-01", to: "2026-03-31", grain: "month", country: "de", tier: "gold", by: "channel", compare: "year" };
    const { view, warnings } = parseFeedbackView(params, TODAY);
    expect(warnings).toEqual([]);
    expect(view).toMatchObject({ kind: "csat", from: "2026-01-01", to: "2026-03-31", range: null, grain: "month", filters: { country: "DE", tier: "gold" }, by: "channel" });
    expect(comparisonRange(view)).toEqual({ from: "2025-01-01", to: "2025-03-31" });
    expect(parseFeedbackView(feedbackViewParams(view), TODAY).view).toEqual(view);
  });

  it("ignores what it does not know and says so, per parameter", () => {
    const { view, warnings, invalid } = parseFeedbackView(
      { kind: "xyz", from: "2026-02-30", grain: "hour", tier: "diamond'; drop table party", segment: "-1", by: "nope" },
      TODAY,
    );
    expect(view).toMatchObject({ kind: "nps", range: "90d", filters: {}, by: "tier" });
    expect(warnings).toHaveLength(6);
    expect(Object.keys(invalid).sort()).toEqual(["by", "from", "grain", "kind", "segment", "tier"]);
  });

  it("swaps reversed dates, caps very long ranges and keeps daily trends readable", () => {
    expect(parseFeedbackView({ from: "2026-05-01", to: "2026-04-01" }, TODAY).view).toMatchObject({ from: "2026-04-01", to: "2026-05-01" });
    expect(parseFeedbackView({ from: "1990-01-01", to: TODAY }, TODAY).view.from).toBe("2016-11-16"); // 3,660 days, both ends included
    const daily = parseFeedbackView({ range: "24m", grain: "day" }, TODAY);
    expect(daily.view.grain).toBe("week");
    expect(daily.warnings).toHaveLength(1);
  });
});

describe("comparing with a period of one's own", () => {
  it("reads cfrom and cto as a custom comparison and writes them back", () => {
    const { view, warnings } = parseFeedbackView({ range: "30d", cfrom: "2025-11-01", cto: "2025-11-30" }, TODAY);
    expect(warnings).toEqual([]);
    expect(view).toMatchObject({ compare: "custom", compareRange: { from: "2025-11-01", to: "2025-11-30" } });
    expect(comparisonRange(view)).toEqual({ from: "2025-11-01", to: "2025-11-30" });
    expect(parseFeedbackView(feedbackViewParams(view), TODAY).view).toEqual(view);
    // Choosing a preset again drops the custom dates.
    expect(feedbackViewParams(view, { compare: "year", compareRange: null }).toString()).toBe("range=30d&compare=year");
  });

  it("falls back to the previous period without both dates, and says so", () => {
    const { view, invalid } = parseFeedbackView({ compare: "custom", cfrom: "2025-02-30" }, TODAY);
    expect(view).toMatchObject({ compare: "previous", compareRange: null });
    expect(Object.keys(invalid).sort()).toEqual(["cfrom"]);
    expect(parseFeedbackView({ cfrom: "2025-12-01", cto: "2025-11-01" }, TODAY).view.compareRange).toEqual({ from: "2025-11-01", to: "2025-12-01" });
  });
});

describe("time buckets", () => {
  it("starts weeks on Monday and months on the first", () => {
    expect(bucketStart("2026-11-23", "week")).toBe("2026-11-23"); // a Monday
    expect(bucketStart("2026-11-22", "week")).toBe("2026-11-16");
    expect(bucketStart("2026-11-22", "month")).toBe("2026-11-01");
  });

  it("lists every bucket in a range, quiet ones included", () => {
    expect(bucketStarts("2026-01-30", "2026-03-02", "month")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(bucketStarts("2025-12-30", "2026-01-02", "day")).toEqual(["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02"]);
    expect(bucketStarts("2026-11-01", "2026-11-16", "week")).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16"]);
  });
});

describe("drill-down links", () => {
  it("carry the view's scope and what was clicked, and read back the same", () => {
    const { view } = parseFeedbackView({ range: "30d", country: "US" }, TODAY);
    const href = responsesHref(view, { band: "negative", filter: ["tier", "gold"] });
    const { query, warnings } = parseResponseQuery(new URLSearchParams(href.split("?")[1]), TODAY);
    expect(warnings).toEqual([]);
    expect(query).toMatchObject({ kind: "nps", from: view.from, to: view.to, filters: { country: "US", tier: "gold" }, band: "negative", score: null });
    expect(scoreBounds(query)).toEqual({ min: 0, max: 6 });
  });

  it("refuses scores off the scale and strips control characters from searches", () => {
    const { query, warnings } = parseResponseQuery({ kind: "csat", score: "9", q: "late\u0000 delivery\n" }, TODAY);
    expect(query.score).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(query.q).toBe("late  delivery");
    expect(query.commentsOnly).toBe(true);
  });
});
