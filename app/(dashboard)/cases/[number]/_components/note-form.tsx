"use client";

import { useRouter } from "next/navigation";
import { useRef, type Ref } from "react";
import { cn } from "@/components/ui/cn";
import { Field, fieldClasses } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { addCaseNoteAction } from "../../_lib/actions";
import { FormFailure } from "./form-failure";

/** An internal note on the case. `noteRef` lets the "e" shortcut put the cursor in it. */
export function NoteForm({ caseId, noteRef, onSaved }: { caseId: number; noteRef: Ref<HTMLTextAreaElement>; onSaved: (message: string) => void }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { failed, pending, onSubmit } = useFormAction(addCaseNoteAction, (message) => {
    formRef.current?.reset();
    router.refresh();
    onSaved(message);
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <Field id="case-note" label="Internal note" error={failed?.fields?.note} hint="Only staff see notes; they are never sent to the customer.">
        {(control) => (
          <textarea {...control} ref={noteRef} name="note" rows={3} maxLength={4000} required aria-keyshortcuts="e" className={cn(fieldClasses, "py-2")} />
        )}
      </Field>
      <FormFailure failed={failed} fieldsShown={["note"]} />
      <SubmitButton pending={pending} pendingText="Adding…" variant="secondary" size="sm" className="w-full">
        Add note
      </SubmitButton>
    </form>
  );
}
