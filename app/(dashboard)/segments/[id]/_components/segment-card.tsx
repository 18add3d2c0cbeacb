import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/**
 * A card of the segment page: a region named by its heading. The heading renders at once; the
 * body streams in its own Suspense, so the layout does not jump.
 */
export function SegmentCard({
  id,
  title,
  description,
  className,
  children,
}: {
  /** Unique on the page; the heading gets `${id}-title`. */
  id: string;
  title: string;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <Card id={id} aria-labelledby={titleId} className={cn("flex min-w-0 scroll-mt-4 flex-col", className)}>
      <CardHeader>
        <CardTitle id={titleId}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="flex min-w-0 flex-1 flex-col">{children}</CardContent>
    </Card>
  );
}

/** A card whose read failed: said plainly, never shown as zero or empty. */
export function CardUnavailable({ what }: { what: string }) {
  return <p className="py-8 text-center text-sm text-muted-foreground">{what} could not be loaded. Reload the page to try again.</p>;
}

/** An inline text link. */
export const linkClass =
  "rounded-sm hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";
