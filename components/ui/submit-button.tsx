"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonProps } from "./button";

/** A submit button that shows the form's pending state; `pendingText` replaces the label while it runs. */
export function SubmitButton({
  children,
  pendingText,
  pending: pendingProp,
  disabled,
  ...props
}: ButtonProps & { pendingText?: string; pending?: boolean }) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <Button type="submit" disabled={disabled || pending} aria-busy={pending || undefined} {...props}>
      {pending && pendingText ? pendingText : children}
    </Button>
  );
}

/** A dialog form's buttons: Cancel, and the submit that shows the form's pending state. */
export function FormActions({ onCancel, pending, label, pendingText }: { onCancel: () => void; pending: boolean; label: string; pendingText: string }) {
  return (
    <div className="flex justify-end gap-2">
      <Button variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <SubmitButton pending={pending} pendingText={pendingText}>
        {label}
      </SubmitButton>
    </div>
  );
}
