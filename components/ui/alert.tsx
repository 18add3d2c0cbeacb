import type { ComponentProps } from "react";
import { cn } from "./cn";

type AlertTone = "danger" | "success" | "info" | "warning";

const TONES: Record<AlertTone, string> = {
  danger: "border-danger/30 bg-danger/10 text-danger",
  success: "border-success/30 bg-success/10 text-success",
  info: "border-info/30 bg-info/10 text-info",
  warning: "border-warning/30 bg-warning/10 text-warning",
};

/** A message box. Pass role="alert" (errors) or role="status" (results) where it appears live. */
export function Alert({ tone = "info", className, ...props }: ComponentProps<"div"> & { tone?: AlertTone }) {
  return <div className={cn("rounded-md border px-3 py-2 text-sm", TONES[tone], className)} {...props} />;
}

/** What a page ignored from its address ("Unknown tier “diamond” ignored."), listed; nothing when all was understood. */
export function IgnoredParams({ what, messages }: { what: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert tone="warning">
      <p className="font-medium">Some of the address’s {what} were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </Alert>
  );
}
