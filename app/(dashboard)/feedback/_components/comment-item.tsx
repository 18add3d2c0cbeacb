import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ResponseRow } from "@/lib/dal/feedback";
import { channelLabel } from "@/lib/domain/channels";
import { SCORE_RANGES, scoreBand, type Band, type SurveyKind } from "@/lib/domain/feedback-stats";
import type { Sentiment } from "@/lib/domain/verbatims";
import { formatDate, formatDateTime, humanize } from "@/lib/format";
import { BAND_NAMES } from "../_lib/format";

// The tones the app's score badges use (the follow-ups and responses lists).
const BAND_TONES: Record<Band, BadgeTone> = { negative: "danger", neutral: "warning", positive: "success" };

const SENTIMENT_TONE: Record<Sentiment, BadgeTone> = { positive: "success", neutral: "neutral", negative: "danger" };

/** One comment with who left it, when and where; the comment is rendered as text, never as HTML. */
export function CommentItem({ kind, row }: { kind: SurveyKind; row: ResponseRow }) {
  const band = scoreBand(kind, row.score);
  const max = SCORE_RANGES[kind].max;
  return (
    <li className="py-3">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs text-muted-foreground">
          <Badge tone={BAND_TONES[band]} className="mr-1 tabular-nums" title={BAND_NAMES[kind][band]}>
            <span aria-hidden="true">
              {row.score} / {max}
            </span>
            <span className="sr-only">
              {row.score} out of {max}, {BAND_NAMES[kind][band].toLowerCase()}
            </span>
          </Badge>
          <Link
            href={`/customers/${row.partyId}`}
            className="rounded-sm font-medium text-foreground hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            {row.customer}
          </Link>
          <span aria-hidden="true">·</span>
          <time dateTime={row.occurredAt} title={formatDateTime(row.occurredAt)}>
            {formatDate(row.occurredAt)}
          </time>
          <span aria-hidden="true">·</span>
          <span>
            {channelLabel(row.channel)}, {humanize(row.touchpoint)}
          </span>
        </p>
        <p className="mt-1 text-sm break-words whitespace-pre-line">{row.comment}</p>
        {row.sentiment || row.themes.length > 0 ? (
          <ul aria-label="Sentiment and themes" className="mt-1.5 flex flex-wrap gap-1">
            {row.sentiment ? (
              <li>
                <Badge tone={SENTIMENT_TONE[row.sentiment]}>
                  {humanize(row.sentiment)}
                  <span className="sr-only"> sentiment</span>
                </Badge>
              </li>
            ) : null}
            {row.themes.map((theme) => (
              <li key={theme}>
                <Badge>{theme}</Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
