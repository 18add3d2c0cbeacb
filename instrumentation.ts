// Runs once when the server starts. Dynamic segments are recomputed on a schedule here, in the
// server process: CX360_SEGMENT_REFRESH_MINUTES (default 60; 0 turns it off) is both how often
// the schedule looks and how old a computation may get before it is redone.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const minutes = Number(process.env.CX360_SEGMENT_REFRESH_MINUTES ?? 60);
  if (!Number.isFinite(minutes) || minutes <= 0) return;
  const { startSegmentSchedule } = await import("./lib/dal/segment-schedule");
  startSegmentSchedule(minutes);
}
