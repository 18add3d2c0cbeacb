import { SectionCard } from "@/components/ui/card";
import Form from "next/form";
import Link from "next/link";
import { Suspense } from "react";
import { ChartBarStackedShare } from "@/components/charts/chart-bar-stacked-share";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { getVerbatimThemes, listResponses } from "@/lib/dal/feedback";
import { MAX_QUERY_LENGTH, responsesHref, type FeedbackView } from "@/lib/domain/feedback";
import { formatNumber, formatPercent } from "@/lib/format";
import { rangeText } from "../_lib/format";
import { commentsQuery, hiddenFields } from "../_lib/view";
import { CommentItem } from "./comment-item";
import { CardFooterLinks, linkClasses } from "./feedback-card";
import { VerbatimsSkeleton } from "./skeletons";

const LATEST = 10;

const SENTIMENTS = [
  { key: "positive", label: "Positive", fill: "var(--chart-positive)" },
  { key: "neutral", label: "Neutral", fill: "var(--chart-axis)" },
  { key: "negative", label: "Negative", fill: "var(--chart-negative)" },
] as const;

/** What customers wrote in this view: the mood, the recurring themes, the latest comments and a search. */
export function VerbatimsCard({ view, suspenseKey }: { view: FeedbackView; suspenseKey: string }) {
  return (
    <SectionCard id="feedback-verbatims" className="lg:col-span-2" title="What customers say" description="Comments left with the scores in this view.">
      <Suspense key={suspenseKey} fallback={<VerbatimsSkeleton />}>
        <Verbatims view={view} />
      </Suspense>
    </SectionCard>
  );
}

async function Verbatims({ view }: { view: FeedbackView }) {
  const query = commentsQuery(view);
  const verbatims = await getVerbatimThemes(query);
  // The themes tag each comment, so the list waits for them.
  const latest = await listResponses(query, null, verbatims.themes, LATEST);
  if (latest.total === 0) {
    return <p className="py-10 text-center text-sm text-muted-foreground">No comments between {rangeText(view)}. Customers may answer without writing one; try a longer range.</p>;
  }
  const moods = verbatims.sentiment;
  const sampled = Math.max(1, moods.positive + moods.neutral + moods.negative);
  const allHref = responsesHref(view, { comments: true });
  const searchFields = hiddenFields(new URLSearchParams(responsesHref(view).split("?")[1] ?? ""));

  return (
    <div className="grid flex-1 gap-x-8 gap-y-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      <div className="space-y-6">
        <section aria-labelledby="feedback-sentiment-title">
          <h3 id="feedback-sentiment-title" className="text-sm font-medium">
            Sentiment
          </h3>
          <p className="mt-0.5 text-xs text-muted-foreground">Of the latest {formatNumber(verbatims.sampled)} comments.</p>
          <ChartBarStackedShare className="mt-3" segments={SENTIMENTS.map((s) => ({ key: s.key, count: moods[s.key], fill: s.fill }))} />
          <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {SENTIMENTS.map((s) => (
              <div key={s.key} className="flex items-center gap-1.5">
                <span aria-hidden="true" className="size-2 rounded-sm" style={{ backgroundColor: s.fill }} />
                <dt className="text-muted-foreground">{s.label}</dt>
                <dd className="font-medium tabular-nums">
                  {formatPercent(moods[s.key] / sampled)} <span className="font-normal text-muted-foreground">({formatNumber(moods[s.key])})</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="feedback-themes-title">
          <h3 id="feedback-themes-title" className="text-sm font-medium">
            Recurring themes
          </h3>
          {verbatims.themes.length === 0 ? (
            <p className="mt-1 text-xs text-muted-foreground">No phrase recurs often enough yet.</p>
          ) : (
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {verbatims.themes.map((t) => (
                <li key={t.phrase}>
                  <Link
                    href={responsesHref(view, { q: t.phrase })}
                    className="inline-flex items-center gap-1.5 rounded-full border bg-card py-0.5 pr-1 pl-2.5 text-xs font-medium transition-colors hover:border-primary/40 hover:bg-accent/50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring"
                  >
                    {t.phrase}
                    <span className="rounded-full bg-muted px-1.5 text-[0.6875rem] text-muted-foreground tabular-nums">
                      {formatNumber(t.count)}
                      <span className="sr-only"> comments</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="feedback-search-title">
          <h3 id="feedback-search-title" className="text-sm font-medium">
            Search comments
          </h3>
          <Form action="/feedback/responses" role="search" aria-labelledby="feedback-search-title" className="mt-2 flex gap-2">
            {searchFields.map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <Input type="search" name="q" required maxLength={MAX_QUERY_LENGTH} placeholder="e.g. delivery, refund" aria-labelledby="feedback-search-title" />
            <button type="submit" className={buttonClasses("outline", "md")}>
              Search
            </button>
          </Form>
        </section>
      </div>

      <section aria-labelledby="feedback-latest-title" className="flex min-w-0 flex-col">
        <h3 id="feedback-latest-title" className="text-sm font-medium">
          Latest comments
        </h3>
        <ol className="mt-1 divide-y">
          {latest.rows.slice(0, LATEST).map((row) => (
            <CommentItem key={`${row.partyId}-${row.id}`} kind={view.kind} row={row} />
          ))}
        </ol>
        <CardFooterLinks>
          <Link href={allHref} className={`${linkClasses} font-medium`}>
            All {formatNumber(latest.total)}
            {latest.totalCapped ? "+" : ""} comments <span aria-hidden="true">→</span>
          </Link>
        </CardFooterLinks>
      </section>
    </div>
  );
}
