import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/shell/icons";
import { Skeleton } from "@/components/ui/skeleton";

/** One headline number. With `href` the whole card is a link to the page behind the number. */
export function KpiCard({ label, value, detail, href }: { label: string; value: ReactNode; detail?: ReactNode; href?: string }) {
  const body = (
    <>
      <h2 className="flex items-center justify-between text-sm font-medium text-muted-foreground">
        {label}
        {href ? <Icon name="arrowRight" className="size-4 opacity-0 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100" /> : null}
      </h2>
      <p className="mt-2 text-2xl font-semibold tracking-tight tabular-nums sm:text-3xl">{value}</p>
      {detail ? <p className="mt-1 text-xs text-muted-foreground">{detail}</p> : null}
    </>
  );
  const classes = "block h-full rounded-lg border bg-card p-4 text-card-foreground shadow-xs sm:p-5";
  if (!href) return <section className={classes}>{body}</section>;
  return (
    <Link
      href={href}
      className={cn(classes, "group transition-colors hover:border-primary/40 hover:bg-accent/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring")}
    >
      {body}
    </Link>
  );
}

export function KpiGridSkeleton({ count }: { count: number }) {
  return (
    <div role="status" className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3 xl:grid-cols-5">
      <span className="sr-only">Loading key figures</span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="rounded-lg border bg-card p-4 sm:p-5">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="mt-3 h-8 w-1/2" />
          <Skeleton className="mt-2 h-3 w-3/4" />
        </div>
      ))}
    </div>
  );
}
