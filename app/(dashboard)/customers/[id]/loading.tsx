import { CardSkeleton, LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The 360's shape while it loads: header with key figures, then contact points beside the profile. */
export default function CustomerLoading() {
  return (
    <LoadingRegion label="Loading customer">
      <Skeleton className="mb-3 h-4 w-40" />
      <div className="rounded-lg border bg-card p-4 sm:p-5">
        <div className="flex items-center gap-4">
          <Skeleton className="size-12 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-7 w-64 max-w-full" />
            <Skeleton className="h-4 w-80 max-w-full" />
          </div>
        </div>
        <div className="mt-5 grid grid-cols-2 gap-4 border-t pt-4 sm:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="space-y-2">
              <Skeleton className="h-3 w-20" />
              <Skeleton className="h-6 w-24" />
            </div>
          ))}
        </div>
        <Skeleton className="mt-5 h-6 w-full max-w-xl" />
      </div>
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <CardSkeleton label={null} className="h-72 lg:col-span-2" />
        <CardSkeleton label={null} className="h-72" />
      </div>
    </LoadingRegion>
  );
}
