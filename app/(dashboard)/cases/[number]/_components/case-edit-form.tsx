"use client";

import { useRouter } from "next/navigation";
import { startTransition, useState } from "react";
import { Field } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { StaffRef } from "@/lib/dal/cases";
import type { CasePriority } from "@/lib/domain/cases";
import { CASE_PRIORITIES } from "@/lib/domain/enums";
import { humanize } from "@/lib/format";
import { updateCaseAction } from "../../_lib/actions";
import { FormFailure } from "./form-failure";

const EDITABLE_STATUSES = ["new", "open", "pending"] as const;
type EditableStatus = (typeof EDITABLE_STATUSES)[number];
interface Values {
  status: EditableStatus;
  priority: CasePriority;
  assigneeId: string;
}

/**
 * Status, priority and assignee of an open case. Only what the user changed is held here; the rest
 * follows the server, so a reload after someone else's edit shows their values and keeps ours.
 */
export function CaseEditForm({
  caseId, version, current, assignee, staff, onSaved,
}: {
  caseId: number;
  version: number;
  current: Values;
  assignee: StaffRef | null;
  staff: StaffRef[];
  onSaved: (message: string) => void;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<Partial<Values>>({});
  const { failed, pending, onSubmit } = useFormAction(updateCaseAction, (message) => {
    // One transition: the draft clears when the refreshed values arrive, not before (no flicker).
    startTransition(() => {
      setDraft({});
      router.refresh();
    });
    onSaved(message);
  });
  const values: Values = { ...current, ...draft };
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errors = failed?.fields ?? {};
  // Someone no longer assignable (e.g. disabled) still shows as the current assignee.
  const missing = assignee && !staff.some((s) => s.id === assignee.id) ? assignee : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <Field id="case-status" label="Status" error={errors.status}>
        {(control) => (
          <Select {...control} name="status" value={values.status} onChange={(e) => set("status", e.target.value as EditableStatus)}>
            {EDITABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="case-priority" label="Priority" error={errors.priority}>
        {(control) => (
          <Select {...control} name="priority" value={values.priority} onChange={(e) => set("priority", e.target.value as CasePriority)}>
            {CASE_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {humanize(p)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="case-assignee" label="Assignee" error={errors.assigneeId}>
        {(control) => (
          <Select {...control} name="assigneeId" value={values.assigneeId} onChange={(e) => set("assigneeId", e.target.value)}>
            <option value="">Unassigned</option>
            {missing ? <option value={missing.id}>{missing.name} (no longer assignable)</option> : null}
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormFailure failed={failed} fieldsShown={["status", "priority", "assigneeId"]} />
      <SubmitButton pending={pending} pendingText="Saving…" variant="secondary" size="sm" className="w-full">
        Save changes
      </SubmitButton>
    </form>
  );
}
