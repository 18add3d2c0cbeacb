import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { IgnoredParams } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { caseQueueSearchParams, parseCaseQueueParams } from "@/lib/domain/cases";
import { can } from "@/lib/domain/permissions";
import { requestTime } from "../_lib/request-time";
import { FilterChips } from "./_components/filter-chips";
import { loadQueue } from "./_components/queue-data";
import { QueueTable, QUEUE_COLUMN_COUNT } from "./_components/queue-table";
import { QueueToolbar } from "./_components/queue-toolbar";
import { ScopeTabs } from "./_components/scope-tabs";
import { CasesSectionTabs } from "./_components/section-tabs";

export const metadata: Metadata = { title: "Cases" };

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("case:read");
  // Parsed once; unknown values are dropped (and named below) rather than failing the page.
  const { query, cursor, errors } = parseCaseQueueParams(await searchParams);
  // Started now, awaited by the table inside Suspense, so the header and filters show at once.
  const result = loadQueue(query, cursor);
  const ignored = Object.entries(errors);

  return (
    <>
      <PageHeader
        title="Cases"
        description="Support cases: who is waiting, how urgent, and whether the service level holds."
        actions={
          can(user.role, "case:write") ? (
            <Link href="/cases/new" className={buttonClasses("primary", "sm")}>
              <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
                <path d="M12 5v14M5 12h14" />
              </svg>
              New case
            </Link>
          ) : null
        }
      />
      <CasesSectionTabs active="queue" />
      <div className="mb-4 space-y-3">
        <IgnoredParams what="filters" messages={ignored.map(([, message]) => message)} />
        <ScopeTabs query={query} />
        <QueueToolbar query={query} />
        <FilterChips query={query} />
      </div>
      {/* Keyed by the whole view: a new filter, sort or page shows the skeleton again. */}
      <Suspense key={caseQueueSearchParams(query, cursor).toString()} fallback={<TableSkeleton columns={QUEUE_COLUMN_COUNT} label="Loading cases" />}>
        <QueueTable result={result} query={query} cursor={cursor} now={requestTime()} />
      </Suspense>
    </>
  );
}
