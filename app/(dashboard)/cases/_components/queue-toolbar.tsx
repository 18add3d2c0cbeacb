"use client";

import { useRouter } from "next/navigation";
import { useId, useOptimistic, useTransition, type ReactNode } from "react";
import { Label } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CASE_SLA, CASE_SORTS, type CaseQueueQuery } from "@/lib/domain/cases";
import { AGE_OPTIONS, MULTI_FILTERS, queueHref, SLA_FILTER_LABELS, SORT_LABELS, withValues } from "./queue-labels";
import { MultiFilter } from "./multi-filter";

/**
 * The queue's filters and sort. The URL is the only state: each change pushes a new URL (without
 * the cursor, since the rows change), and useOptimistic shows the choice until the server's
 * page arrives with it.
 */
export function QueueToolbar({ query }: { query: CaseQueueQuery }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useOptimistic(query);
  const update = (next: CaseQueueQuery) =>
    startTransition(() => {
      setView(next);
      router.push(queueHref(next), { scroll: false });
    });

  return (
    <div role="group" aria-label="Filter and sort cases" aria-busy={pending || undefined} className="flex flex-wrap items-center gap-2">
      {MULTI_FILTERS.map((f) => (
        <MultiFilter
          key={f.key}
          label={f.label}
          options={f.values.map((value) => ({ value, label: f.text(value) }))}
          selected={view[f.key]}
          onChange={(values) => update(withValues(view, f.key, values))}
          {...(f.key === "statuses"
            ? { emptyText: "open", hint: "With none ticked, the queue shows open cases: new, open and pending." }
            : {})}
        />
      ))}
      <InlineSelect label="Age" width="w-36" value={view.age ?? ""} onChange={(v) => update({ ...view, age: AGE_OPTIONS.find((o) => o.value === v)?.value ?? null })}>
        <option value="">Any age</option>
        {AGE_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </InlineSelect>
      <InlineSelect label="SLA" width="w-52" value={view.sla ?? ""} onChange={(v) => update({ ...view, sla: CASE_SLA.find((s) => s === v) ?? null })}>
        <option value="">Any SLA</option>
        {CASE_SLA.map((s) => (
          <option key={s} value={s}>{SLA_FILTER_LABELS[s]}</option>
        ))}
      </InlineSelect>
      <div className="sm:ml-auto">
        <InlineSelect label="Sort" width="w-44" value={view.sort} onChange={(v) => update({ ...view, sort: CASE_SORTS.find((s) => s === v) ?? "priority" })}>
          {CASE_SORTS.map((s) => (
            <option key={s} value={s}>{SORT_LABELS[s]}</option>
          ))}
        </InlineSelect>
      </div>
    </div>
  );
}

function InlineSelect({ label, width, value, onChange, children }: {
  label: string;
  /** The select's width class: it fills its box, so the box is sized here. */
  width: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-1.5">
      <Label htmlFor={id} className="font-normal whitespace-nowrap text-muted-foreground">
        {label}
      </Label>
      <div className={width}>
        <Select id={id} controlSize="sm" value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </Select>
      </div>
    </div>
  );
}
