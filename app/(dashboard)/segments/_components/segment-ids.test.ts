import { describe, expect, it } from "vitest";
import { overlapHref, parseOverlapIds, parseSegmentId } from "./segment-ids";

describe("parseSegmentId", () => {
  it("takes positive whole numbers only", () => {
    expect(parseSegmentId("12")).toBe(12);
    for (const raw of ["0", "-1", "012", "1.5", "1e3", "abc", "", " 1", "99999999999999999"]) {
      expect(parseSegmentId(raw), raw).toBeNull();
    }
  });
});

describe("parseOverlapIds", () => {
  it("reads two or three comma-separated ids, in order", () => {
    expect(parseOverlapIds("3,7")).toEqual({ ok: true, ids: [3, 7] });
    expect(parseOverlapIds(" 12 , 3,7 ")).toEqual({ ok: true, ids: [12, 3, 7] });
  });

  it("reads repeated parameters, as a form without JavaScript sends them", () => {
    expect(parseOverlapIds(["3", "7"])).toEqual({ ok: true, ids: [3, 7] });
  });

  it("says what is wrong instead of failing", () => {
    expect(parseOverlapIds(undefined)).toMatchObject({ ok: false, reason: "missing" });
    expect(parseOverlapIds(",,")).toMatchObject({ ok: false, reason: "missing" });
    expect(parseOverlapIds("3")).toMatchObject({ ok: false, reason: "count", ids: [3] });
    expect(parseOverlapIds("1,2,3,4")).toMatchObject({ ok: false, reason: "count", ids: [1, 2, 3] });
    expect(parseOverlapIds("3,3")).toMatchObject({ ok: false, reason: "duplicate", ids: [3] });
    expect(parseOverlapIds("3,x,-1")).toMatchObject({ ok: false, reason: "malformed", ids: [3] });
  });

  it("drops a repeat when enough distinct ids remain", () => {
    expect(parseOverlapIds("3,7,3")).toEqual({ ok: true, ids: [3, 7] });
  });

  it("round-trips with overlapHref", () => {
    const href = overlapHref([5, 1, 9]);
    expect(href).toBe("/segments/overlap?ids=5,1,9");
    expect(parseOverlapIds(new URL(href, "http://x").searchParams.get("ids") ?? undefined)).toEqual({ ok: true, ids: [5, 1, 9] });
  });
});
