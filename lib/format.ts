// Display formatting shared by server and client components. Pure functions: every input
// (including "now" and the locale) is a parameter, so server and browser render the same text.

const DEFAULT_LOCALE = "en-US";

// Building an Intl formatter costs ~0.1 ms (a 50-row table formats a few hundred values), so
// each locale-and-options pair is built once and reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached("n", locale, options, () => new Intl.NumberFormat(locale, options));
const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached("d", locale, options, () => new Intl.DateTimeFormat(locale, options));

/** Integer minor units (cents) → "$1,234.56". The currency's own number of decimals is used. */
export function formatMoney(minor: number, currency = "USD", locale = DEFAULT_LOCALE): string {
  const format = numberFormat(locale, { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

/** 12345 → "12,345". */
export function formatNumber(value: number, locale = DEFAULT_LOCALE): string {
  return numberFormat(locale).format(value);
}

/** 0.4213 → "42%" (ratio in, percentage out). */
export function formatPercent(ratio: number, locale = DEFAULT_LOCALE, fractionDigits = 0): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: fractionDigits }).format(ratio);
}

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** ISO timestamp → "Mar 4, 2025" (UTC, so server and browser agree). */
export function formatDate(value: string | Date, locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return "—";
  return dateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** ISO timestamp → "Mar 4, 2025, 14:05 UTC". */
export function formatDateTime(value: string | Date, locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (!date) return "—";
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
  return dateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(date);
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
  const format = cached("r", locale, { numeric: "auto" }, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
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
