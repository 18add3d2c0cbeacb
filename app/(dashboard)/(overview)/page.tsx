import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { can } from "@/lib/domain/permissions";
import { KpiGridSkeleton } from "../_components/kpi-card";
import { NpsDistributionCard } from "../_components/nps-distribution-card";
import { OpenCasesCard } from "../_components/open-cases-card";
import { OverviewKpis } from "../_components/overview-kpis";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageUser("party:read");
  const canReadCases = can(user.role, "case:read");
  const canReadFeedback = can(user.role, "feedback:read");

  return (
    <>
      <PageHeader title="Overview" description="How your customers are doing, at a glance." />
      <Suspense fallback={<KpiGridSkeleton count={5} />}>
        <OverviewKpis canReadCases={canReadCases} />
      </Suspense>
      <div className="mt-6 grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        {canReadFeedback ? (
          <Suspense fallback={<CardSkeleton chart label="Loading NPS distribution" />}>
            <NpsDistributionCard />
          </Suspense>
        ) : null}
        {canReadCases ? (
          <Suspense fallback={<CardSkeleton chart label="Loading open cases" />}>
            <OpenCasesCard />
          </Suspense>
        ) : null}
      </div>
    </>
  );
}
