"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/dal/session";
import {
  changeStaffRole,
  createApiKey,
  createStaff,
  newApiKeyInput,
  newStaffInput,
  revokeApiKey,
  setStaffDisabled,
} from "@/lib/dal/staff";
import { ROLES } from "@/lib/domain/enums";
import { actionFailure as failed, fieldErrors, formText as text } from "@/lib/domain/form-data";
import { ROLE_LABELS } from "@/lib/domain/permissions";
import type { ActionResult, ActionState } from "@/lib/domain/action-result";

// Every action: (1) who is asking — requireUser here, and again inside each data function;
// (2) validate the FormData with zod on the server; (3) call the data layer, which writes the
// change and its audit row in one transaction; (4) revalidate and answer a typed result.
// Expected failures (AppError) become messages; anything else is a bug and is rethrown.

const staffIdInput = z.guid("Not a valid user id.");
const apiKeyIdInput = z.guid("Not a valid key id.");

export async function createStaffAction(_prev: ActionState<{ id: string }>, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const values = { name: text(formData, "name"), email: text(formData, "email"), role: text(formData, "role") };
  try {
    await requireUser("staff:manage");
    const parsed = newStaffInput.safeParse({ ...values, password: text(formData, "password") });
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrors(parsed.error), values };
    const { id } = await createStaff(parsed.data);
    revalidatePath("/settings/users");
    return { ok: true, id, message: `${parsed.data.name} can now sign in as ${ROLE_LABELS[parsed.data.role]}.` };
  } catch (error) {
    return failed(error, values);
  }
}

const changeRoleInput = z.object({ id: staffIdInput, role: z.enum(ROLES, { message: "Choose a role." }) });

export async function changeRoleAction(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  try {
    await requireUser("staff:manage");
    const parsed = changeRoleInput.safeParse({ id: text(formData, "id"), role: text(formData, "role") });
    if (!parsed.success) return { error: "That change could not be made.", fields: fieldErrors(parsed.error) };
    await changeStaffRole(parsed.data.id, parsed.data.role);
    revalidatePath("/settings/users");
    return { ok: true, message: `Role changed to ${ROLE_LABELS[parsed.data.role]}. They sign in again to use it.` };
  } catch (error) {
    return failed(error);
  }
}

const setDisabledInput = z.object({
  id: staffIdInput,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export async function setStaffDisabledAction(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  try {
    await requireUser("staff:manage");
    const parsed = setDisabledInput.safeParse({ id: text(formData, "id"), disabled: text(formData, "disabled") });
    if (!parsed.success) return { error: "That change could not be made.", fields: fieldErrors(parsed.error) };
    await setStaffDisabled(parsed.data.id, parsed.data.disabled);
    revalidatePath("/settings/users");
    return { ok: true, message: parsed.data.disabled ? "Account disabled and signed out." : "Account enabled." };
  } catch (error) {
    return failed(error);
  }
}

export async function createApiKeyAction(
  _prev: ActionState<{ id: string; key: string; name: string }>,
  formData: FormData,
): Promise<ActionResult<{ id: string; key: string; name: string }>> {
  const values = { name: text(formData, "name"), role: text(formData, "role") };
  try {
    await requireUser("api_key:manage");
    const parsed = newApiKeyInput.safeParse(values);
    if (!parsed.success) return { error: "Check the highlighted fields.", fields: fieldErrors(parsed.error), values };
    const { id, key } = await createApiKey(parsed.data);
    revalidatePath("/settings/api-keys");
    return { ok: true, id, key, name: parsed.data.name, message: `Key “${parsed.data.name}” created.` };
  } catch (error) {
    return failed(error, values);
  }
}

export async function revokeApiKeyAction(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  try {
    await requireUser("api_key:manage");
    const parsed = apiKeyIdInput.safeParse(text(formData, "id"));
    if (!parsed.success) return { error: "That key could not be found." };
    await revokeApiKey(parsed.data);
    revalidatePath("/settings/api-keys");
    return { ok: true, message: "Key revoked. Requests using it are now refused." };
  } catch (error) {
    return failed(error);
  }
}
