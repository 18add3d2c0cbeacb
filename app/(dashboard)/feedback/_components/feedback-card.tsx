import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/**
 * A card of the feedback page: its heading names the region. The heading renders at once; the
 * body is what streams in (each page wraps it in its own Suspense), so the layout does not jump.
 */
export function FeedbackCard({
  id,
  title,
  description,
  className,
  children,
}: {
  /** Unique on the page; the heading gets `${id}-title`. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <Card id={id} aria-labelledby={titleId} className={cn("flex min-w-0 flex-col", className)}>
      <CardHeader>
        <CardTitle id={titleId}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="flex min-w-0 flex-1 flex-col">{children}</CardContent>
    </Card>
  );
}

/** A link at the foot of a card ("All comments", "Go to follow-ups"), pushed to the bottom. */
export function CardFooterLinks({ children }: { children: ReactNode }) {
  return <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2 pt-4 text-sm">{children}</div>;
}

/** An inline text link; add a weight where it should stand out. */
export const linkClasses =
  "rounded-sm text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";
