import { describe, expect, it } from "vitest";
import { followUpsHref, parseFollowUpParams } from "./search-params";

describe("parseFollowUpParams", () => {
  it("defaults to the open view with no cursor", () => {
    expect(parseFollowUpParams({})).toEqual({ view: "open", cursor: null });
  });

  it("reads a known view and the first of repeated parameters", () => {
    expect(parseFollowUpParams({ view: ["closed", "mine"], cursor: "abc" })).toEqual({ view: "closed", cursor: "abc" });
  });

  it("falls back to open for an unknown view instead of failing", () => {
    expect(parseFollowUpParams({ view: "everyone" }).view).toBe("open");
  });

  it("drops a cursor too long to be one we issued", () => {
    expect(parseFollowUpParams({ cursor: "x".repeat(513) }).cursor).toBeNull();
  });
});

describe("followUpsHref", () => {
  it("leaves the default view out of the address", () => {
    expect(followUpsHref("open")).toBe("/cases/follow-ups");
    expect(followUpsHref("mine", "c1")).toBe("/cases/follow-ups?view=mine&cursor=c1");
  });

  it("round-trips through the parser", () => {
    const href = followUpsHref("closed", "a+b/c=");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseFollowUpParams(params)).toEqual({ view: "closed", cursor: "a+b/c=" });
  });
});
