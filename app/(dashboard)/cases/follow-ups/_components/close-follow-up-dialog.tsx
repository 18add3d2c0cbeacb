"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldClasses } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FormActions } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { FOLLOW_UP_OUTCOMES } from "@/lib/domain/enums";
import { closeFollowUpAction } from "../../_lib/actions";
import { OUTCOME_LABELS } from "../_lib/labels";
import { useFollowUpReport } from "./notices";

interface Target {
  partyId: number;
  followUpId: number;
  customer: string;
  score: number;
}

/** "Close…" for a follow-up claimed by the viewer: records how the contact ended. */
export function CloseFollowUpButton(target: Target) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" variant="outline" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Close…<span className="sr-only"> the follow-up for {target.customer}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Close follow-up"
        description={`${target.customer} scored ${target.score} out of 10. Record how the contact ended.`}
      >
        <CloseFollowUpForm target={target} onCancel={() => setOpen(false)} onClosed={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

// Mounted only while the dialog is open, so every opening starts with an empty form.
function CloseFollowUpForm({ target, onCancel, onClosed }: { target: Target; onCancel: () => void; onClosed: () => void }) {
  const router = useRouter();
  const report = useFollowUpReport();
  const { failed, pending, onSubmit } = useFormAction(closeFollowUpAction, (message) => {
    onClosed();
    report({ ok: true, message });
    router.refresh();
  });
  const fields = failed?.fields;
  // The ids are hidden inputs: a problem with them belongs in the form's message, not at a field.
  const idProblem = fields?.followUpId ?? fields?.partyId;

  return (
    <form onSubmit={onSubmit} className="space-y-4 p-5" noValidate>
      <input type="hidden" name="partyId" value={target.partyId} />
      <input type="hidden" name="followUpId" value={target.followUpId} />
      <Field id="close-follow-up-outcome" label="Outcome" error={fields?.outcome}>
        {(control) => (
          <Select {...control} name="outcome" defaultValue="" required data-autofocus>
            <option value="" disabled>
              Pick how it ended
            </option>
            {FOLLOW_UP_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {OUTCOME_LABELS[outcome]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="close-follow-up-note" label="Note (optional)" hint="What was said or agreed, for whoever reads this next." error={fields?.note}>
        {(control) => <textarea {...control} name="note" rows={4} maxLength={2000} className={cn(fieldClasses, "min-h-24 py-2")} />}
      </Field>
      {failed ? (
        <Alert tone="danger" role="alert">
          {idProblem ?? failed.error}
        </Alert>
      ) : null}
      <FormActions onCancel={onCancel} pending={pending} label="Close follow-up" pendingText="Closing…" />
    </form>
  );
}
