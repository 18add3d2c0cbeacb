"use client";

import { Icon } from "@/components/shell/icons";
import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import { SEARCH_LABEL } from "./result-parts";

const noopSubscribe = () => () => {};

function isApple(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /mac|iphone|ipad|ipod/i.test(nav.userAgentData?.platform || nav.platform || "");
}

/**
 * The header's search box: a button dressed as an input (an icon alone on narrow screens).
 * Clicking it, or typing a character on it, opens the palette; the character starts the query.
 */
export function SearchTrigger({
  expanded,
  controls,
  onOpen,
  className,
}: {
  expanded: boolean;
  controls: string;
  onOpen: (seed?: string) => void;
  className?: string;
}) {
  // The platform is only known in the browser: the server (and hydration) render "Ctrl K".
  const apple = useSyncExternalStore(noopSubscribe, isApple, () => false);
  return (
    <button
      type="button"
      aria-label={SEARCH_LABEL}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-controls={controls}
      aria-keyshortcuts="Control+K Meta+K /"
      onClick={() => onOpen()}
      onKeyDown={(e) => {
        // "/" is left to the global shortcut; Space and Enter press the button.
        if (e.key.length !== 1 || e.key === " " || e.key === "/" || e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        onOpen(e.key);
      }}
      className={cn(
        "flex size-9 shrink-0 items-center justify-center gap-2 rounded-md text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
        "sm:h-9 sm:w-full sm:max-w-md sm:shrink sm:justify-start sm:border sm:border-input sm:bg-card sm:px-3 sm:shadow-xs sm:hover:bg-card sm:hover:border-ring/60",
        className,
      )}
    >
      <Icon name="search" className="size-5 shrink-0 sm:size-4" />
      <span className="hidden min-w-0 flex-1 truncate text-left text-sm sm:block">Search customers…</span>
      <kbd aria-hidden="true" className="hidden shrink-0 rounded border bg-muted px-1.5 py-0.5 font-mono text-xs sm:inline-block">
        {apple ? "⌘K" : "Ctrl K"}
      </kbd>
    </button>
  );
}
