// Display formatting shared by server and client components. Pure functions: every input
// (including "now" and the locale) is a parameter, so server and browser render the same text.

const DEFAULT_LOCALE = "en-US";

// Building an Intl formatter costs ~0.1 ms and a 50-row table formats a few hundred values, so
// each one is built once per locale (and currency or digits) and kept, under a short string key:
// hashing the options on every call cost more than the formatting (~3 ms per directory page).
function memoize<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

const moneyFormat = memoize((key) => {
  const [currency, locale] = key.split("|") as [string, string];
  const format = new Intl.NumberFormat(locale, { style: "currency", currency });
  return { format, scale: 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2) };
});
const plainNumberFormat = memoize((locale) => new Intl.NumberFormat(locale));
const percentFormat = memoize((key) => {
  const [digits, locale] = key.split("|") as [string, string];
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: Number(digits) });
});
const dateFormat = memoize((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }));
// dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
const dateTimeFormat = memoize(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC", timeZoneName: "short",
    }),
);
const relativeFormat = memoize((locale) => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));

/** Integer minor units (cents) → "$1,234.56". The currency's own number of decimals is used. */
export function formatMoney(minor: number, currency = "USD", locale = DEFAULT_LOCALE): string {
  const { format, scale } = moneyFormat(`${currency}|${locale}`);
  return format.format(minor / scale);
}

/** 12345 → "12,345". */
export function formatNumber(value: number, locale = DEFAULT_LOCALE): string {
  return plainNumberFormat(locale).format(value);
}

/** 0.4213 → "42%" (ratio in, percentage out). */
export function formatPercent(ratio: number, locale = DEFAULT_LOCALE, fractionDigits = 0): string {
  return percentFormat(`${fractionDigits}|${locale}`).format(ratio);
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** ISO timestamp → "Mar 4, 2025" (UTC, so server and browser agree). */
export function formatDate(value: string | Date, locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return "—";
  return dateFormat(locale).format(date);
}

/** ISO timestamp → "Mar 4, 2025, 14:05 UTC". */
export function formatDateTime(value: string | Date, locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return "—";
  return dateTimeFormat(locale).format(date);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 60 * 60 * 1000],
  ["month", 30 * 24 * 60 * 60 * 1000],
  ["week", 7 * 24 * 60 * 60 * 1000],
  ["day", 24 * 60 * 60 * 1000],
  ["hour", 60 * 60 * 1000],
  ["minute", 60 * 1000],
];

/** ISO timestamp → "3 days ago" / "in 2 hours" / "just now", relative to `now`. */
export function formatRelative(value: string | Date, now: number | Date = Date.now(), locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return "—";
  const diff = date.getTime() - (now instanceof Date ? now.getTime() : now);
  const format = relativeFormat(locale);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.trunc(diff / ms), unit);
  }
  return "just now";
}

/** "support_agent" → "Support agent" for enum values shown as text. */
export function humanize(value: string): string {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
