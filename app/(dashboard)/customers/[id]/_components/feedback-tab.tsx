import { SCORE_RANGE, scoreTone, type ScoreTone } from "@/components/charts/score-bands";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { FeedbackEntry, TabRows } from "@/lib/domain/party-360";
import { formatDate, formatDateTime, humanize } from "@/lib/format";
import { channelLabel } from "@/lib/domain/channels";
import { TabFooter } from "./customer-tabs";

const KIND_LABELS: Record<FeedbackEntry["kind"], string> = { nps: "NPS", csat: "CSAT", ces: "CES" };

/** One response's band in words (the charts' legend uses the plural with its range). */
const BAND_WORDS: Record<FeedbackEntry["kind"], Record<ScoreTone, string>> = {
  nps: { negative: "Detractor", neutral: "Passive", positive: "Promoter" },
  csat: { negative: "Dissatisfied", neutral: "Neutral", positive: "Satisfied" },
  // CES is agreement with "they made it easy" on 1–7: higher means less effort.
  ces: { negative: "Hard", neutral: "Neutral", positive: "Easy" },
};

const TONE_TEXT: Record<ScoreTone, string> = {
  negative: "text-danger",
  neutral: "text-warning",
  positive: "text-success",
};

const FOLLOW_UP_TONES: Record<string, BadgeTone> = { open: "warning", claimed: "info", closed: "success" };

function Score({ entry }: { entry: FeedbackEntry }) {
  const tone = scoreTone(entry.kind, entry.score);
  return (
    <div className="whitespace-nowrap">
      <span className={`text-base font-semibold tabular-nums ${TONE_TEXT[tone]}`}>{entry.score}</span>
      <span className="text-xs text-muted-foreground">/{SCORE_RANGE[entry.kind].max}</span>
      <div className="text-xs text-muted-foreground">{BAND_WORDS[entry.kind][tone]}</div>
    </div>
  );
}

function FollowUp({ followUp }: { followUp: FeedbackEntry["followUp"] }) {
  if (!followUp) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="space-y-0.5">
      <Badge tone={FOLLOW_UP_TONES[followUp.status] ?? "neutral"}>{humanize(followUp.status)}</Badge>
      {followUp.outcome ? <div className="text-xs">{humanize(followUp.outcome)}</div> : null}
      {followUp.closedAt ? (
        <div className="text-xs text-muted-foreground">
          Closed <time dateTime={followUp.closedAt}>{formatDate(followUp.closedAt)}</time>
        </div>
      ) : null}
    </div>
  );
}

/** The latest survey answers with their comments and, for detractors, how the follow-up went. */
export function FeedbackTab({ responses, partyId, now }: { responses: TabRows<FeedbackEntry>; partyId: number; now: number }) {
  return (
    <div>
      <h2 className="sr-only">
        Survey responses
      </h2>
      {responses.items.length === 0 ? (
        <EmptyState title="No feedback yet" headingLevel={3}>
          NPS, CSAT and CES answers appear here once this customer responds to a survey.
        </EmptyState>
      ) : (
        <>
          <Table label="Survey responses">
            <THead>
              <tr>
                <TH>Date</TH>
                <TH>Survey</TH>
                <TH>Score</TH>
                <TH>Comment</TH>
                <TH>Touchpoint</TH>
                <TH>Follow-up</TH>
              </tr>
            </THead>
            <TBody>
              {responses.items.map((r) => (
                <TR key={r.id}>
                  <TD className="align-top whitespace-nowrap">
                    <time dateTime={r.at} title={formatDateTime(r.at)}>
                      {formatDate(r.at)}
                    </time>
                    <div className="text-xs text-muted-foreground">
                      <RelativeTime value={r.at} now={now} />
                    </div>
                  </TD>
                  <TD className="min-w-36 align-top">
                    <Badge>{KIND_LABELS[r.kind]}</Badge>
                    <div className="mt-1 text-xs break-words text-muted-foreground">{r.surveyName}</div>
                  </TD>
                  <TD className="align-top">
                    <Score entry={r} />
                  </TD>
                  <TD className="max-w-96 min-w-56 align-top">
                    {r.comment ? (
                      <p className="break-words whitespace-pre-line">{r.comment}</p>
                    ) : (
                      <span className="text-muted-foreground">No comment</span>
                    )}
                  </TD>
                  <TD className="align-top whitespace-nowrap">
                    <div>{humanize(r.touchpoint)}</div>
                    <div className="text-xs text-muted-foreground">{channelLabel(r.channel)}</div>
                  </TD>
                  <TD className="align-top">
                    <FollowUp followUp={r.followUp} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <TabFooter
            partyId={partyId}
            shown={responses.items.length}
            total={responses.total}
            noun={["response", "responses"]}
            types="feedback"
          />
        </>
      )}
    </div>
  );
}
