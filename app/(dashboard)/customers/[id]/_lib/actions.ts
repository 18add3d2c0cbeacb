"use server";

import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import { getTimelineDetail, listTimeline } from "@/lib/dal/timeline";
import type { ActionResult } from "@/lib/domain/action-result";
import { actionFailure } from "@/lib/domain/form-data";
import { parseItemKey, parseTimelineParams, type TimelineDetail, type TimelinePage } from "@/lib/domain/timeline";

// Reads for the client timeline: the next page while scrolling, and an entry's details when it
// is expanded. Read-only, so there is nothing to revalidate; the role is checked here and again
// in the data layer.

const partyId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const params = z.object({
  types: z.string().max(400).optional(),
  channels: z.string().max(200).optional(),
  tq: z.string().max(400).optional(),
});

/** The page after `cursor`, with the same filters as the page's URL (`types`, `channels`, `tq`). */
export async function loadTimelinePage(
  party: number,
  filters: { types?: string; channels?: string; tq?: string },
  cursor: string,
): Promise<ActionResult<{ page: TimelinePage }>> {
  try {
    await requireUser("party:read");
    const id = partyId.safeParse(party);
    const input = params.safeParse(filters);
    if (!id.success || !input.success) return { error: "That timeline request was not valid." };
    const parsed = parseTimelineParams({ ...input.data, cursor }, { q: "tq" });
    if (!parsed.ok) return { error: Object.values(parsed.fields)[0] ?? "Invalid timeline request.", fields: parsed.fields };
    const page = await listTimeline(id.data, parsed.value.query, parsed.value.cursor);
    return { ok: true, message: "", page };
  } catch (error) {
    return actionFailure(error);
  }
}

/** One entry's details, by its key (`order-12`). */
export async function loadTimelineDetail(party: number, key: string): Promise<ActionResult<{ detail: TimelineDetail }>> {
  try {
    await requireUser("party:read");
    const id = partyId.safeParse(party);
    const item = typeof key === "string" ? parseItemKey(key) : null;
    if (!id.success || !item) return { error: "That entry could not be found." };
    const detail = await getTimelineDetail(id.data, item.kind, item.id);
    if (!detail) return { error: "That entry could not be found." };
    return { ok: true, message: "", detail };
  } catch (error) {
    return actionFailure(error);
  }
}
