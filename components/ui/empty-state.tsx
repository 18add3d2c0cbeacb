import type { ReactNode } from "react";
import { cn } from "./cn";

/** What is missing and what to do about it. */
export function EmptyState({
  title,
  children,
  action,
  className,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={cn("flex flex-col items-center rounded-lg border border-dashed bg-card px-6 py-10 text-center", className)}>
      <div aria-hidden="true" className="mb-3 flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
        <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 7h16M4 12h10M4 17h6" />
        </svg>
      </div>
      <Heading className="text-base font-semibold">{title}</Heading>
      {children ? <div className="mt-1 max-w-md text-sm text-muted-foreground">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
