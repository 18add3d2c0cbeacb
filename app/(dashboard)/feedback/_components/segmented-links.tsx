import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface SegmentItem {
  key: string;
  label: string;
  href: string;
  current: boolean;
  /** Why the choice is not available here; shown instead of a link. */
  disabledReason?: string;
}

/**
 * A row of choices that are links (each a URL that can be shared, with back and forward working),
 * the chosen one marked with aria-current.
 */
export function SegmentedLinks({
  items,
  label,
  labelledBy,
  size = "sm",
  className,
}: {
  items: SegmentItem[];
  /** The list's name, unless `labelledBy` names a visible caption. */
  label?: string;
  labelledBy?: string;
  size?: "sm" | "md";
  className?: string;
}) {
  const item = cn(
    "inline-flex items-center rounded font-medium whitespace-nowrap transition-colors",
    size === "md" ? "h-8 px-3.5 text-sm" : "h-7 px-2.5 text-sm",
  );
  return (
    <ul role="list" aria-label={label} aria-labelledby={labelledBy} className={cn("inline-flex max-w-full flex-wrap rounded-md border bg-muted/60 p-0.5", className)}>
      {items.map((it) => (
        <li key={it.key}>
          {it.disabledReason ? (
            <span className={cn(item, "cursor-not-allowed text-muted-foreground/50")} title={it.disabledReason}>
              {it.label}
              <span className="sr-only"> (not available: {it.disabledReason})</span>
            </span>
          ) : (
            <Link
              href={it.href}
              scroll={false}
              aria-current={it.current ? "page" : undefined}
              className={cn(
                item,
                "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
                it.current ? "bg-card text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground",
              )}
            >
              {it.label}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A visible caption before a row of choices; give the row `labelledBy={id}`. */
export function ToolbarGroup({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span id={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </span>
      {children}
    </div>
  );
}
