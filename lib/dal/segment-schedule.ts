import "server-only";
import { refreshDueSegments } from "./segments";

let started = false;

/**
 * Every `minutes`, recomputes the dynamic segments whose last computation is older than that.
 * The first pass waits one interval, so a server that just started (or a test run) is left alone.
 */
export function startSegmentSchedule(minutes: number): void {
  if (started) return;
  started = true;
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const done = await refreshDueSegments(minutes);
      if (done > 0) console.log(`cx360: recomputed ${done} segment${done === 1 ? "" : "s"} on schedule`);
    } catch (error) {
      console.error("cx360: scheduled segment recompute failed", error);
    } finally {
      running = false;
    }
  }, minutes * 60_000);
  timer.unref();
}
