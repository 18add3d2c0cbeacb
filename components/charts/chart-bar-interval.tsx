import { cn } from "@/components/ui/cn";

export interface ChartBarIntervalProps {
  value: number;
  /** Half-width of the 95% interval, in the unit of `value`; null to draw no whisker. */
  margin: number | null;
  /** The value the bar starts from (the overall score), drawn as a dashed line. */
  reference: number;
  /** The axis, shared by every row it is compared with. */
  domain: [number, number];
  className?: string;
}

/**
 * One group's score against a reference, for a list of groups (a breakdown): a bar from the
 * reference to the score, green above and red below, and a whisker for the 95% margin. A bar whose
 * whisker crosses the reference is pale: its difference could be chance. Decorative (aria-hidden):
 * the rows print the numbers beside it. Plain HTML, so it renders on the server.
 */
export function ChartBarInterval({ value, margin, reference, domain: [lo, hi], className }: ChartBarIntervalProps) {
  const at = (v: number) => ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1)) * 100;
  const x = at(value);
  const ref = at(reference);
  const above = value >= reference;
  const clear = margin !== null && Math.abs(value - reference) > margin;
  return (
    <div aria-hidden="true" className={cn("relative h-5 w-full", className)}>
      <div className="absolute inset-x-0 top-1/2 h-px bg-border" />
      <div
        className={cn(
          "absolute top-1/2 h-2.5 -translate-y-1/2",
          above ? "rounded-r-sm bg-chart-positive" : "rounded-l-sm bg-chart-negative",
          clear ? "opacity-90" : "opacity-35",
        )}
        style={{ left: `${Math.min(x, ref)}%`, width: `${Math.abs(x - ref)}%` }}
      />
      {margin !== null && margin > 0 ? (
        <div
          className="absolute top-1/2 h-2 -translate-y-1/2 border-x border-foreground/60"
          style={{ left: `${at(value - margin)}%`, width: `${at(value + margin) - at(value - margin)}%` }}
        >
          <div className="absolute inset-x-0 top-1/2 h-px bg-foreground/60" />
        </div>
      ) : null}
      <div className="absolute top-1/2 size-2 -translate-x-1/2 -translate-y-1/2 rounded-full bg-foreground" style={{ left: `${x}%` }} />
      <div className="absolute inset-y-0 -ml-px border-l border-dashed border-muted-foreground" style={{ left: `${ref}%` }} />
    </div>
  );
}
