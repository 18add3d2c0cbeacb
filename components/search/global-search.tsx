"use client";

import { useEffect, useId, useRef, useState } from "react";
import { CommandPalette, type CommandPaletteHandle } from "./command-palette";
import { SearchTrigger } from "./search-trigger";

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null);
}

/** The header's search: the trigger, the palette, and the Ctrl/Cmd-K and "/" shortcuts on every page. */
export function GlobalSearch() {
  const paletteRef = useRef<CommandPaletteHandle>(null);
  const paletteId = useId();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing || e.altKey) return;
      const modifier = e.ctrlKey || e.metaKey;
      // "/" only where it would not be typed into something.
      if ((modifier && !e.shiftKey && e.key.toLowerCase() === "k") || (!modifier && e.key === "/" && !isEditable(e.target))) {
        e.preventDefault();
        paletteRef.current?.open();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <div className="flex min-w-0 flex-1 justify-end sm:justify-start">
      <SearchTrigger expanded={open} controls={paletteId} onOpen={(seed) => paletteRef.current?.open(seed)} />
      <CommandPalette id={paletteId} ref={paletteRef} onOpenChange={setOpen} />
    </div>
  );
}
