// In its own route group so that its loading boundary does not wrap /segments/{id}/edit, whose
// layout must be able to answer 403 before anything streams.
import { CardSkeleton, LoadingRegion } from "@/components/ui/skeleton";
import { MembersSkeleton, SegmentHeaderSkeleton } from "../_components/skeletons";

/** The segment page's shape while it loads: header and facts, the chart beside the changes, the members. */
export default function SegmentLoading() {
  return (
    <LoadingRegion label="Loading segment">
      <SegmentHeaderSkeleton />
      <div className="grid gap-6 lg:grid-cols-3">
        <CardSkeleton label={null} chart className="lg:col-span-2" />
        <CardSkeleton label={null} />
        <div className="rounded-lg border bg-card p-5 lg:col-span-3">
          <MembersSkeleton label={null} rows={5} />
        </div>
      </div>
    </LoadingRegion>
  );
}
