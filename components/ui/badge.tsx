import type { ComponentProps } from "react";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

// Styled in app/globals.css (.cx-badge and a class per tone): a queue page shows a few hundred.
const TONES: Record<BadgeTone, string> = {
  neutral: "cx-badge-neutral",
  info: "cx-badge-info",
  success: "cx-badge-success",
  warning: "cx-badge-warning",
  danger: "cx-badge-danger",
};

export function Badge({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn("cx-badge", TONES[tone], className)}
      {...props}
    />
  );
}
