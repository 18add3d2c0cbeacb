// Display helpers for the case page. Pure, so server and client render the same text.
import type { SlaState } from "@/lib/dal/cases";
import type { BadgeTone } from "@/components/ui/badge";
import { CASE_SLA_LABELS } from "@/lib/domain/cases";

/** Minutes in their two largest units: "under 1 min", "45 min", "3 h 20 min", "2 d 4 h". */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 1) return "under 1 min";
  if (m < 60) return `${m} min`;
  if (m < 24 * 60) return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ""}`;
  const h = Math.floor((m % (24 * 60)) / 60);
  return `${Math.floor(m / (24 * 60))} d${h ? ` ${h} h` : ""}`;
}

/** A call's length: "45 s", "4 min 30 s", "1 h 5 min". */
export function formatCallDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ""}`;
  return formatMinutes(s / 60);
}

export const SLA_LABELS: Record<SlaState, string> = { ...CASE_SLA_LABELS, met: "SLA met", missed: "SLA missed" };

export const SLA_TONES: Record<SlaState, BadgeTone> = {
  breached: "danger", due_soon: "warning", on_track: "neutral", met: "success", missed: "warning",
};
