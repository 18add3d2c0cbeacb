import { cn } from "@/components/ui/cn";

export interface ShareSegment {
  key: string;
  count: number;
  /** A chart colour variable, e.g. "var(--chart-positive)". */
  fill: string;
}

/**
 * Parts of a whole as one thin bar (bands of a score, sentiment of comments). Decorative
 * (aria-hidden): show the counts beside it in text. Plain HTML, so it renders on the server.
 */
export function ChartBarStackedShare({ segments, className }: { segments: ShareSegment[]; className?: string }) {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.count), 0);
  return (
    <div aria-hidden="true" className={cn("flex h-2.5 w-full gap-0.5 overflow-hidden rounded-full bg-muted", className)}>
      {total > 0
        ? segments
            .filter((s) => s.count > 0)
            .map((s) => <div key={s.key} className="h-full" style={{ width: `${(s.count / total) * 100}%`, backgroundColor: s.fill }} />)
        : null}
    </div>
  );
}
