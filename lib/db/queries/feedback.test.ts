import { describe, expect, it } from "vitest";
import { splitByMonth } from "./feedback";

describe("reading long ranges by month", () => {
  it("takes whole months from the monthly rollup and the ragged ends by day", () => {
    expect(splitByMonth("2026-08-26", "2026-11-23")).toEqual({
      months: ["2026-09-01", "2026-10-01"],
      days: [["2026-08-26", "2026-08-31"], ["2026-11-01", "2026-11-23"]],
    });
    expect(splitByMonth("2025-12-01", "2026-02-28")).toEqual({ months: ["2025-12-01", "2026-02-01"], days: [] });
    expect(splitByMonth("2024-02-10", "2024-03-31")).toEqual({ months: ["2024-03-01", "2024-03-01"], days: [["2024-02-10", "2024-02-29"]] });
  });

  it("reads short ranges inside one month by day", () => {
    expect(splitByMonth("2026-11-02", "2026-11-23")).toEqual({ months: null, days: [["2026-11-02", "2026-11-23"]] });
    expect(splitByMonth("2026-10-15", "2026-11-14")).toEqual({ months: null, days: [["2026-10-15", "2026-11-14"]] });
  });
});
