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

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("transition-colors hover:bg-muted/40", className)} {...props} />;
}

export function TH({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn(
        "px-2.5 py-2.5 text-left align-bottom text-xs leading-tight font-medium text-muted-foreground first:pl-4 last:pr-4",
        className,
      )}
      {...props}
    />
  );
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-2.5 py-2.5 align-middle first:pl-4 last:pr-4", className)} {...props} />;
}
