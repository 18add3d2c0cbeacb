"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

export interface Shortcut {
  /** The `KeyboardEvent.key` that triggers it: "n", "?", "Escape". */
  keys: string;
  label: string;
}

/** Typing in a field, or in anything editable, is never a shortcut. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable], [role='textbox']") !== null;
}

/**
 * Single-key shortcuts on the whole document, keyed by `KeyboardEvent.key` ("n", "?").
 * They stay quiet while the user types in a field, with Ctrl/Alt/Meta held (those belong to the
 * browser and screen readers), and while any modal dialog is open (its own keys come first).
 * Shift is allowed because "?" needs it on most layouts; "N" is then a different key from "n".
 */
export function useShortcuts(map: Record<string, () => void>, enabled = true) {
  // Always the latest handlers, without re-subscribing on every render.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.repeat || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isEditable(event.target) || document.querySelector("dialog[open]")) return;
    const action = Object.hasOwn(map, event.key) ? map[event.key] : undefined;
    if (!action) return;
    event.preventDefault();
    action();
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [enabled]);
}

const KEY_NAMES: Record<string, string> = { Escape: "Esc", " ": "Space" };

export function Kbd({ children }: { children: string }) {
  return (
    <kbd className="inline-flex min-w-6 items-center justify-center rounded border border-b-2 bg-muted px-1.5 font-mono text-xs text-foreground">
      {KEY_NAMES[children] ?? children}
    </kbd>
  );
}

/**
 * A "Keyboard shortcuts" button and the dialog listing them; "?" opens it too. The list ends with
 * "?" itself and Escape (which the browser gives every dialog).
 */
export function ShortcutHelp({ shortcuts, className }: { shortcuts: Shortcut[]; className?: string }) {
  const [open, setOpen] = useState(false);
  useShortcuts({ "?": () => setOpen(true) });
  const all: Shortcut[] = [...shortcuts, { keys: "?", label: "Show keyboard shortcuts" }, { keys: "Escape", label: "Close a dialog" }];

  return (
    <>
      <Button variant="ghost" size="sm" aria-haspopup="dialog" aria-keyshortcuts="?" className={className} onClick={() => setOpen(true)}>
        <span aria-hidden="true">
          <Kbd>?</Kbd>
        </span>
        Keyboard shortcuts
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Keyboard shortcuts"
        description="They work anywhere on the page except while you type in a field."
      >
        <dl className="divide-y px-5 py-2">
          {all.map((s) => (
            <div key={s.keys} className="flex items-center justify-between gap-4 py-2 text-sm">
              <dt>{s.label}</dt>
              <dd>
                <Kbd>{s.keys}</Kbd>
              </dd>
            </div>
          ))}
        </dl>
      </Dialog>
    </>
  );
}
