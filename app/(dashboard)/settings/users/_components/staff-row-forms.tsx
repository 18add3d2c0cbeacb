"use client";

import { useActionState } from "react";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Role } from "@/lib/domain/enums";
import { changeRoleAction, setStaffDisabledAction } from "../../_lib/actions";
import type { ActionState } from "@/lib/domain/action-result";
import { RoleOptions } from "../../_components/role-field";

function RowMessage({ state, id }: { state: ActionState; id: string }) {
  if (!state) return null;
  return state.ok ? (
    <p id={id} role="status" className="mt-1 text-xs text-success">
      {state.message}
    </p>
  ) : (
    <p id={id} role="alert" className="mt-1 text-xs text-danger">
      {state.error}
    </p>
  );
}

/** Role select with its own save button; a user cannot change their own role. */
export function RoleForm({ id, name, role, self }: { id: string; name: string; role: Role; self: boolean }) {
  const [state, formAction, pending] = useActionState(changeRoleAction, null as ActionState);
  const selectId = `role-${id}`;
  const messageId = `role-${id}-message`;
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <div className="flex items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role for {name}
        </label>
        <div className="w-40 shrink-0">
        <Select
          // Keyed by the saved role: a select takes its defaultValue only when it mounts, and the
          // form resets to it after each submit.
          key={role}
          id={selectId}
          name="role"
          defaultValue={role}
          disabled={self}
          title={self ? "You cannot change your own role" : undefined}
          aria-invalid={state && !state.ok ? true : undefined}
          aria-describedby={state ? messageId : undefined}
          controlSize="sm"
        >
          <RoleOptions />
        </Select>
        </div>
        {self ? null : (
          <SubmitButton size="sm" variant="outline" pending={pending} pendingText="Saving…">
            Save<span className="sr-only"> role for {name}</span>
          </SubmitButton>
        )}
      </div>
      <RowMessage state={state} id={messageId} />
    </form>
  );
}

/** Disable (which also signs them out everywhere) or enable an account. */
export function DisableForm({ id, name, disabled }: { id: string; name: string; disabled: boolean }) {
  const [state, formAction, pending] = useActionState(setStaffDisabledAction, null as ActionState);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <SubmitButton size="sm" variant={disabled ? "outline" : "ghost"} pending={pending} pendingText={disabled ? "Enabling…" : "Disabling…"}>
        {disabled ? "Enable" : "Disable"}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
      {state && !state.ok ? <RowMessage state={state} id={`disable-${id}-message`} /> : null}
    </form>
  );
}
