"use client";

import { use, type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldError } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { formatNumber } from "@/lib/format";
import type { Loaded } from "../_lib/types";
import type { CountryCount } from "@/lib/domain/directory";

/** Checkboxes submitted under one name (joined with commas on apply). */
export function CheckboxGroup({
  legend,
  name,
  options,
  selected,
  error,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[] | undefined;
  error: string | undefined;
}) {
  const errorId = `filter-${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1.5 grid grid-cols-2 gap-x-4 gap-y-1.5">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm">
            <Checkbox name={name} value={o.value} defaultChecked={selected?.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId}>{error}</FieldError>
    </fieldset>
  );
}

export function FilterSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-4">
      <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{title}</h3>
      {children}
    </section>
  );
}

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

type ControlProps = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/** Countries present in the data, with how many customers each has. */
export function CountrySelect({ promise, value, control }: { promise: Promise<Loaded<CountryCount[]>>; value: string | undefined; control: ControlProps }) {
  const countries = use(promise);
  const list = countries.ok ? countries.data : [];
  return (
    <Select {...control} name="country" defaultValue={value ?? ""}>
      <option value="">{countries.ok ? "Any country" : "Any country (list unavailable)"}</option>
      {/* Keep the current choice even when no customer has it any more. */}
      {value && !list.some((c) => c.code === value) ? <option value={value}>{countryName(value)}</option> : null}
      {list.map((c) => (
        <option key={c.code} value={c.code}>
          {countryName(c.code)} ({formatNumber(c.count)})
        </option>
      ))}
    </Select>
  );
}

/** Stands in while the countries load; still submits the current choice. */
export function CountrySelectFallback({ value, control }: { value: string | undefined; control: ControlProps }) {
  return (
    <Select {...control} name="country" defaultValue={value ?? ""} aria-busy="true">
      <option value="">Any country</option>
      {value ? <option value={value}>{value}</option> : null}
    </Select>
  );
}
