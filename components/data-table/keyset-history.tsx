"use client";

import { useRouter } from "next/navigation";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

// Keyset pages have no address for "the page before", but the browser history does, as long as
// we got here with Next. This remembers those steps for the life of the tab's client session
// (exactly as long as history.back() stays meaningful); a reload starts with none.
let trail: ReadonlyArray<{ from: string; to: string }> = [];
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setTrail(next: typeof trail) {
  trail = next;
  for (const listener of listeners) listener();
}

/** Call when a Next link from `from` to `to` is followed. */
export function recordNextPage(from: string, to: string) {
  setTrail([...trail, { from, to }]);
}

/** "Previous page" via history.back(), shown only on a page we reached with Next. */
export function PreviousPageButton({ current, label = "Previous page" }: { current: string; label?: string }) {
  const router = useRouter();
  const index = useSyncExternalStore(
    subscribe,
    () => trail.findLastIndex((step) => step.to === current),
    () => -1,
  );
  if (index < 0) return null;
  return (
    <Button
      variant="outline"
      size="sm"
      onClick={() => {
        setTrail(trail.slice(0, index));
        router.back();
      }}
    >
      {label}
    </Button>
  );
}
