import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { OverlapSkeleton } from "../_components/overlap-skeleton";

/** The overlap page's shape while it loads. */
export default function OverlapLoading() {
  return (
    <LoadingRegion label="Loading segment overlap">
      <Skeleton className="mb-3 h-4 w-32" />
      <Skeleton className="mb-2 h-7 w-56" />
      <Skeleton className="mb-6 h-4 w-96 max-w-full" />
      <OverlapSkeleton label={null} />
    </LoadingRegion>
  );
}
