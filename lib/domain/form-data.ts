// Helpers every server action shares: read FormData as text, turn zod issues into field
// messages, and answer expected failures (AppError) as a typed result.
import type { z } from "zod";
import type { ActionFailure } from "./action-result";
import { isAppError } from "./errors";

/** FormData value as text; a missing field becomes "" so zod reports the field's own message. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fields[key] ??= issue.message;
  }
  return fields;
}

/** An AppError becomes the action's failure; anything else is a bug and is rethrown. */
export function actionFailure(error: unknown, values?: Record<string, string>): ActionFailure {
  if (isAppError(error)) return { error: error.message, code: error.code, fields: error.fields, ...(values ? { values } : {}) };
  throw error;
}
