import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

// One skeleton per card, in the card's shape, so nothing jumps when the figures stream in. Each
// announces itself unless nested in a region that already does (`label={null}`).

type SkeletonProps = { label?: string | null; className?: string };

function Frame({ label, className, children }: { label: string | null; className?: string; children: ReactNode }) {
  return (
    <LoadingRegion label={label} className={cn("flex h-full flex-col rounded-lg border bg-card shadow-xs", className)}>
      <div className="flex flex-col gap-2 p-4 pb-2 sm:p-5 sm:pb-2">
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-4 w-44 max-w-full" />
      </div>
      <div className="flex flex-1 flex-col p-4 pt-2 sm:p-5 sm:pt-2">
        <div className="flex-1">{children}</div>
        <Skeleton className="mt-4 h-4 w-28" />
      </div>
    </LoadingRegion>
  );
}

export function ScorePulseSkeleton({ label = "Loading score", className }: SkeletonProps) {
  return (
    <Frame label={label} className={className}>
      <Skeleton className="h-9 w-20" />
      <Skeleton className="mt-2 h-3 w-40" />
      <Skeleton className="mt-4 h-4 w-56 max-w-full" />
      <Skeleton className="mt-1.5 h-3 w-44" />
      <Skeleton className="mt-5 h-3 w-28" />
      <Skeleton className="mt-1 h-14 w-full" />
    </Frame>
  );
}

export function CaseLoadSkeleton({ label = "Loading case figures", className }: SkeletonProps) {
  return (
    <Frame label={label} className={className}>
      <div className="grid grid-cols-2 gap-3">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="rounded-md border p-3">
            <Skeleton className="h-3 w-16" />
            <Skeleton className="mt-2 h-7 w-12" />
            <Skeleton className="mt-1.5 h-3 w-full" />
          </div>
        ))}
      </div>
    </Frame>
  );
}

export function InteractionVolumeSkeleton({ label = "Loading interaction volume", className }: SkeletonProps) {
  return (
    <Frame label={label} className={className}>
      <Skeleton className="h-9 w-40" />
      <Skeleton className="mt-2 h-4 w-64 max-w-full" />
      <Skeleton className="mt-4 h-[220px] w-full" />
      <Skeleton className="mt-3 h-3 w-2/3" />
    </Frame>
  );
}

/** A card holding a short list: customers at risk, newest open cases. */
export function ListCardSkeleton({ label = "Loading list", rows = 6, className }: SkeletonProps & { rows?: number }) {
  return (
    <Frame label={label} className={className}>
      <div className="divide-y">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="py-2.5 first:pt-0">
            <div className="flex justify-between gap-3">
              <Skeleton className="h-4 w-1/2" />
              <Skeleton className="h-4 w-16" />
            </div>
            <div className="mt-1.5 flex justify-between gap-3">
              <Skeleton className="h-3 w-1/3" />
              <Skeleton className="h-4 w-20 rounded-full" />
            </div>
          </div>
        ))}
      </div>
    </Frame>
  );
}
