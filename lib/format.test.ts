import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, formatRelative, humanize } from "./format";

describe("formatMoney", () => {
  it("reads integer minor units in the currency's own decimals", () => {
    expect(formatMoney(123456, "USD")).toBe("$1,234.56");
    expect(formatMoney(0, "USD")).toBe("$0.00");
    expect(formatMoney(-250, "USD")).toBe("-$2.50");
    expect(formatMoney(1234, "JPY")).toBe("¥1,234");
  });
});

describe("numbers", () => {
  it("formats counts and ratios", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatPercent(0.4213)).toBe("42%");
  });
});

describe("dates", () => {
  it("formats in UTC so server and browser agree", () => {
    expect(formatDate("2025-03-04T23:30:00Z")).toBe("Mar 4, 2025");
    expect(formatDateTime("2025-03-04T14:05:00Z")).toBe("Mar 4, 2025, 14:05 UTC");
  });

  it("answers a dash for an unreadable date", () => {
    expect(formatDate("not a date")).toBe("—");
    expect(formatRelative("not a date", 0)).toBe("—");
  });

  it("measures relative time from the given now", () => {
    const now = Date.parse("2025-03-10T12:00:00Z");
    expect(formatRelative("2025-03-10T11:59:30Z", now)).toBe("just now");
    expect(formatRelative("2025-03-10T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatRelative("2025-03-09T12:00:00Z", now)).toBe("yesterday");
    expect(formatRelative("2025-03-07T12:00:00Z", now)).toBe("3 days ago");
    expect(formatRelative("2025-03-12T12:00:00Z", now)).toBe("in 2 days");
    expect(formatRelative("2024-01-01T00:00:00Z", now)).toBe("last year");
  });
});

describe("humanize", () => {
  it("turns enum values into words", () => {
    expect(humanize("support_agent")).toBe("Support agent");
    expect(humanize("in_store")).toBe("In store");
  });
});
