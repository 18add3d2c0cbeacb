import { Alert } from "@/components/ui/alert";
import { CardSkeleton, LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import type { BuilderOptions } from "@/lib/dal/segments";

// What the builder's pages (new, edit) share around the builder itself.

/** When the suggestions could not be loaded the builder still works: values are typed instead. */
export const NO_OPTIONS: BuilderOptions = { countries: [], productCategories: [], plans: [], languages: [], timeZones: [], segments: [] };

/** Segments › … › current page. */
export function OptionsUnavailable() {
  return (
    <Alert tone="warning" className="mb-4">
      The lists of countries, categories, plans and other segments could not be loaded. You can still type values; choosing
      another segment is not possible until the page is reloaded.
    </Alert>
  );
}

/** The builder's shape while its page loads: details, the tree beside the preview. */
export function BuilderSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="mb-3 h-4 w-40" />
      <Skeleton className="mb-2 h-7 w-56" />
      <Skeleton className="mb-6 h-4 w-80 max-w-full" />
      <div className="mb-6 grid gap-4 rounded-lg border bg-card p-4 sm:p-5 md:grid-cols-[2fr_3fr]">
        <Skeleton className="h-16" />
        <Skeleton className="h-16" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="space-y-3 rounded-lg border bg-card p-4 sm:p-5">
          <Skeleton className="h-8 w-72 max-w-full" />
          <Skeleton className="h-24" />
          <Skeleton className="h-24" />
          <Skeleton className="h-8 w-40" />
        </div>
        <CardSkeleton label={null} className="h-80" />
      </div>
    </LoadingRegion>
  );
}
