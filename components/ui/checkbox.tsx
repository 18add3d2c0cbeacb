"use client";

import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A native checkbox in the theme's colours; `indeterminate` (a DOM-only property) for "some of these". */
export function Checkbox({ indeterminate = false, className, ...props }: Omit<ComponentProps<"input">, "type"> & { indeterminate?: boolean }) {
  return (
    <input
      type="checkbox"
      ref={(el) => {
        if (el) el.indeterminate = indeterminate;
      }}
      className={cn("cx-check", className)}
      {...props}
    />
  );
}
