import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { SegmentListItem } from "@/lib/dal/segments";
import { OverlapForm } from "./overlap-form";
import { MIN_OVERLAP } from "./segment-ids";

/** The overlap picker in a card; the list it picks from is the page's own read. */
export function OverlapCard({
  title = "Compare overlap",
  description = "How many customers two or three segments share, region by region.",
  children,
  className,
}: {
  title?: string;
  description?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Card id="compare-overlap" aria-labelledby="compare-overlap-title" className={cn("min-w-0 self-start", className)}>
      <CardHeader>
        <CardTitle id="compare-overlap-title">{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** The form once the segment list is in; fewer than two segments leave nothing to compare. */
export async function OverlapPicker({ segments: segmentsPromise, initial }: { segments: Promise<SegmentListItem[]>; initial?: number[] }) {
  const segments = await segmentsPromise;
  if (segments.length < MIN_OVERLAP) {
    return <p className="text-sm text-muted-foreground">Comparing needs at least two saved segments.</p>;
  }
  const options = segments
    .map((s) => ({ id: s.id, name: s.name, memberCount: s.memberCount }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return <OverlapForm segments={options} initial={initial} />;
}
