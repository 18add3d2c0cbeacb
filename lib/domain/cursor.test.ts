import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor, pageInput } from "./cursor";
import { AppError } from "./errors";

describe("cursors", () => {
  it("round-trips a sort key", () => {
    const c = encodeCursor(["Smith", 42]);
    expect(decodeCursor(c, z.tuple([z.string(), z.number()]))).toEqual(["Smith", 42]);
  });
  it("answers null for no cursor and an invalid error for garbage", () => {
    expect(decodeCursor(undefined, z.number())).toBeNull();
    for (const bad of ["%%%", "bm90IGpzb24", encodeCursor("text"), "x".repeat(600), "\u0000"]) {
      expect(() => decodeCursor(bad, z.number())).toThrow(AppError);
    }
  });
  it("bounds the page size", () => {
    expect(pageInput.parse({}).limit).toBe(50);
    expect(pageInput.safeParse({ limit: "0" }).success).toBe(false);
    expect(pageInput.safeParse({ limit: "201" }).success).toBe(false);
    expect(pageInput.safeParse({ limit: "1; drop table party" }).success).toBe(false);
  });
});
