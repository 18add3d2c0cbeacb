import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { IgnoredParams } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { isoDay } from "@/lib/domain/feedback";
import { requestTime } from "../../_lib/request-time";
import { describeScope } from "./_components/labels";
import { loadResponses } from "./_components/responses-data";
import { ResponsesCount, ResponsesTable, RESPONSES_COLUMN_COUNT } from "./_components/responses-table";
import { feedbackHref, parseResponsesParams, scopeHref } from "./_components/scope";
import { ScopeChips } from "./_components/scope-chips";
import { SearchForm } from "./_components/search-form";
import { VerbatimSummary, VerbatimSummarySkeleton } from "./_components/verbatim-summary";

export const metadata: Metadata = { title: "Feedback responses" };

/** The responses behind a figure on /feedback: its scope comes in the address, as the chart linked it. */
export default async function FeedbackResponsesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("feedback:read");
  const now = requestTime();
  const today = isoDay(new Date(now));
  // Parsed once; unknown values are dropped (and named below) rather than failing the page.
  const { query, scope, cursor, warnings } = parseResponsesParams(await searchParams, today);
  // Started now, awaited inside Suspense, so the header, chips and search show at once.
  const { themes, page } = loadResponses(query, cursor);
  const scopeKey = scopeHref(scope);
  const pageKey = scopeHref(scope, cursor);

  return (
    <>
      <PageHeader
        title={query.commentsOnly ? "Comments" : "Responses"}
        description={
          <>
            {describeScope(scope).join(" · ")}
            <Suspense key={pageKey} fallback={null}>
              <ResponsesCount result={page} commentsOnly={query.commentsOnly} />
            </Suspense>
          </>
        }
        actions={
          <Link href={feedbackHref(scope)} className={buttonClasses("outline", "sm")}>
            <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
              <path d="M19 12H5M12 19l-7-7 7-7" />
            </svg>
            Back to feedback
          </Link>
        }
      />
      <div className="mb-4 space-y-3">
        <IgnoredParams what="conditions" messages={warnings} />
        <ScopeChips scope={scope} />
        {/* Keyed by scope so the fields show the new search after a client-side navigation. */}
        <SearchForm key={scopeKey} scope={scope} />
      </div>
      {/* Themes do not depend on the page, so paging does not reload them. */}
      <Suspense key={scopeKey} fallback={<VerbatimSummarySkeleton />}>
        <VerbatimSummary themes={themes} scope={scope} />
      </Suspense>
      <Suspense key={pageKey} fallback={<TableSkeleton columns={RESPONSES_COLUMN_COUNT} label="Loading responses" />}>
        <ResponsesTable result={page} scope={scope} commentsOnly={query.commentsOnly} cursor={cursor} now={now} today={today} />
      </Suspense>
    </>
  );
}
