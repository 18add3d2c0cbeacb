"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult, ActionState } from "@/lib/domain/action-result";

/**
 * A server action behind a form that keeps what was typed when the action refuses it: the form
 * submits by hand (a form `action` would reset the fields, and controlled choices with them).
 * `onOk` runs with the success message.
 */
export function useFormAction<T extends object>(
  action: (prev: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>,
  onOk: (message: string) => void,
) {
  const [state, dispatch, pending] = useActionState(async (prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const result = await action(prev, formData);
    if (result.ok) onOk(result.message);
    return result;
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { failed: state && !state.ok ? state : null, pending, onSubmit };
}
