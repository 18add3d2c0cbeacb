import { describe, expect, it } from "vitest";
import { computeHealth, HEALTH_BASE, HEALTH_FACTORS, HEALTH_RANGE, healthBand, type HealthInputs } from "./health";

const NOW = Date.parse("2026-06-30T12:00:00Z");
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
const neutral: HealthInputs = {
  lastActivityAt: null, ordersLastYear: 0, lifetimeValueMinor: 0, latestNps: null, latestNpsAt: null,
  complaintsLast90Days: 0, openCases: 0, engagementLast90Days: 0,
};
const points = (input: HealthInputs) => Object.fromEntries(computeHealth(input, NOW).contributions.map((c) => [c.factor, c.points]));

describe("health score", () => {
  it("is the base plus each factor's points, every factor shown within its range", () => {
    const h = computeHealth({ ...neutral, lastActivityAt: daysAgo(10), ordersLastYear: 2, lifetimeValueMinor: 120_000, latestNps: 9, latestNpsAt: daysAgo(20), engagementLast90Days: 4 }, NOW);
    expect(h.contributions.map((c) => c.factor)).toEqual([...HEALTH_FACTORS]);
    for (const c of h.contributions) {
      expect(c.points).toBeGreaterThanOrEqual(HEALTH_RANGE[c.factor].min);
      expect(c.points).toBeLessThanOrEqual(HEALTH_RANGE[c.factor].max);
      expect(c.basis).not.toBe("");
    }
    const sum = HEALTH_BASE + h.contributions.reduce((s, c) => s + c.points, 0);
    expect(h.score).toBe(Math.round(Math.min(100, sum)));
    expect(h.band).toBe("healthy");
  });

  it("scores each factor by its documented rule", () => {
    expect(points({ ...neutral, lastActivityAt: daysAgo(0) }).recency).toBe(15);
    expect(points({ ...neutral, lastActivityAt: daysAgo(365) }).recency).toBe(-15);
    expect(points({ ...neutral, lastActivityAt: daysAgo(182) }).recency).toBeCloseTo(0.04, 1);
    expect(points(neutral).recency).toBe(-15);
    expect(points({ ...neutral, ordersLastYear: 0 }).frequency).toBe(-5);
    expect(points({ ...neutral, ordersLastYear: 2 }).frequency).toBe(7);
    expect(points({ ...neutral, ordersLastYear: 9 }).frequency).toBe(10);
    expect(points({ ...neutral, lifetimeValueMinor: 500_000 }).spend).toBe(10);
    expect(points({ ...neutral, lifetimeValueMinor: 10_000_000 }).spend).toBe(10);
    expect(points({ ...neutral, latestNps: 10, latestNpsAt: daysAgo(5) }).nps).toBe(15);
    expect(points({ ...neutral, latestNps: 7, latestNpsAt: daysAgo(5) }).nps).toBe(5);
    expect(points({ ...neutral, latestNps: 3, latestNpsAt: daysAgo(5) }).nps).toBe(-15);
    expect(points({ ...neutral, latestNps: 3, latestNpsAt: daysAgo(400) }).nps).toBe(0);
    expect(points({ ...neutral, complaintsLast90Days: 1 }).complaints).toBe(-8);
    expect(points({ ...neutral, complaintsLast90Days: 5 }).complaints).toBe(-16);
    expect(points({ ...neutral, openCases: 3 }).open_cases).toBe(-10);
    expect(points({ ...neutral, engagementLast90Days: 25 }).engagement).toBe(10);
  });

  it("stays within 0–100 at the extremes and bands them", () => {
    const worst = computeHealth({ ...neutral, latestNps: 0, latestNpsAt: daysAgo(1), complaintsLast90Days: 9, openCases: 9 }, NOW);
    expect(worst.score).toBe(0);
    expect(worst.band).toBe("at_risk");
    const best = computeHealth({ lastActivityAt: daysAgo(0), ordersLastYear: 12, lifetimeValueMinor: 9_000_000, latestNps: 10, latestNpsAt: daysAgo(1), complaintsLast90Days: 0, openCases: 0, engagementLast90Days: 40 }, NOW);
    expect(best.score).toBe(100);
    expect([healthBand(70), healthBand(69), healthBand(40), healthBand(39)]).toEqual(["healthy", "attention", "attention", "at_risk"]);
  });
});
