"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import {
  addCaseNote, claimFollowUp, closeFollowUp, createCase, logInteraction, reopenCase, resolveCase, updateCase,
} from "@/lib/dal/case-writes";
import { requireUser } from "@/lib/dal/session";
import type { ActionResult, ActionState } from "@/lib/domain/action-result";
import {
  caseNoteInput, closeFollowUpInput, createCaseInput, followUpRef, logInteractionInput, reopenCaseInput,
  resolveCaseInput, updateCaseInput,
} from "@/lib/domain/cases";
import type { Permission } from "@/lib/domain/permissions";
import { actionFailure, fieldErrors, formText } from "@/lib/domain/form-data";

// Each action: who is asking (here, and again in the data layer), zod on the server, one
// transaction with its audit row in the data layer, then revalidate and a typed answer.
// Actions are public POST endpoints: none trusts the form it came from.

/** Reads the named fields as text, checks the role, validates; runs `write` on success. */
async function run<S extends z.ZodType, T extends object>(
  formData: FormData,
  names: readonly string[],
  permission: Permission,
  schema: S,
  write: (input: z.infer<S>) => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  const values = Object.fromEntries(names.map((n) => [n, formText(formData, n)]));
  try {
    await requireUser(permission);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrors(parsed.error), values };
    return await write(parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
}

function revalidateCase(partyId: number, caseNumber?: string) {
  revalidatePath("/cases");
  if (caseNumber) revalidatePath(`/cases/${caseNumber}`);
  revalidatePath(`/customers/${partyId}`);
}

/** FormData: partyId, kind, category, priority, channel, subject, description, assigneeId. */
export async function createCaseAction(_prev: ActionState<{ caseNumber: string }>, formData: FormData) {
  return run(formData, ["partyId", "kind", "category", "priority", "channel", "subject", "description", "assigneeId"], "case:write", createCaseInput, async (input) => {
    const created = await createCase(input);
    revalidateCase(input.partyId, created.caseNumber);
    return { ok: true as const, caseNumber: created.caseNumber, message: `Case ${created.caseNumber} opened.` };
  });
}

/** FormData: caseId, version, status, priority, assigneeId. */
export async function updateCaseAction(_prev: ActionState<{ version: number }>, formData: FormData) {
  return run(formData, ["caseId", "version", "status", "priority", "assigneeId"], "case:write", updateCaseInput, async (input) => {
    const saved = await updateCase(input);
    revalidateCase(saved.partyId, saved.caseNumber);
    return { ok: true as const, version: saved.version, message: saved.changed ? "Case updated." : "Nothing to change." };
  });
}

/** FormData: caseId, version, resolutionCode, resolution. */
export async function resolveCaseAction(_prev: ActionState<{ version: number }>, formData: FormData) {
  return run(formData, ["caseId", "version", "resolutionCode", "resolution"], "case:write", resolveCaseInput, async (input) => {
    const saved = await resolveCase(input);
    revalidateCase(saved.partyId, saved.caseNumber);
    return { ok: true as const, version: saved.version, message: `Case ${saved.caseNumber} resolved.` };
  });
}

/** FormData: caseId, version, reason. */
export async function reopenCaseAction(_prev: ActionState<{ version: number }>, formData: FormData) {
  return run(formData, ["caseId", "version", "reason"], "case:write", reopenCaseInput, async (input) => {
    const saved = await reopenCase(input);
    revalidateCase(saved.partyId, saved.caseNumber);
    return { ok: true as const, version: saved.version, message: `Case ${saved.caseNumber} reopened.` };
  });
}

/** FormData: caseId, note. Notes are internal: never sent to the customer. */
export async function addCaseNoteAction(_prev: ActionState, formData: FormData) {
  return run(formData, ["caseId", "note"], "case:write", caseNoteInput, async (input) => {
    const saved = await addCaseNote(input);
    revalidateCase(saved.partyId, saved.caseNumber);
    return { ok: true as const, message: "Note added." };
  });
}

/** FormData: partyId, caseId (optional), channel, direction, purpose, summary, durationMinutes, outcome. */
export async function logInteractionAction(_prev: ActionState<{ id: number }>, formData: FormData) {
  return run(formData, ["partyId", "caseId", "channel", "direction", "purpose", "summary", "durationMinutes", "outcome"], "interaction:write", logInteractionInput, async (input) => {
    const saved = await logInteraction(input);
    revalidateCase(input.partyId, saved.caseNumber ?? undefined);
    return { ok: true as const, id: saved.id, message: saved.caseNumber ? `Logged on ${saved.caseNumber}.` : "Interaction logged." };
  });
}

/** FormData: partyId, followUpId. */
export async function claimFollowUpAction(_prev: ActionState, formData: FormData) {
  return run(formData, ["partyId", "followUpId"], "feedback:write", followUpRef, async (input) => {
    await claimFollowUp(input);
    revalidatePath("/cases/follow-ups");
    return { ok: true as const, message: "Follow-up claimed: it is yours now." };
  });
}

/** FormData: partyId, followUpId, outcome, note. */
export async function closeFollowUpAction(_prev: ActionState, formData: FormData) {
  return run(formData, ["partyId", "followUpId", "outcome", "note"], "feedback:write", closeFollowUpInput, async (input) => {
    await closeFollowUp(input);
    revalidatePath("/cases/follow-ups");
    revalidatePath(`/customers/${input.partyId}`);
    return { ok: true as const, message: "Follow-up closed." };
  });
}
