"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import type { TimelineDetail } from "@/lib/domain/timeline";
import { loadTimelineDetail } from "../../_lib/actions";

export type DetailState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; detail: TimelineDetail }
  | { status: "error"; message: string };

const UNREACHABLE = "The details could not be loaded. Check your connection and try again.";

/** The outcome of one request, as the state to show; never rejects. */
async function fetchDetail(partyId: number, key: string): Promise<DetailState> {
  try {
    const result = await loadTimelineDetail(partyId, key);
    return result.ok ? { status: "ready", detail: result.detail } : { status: "error", message: result.error };
  } catch {
    return { status: "error", message: UNREACHABLE };
  }
}

/**
 * An entry's details, fetched once: on the first expand, or at mount for an entry that starts
 * expanded (a linked entry). `load` is a no-op while a request is out or once loaded.
 */
export function useEntryDetail(partyId: number, key: string, loadAtMount: boolean) {
  const [state, setState] = useState<DetailState>(loadAtMount ? { status: "loading" } : { status: "idle" });
  // A ref, not state: two clicks in one frame must not send two requests.
  const inFlight = useRef(false);

  function request() {
    if (inFlight.current) return;
    inFlight.current = true;
    void fetchDetail(partyId, key).then((next) => {
      inFlight.current = false;
      setState(next);
    });
  }

  const requestAtMount = useEffectEvent(request);
  useEffect(() => {
    if (loadAtMount) requestAtMount();
  }, [loadAtMount]);

  function load(force = false) {
    if (inFlight.current || (!force && state.status !== "idle")) return;
    setState({ status: "loading" });
    request();
  }

  return { state, load, retry: () => load(true) };
}
