import { Badge, type BadgeTone } from "@/components/ui/badge";
import { humanize } from "@/lib/format";

// A case's priority and status look the same on the overview, the queue, the case page and the
// 360's cases tab.

function priorityTone(priority: string): BadgeTone {
  switch (priority) {
    case "urgent":
      return "danger";
    case "high":
      return "warning";
    case "normal":
      return "info";
    default:
      return "neutral";
  }
}

function statusTone(status: string): BadgeTone {
  switch (status) {
    case "new":
      return "info";
    case "pending":
      return "warning";
    case "resolved":
    case "closed":
      return "success";
    default:
      return "neutral";
  }
}

/** "High", or "High priority" with `suffix`. */
export function CasePriorityBadge({ priority, suffix }: { priority: string; suffix?: string }) {
  return <Badge tone={priorityTone(priority)}>{humanize(priority)}{suffix}</Badge>;
}

export function CaseStatusBadge({ status }: { status: string }) {
  return <Badge tone={statusTone(status)}>{humanize(status)}</Badge>;
}
