import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { SlaState } from "@/lib/dal/cases";
import { formatDateTime } from "@/lib/format";

const SLA_BADGE = {
  breached: { tone: "danger", text: "Breached" },
  due_soon: { tone: "warning", text: "Due soon" },
  on_track: { tone: "neutral", text: "On track" },
  met: { tone: "success", text: "Met" },
  missed: { tone: "warning", text: "Missed" },
} as const;

/**
 * The service level (a first reply by the due time). Still waiting: the due time, relative, with
 * the exact time on hover. Replied: met or missed, and when, on hover.
 */
export function SlaCell({ sla, dueAt, firstResponseAt, now }: { sla: SlaState; dueAt: string | null; firstResponseAt: string | null; now: number }) {
  const badge = SLA_BADGE[sla];
  const waiting = sla === "breached" || sla === "due_soon" || sla === "on_track";
  const title = [
    dueAt ? `Reply due ${formatDateTime(dueAt)}` : "No due time",
    firstResponseAt ? `first reply ${formatDateTime(firstResponseAt)}` : null,
  ].filter(Boolean).join("; ");
  return (
    <div className="whitespace-nowrap">
      <Badge tone={badge.tone} title={title}>
        {badge.text}
      </Badge>
      {waiting && dueAt ? (
        <div className="mt-0.5 text-xs text-muted-foreground">
          {sla === "breached" ? "Was due " : "Due "}
          <RelativeTime value={dueAt} now={now} />
        </div>
      ) : null}
    </div>
  );
}
