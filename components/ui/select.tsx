import type { ComponentProps } from "react";
import { cn } from "./cn";
import { fieldClasses } from "./input";

/**
 * A native select: keyboard and screen-reader behaviour come from the browser, and its arrow
 * follows `color-scheme`, which the theme sets.
 */
export function Select({ className, controlSize = "md", ...props }: ComponentProps<"select"> & { controlSize?: "sm" | "md" }) {
  return <select className={cn(fieldClasses, controlSize === "sm" ? "h-8 pr-1" : "h-10 pr-2", className)} {...props} />;
}
