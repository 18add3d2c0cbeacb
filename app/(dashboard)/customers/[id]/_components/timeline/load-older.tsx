"use client";

import { useEffect, useEffectEvent, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type PagingState = { status: "idle"; added: number | null } | { status: "loading" } | { status: "error"; message: string };

/**
 * The end of the list: a sentinel that loads the next page as it nears the viewport, the same as a
 * button (for keyboards, and where IntersectionObserver is missing), progress, errors, and the end.
 */
export function LoadOlder({
  hasMore,
  paging,
  filtered,
  onLoad,
}: {
  hasMore: boolean;
  paging: PagingState;
  filtered: boolean;
  onLoad: () => void;
}) {
  const sentinelRef = useRef<HTMLDivElement>(null);
  const autoLoad = hasMore && paging.status === "idle";
  const onVisible = useEffectEvent(onLoad);

  // Observing again after each page (autoLoad flips while loading) reports the sentinel at once if
  // it is still in view, so a short page on a tall screen keeps loading until the screen is full.
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel || !autoLoad || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onVisible();
    }, { rootMargin: "0px 0px 480px 0px" });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [autoLoad]);

  const loading = paging.status === "loading";
  return (
    <div className="mt-4 flex flex-col items-center gap-3">
      <div ref={sentinelRef} aria-hidden="true" className="h-px w-full" />
      {paging.status === "error" ? (
        <Alert tone="danger" role="alert" className="flex w-full flex-wrap items-center justify-between gap-2">
          <span>Older entries could not be loaded. {paging.message}</span>
          <Button variant="outline" size="xs" onClick={onLoad}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {hasMore ? (
        <Button
          variant="outline"
          size="sm"
          // Stays focusable while loading, so keyboard focus is not lost; clicks are ignored then.
          aria-disabled={loading || undefined}
          onClick={() => {
            if (!loading) onLoad();
          }}
        >
          Load older entries
        </Button>
      ) : (
        <p className="text-sm text-muted-foreground">{filtered ? "No older entries match these filters" : "Beginning of this customer’s history"}</p>
      )}
      <p role="status" aria-live="polite" className="flex min-h-5 items-center gap-2 text-sm text-muted-foreground">
        {loading ? (
          <>
            <span aria-hidden="true" className="size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />
            Loading…
          </>
        ) : paging.status === "idle" && paging.added !== null ? (
          <span className="sr-only">
            {paging.added === 1 ? "1 older entry loaded" : `${paging.added} older entries loaded`}
          </span>
        ) : null}
      </p>
    </div>
  );
}
