import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * A plain semantic table in a horizontally scrollable region. The region is focusable and named
 * (by the caption or `label`) so keyboard users can scroll it.
 */
export function Table({ className, label, children, ...props }: ComponentProps<"table"> & { label: string }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative w-full overflow-x-auto rounded-lg border bg-card focus-visible:outline-2 focus-visible:outline-ring"
    >
      <table className={cn("w-full caption-bottom border-collapse text-sm", className)} {...props}>
        {children}
      </table>
    </div>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("px-4 py-3 text-left text-sm text-muted-foreground", className)} {...props} />;
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b bg-muted/60", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y", className)} {...props} />;
}

// Rows and cells carry one short class each, styled in app/globals.css: a 50-row table has
// ~700 cells, and spelling their utilities out on each was a third of the directory's HTML.

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("cx-tr", className)} {...props} />;
}

export function TH({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn("cx-th", className)}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("cx-td", className)} {...props} />;
}
