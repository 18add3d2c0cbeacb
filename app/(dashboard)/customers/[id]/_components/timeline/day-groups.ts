import type { TimelineItem } from "@/lib/domain/timeline";

// Days and times in UTC, formatted the same on the server and in the browser: no "Today" or
// "Yesterday", which would depend on the clock at render time and break hydration.

const DAY_FORMAT = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const TIME_FORMAT = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2025-03-04T23:30:00-02:00" → "2025-03-05": the UTC calendar day of an instant. */
export function dayKey(iso: string): string {
  return parse(iso)?.toISOString().slice(0, 10) ?? iso.slice(0, 10);
}

/** "2025-03-04" → "Tue, Mar 4, 2025". */
export function formatDay(day: string): string {
  const date = parse(`${day}T00:00:00Z`);
  return date ? DAY_FORMAT.format(date) : day;
}

/** An instant → "14:05" (UTC, 24-hour). */
export function formatTime(iso: string): string {
  const date = parse(iso);
  return date ? TIME_FORMAT.format(date) : "—";
}

export interface DayGroup {
  day: string;
  label: string;
  items: TimelineItem[];
}

/**
 * Entries by UTC day, days in the order they first appear (newest first, as the server sends
 * them). One group per day even if the input were out of order, so day keys and ids stay unique.
 */
export function groupByDay(items: readonly TimelineItem[]): DayGroup[] {
  const groups = new Map<string, DayGroup>();
  for (const item of items) {
    const day = dayKey(item.occurredAt);
    const group = groups.get(day);
    if (group) group.items.push(item);
    else groups.set(day, { day, label: formatDay(day), items: [item] });
  }
  return [...groups.values()];
}

/** The list with an older page appended; entries already shown (same key) are not repeated. */
export function appendPage(items: readonly TimelineItem[], more: readonly TimelineItem[]): TimelineItem[] {
  const seen = new Set(items.map((i) => i.key));
  const added = more.filter((i) => {
    if (seen.has(i.key)) return false;
    seen.add(i.key);
    return true;
  });
  return added.length ? [...items, ...added] : [...items];
}
