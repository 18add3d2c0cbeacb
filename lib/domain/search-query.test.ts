import { describe, expect, it } from "vitest";
import { analyzeQuery, editDistance, wordScore } from "./search-query";

describe("analyzeQuery", () => {
  it("reads a phone number in any format", () => {
    for (const q of ["(555) 010-2030", "+1 555 010 2030", "5550102030", "555.010.2030"]) {
      expect(analyzeQuery(q).phoneDigits, q).toMatch(/5550102030$/);
    }
    expect(analyzeQuery("2030").phoneDigits).toBe("2030");
    expect(analyzeQuery("203").phoneDigits).toBeNull();
    expect(analyzeQuery("john 2030").phoneDigits).toBeNull();
  });

  it("reads emails, whole or begun", () => {
    expect(analyzeQuery("Jane.Doe@Example.com")).toMatchObject({ email: "jane.doe@example.com", emailComplete: true });
    expect(analyzeQuery("jane.do")).toMatchObject({ email: "jane.do", emailComplete: false });
    expect(analyzeQuery("jane doe").email).toBeNull();
  });

  it("splits names into words as party names are split", () => {
    expect(analyzeQuery("  Jonh   SMIHT ").tokens).toEqual(["jonh", "smiht"]);
    expect(analyzeQuery("O'Brien-Müller").tokens).toEqual(["o", "brien", "müller"]);
    expect(analyzeQuery("a b c d e f g").tokens).toHaveLength(5);
  });

  it("recognizes order and case numbers with or without prefix", () => {
    expect(analyzeQuery("ord-100000123").orderNumbers).toEqual(["ORD-100000123"]);
    expect(analyzeQuery("CASE 100045").caseNumbers).toEqual(["CASE-100045"]);
    expect(analyzeQuery("100045")).toMatchObject({ orderNumbers: ["ORD-100045"], caseNumbers: ["CASE-100045"] });
  });

  it("drops control characters", () => {
    expect(analyzeQuery("a\u0000b\u0007c").text).toBe("a b c");
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("jonh", "john")).toBe(1);
    expect(editDistance("smiht", "smith")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("gives up early past the limit", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("wordScore", () => {
  it("ranks exact, then prefix of the last word, then typos", () => {
    expect(wordScore("john", "john", false)).toBe(0);
    expect(wordScore("jo", "john", true)).toBe(1);
    expect(wordScore("jo", "john", false)).toBeNull();
    expect(wordScore("jonh", "john", false)).toBe(2);
    expect(wordScore("jmaes", "james", false)).toBe(2);
    expect(wordScore("jmaes", "jones", false)).toBeNull();
    expect(wordScore("al", "el", false)).toBeNull();
  });
});
