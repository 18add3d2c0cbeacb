import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { can } from "@/lib/domain/permissions";
import { requestTime } from "../../_lib/request-time";
import { CasesSectionTabs } from "../_components/section-tabs";
import { FollowUpsTable } from "./_components/follow-ups-table";
import { FollowUpNotices } from "./_components/notices";
import { FollowUpViewTabs, FollowUpViewTabsWithCounts } from "./_components/view-tabs";
import { loadFollowUps } from "./_lib/queries";
import { parseFollowUpParams, VIEW_LABELS } from "./_lib/search-params";

export const metadata: Metadata = { title: "Detractor follow-ups" };

export default async function FollowUpsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The layout already requires case:read; the user is needed here for "mine" and the controls.
  const user = await requirePageUser("case:read");
  const { view, cursor } = parseFollowUpParams(await searchParams);
  // Started once, not awaited: the tabs' counts and the rows come from the same read.
  const result = loadFollowUps(view, cursor);
  const heading = `${VIEW_LABELS[view]} follow-ups`;

  return (
    <>
      <PageHeader
        title="Detractor follow-ups"
        description="Every NPS score of 0–6 opens a follow-up: claim one, contact the customer, and close it with how it ended."
      />
      <CasesSectionTabs active="follow-ups" />
      {/* Keyed by view so a new view is marked current at once; its counts follow with the rows. */}
      <Suspense key={view} fallback={<FollowUpViewTabs active={view} />}>
        <FollowUpViewTabsWithCounts active={view} result={result} />
      </Suspense>
      {/* Keyed by view: a message about the last claim does not follow the agent to another view. */}
      <FollowUpNotices key={view} heading={heading}>
        <Suspense key={`${view}:${cursor ?? ""}`} fallback={<TableSkeleton columns={7} label={`Loading ${heading.toLowerCase()}`} />}>
          <FollowUpsTable
            result={result}
            view={view}
            cursor={cursor}
            userId={user.id}
            canWrite={can(user.role, "feedback:write")}
            now={requestTime()}
          />
        </Suspense>
      </FollowUpNotices>
    </>
  );
}
