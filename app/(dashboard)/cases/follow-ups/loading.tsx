import { LoadingRegion, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// Below the /cases layout's role check, so a role without access still gets a real 403.
export default function FollowUpsLoading() {
  return (
    <LoadingRegion label="Loading follow-ups">
      <Skeleton className="mb-2 h-7 w-64 max-w-full" />
      <Skeleton className="mb-6 h-4 w-96 max-w-full" />
      <Skeleton className="mb-4 h-9 w-56" />
      <TableSkeleton rows={6} columns={7} label={null} />
    </LoadingRegion>
  );
}
