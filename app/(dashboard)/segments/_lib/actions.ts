"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { deleteSegment, previewSegment, recomputeSegment, saveSegment } from "@/lib/dal/segments";
import { requireUser } from "@/lib/dal/session";
import { isAppError } from "@/lib/domain/errors";
import type { PreviewResult, SaveSegmentInput, SaveSegmentResult } from "@/lib/domain/segments";

// Each action checks who is asking here and again in the data layer, validates on the server,
// and answers plain data the screen can show; nothing is thrown to the client.

const segmentId = z.number().int().positive();
type Outcome<T extends object = object> = ({ ok: true; message: string } & T) | { ok: false; message: string };

function failure(error: unknown): { ok: false; message: string } {
  if (isAppError(error)) return { ok: false, message: error.message };
  console.error("segment action failed", error);
  return { ok: false, message: "Something went wrong on our side. It has been logged; try again." };
}

/** The live count, reach and sample for a definition being edited. */
export async function previewSegmentAction(definition: unknown): Promise<PreviewResult> {
  try {
    await requireUser("segment:read");
    return await previewSegment(definition);
  } catch (error) {
    const f = failure(error);
    return { ...f, fields: {} };
  }
}

/** Creates (no id) or updates a dynamic segment, then computes its members. */
export async function saveSegmentAction(input: SaveSegmentInput): Promise<SaveSegmentResult> {
  try {
    await requireUser("segment:write");
    if (typeof input !== "object" || input === null) return { ok: false, message: "Nothing to save.", fields: {} };
    if (input.id !== undefined && !segmentId.safeParse(input.id).success) return { ok: false, message: "Not a segment.", fields: {} };
    const result = await saveSegment(input);
    if (result.ok) {
      revalidatePath("/segments");
      revalidatePath(`/segments/${result.id}`);
    }
    return result;
  } catch (error) {
    return { ...failure(error), fields: {} };
  }
}

export async function recomputeSegmentAction(id: number): Promise<Outcome<{ size: number; entered: number; left: number }>> {
  try {
    await requireUser("segment:write");
    if (!segmentId.safeParse(id).success) return { ok: false, message: "Not a segment." };
    const r = await recomputeSegment(id);
    revalidatePath("/segments");
    revalidatePath(`/segments/${id}`);
    const fmt = (n: number) => n.toLocaleString("en-US");
    return { ok: true, ...r, message: `Recomputed: ${fmt(r.size)} members, ${fmt(r.entered)} entered, ${fmt(r.left)} left.` };
  } catch (error) {
    return failure(error);
  }
}

export async function deleteSegmentAction(id: number): Promise<Outcome> {
  try {
    await requireUser("segment:write");
    if (!segmentId.safeParse(id).success) return { ok: false, message: "Not a segment." };
    const { name } = await deleteSegment(id);
    revalidatePath("/segments");
    return { ok: true, message: `Segment “${name}” deleted.` };
  } catch (error) {
    return failure(error);
  }
}
