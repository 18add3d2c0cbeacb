"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createSavedView, deleteSavedView, renameSavedView, viewName } from "@/lib/dal/saved-views";
import { addToStaticSegment, type MemberSource, type SegmentTarget } from "@/lib/dal/segments";
import { requireUser } from "@/lib/dal/session";
import type { ActionResult, ActionState } from "@/lib/domain/action-result";
import { parseDirectoryQuery } from "@/lib/domain/directory";
import { actionFailure, fieldErrors, formText } from "@/lib/domain/form-data";

// Each action: who is asking (here, and again in the data layer), zod on the server, one
// transaction with its audit row in the data layer, then revalidate and a typed answer.

const viewId = z.coerce.number({ error: "Not a view." }).int().positive("Not a view.");
const saveViewInput = z.object({
  name: viewName,
  shared: z.boolean(),
  query: z.string().max(2000, "The view is too long to save."),
});

/** FormData: name, shared ("on" when shared), query (URL query string of the view). */
export async function saveViewAction(_prev: ActionState<{ id: number }>, formData: FormData): Promise<ActionResult<{ id: number }>> {
  const values = { name: formText(formData, "name"), query: formText(formData, "query") };
  try {
    await requireUser("party:read");
    const parsed = saveViewInput.safeParse({ ...values, shared: formData.get("shared") === "on" });
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrors(parsed.error), values };
    const { id } = await createSavedView(parsed.data);
    revalidatePath("/customers");
    return { ok: true, id, message: `View “${parsed.data.name}” saved${parsed.data.shared ? " and shared with the team" : ""}.` };
  } catch (error) {
    return actionFailure(error, values);
  }
}

/** FormData: id, name. */
export async function renameViewAction(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const values = { name: formText(formData, "name") };
  try {
    await requireUser("party:read");
    const parsed = z.object({ id: viewId, name: viewName }).safeParse({ id: formText(formData, "id"), name: values.name });
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrors(parsed.error), values };
    await renameSavedView(parsed.data.id, parsed.data.name);
    revalidatePath("/customers");
    return { ok: true, message: `Renamed to “${parsed.data.name}”.` };
  } catch (error) {
    return actionFailure(error, values);
  }
}

/** FormData: id. */
export async function deleteViewAction(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  try {
    await requireUser("party:read");
    const parsed = viewId.safeParse(formText(formData, "id"));
    if (!parsed.success) return { error: "That view could not be found." };
    await deleteSavedView(parsed.data);
    revalidatePath("/customers");
    return { ok: true, message: "View deleted." };
  } catch (error) {
    return actionFailure(error);
  }
}

const MAX_IDS = 1000;
const idList = z
  .string()
  .max(MAX_IDS * 17)
  .transform((s) => s.split(",").filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(/^\d{1,15}$/, "Customer ids are whole numbers.").transform(Number))
      .min(1, "Select at least one customer.")
      .max(MAX_IDS, `Select at most ${MAX_IDS} customers, or use “select all matching”.`),
  )
  .transform((ids) => [...new Set(ids)]);
const segmentChoice = z.union([z.literal("new"), z.string().regex(/^\d{1,15}$/, "Pick a segment.").transform(Number)], { error: "Pick a segment." });
const newSegmentName = z.string().trim().min(1, "Name the new segment.").max(120, "At most 120 characters.");

/**
 * Adds customers to a static segment. FormData: segment ("new" or a static segment's id),
 * name (when segment is "new"), and either ids (comma-separated party ids of the selected rows)
 * or query (the directory's URL query string, meaning "all matching").
 */
export async function addToSegmentAction(
  _prev: ActionState<{ segmentId: number; added: number }>,
  formData: FormData,
): Promise<ActionResult<{ segmentId: number; added: number }>> {
  const values = { segment: formText(formData, "segment"), name: formText(formData, "name") };
  try {
    await requireUser("segment:write");
    const fields: Record<string, string> = {};
    const choice = segmentChoice.safeParse(values.segment);
    if (!choice.success) fields.segment = choice.error.issues[0]?.message ?? "Pick a segment.";
    let target: SegmentTarget | null = null;
    if (choice.success) {
      const picked = choice.data;
      if (picked === "new") {
        const name = newSegmentName.safeParse(values.name);
        if (name.success) target = { newName: name.data };
        else fields.name = name.error.issues[0]?.message ?? "Name the new segment.";
      } else target = { segmentId: picked };
    }

    let source: MemberSource | null = null;
    if (formData.has("query")) {
      const parsed = parseDirectoryQuery(new URLSearchParams(formText(formData, "query")));
      if (parsed.ok) source = { filters: parsed.query.filters };
      else fields.query = `The filters are not valid: ${Object.entries(parsed.fields).map(([k, v]) => `${k}: ${v}`).join("; ")}`;
    } else {
      const ids = idList.safeParse(formText(formData, "ids"));
      if (ids.success) source = { ids: ids.data };
      else fields.ids = ids.error.issues[0]?.message ?? "Select customers.";
    }
    if (!target || !source) return { error: Object.values(fields)[0] ?? "Check the highlighted fields.", fields, values };

    const result = await addToStaticSegment(target, source);
    revalidatePath("/segments");
    const already = "ids" in source ? source.ids.length - result.added : 0;
    return {
      ok: true,
      segmentId: result.segmentId,
      added: result.added,
      message:
        `Added ${result.added.toLocaleString("en-US")} to “${result.name}” (now ${result.size.toLocaleString("en-US")})` +
        (already > 0 ? `; ${already} were already in it.` : "."),
    };
  } catch (error) {
    return actionFailure(error, values);
  }
}
