import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

// One skeleton per card body, shaped like what replaces it.

export function SizeChartSkeleton({ label = "Loading the size history" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="h-[200px] w-full" />
      <Skeleton className="mt-2 h-[110px] w-full" />
      <Skeleton className="mt-3 h-3 w-1/2" />
    </LoadingRegion>
  );
}

export function ChangesSkeleton({ label = "Loading the changes" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label}>
      <div className="grid grid-cols-2 gap-3">
        <Skeleton className="h-16" />
        <Skeleton className="h-16" />
      </div>
      <div className="mt-4 space-y-2">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-4" style={{ width: `${60 + ((i * 13) % 35)}%` }} />
        ))}
      </div>
    </LoadingRegion>
  );
}

export function MembersSkeleton({ label = "Loading members", rows = 8 }: { label?: string | null; rows?: number }) {
  return (
    <LoadingRegion label={label} className="overflow-hidden rounded-lg border">
      <div className="flex gap-4 border-b bg-muted/60 px-4 py-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-3 flex-1" />
        ))}
      </div>
      <div className="divide-y">
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex gap-4 px-4 py-3.5">
            {Array.from({ length: 6 }, (_, c) => (
              <Skeleton key={c} className="h-3.5 flex-1" />
            ))}
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

/** The header's shape: the way back, name and badge, the facts, the actions. */
export function SegmentHeaderSkeleton() {
  return (
    <div className="mb-6">
      <Skeleton className="mb-3 h-4 w-40" />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <Skeleton className="h-8 w-72 max-w-full" />
          <Skeleton className="mt-2 h-4 w-96 max-w-full" />
        </div>
        <Skeleton className="h-8 w-64" />
      </div>
      <div className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="space-y-1.5">
            <Skeleton className="h-3 w-16" />
            <Skeleton className="h-5 w-24" />
          </div>
        ))}
      </div>
    </div>
  );
}
