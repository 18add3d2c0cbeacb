import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/dal/guards";
import { can } from "@/lib/domain/permissions";
import { OpenCasesCard } from "../_components/open-cases-card";
import { AT_RISK_LIMIT, AtRiskCustomersCard } from "./_components/at-risk-customers-card";
import { CaseLoadCard } from "./_components/case-load-card";
import { InteractionVolumeCard } from "./_components/interaction-volume-card";
import { OverviewLayout } from "./_components/overview-layout";
import {
  CaseLoadSkeleton, InteractionVolumeSkeleton, ListCardSkeleton, ScorePulseSkeleton,
} from "./_components/overview-skeletons";
import { ScorePulseCard } from "./_components/score-pulse-card";

export const metadata: Metadata = { title: "Overview" };

// Every card streams on its own: a slow or failing read holds up (or blanks) only its card.
export default async function OverviewPage() {
  const user = await requirePageUser("party:read");
  const canReadCases = can(user.role, "case:read");
  const canReadFeedback = can(user.role, "feedback:read");
  const topColumns = (canReadFeedback ? 2 : 0) + (canReadCases ? 1 : 0);

  return (
    <>
      <PageHeader title="Overview" description="How your customers are doing: scores, contact volume, cases and who needs a call." />
      <OverviewLayout
        topColumns={topColumns}
        top={
          <>
            {canReadFeedback ? (
              <>
                <Suspense fallback={<ScorePulseSkeleton label="Loading NPS" />}>
                  <ScorePulseCard kind="nps" />
                </Suspense>
                <Suspense fallback={<ScorePulseSkeleton label="Loading CSAT" />}>
                  <ScorePulseCard kind="csat" />
                </Suspense>
              </>
            ) : null}
            {canReadCases ? (
              <Suspense fallback={<CaseLoadSkeleton />}>
                <CaseLoadCard />
              </Suspense>
            ) : null}
          </>
        }
        volume={
          <Suspense fallback={<InteractionVolumeSkeleton />}>
            <InteractionVolumeCard />
          </Suspense>
        }
        atRisk={
          <Suspense fallback={<ListCardSkeleton label="Loading customers at risk" rows={AT_RISK_LIMIT} />}>
            <AtRiskCustomersCard />
          </Suspense>
        }
        openCases={
          canReadCases ? (
            <Suspense fallback={<ListCardSkeleton label="Loading open cases" rows={6} />}>
              <OpenCasesCard />
            </Suspense>
          ) : undefined
        }
      />
    </>
  );
}
