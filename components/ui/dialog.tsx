"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

/**
 * A modal <dialog>: the browser traps focus, closes on Escape and puts focus back where it was.
 * `open` drives showModal()/close(); every way of closing reports through `onClose`.
 * `variant="sheet"` sits at the right edge for long forms. Put `data-autofocus` on the control that
 * should take focus first (else the Close button does).
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  variant = "center",
  className,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  variant?: "center" | "sheet";
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // The top layer is outside React: sync it with the `open` prop.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React handles autoFocus in script, which showModal() cannot see; mark the field instead.
      dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose();
      }}
      // Escape belongs to the dialog; menus around it must not also close.
      onKeyDown={(event) => {
        if (event.key === "Escape") event.stopPropagation();
      }}
      className={cn(
        "border bg-popover p-0 text-foreground shadow-xl",
        variant === "sheet"
          ? "mr-0 ml-auto h-dvh max-h-none w-full max-w-md open:flex open:flex-col"
          : "m-auto w-[calc(100%-2rem)] max-w-md rounded-lg",
        className,
      )}
    >
      <div className="flex items-start justify-between gap-4 border-b px-5 py-4">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          {description ? (
            <p id={descriptionId} className="mt-1 text-sm text-muted-foreground">
              {description}
            </p>
          ) : null}
        </div>
        <Button variant="ghost" size="icon-sm" className="-mt-1 -mr-2" onClick={onClose}>
          <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
          <span className="sr-only">Close</span>
        </Button>
      </div>
      {open ? children : null}
    </dialog>
  );
}
