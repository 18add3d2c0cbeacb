import { formatDateTime, formatRelative } from "@/lib/format";

/** "3 days ago", with the exact date and time on hover; `empty` when there is no time. */
export function RelativeTime({ value, now, empty = "—" }: { value: string | null; now: number; empty?: string }) {
  if (!value) return <>{empty}</>;
  return (
    <time dateTime={value} title={formatDateTime(value)}>
      {formatRelative(value, now)}
    </time>
  );
}
