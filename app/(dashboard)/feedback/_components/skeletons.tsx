import { CardSkeleton, LoadingRegion, Skeleton } from "@/components/ui/skeleton";

// One skeleton per card body, shaped like what replaces it, so nothing jumps when it streams in.

export function HeadlineSkeleton({ label = "Loading the score" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label}>
      <div className="flex items-end gap-3">
        <Skeleton className="h-12 w-28" />
        <Skeleton className="mb-1 h-4 w-32" />
      </div>
      <Skeleton className="mt-5 h-2.5 w-full" />
      <div className="mt-3 grid grid-cols-3 gap-2">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-12" />
        ))}
      </div>
      <Skeleton className="mt-5 h-16 w-full" />
    </LoadingRegion>
  );
}

export function ChartSkeleton({ height = 220, label = "Loading chart" }: { height?: number; label?: string | null }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="w-full" style={{ height }} />
      <Skeleton className="mt-3 h-3 w-2/3" />
    </LoadingRegion>
  );
}

export function TrendSkeleton({ label = "Loading the trend" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="h-[280px] w-full" />
      <Skeleton className="mt-3 h-3 w-1/2" />
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <Skeleton className="h-[200px]" />
        <Skeleton className="h-[200px]" />
      </div>
    </LoadingRegion>
  );
}

export function RowsSkeleton({ rows = 6, label = "Loading" }: { rows?: number; label?: string | null }) {
  return (
    <LoadingRegion label={label} className="divide-y">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-4 py-3">
          <div className="w-2/5 space-y-1.5">
            <Skeleton className="h-3.5 w-3/4" />
            <Skeleton className="h-3 w-1/2" />
          </div>
          <Skeleton className="h-3 flex-1" />
          <Skeleton className="h-4 w-12" />
        </div>
      ))}
    </LoadingRegion>
  );
}

export function MetricsSkeleton({ label = "Loading follow-ups" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="h-10 w-24" />
      <Skeleton className="mt-3 h-2.5 w-full" />
      <div className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-12" />
        ))}
      </div>
    </LoadingRegion>
  );
}

export function VerbatimsSkeleton({ label = "Loading comments" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        <Skeleton className="h-2.5 w-full" />
        <Skeleton className="h-3 w-2/3" />
        <div className="flex flex-wrap gap-2">
          {[16, 24, 20, 28, 14, 22, 18].map((w, i) => (
            <Skeleton key={i} className="h-6" style={{ width: `${w * 4}px` }} />
          ))}
        </div>
        <Skeleton className="h-10 w-full" />
      </div>
      <div className="divide-y">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="space-y-2 py-3">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-3.5 w-full" />
            <Skeleton className="h-3.5 w-4/5" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

/** The whole page while its server work starts (loading.tsx): header, toolbar and the card grid. */
export function FeedbackPageSkeleton() {
  return (
    <LoadingRegion label="Loading feedback">
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <Skeleton className="mb-2 h-7 w-40" />
          <Skeleton className="h-4 w-80 max-w-full" />
        </div>
        <Skeleton className="h-9 w-52" />
      </div>
      <div className="mb-6 flex flex-wrap gap-3">
        <Skeleton className="h-8 w-96 max-w-full" />
        <Skeleton className="h-8 w-44" />
        <Skeleton className="h-8 w-64" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <CardSkeleton label={null} />
        <CardSkeleton label={null} chart />
        <CardSkeleton label={null} chart className="lg:col-span-2" />
        <CardSkeleton label={null} className="hidden lg:block" />
        <CardSkeleton label={null} className="hidden lg:block" />
      </div>
    </LoadingRegion>
  );
}
