import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-muted", className)} {...props} />;
}

/**
 * Announces "loading" once for a region of skeletons. With `label={null}` it is a plain box, for
 * skeletons nested inside another loading region.
 */
export function LoadingRegion({ label, className, children }: { label: string | null; className?: string; children: ReactNode }) {
  if (label === null) return <div className={className}>{children}</div>;
  return (
    <div role="status" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

export function TableSkeleton({
  rows = 8,
  columns = 6,
  label = "Loading table",
}: {
  rows?: number;
  columns?: number;
  label?: string | null;
}) {
  return (
    <LoadingRegion label={label} className="overflow-hidden rounded-lg border bg-card">
      <div className="flex gap-4 border-b bg-muted/60 px-4 py-3">
        {Array.from({ length: columns }, (_, i) => (
          <Skeleton key={i} className="h-3 flex-1" />
        ))}
      </div>
      <div className="divide-y">
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex gap-4 px-4 py-3.5">
            {Array.from({ length: columns }, (_, c) => (
              <Skeleton key={c} className="h-3.5 flex-1" />
            ))}
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

export function CardSkeleton({ className, label = "Loading", chart = false }: { className?: string; label?: string | null; chart?: boolean }) {
  return (
    <LoadingRegion label={label} className={cn("rounded-lg border bg-card p-5", className)}>
      <Skeleton className="h-4 w-1/3" />
      {chart ? <Skeleton className="mt-4 h-48 w-full" /> : <Skeleton className="mt-4 h-8 w-1/2" />}
      <Skeleton className="mt-3 h-3 w-2/3" />
    </LoadingRegion>
  );
}
