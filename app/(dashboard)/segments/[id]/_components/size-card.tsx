import { SectionCard } from "@/components/ui/card";
import { Suspense } from "react";
import { ChartSegmentSize } from "@/components/charts/chart-segment-size";
import { getSegmentHistory } from "@/lib/dal/segments";
import { formatDate, formatNumber } from "@/lib/format";
import { settle } from "../../../_lib/loaded";
import { CardUnavailable} from "./segment-card";
import { SizeChartSkeleton } from "./skeletons";

/** How many members the segment had at each computation, with who came and went. */
export function SizeCard({ id, name, className }: { id: number; name: string; className?: string }) {
  return (
    <SectionCard
      id="segment-size"
      title="Size over time"
      description="Members at each computation; below, how many entered and left at it."
      className={className}
    >
      <Suspense fallback={<SizeChartSkeleton />}>
        <SizeHistory id={id} name={name} />
      </Suspense>
    </SectionCard>
  );
}

async function SizeHistory({ id, name }: { id: number; name: string }) {
  const history = await settle(getSegmentHistory(id), "the segment's size history");
  if (!history.ok) return <CardUnavailable what="The size history" />;
  const points = history.data;
  const only = points[0];
  if (points.length < 2) {
    return (
      <p className="py-16 text-center text-sm text-muted-foreground">
        {only
          ? `Computed once so far (${formatNumber(only.size)} members on ${formatDate(only.computedAt)}). The chart appears after the next computation.`
          : "Not computed yet. The chart appears once the segment has been computed twice."}
      </p>
    );
  }
  const first = points[0];
  const last = points.at(-1);
  const range = first && last ? `, ${formatDate(first.computedAt)} to ${formatDate(last.computedAt)}` : "";
  return <ChartSegmentSize points={points} label={`Members of ${name} at each computation${range}`} />;
}
