"use client";

import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/input";
import { FormActions } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { saveViewAction } from "../_lib/actions";

export function SaveViewDialog({ open, query, onClose, onSaved }: { open: boolean; query: string; onClose: () => void; onSaved: (message: string) => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Save current view" description="Saves the filters, sort, page size and columns you see now.">
      <SaveViewForm query={query} onCancel={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

function SaveViewForm({ query, onCancel, onSaved }: { query: string; onCancel: () => void; onSaved: (message: string) => void }) {
  const { failed, pending, onSubmit } = useFormAction(saveViewAction, onSaved);
  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4 p-5"
    >
      <input type="hidden" name="query" value={query} />
      <Field id="save-view-name" label="Name" error={failed?.fields?.name}>
        {(control) => <Input {...control} name="name" required maxLength={80} autoComplete="off" data-autofocus />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <Checkbox name="shared" />
        Share with the team
      </label>
      {failed ? (
        <Alert tone="danger" role="alert">
          {failed.error}
          {/* The view itself (not a field here) can be refused, e.g. when it is too long. */}
          {failed.fields?.query ? ` ${failed.fields.query}` : null}
        </Alert>
      ) : null}
      <FormActions onCancel={onCancel} pending={pending} label="Save view" pendingText="Saving…" />
    </form>
  );
}
