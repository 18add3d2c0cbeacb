"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, fieldClasses, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { StaffRef } from "@/lib/dal/cases";
import type { ActionState } from "@/lib/domain/action-result";
import { channelLabel } from "@/lib/domain/channels";
import { SLA_HOURS } from "@/lib/domain/cases";
import { CASE_CATEGORIES, CASE_KINDS, CASE_PRIORITIES, INTERACTION_CHANNELS } from "@/lib/domain/enums";
import { humanize } from "@/lib/format";
import { createCaseAction } from "../../_lib/actions";
import { CustomerPicker } from "./customer-picker";
import type { PickedCustomer } from "./picked-customer";

/**
 * The new-case form. Submitted by hand (useFormAction), so a refusal keeps everything typed and
 * shows each message at its field; success opens the new case.
 */
export function NewCaseForm({ customer, staff, defaultAssigneeId }: {
  customer: PickedCustomer | null;
  staff: StaffRef[];
  /** The current user when they can be assigned, else "" (unassigned). */
  defaultAssigneeId: string;
}) {
  const router = useRouter();
  const [opened, setOpened] = useState<string | null>(null);
  const { failed, pending, onSubmit } = useFormAction(
    async (prev: ActionState<{ caseNumber: string }>, formData: FormData) => {
      const result = await createCaseAction(prev, formData);
      if (result.ok) router.push(`/cases/${result.caseNumber}`);
      return result;
    },
    setOpened,
  );
  const errors = failed?.fields;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refusal, focus goes to the first field that needs fixing (the alert is announced too).
  useEffect(() => {
    if (failed?.fields) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failed]);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      <CustomerPicker initial={customer} error={errors?.partyId} />

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="case-kind" label="Type" error={errors?.kind}>
          {(control) => (
            <Select {...control} name="kind" defaultValue="" required>
              <option value="" disabled>Choose a type…</option>
              {CASE_KINDS.map((k) => (
                <option key={k} value={k}>{humanize(k)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="case-category" label="Category" error={errors?.category}>
          {(control) => (
            <Select {...control} name="category" defaultValue="" required>
              <option value="" disabled>Choose a category…</option>
              {CASE_CATEGORIES.map((c) => (
                <option key={c} value={c}>{humanize(c)}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="case-priority" label="Priority" error={errors?.priority} hint="Sets the service-level due time, counted from now.">
          {(control) => (
            <Select {...control} name="priority" defaultValue="normal">
              {[...CASE_PRIORITIES].reverse().map((p) => (
                <option key={p} value={p}>
                  {humanize(p)} (due in {SLA_HOURS[p]} h)
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="case-channel" label="How they got in touch" error={errors?.channel}>
          {(control) => (
            <Select {...control} name="channel" defaultValue="call">
              {INTERACTION_CHANNELS.map((c) => (
                <option key={c} value={c}>{channelLabel(c)}</option>
              ))}
            </Select>
          )}
        </Field>
      </div>

      <Field id="case-subject" label="Subject" error={errors?.subject}>
        {(control) => <Input {...control} name="subject" required maxLength={200} autoComplete="off" placeholder="e.g. Parcel marked delivered but not received" />}
      </Field>
      <Field id="case-description" label="Description (optional)" error={errors?.description} hint="Saved as the case’s first internal note; the customer does not see it.">
        {(control) => <textarea {...control} name="description" rows={5} maxLength={4000} className={cn(fieldClasses, "min-h-28 py-2")} />}
      </Field>
      <Field id="case-assignee" label="Assignee" error={errors?.assigneeId} className="sm:max-w-xs">
        {(control) => (
          <Select {...control} name="assigneeId" defaultValue={defaultAssigneeId}>
            <option value="">Unassigned</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </Select>
        )}
      </Field>

      {failed ? (
        <Alert tone="danger" role="alert">
          {failed.error}
        </Alert>
      ) : null}
      {opened ? (
        <Alert tone="success" role="status">
          {opened} Opening it…
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <SubmitButton pending={pending || opened !== null} pendingText={opened ? "Opening…" : "Saving…"}>
          Open case
        </SubmitButton>
        <Link href="/cases" className={buttonClasses("ghost", "md")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
