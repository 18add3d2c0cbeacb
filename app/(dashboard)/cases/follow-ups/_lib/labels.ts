// Words for follow-up values, shared by the table (server) and the close dialog (client).
import type { FOLLOW_UP_OUTCOMES } from "@/lib/domain/enums";

export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export const OUTCOME_LABELS: Record<FollowUpOutcome, string> = {
  reached: "Reached the customer",
  resolved: "Resolved",
  no_answer: "No answer",
  declined: "Customer declined",
};

/** Outcomes stored before a label existed still read as words. */
export function outcomeLabel(outcome: string): string {
  return (OUTCOME_LABELS as Record<string, string>)[outcome] ?? outcome.replace(/_/g, " ");
}
