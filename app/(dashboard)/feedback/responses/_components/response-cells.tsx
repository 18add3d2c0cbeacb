import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SCORE_RANGES, scoreBand, type Band, type SurveyKind } from "@/lib/domain/feedback-stats";
import { BAND_WORDS, SENTIMENT_LABELS, type Sentiment } from "./labels";
import { scopeHref, type ResponsesScope } from "./scope";

// The tones the app's score badges use (see the follow-ups list).
const BAND_TONES: Record<Band, BadgeTone> = { negative: "danger", neutral: "warning", positive: "success" };
const SENTIMENT_TONES: Record<Sentiment, BadgeTone> = { negative: "danger", neutral: "neutral", positive: "success" };

/** "3 / 10" in the band's colour; read as "3 out of 10, detractor". */
export function ScoreBadge({ kind, score }: { kind: SurveyKind; score: number }) {
  const band = scoreBand(kind, score);
  const max = SCORE_RANGES[kind].max;
  return (
    <Badge tone={BAND_TONES[band]} className="tabular-nums" title={BAND_WORDS[kind][band]}>
      <span aria-hidden="true">
        {score} / {max}
      </span>
      <span className="sr-only">
        {score} out of {max}, {BAND_WORDS[kind][band]}
      </span>
    </Badge>
  );
}

export function SentimentBadge({ sentiment }: { sentiment: Sentiment | null }) {
  if (!sentiment) return <span className="text-muted-foreground">—</span>;
  return <Badge tone={SENTIMENT_TONES[sentiment]}>{SENTIMENT_LABELS[sentiment]}</Badge>;
}

export const themeLinkClass =
  "inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border bg-card px-2 py-0.5 text-xs font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring";

/** A row's themes, each a search for it within the same scope. */
export function ThemeLinks({ themes, scope }: { themes: readonly string[]; scope: ResponsesScope }) {
  if (themes.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Themes">
      {themes.map((phrase) => (
        <li key={phrase}>
          <Link href={scopeHref({ ...scope, q: phrase })} className={themeLinkClass}>
            <span className="sr-only">Search comments for </span>
            {phrase}
          </Link>
        </li>
      ))}
    </ul>
  );
}
