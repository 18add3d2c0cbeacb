import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { AT_RISK_LIMIT } from "./_components/at-risk-customers-card";
import { OverviewLayout } from "./_components/overview-layout";
import {
  CaseLoadSkeleton, InteractionVolumeSkeleton, ListCardSkeleton, ScorePulseSkeleton,
} from "./_components/overview-skeletons";

// Per route, below any layout that checks the role: a loading boundary above that check would
// start the response (status 200) before forbidden() or redirect() could set 403 or 307.
// The role is not known yet, so this shows every card; a role without cases loses two of them.
export default function OverviewLoading() {
  return (
    <LoadingRegion label="Loading overview">
      <Skeleton className="mb-2 h-7 w-48" />
      <Skeleton className="mb-6 h-4 w-96 max-w-full" />
      <OverviewLayout
        topColumns={3}
        top={
          <>
            <ScorePulseSkeleton label={null} />
            <ScorePulseSkeleton label={null} />
            <CaseLoadSkeleton label={null} />
          </>
        }
        volume={<InteractionVolumeSkeleton label={null} />}
        atRisk={<ListCardSkeleton label={null} rows={AT_RISK_LIMIT} />}
        openCases={<ListCardSkeleton label={null} rows={6} />}
      />
    </LoadingRegion>
  );
}
