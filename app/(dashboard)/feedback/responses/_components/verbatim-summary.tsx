import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { THEME_SAMPLE, type VerbatimThemes } from "@/lib/dal/feedback";
import { formatNumber, formatPercent } from "@/lib/format";
import type { Loaded } from "../../../_lib/loaded";
import { SENTIMENT_LABELS, SENTIMENT_ORDER, type Sentiment } from "./labels";
import { themeLinkClass } from "./response-cells";
import { scopeHref, type ResponsesScope } from "./scope";

// Theme tokens (never raw colours), as the score badges use them.
const SENTIMENT_FILL: Record<Sentiment, string> = { negative: "bg-danger", neutral: "bg-muted-foreground/40", positive: "bg-success" };

const boxClass = "mb-4 rounded-lg border bg-card px-4 py-3";

/**
 * What the comments in this scope talk about and how they sound: recurring themes (each a search
 * within the same scope) and the sentiment mix, both from the latest comments.
 */
export async function VerbatimSummary({ themes: themesPromise, scope }: { themes: Promise<Loaded<VerbatimThemes>>; scope: ResponsesScope }) {
  const loaded = await themesPromise;
  if (!loaded.ok) {
    return <p className="mb-4 text-sm text-muted-foreground">Themes and sentiment are unavailable right now; the list below is complete.</p>;
  }
  const { themes, sampled, sentiment } = loaded.data;
  // Nothing to summarize; the list (or its empty state) says why.
  if (sampled === 0) return null;
  const from = `${sampled >= THEME_SAMPLE ? "the latest " : ""}${formatNumber(sampled)} ${sampled === 1 ? "comment" : "comments"}`;

  return (
    <section aria-labelledby="verbatim-summary-heading" className={cn(boxClass, "flex flex-col gap-3 lg:flex-row lg:gap-8")}>
      <h2 id="verbatim-summary-heading" className="sr-only">
        What the comments say
      </h2>
      <div className="min-w-0 flex-1">
        <h3 className="text-xs font-medium text-muted-foreground">Recurring themes in {from}</h3>
        {themes.length === 0 ? (
          <p className="mt-1.5 text-sm text-muted-foreground">No phrase comes up often enough to be a theme.</p>
        ) : (
          <ul className="mt-1.5 flex flex-wrap gap-1.5">
            {themes.map((theme) => {
              const current = theme.phrase === scope.q;
              return (
                <li key={theme.phrase}>
                  <Link
                    href={scopeHref({ ...scope, q: theme.phrase })}
                    aria-current={current ? "page" : undefined}
                    title={`In ${formatNumber(theme.count)} of ${from}`}
                    className={cn(themeLinkClass, current && "border-primary bg-accent text-accent-foreground")}
                  >
                    <span className="sr-only">Search comments for </span>
                    {theme.phrase}
                    <span className="text-muted-foreground tabular-nums">
                      <span className="sr-only">, in </span>
                      {formatNumber(theme.count)}
                      <span className="sr-only"> comments</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <div className="lg:w-72">
        <h3 className="text-xs font-medium text-muted-foreground">Sentiment of {from}</h3>
        <SentimentMix sentiment={sentiment} sampled={sampled} />
      </div>
    </section>
  );
}

function SentimentMix({ sentiment, sampled }: { sentiment: Record<Sentiment, number>; sampled: number }) {
  return (
    <>
      {/* The bar repeats the list below it, so it is hidden from screen readers. */}
      <div aria-hidden="true" className="mt-2 flex h-2 overflow-hidden rounded-full bg-muted">
        {SENTIMENT_ORDER.map((s) =>
          sentiment[s] > 0 ? <div key={s} className={SENTIMENT_FILL[s]} style={{ width: `${(sentiment[s] / sampled) * 100}%` }} /> : null,
        )}
      </div>
      <ul className="mt-1.5 flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {SENTIMENT_ORDER.map((s) => (
          <li key={s} className="flex items-center gap-1.5" title={`${formatNumber(sentiment[s])} of ${formatNumber(sampled)}`}>
            <span aria-hidden="true" className={cn("size-2 rounded-full", SENTIMENT_FILL[s])} />
            {SENTIMENT_LABELS[s]}
            <span className="font-medium tabular-nums">{formatPercent(sentiment[s] / sampled)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** `label={null}` inside another loading region (the route's loading.tsx). */
export function VerbatimSummarySkeleton({ label = "Loading themes and sentiment" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label} className={cn(boxClass, "flex flex-col gap-3 lg:flex-row lg:gap-8")}>
      <div className="flex-1">
        <Skeleton className="h-3 w-48" />
        <div className="mt-2 flex flex-wrap gap-1.5">
          {[20, 28, 16, 24, 20].map((w, i) => (
            <Skeleton key={i} className="h-5 rounded-full" style={{ width: `${w * 0.25}rem` }} />
          ))}
        </div>
      </div>
      <div className="lg:w-72">
        <Skeleton className="h-3 w-40" />
        <Skeleton className="mt-2.5 h-2 w-full rounded-full" />
        <Skeleton className="mt-2 h-3 w-56" />
      </div>
    </LoadingRegion>
  );
}
