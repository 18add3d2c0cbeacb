import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { SearchResultsSkeleton } from "./_components/search-results";

// Per route, below the layout that checks the role (see customers/loading.tsx for why).
export default function SearchLoading() {
  return (
    <LoadingRegion label="Loading search">
      <Skeleton className="mb-2 h-7 w-32" />
      <Skeleton className="mb-6 h-4 w-72 max-w-full" />
      <Skeleton className="mb-6 h-10 max-w-2xl" />
      <SearchResultsSkeleton label={null} />
    </LoadingRegion>
  );
}
