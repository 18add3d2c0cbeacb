import { CardSkeleton, LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The case page's shape while it loads: the way back, the case card beside its actions, the customer, the thread. */
export default function CaseLoading() {
  return (
    <LoadingRegion label="Loading case">
      <div className="mb-4 flex items-center justify-between gap-2">
        <Skeleton className="h-8 w-24" />
        <Skeleton className="h-8 w-28" />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="rounded-lg border bg-card p-4 sm:p-5 lg:col-span-2">
          <Skeleton className="h-4 w-28" />
          <Skeleton className="mt-2 h-7 w-96 max-w-full" />
          <Skeleton className="mt-3 h-5 w-64 max-w-full" />
          <div className="mt-4 grid grid-cols-2 gap-4 border-t pt-4 sm:grid-cols-3">
            {Array.from({ length: 9 }, (_, i) => (
              <div key={i} className="space-y-1.5">
                <Skeleton className="h-3 w-16" />
                <Skeleton className="h-4 w-24" />
              </div>
            ))}
          </div>
        </div>
        <CardSkeleton label={null} className="h-72 lg:row-span-2" />
        <CardSkeleton label={null} className="h-96 lg:col-span-2" />
      </div>
    </LoadingRegion>
  );
}
