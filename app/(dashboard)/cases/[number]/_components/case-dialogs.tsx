"use client";

import { useRouter } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { Field, fieldClasses } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { FormActions } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { RESOLUTION_CODES } from "@/lib/domain/cases";
import { humanize } from "@/lib/format";
import { reopenCaseAction, resolveCaseAction } from "../../_lib/actions";
import { FormFailure } from "./form-failure";

interface CaseDialogProps {
  open: boolean;
  onClose: () => void;
  /** After a save: the dialog closes, the page refreshes; show the message. */
  onDone: (message: string) => void;
  caseId: number;
  caseNumber: string;
  /** The version on screen; it follows a "Reload case" while the dialog stays open. */
  version: number;
}

type FormProps = Omit<CaseDialogProps, "open" | "caseNumber">;

function useCaseForm(action: typeof resolveCaseAction, { onClose, onDone }: FormProps) {
  const router = useRouter();
  return useFormAction(action, (message) => {
    onClose();
    router.refresh();
    onDone(message);
  });
}

export function ResolveDialog({ open, caseNumber, ...props }: CaseDialogProps) {
  return (
    <Dialog open={open} onClose={props.onClose} title={`Resolve ${caseNumber}`} description="Say how it was resolved. The case leaves the open queue; it can be reopened.">
      <ResolveForm {...props} />
    </Dialog>
  );
}

function ResolveForm(props: FormProps) {
  const { failed, pending, onSubmit } = useCaseForm(resolveCaseAction, props);
  const errors = failed?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 p-5">
      <input type="hidden" name="caseId" value={props.caseId} />
      <input type="hidden" name="version" value={props.version} />
      <Field id="resolve-code" label="Resolution code" error={errors.resolutionCode}>
        {(control) => (
          <Select {...control} name="resolutionCode" defaultValue="" required data-autofocus>
            <option value="" disabled>
              Choose…
            </option>
            {RESOLUTION_CODES.map((code) => (
              <option key={code} value={code}>
                {humanize(code)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="resolve-summary" label="Resolution summary" error={errors.resolution} hint="What was done, for whoever reads this case next.">
        {(control) => <textarea {...control} name="resolution" rows={4} maxLength={2000} required className={cn(fieldClasses, "py-2")} />}
      </Field>
      <FormFailure failed={failed} fieldsShown={["resolutionCode", "resolution"]} />
      <FormActions onCancel={props.onClose} pending={pending} label="Resolve case" pendingText="Resolving…" />
    </form>
  );
}

export function ReopenDialog({ open, caseNumber, ...props }: CaseDialogProps) {
  return (
    <Dialog open={open} onClose={props.onClose} title={`Reopen ${caseNumber}`} description="The case goes back to the open queue. The reason is kept in its activity.">
      <ReopenForm {...props} />
    </Dialog>
  );
}

function ReopenForm(props: FormProps) {
  const { failed, pending, onSubmit } = useCaseForm(reopenCaseAction, props);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 p-5">
      <input type="hidden" name="caseId" value={props.caseId} />
      <input type="hidden" name="version" value={props.version} />
      <Field id="reopen-reason" label="Reason" error={failed?.fields?.reason}>
        {(control) => <textarea {...control} name="reason" rows={3} maxLength={1000} required data-autofocus className={cn(fieldClasses, "py-2")} />}
      </Field>
      <FormFailure failed={failed} fieldsShown={["reason"]} />
      <FormActions onCancel={props.onClose} pending={pending} label="Reopen case" pendingText="Reopening…" />
    </form>
  );
}
