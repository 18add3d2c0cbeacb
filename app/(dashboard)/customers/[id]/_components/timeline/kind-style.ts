import type { BadgeTone } from "@/components/ui/badge";
import { TIMELINE_GROUPS, TIMELINE_KINDS, type TimelineKind } from "@/lib/domain/timeline";

// How each kind of entry looks: the group it belongs to (the type filter's groups), the colour of
// its dot, and the tone of its status badge. Colours are theme tokens only.

export type TimelineGroup = (typeof TIMELINE_GROUPS)[number];
export type TimelineGroupKey = TimelineGroup["key"];

const GROUP_OF = new Map<TimelineKind, TimelineGroup>(TIMELINE_GROUPS.flatMap((g) => g.kinds.map((k) => [k, g] as const)));

/** The filter group a kind belongs to. Every kind is in exactly one group (see the test). */
export function groupOf(kind: TimelineKind): TimelineGroup {
  const group = GROUP_OF.get(kind);
  if (!group) throw new Error(`Timeline kind "${kind}" is in no group.`);
  return group;
}

/** Kinds no group covers: empty unless TIMELINE_GROUPS and TIMELINE_KINDS drift apart. */
export const UNGROUPED_KINDS = TIMELINE_KINDS.filter((k) => !GROUP_OF.has(k));

export const GROUP_DOT_CLASSES: Record<TimelineGroupKey, string> = {
  commerce: "bg-chart-2",
  service: "bg-chart-1",
  feedback: "bg-chart-3",
  marketing: "bg-chart-5",
  behaviour: "bg-chart-6",
  earned: "bg-chart-4",
  membership: "bg-success",
  privacy: "bg-muted-foreground",
};

// Statuses as stored across the sources (orders, payments, cases, campaigns, consent…). A Map, so
// a status such as "constructor" cannot find an inherited property.
const STATUS_TONES = new Map<string, BadgeTone>([
  ...["delivered", "completed", "fulfilled", "paid", "succeeded", "captured", "settled", "resolved", "granted", "converted", "active", "renewed", "clicked", "opened", "positive"].map(
    (s) => [s, "success"] as const,
  ),
  ...["failed", "declined", "cancelled", "canceled", "denied", "withdrawn", "bounced", "unsubscribed", "complained", "churned", "expired", "lapsed", "negative", "chargeback", "disputed"].map(
    (s) => [s, "danger"] as const,
  ),
  ...["pending", "open", "new", "in_progress", "on_hold", "waiting", "escalated", "past_due", "paused", "processing", "refunded", "returned"].map(
    (s) => [s, "warning"] as const,
  ),
  ...["shipped", "sent", "placed", "authorized", "reopened", "trialing", "upgraded", "downgraded"].map((s) => [s, "info"] as const),
]);

export function statusTone(status: string): BadgeTone {
  return STATUS_TONES.get(status.toLowerCase()) ?? "neutral";
}
