import type { BadgeTone } from "@/components/ui/badge";

export function lifecycleTone(stage: string): BadgeTone {
  switch (stage) {
    case "customer":
    case "repeat":
      return "success";
    case "lapsed":
      return "warning";
    case "churned":
      return "danger";
    case "lead":
    case "prospect":
      return "info";
    default:
      return "neutral";
  }
}

/** Text colour for an NPS score: detractor, passive, promoter. */
export function npsTextClass(score: number): string {
  return score <= 6 ? "text-danger" : score <= 8 ? "text-warning" : "text-success";
}

export function tierTone(tier: string): BadgeTone {
  return tier === "platinum" ? "info" : tier === "gold" ? "warning" : "neutral";
}
