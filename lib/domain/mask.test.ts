import { describe, expect, it } from "vitest";
import { maskEmail, maskPhone } from "./mask";

describe("masking", () => {
  it("keeps the first letter and the domain of an email", () => {
    expect(maskEmail("jane.doe@example.com")).toBe("j•••@example.com");
    expect(maskEmail("jane.doe@example.com")).not.toContain("jane");
  });
  it("masks an email without a local part entirely", () => {
    expect(maskEmail("@example.com")).toBe("•••");
    expect(maskEmail("nonsense")).toBe("•••");
  });
  it("keeps only the last four digits of a phone", () => {
    expect(maskPhone("+15550102030")).toBe("•••• 2030");
    expect(maskPhone("(555) 010-2030")).toBe("•••• 2030");
    expect(maskPhone("12")).toBe("••••");
  });
});
