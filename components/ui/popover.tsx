"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { buttonClasses } from "./button";
import { cn } from "./cn";

/**
 * A disclosure button with a floating panel (menus, pickers). Closes on Escape (focus returns to
 * the button), on a click outside and when focus leaves it. Dialogs opened from inside the panel
 * should be rendered inside it, so using them does not count as leaving.
 */
export function Popover({
  label,
  children,
  align = "start",
  panelLabel,
  className,
}: {
  label: ReactNode;
  /** A function gets `close`, e.g. for links that navigate away. */
  children: ReactNode | ((close: () => void) => ReactNode);
  align?: "start" | "end";
  /** The panel's accessible name, when it differs from the button's text. */
  panelLabel?: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const buttonId = useId();
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className={cn("relative", className)}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onBlur={(event) => {
        // relatedTarget is null when focus goes nowhere in particular (e.g. a click on text).
        if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
        className={buttonClasses("outline", "sm")}
      >
        {label}
        <svg viewBox="0 0 24 24" className={cn("size-3.5 transition-transform", open && "rotate-180")} fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M6 9l6 6 6-6" />
        </svg>
      </button>
      {open ? (
        <div
          id={panelId}
          // Focusable, so a click on its text keeps focus inside (and Escape still reaches us).
          tabIndex={-1}
          role="group"
          aria-label={panelLabel}
          aria-labelledby={panelLabel ? undefined : buttonId}
          className={cn(
            "absolute top-full z-40 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border bg-popover p-2 text-sm text-foreground shadow-lg focus:outline-none",
            align === "end" ? "right-0" : "left-0",
          )}
        >
          {typeof children === "function" ? children(() => setOpen(false)) : children}
        </div>
      ) : null}
    </div>
  );
}
