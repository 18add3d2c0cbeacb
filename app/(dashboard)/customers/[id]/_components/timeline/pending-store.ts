import { useSyncExternalStore } from "react";

// The filters and the list are siblings the page places separately, so the filters' navigation
// transition is shared through this tiny store rather than a provider the page must remember.
// One timeline per page, so one value is enough.
let pending = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function setTimelinePending(next: boolean) {
  if (next === pending) return;
  pending = next;
  for (const listener of listeners) listener();
}

/** True while new filters are on their way from the server. */
export function useTimelinePending(): boolean {
  return useSyncExternalStore(subscribe, () => pending, () => false);
}
