import { CardSkeleton, LoadingRegion, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

/** Shown (as each route's loading.tsx) while a page's server work runs; the shell around it stays in place. */
export function PageLoading() {
  return (
    <LoadingRegion label="Loading page">
      <Skeleton className="mb-2 h-7 w-48" />
      <Skeleton className="mb-6 h-4 w-72 max-w-full" />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <CardSkeleton label={null} />
        <CardSkeleton label={null} className="hidden sm:block" />
        <CardSkeleton label={null} className="hidden xl:block" />
      </div>
      <TableSkeleton rows={5} label={null} />
    </LoadingRegion>
  );
}
