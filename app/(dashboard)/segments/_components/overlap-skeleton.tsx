import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** The overlap result's shape: the diagram beside the sizes, then the table of regions. */
export function OverlapSkeleton({ sets = 3, label = "Loading the overlap" }: { sets?: number; label?: string | null }) {
  const rows = sets === 2 ? 3 : 7;
  return (
    <LoadingRegion label={label} className="grid gap-6 lg:grid-cols-5">
      <div className="rounded-lg border bg-card p-5 lg:col-span-3">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="mx-auto mt-4 aspect-[4/3] w-full max-w-md rounded-full opacity-60" />
      </div>
      <div className="space-y-3 rounded-lg border bg-card p-5 lg:col-span-2">
        <Skeleton className="h-4 w-20" />
        {Array.from({ length: sets + 2 }, (_, i) => (
          <Skeleton key={i} className="h-5 w-full" />
        ))}
      </div>
      <div className="space-y-3 rounded-lg border bg-card p-5 lg:col-span-5">
        <Skeleton className="h-4 w-24" />
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-4 w-full" />
        ))}
      </div>
    </LoadingRegion>
  );
}
