import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, directorySearchParams, parseDirectoryQuery, sourceClassesFromMask, sourceClassMask } from "./directory";

describe("parseDirectoryQuery", () => {
  it("defaults to everyone by name, 50 a page", () => {
    const r = parseDirectoryQuery({});
    expect(r).toEqual({ ok: true, query: { sort: "name", dir: "asc", size: 50, columns: [...DEFAULT_COLUMNS], filters: {} } });
  });

  it("reads every filter and writes the same URL back", () => {
    const qs =
      "kind=person&country=de&city=Berlin&tier=gold,platinum&lifecycle=repeat&nps=detractor,none&ltv_min=100&ltv_max=2500.50" +
      "&open_case=yes&complained=30&reachable=email&source=third_party&created_from=2025-01-01&created_to=2025-12-31" +
      "&seen_from=2026-01-01&sort=lifetime_value&size=100&cols=name,email,tier";
    const r = parseDirectoryQuery(new URLSearchParams(qs));
    if (!r.ok) throw new Error(JSON.stringify(r.fields));
    expect(r.query.filters).toEqual({
      kind: "person", country: "DE", city: "Berlin", tier: ["gold", "platinum"], lifecycle: ["repeat"], nps: ["detractor", "none"],
      ltvMin: 100, ltvMax: 2500.5, openCase: true, complainedWithin: 30, reachable: "email", source: ["third_party"],
      createdFrom: "2025-01-01", createdTo: "2025-12-31", seenFrom: "2026-01-01",
    });
    expect(r.query).toMatchObject({ sort: "lifetime_value", dir: "desc", size: 100, columns: ["name", "email", "tier"] });
    const again = parseDirectoryQuery(directorySearchParams(r.query));
    expect(again).toEqual(r);
  });

  it("names every bad parameter instead of guessing", () => {
    const r = parseDirectoryQuery(
      new URLSearchParams("sort=evil;drop&tier=gold,diamond&ltv_min=-5&created_from=2025-02-30&size=7&cols=name,password&country=' or 1=1"),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fields).sort()).toEqual(["cols", "country", "created_from", "ltv_min", "size", "sort", "tier"]);
  });

  it("refuses NUL bytes, inverted ranges and long text", () => {
    const r = parseDirectoryQuery({ city: "Ber\u0000lin", ltv_min: "500", ltv_max: "10", seen_from: "2026-02-01", seen_to: "2026-01-01", region: "x".repeat(101) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fields).sort()).toEqual(["city", "ltv_max", "region", "seen_to"]);
  });
});

describe("source class mask", () => {
  it("round-trips", () => {
    expect(sourceClassMask(["zero_party", "earned"])).toBe(17);
    expect(sourceClassesFromMask(17)).toEqual(["zero_party", "earned"]);
  });
});
