import { cn } from "@/components/ui/cn";
import type { PartyProfile } from "@/lib/dal/party-profile";
import { formatDate } from "@/lib/format";

function chipClass(score: number): string {
  return score <= 6 ? "bg-danger/15 text-danger" : score <= 8 ? "bg-warning/15 text-warning" : "bg-success/15 text-success";
}

/** The latest NPS scores as a row of chips, oldest first, coloured detractor / passive / promoter. */
export function NpsTrend({ scores }: { scores: PartyProfile["npsTrend"] }) {
  if (scores.length < 2) return null;
  return (
    <ol aria-label="Recent NPS scores, oldest first" className="flex flex-wrap gap-1">
      {scores.map((s, i) => (
        <li
          key={`${s.at}-${i}`}
          title={`${s.score} on ${formatDate(s.at)}`}
          className={cn("flex h-5 min-w-5 items-center justify-center rounded px-1 text-[0.6875rem] font-semibold tabular-nums", chipClass(s.score))}
        >
          {s.score}
          <span className="sr-only"> on {formatDate(s.at)}</span>
        </li>
      ))}
    </ol>
  );
}
