import { SCORE_RANGE, scoreTone, type ScoreTone } from "@/components/charts/score-bands";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ExpandableText } from "@/components/ui/expandable-text";
import { RelativeTime } from "@/components/ui/relative-time";
import type { FollowUpRow } from "@/lib/dal/cases";
import { outcomeLabel } from "../_lib/labels";
import { ClaimForm } from "./claim-form";
import { CloseFollowUpButton } from "./close-follow-up-dialog";

const SCORE_TONES: Record<ScoreTone, BadgeTone> = { negative: "danger", neutral: "warning", positive: "success" };
const STATUS_TONES: Record<FollowUpRow["status"], BadgeTone> = { open: "warning", claimed: "info", closed: "success" };
const STATUS_LABELS: Record<FollowUpRow["status"], string> = { open: "Open", claimed: "In progress", closed: "Closed" };

/** "3 / 10" in the band's colour (every follow-up is a detractor; the band is not assumed). */
export function ScoreBadge({ score }: { score: number }) {
  const max = SCORE_RANGE.nps.max;
  return (
    <Badge tone={SCORE_TONES[scoreTone("nps", score)]} className="tabular-nums">
      <span aria-hidden="true">
        {score} / {max}
      </span>
      <span className="sr-only">
        {score} out of {max}
      </span>
    </Badge>
  );
}

/** Who has it and since when; for closed ones, how it ended and the closing note. */
export function StatusCell({ row, userId, now }: { row: FollowUpRow; userId: string; now: number }) {
  const who = row.claimedBy ? (row.claimedBy.id === userId ? "you" : row.claimedBy.name) : null;
  return (
    <div className="space-y-1">
      <Badge tone={STATUS_TONES[row.status]}>{STATUS_LABELS[row.status]}</Badge>
      {row.status === "open" ? <div className="text-xs text-muted-foreground">Not claimed yet</div> : null}
      {row.status === "claimed" ? (
        <div className="text-xs text-muted-foreground">
          Claimed by {who ?? "someone"} <RelativeTime value={row.claimedAt} now={now} empty="" />
        </div>
      ) : null}
      {row.status === "closed" ? (
        <>
          {row.outcome ? <div className="text-sm font-medium">{outcomeLabel(row.outcome)}</div> : null}
          <div className="text-xs text-muted-foreground">
            Closed <RelativeTime value={row.closedAt} now={now} empty="" />
            {/* The claimant, who is not always the closer: a manager may close someone else's. */}
            {who ? ` · claimed by ${who}` : null}
          </div>
          {row.note ? <ExpandableText text={row.note} what="note" className="text-xs" /> : null}
        </>
      ) : null}
    </div>
  );
}

/** Claim for open ones, Close… for the viewer's own; nothing otherwise. Only for roles that may write. */
export function RowActions({ row, userId }: { row: FollowUpRow; userId: string }) {
  if (row.status === "open") return <ClaimForm partyId={row.partyId} followUpId={row.id} customer={row.customer} />;
  if (row.status === "claimed" && row.claimedBy?.id === userId) {
    return <CloseFollowUpButton partyId={row.partyId} followUpId={row.id} customer={row.customer} score={row.score} />;
  }
  return null;
}
