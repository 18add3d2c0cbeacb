"use client";

import { Suspense, use, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { FormActions } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { formatNumber } from "@/lib/format";
import { addToSegmentAction } from "../_lib/actions";
import type { Loaded } from "../_lib/types";
import type { StaticSegmentOption } from "@/lib/domain/directory";

type Target = { ids: string[] } | { query: string };

function SegmentFields({ segmentsPromise, fields }: { segmentsPromise: Promise<Loaded<StaticSegmentOption[]>>; fields: Record<string, string> | undefined }) {
  const segments = use(segmentsPromise);
  const options = segments.ok ? segments.data : [];
  const [choice, setChoice] = useState(options[0] ? String(options[0].id) : "new");
  return (
    <>
      {segments.ok ? null : (
        <Alert tone="warning">Existing segments could not be loaded; you can still create a new one.</Alert>
      )}
      <Field id="bulk-segment" label="Segment" error={fields?.segment}>
        {(control) => (
          <Select {...control} name="segment" data-autofocus value={choice} onChange={(e) => setChoice(e.target.value)}>
            {options.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({formatNumber(s.memberCount)} members)
              </option>
            ))}
            <option value="new">New segment…</option>
          </Select>
        )}
      </Field>
      {choice === "new" ? (
        <Field id="bulk-segment-name" label="New segment name" error={fields?.name}>
          {(control) => <Input {...control} name="name" required maxLength={120} autoComplete="off" />}
        </Field>
      ) : null}
    </>
  );
}

/** Adds the selected rows (ids) or everything matching the view (query) to a static segment. */
export function AddToSegmentDialog({
  open,
  onClose,
  ...props
}: {
  open: boolean;
  onClose: () => void;
  target: Target;
  segmentsPromise: Promise<Loaded<StaticSegmentOption[]>>;
  onAdded: (message: string) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Add to static segment"
      description={"ids" in props.target ? `${formatNumber(props.target.ids.length)} selected customers` : "All customers matching the current filters"}
    >
      {/* A child of the dialog, so every opening starts with a fresh form and no old error. */}
      <AddToSegmentForm onCancel={onClose} {...props} />
    </Dialog>
  );
}

function AddToSegmentForm({
  target,
  segmentsPromise,
  onAdded,
  onCancel,
}: {
  target: Target;
  segmentsPromise: Promise<Loaded<StaticSegmentOption[]>>;
  onAdded: (message: string) => void;
  onCancel: () => void;
}) {
  const { failed, pending, onSubmit } = useFormAction(addToSegmentAction, onAdded);

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-4 p-5"
    >
      {"ids" in target ? <input type="hidden" name="ids" value={target.ids.join(",")} /> : <input type="hidden" name="query" value={target.query} />}
      <Suspense fallback={<Skeleton className="h-16 w-full" />}>
        <SegmentFields segmentsPromise={segmentsPromise} fields={failed?.fields} />
      </Suspense>
      {failed ? (
        <Alert tone="danger" role="alert">
          {failed.error}
        </Alert>
      ) : null}
      <FormActions onCancel={onCancel} pending={pending} label="Add customers" pendingText="Adding…" />
    </form>
  );
}
