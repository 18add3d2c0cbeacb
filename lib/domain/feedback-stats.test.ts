import { describe, expect, it } from "vitest";
import { bandScores, bucketMedian, bucketWidth, compareStats, emptyCounts, normalCdf, scoreStats, SMALL_SAMPLE } from "./feedback-stats";

/** counts[s] from a list of [score, how many]. */
function counts(kind: "nps" | "csat" | "ces", pairs: Array<[number, number]>): number[] {
  const c = emptyCounts(kind);
  for (const [s, n] of pairs) c[s] = n;
  return c;
}

describe("NPS", () => {
  it("is % promoters − % detractors with the textbook margin", () => {
    // 50 promoters, 30 passives, 20 detractors: NPS 30; variance p + d − (p − d)² = 0.7 − 0.09 = 0.61.
    const s = scoreStats("nps", counts("nps", [[10, 30], [9, 20], [8, 20], [7, 10], [6, 5], [3, 10], [0, 5]]));
    expect(s.n).toBe(100);
    expect([s.positive, s.neutral, s.negative]).toEqual([50, 30, 20]);
    expect(s.value).toBeCloseTo(30, 10);
    expect(s.se).toBeCloseTo(100 * Math.sqrt(0.61 / 100), 10);
    expect(s.margin).toBeCloseTo(15.31, 2);
    expect(s.small).toBe(false);
  });

  it("has no score and no margin without responses", () => {
    const s = scoreStats("nps", emptyCounts("nps"));
    expect(s).toMatchObject({ n: 0, value: null, margin: null, se: null, mean: null, small: true });
  });

  it("is +100 with no spread when everyone promotes", () => {
    const s = scoreStats("nps", counts("nps", [[9, 40], [10, 60]]));
    expect(s.value).toBe(100);
    expect(s.margin).toBe(0);
  });

  it("takes one response at face value and flags it as a small sample", () => {
    expect(scoreStats("nps", counts("nps", [[3, 1]]))).toMatchObject({ n: 1, value: -100, small: true });
    expect(scoreStats("nps", counts("nps", [[8, 1]]))).toMatchObject({ n: 1, value: 0, small: true });
    expect(scoreStats("nps", counts("nps", [[9, SMALL_SAMPLE]])).small).toBe(false);
  });

  it("narrows its margin with the square root of the sample", () => {
    const small = scoreStats("nps", counts("nps", [[10, 5], [7, 3], [2, 2]]));
    const large = scoreStats("nps", counts("nps", [[10, 500], [7, 300], [2, 200]]));
    expect(small.value).toBeCloseTo(large.value!, 10);
    expect(small.margin! / large.margin!).toBeCloseTo(10, 6);
  });

  it("ignores counts outside the scale", () => {
    const c = counts("nps", [[10, 2]]);
    c[11] = 50;
    expect(scoreStats("nps", c).n).toBe(2);
  });
});

describe("CSAT and CES", () => {
  it("CSAT is the share of 4 and 5", () => {
    const s = scoreStats("csat", counts("csat", [[5, 30], [4, 45], [3, 10], [2, 10], [1, 5]]));
    expect(s.value).toBeCloseTo(75, 10);
    expect(s.margin).toBeCloseTo(1.96 * 100 * Math.sqrt((0.75 * 0.25) / 100), 2);
  });

  it("CES is the mean with the sample standard deviation", () => {
    // Scores 2, 4, 6 once each: mean 4, sample sd 2, se 2/√3.
    const s = scoreStats("ces", counts("ces", [[2, 1], [4, 1], [6, 1]]));
    expect(s.value).toBe(4);
    expect(s.se).toBeCloseTo(2 / Math.sqrt(3), 10);
    expect([s.negative, s.neutral, s.positive]).toEqual([1, 1, 1]);
  });
});

describe("comparing periods", () => {
  it("calls a large change on large samples significant", () => {
    const now = scoreStats("nps", counts("nps", [[10, 600], [8, 200], [3, 200]]));
    const before = scoreStats("nps", counts("nps", [[10, 400], [8, 300], [3, 300]]));
    const c = compareStats(now, before);
    expect(c.difference).toBeCloseTo(30, 10);
    expect(c.p!).toBeLessThan(0.001);
    expect(c.significant).toBe(true);
  });

  it("does not call the same change on ten responses significant", () => {
    const now = scoreStats("nps", counts("nps", [[10, 6], [8, 2], [3, 2]]));
    const before = scoreStats("nps", counts("nps", [[10, 4], [8, 3], [3, 3]]));
    const c = compareStats(now, before);
    expect(c.difference).toBeCloseTo(30, 10);
    expect(c.p!).toBeGreaterThan(0.05);
    expect(c).toMatchObject({ significant: false, tooSmall: true });
  });

  it("gives no verdict when a small side has no spread", () => {
    // Ten promoters out of ten is not certainty: the test's assumptions fail, so it says nothing.
    const before = scoreStats("nps", counts("nps", [[10, 10]]));
    const now = scoreStats("nps", counts("nps", [[10, 60], [8, 30], [2, 30]]));
    expect(compareStats(now, before)).toMatchObject({ difference: -75, significant: false, tooSmall: true });
    expect(compareStats(before, before)).toMatchObject({ difference: 0, p: null, significant: false, tooSmall: true });
  });

  it("says nothing when a side has no responses", () => {
    expect(compareStats(scoreStats("nps", emptyCounts("nps")), scoreStats("nps", counts("nps", [[9, 3]])))).toEqual({
      difference: null, z: null, p: null, significant: false, tooSmall: true,
    });
  });

  it("treats a change between two certain scores as certain", () => {
    const all = scoreStats("nps", counts("nps", [[10, 50]]));
    const none = scoreStats("nps", counts("nps", [[0, 50]]));
    expect(compareStats(all, none)).toMatchObject({ difference: 200, p: 0, significant: true });
    expect(compareStats(all, all)).toMatchObject({ difference: 0, p: 1, significant: false });
  });

  it("uses an accurate normal distribution", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644853626951)).toBeCloseTo(0.05, 6);
    expect(normalCdf(8)).toBeCloseTo(1, 7);
  });
});

describe("bands", () => {
  it("names the scores behind each band", () => {
    expect(bandScores("nps", "negative")).toEqual({ min: 0, max: 6 });
    expect(bandScores("nps", "neutral")).toEqual({ min: 7, max: 8 });
    expect(bandScores("csat", "positive")).toEqual({ min: 4, max: 5 });
    expect(bandScores("ces", "negative")).toEqual({ min: 1, max: 3 });
  });
});

describe("medians of bucketed durations", () => {
  it("takes the middle bucket's midpoint, to the bucket's precision", () => {
    expect(bucketMedian(new Map())).toBeNull();
    // 3 h, 5 h, 5 h: the median is in the 5-hour bucket.
    expect(bucketMedian(new Map([[3, 1], [5, 2]]))).toBe(5.5);
    // An even count split across neighbouring buckets lands between them.
    expect(bucketMedian(new Map([[2, 1], [4, 1]]))).toBe(3.5);
    // Days past two days, weeks past 30 days.
    expect(bucketWidth(47)).toBe(1);
    expect(bucketWidth(72)).toBe(24);
    expect(bucketWidth(888)).toBe(168);
    expect(bucketMedian(new Map([[72, 3], [0, 1]]))).toBe(84);
  });
});
