import type { BadgeTone } from "@/components/ui/badge";

export function priorityTone(priority: string): BadgeTone {
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

export function statusTone(status: string): BadgeTone {
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
