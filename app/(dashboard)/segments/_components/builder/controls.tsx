"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { FieldError, fieldClasses } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { MAX_WINDOW_DAYS } from "@/lib/domain/segment-definition";
import { Icon } from "@/components/shell/icons";
import type { Option } from "./labels";

// The small controls condition editors are made of. Every control's id is given by the caller
// (derived from the node's id) so focus can be put back on it after the node moves.

const captionClasses = "text-xs font-medium text-muted-foreground";
const errorId = (id: string) => `${id}-error`;

/** Ticks for a list of values: pills with a checkbox each. */
export function ChoiceChips<T extends string>({
  id, legend, options, selected, onChange, error,
}: {
  id: string;
  legend: string;
  options: readonly Option<T>[];
  selected: readonly T[] | undefined;
  onChange: (next: T[]) => void;
  error?: string | undefined;
}) {
  const chosen = new Set<string>(selected ?? []);
  const toggle = (value: T) => {
    if (chosen.has(value)) chosen.delete(value);
    else chosen.add(value);
    // In the options' order, so the same choice always makes the same definition.
    onChange(options.map((o) => o.value).filter((v) => chosen.has(v)));
  };
  return (
    <fieldset aria-describedby={error ? errorId(id) : undefined} aria-invalid={error ? true : undefined} className="min-w-0">
      <legend className={captionClasses}>{legend}</legend>
      <div className="mt-1.5 flex flex-wrap gap-1.5">
        {options.map((o) => (
          <label
            key={o.value}
            htmlFor={`${id}-${o.value}`}
            className={cn(
              "inline-flex cursor-pointer items-center gap-1.5 rounded-full border bg-card px-2.5 py-1 text-sm transition-colors hover:bg-muted",
              "has-checked:border-primary/50 has-checked:bg-accent has-checked:text-accent-foreground",
              "has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-ring",
            )}
          >
            <Checkbox id={`${id}-${o.value}`} checked={chosen.has(o.value)} onChange={() => toggle(o.value)} className="focus-visible:outline-none" />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId(id)}>{error}</FieldError>
    </fieldset>
  );
}

/**
 * Free values (cities, categories, codes): chips with a remove button each, and a box to add
 * more, suggesting known values. Enter, a comma or the Add button adds what was typed; a pick
 * from the suggestions is added at once.
 */
export function TokenList({
  id, label, values, onChange, suggestions = [], normalize = (v) => v.trim(), display = (v) => v, placeholder, hint, error, maxLength = 100,
}: {
  id: string;
  label: string;
  values: readonly string[] | undefined;
  onChange: (next: string[]) => void;
  suggestions?: readonly string[];
  normalize?: (raw: string) => string;
  display?: (value: string) => string;
  placeholder?: string;
  hint?: ReactNode;
  error?: string | undefined;
  maxLength?: number;
}) {
  const [draft, setDraft] = useState("");
  const current = values ?? [];
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const known = new Set(suggestions);

  const add = (raw: string) => {
    const added = raw.split(/[,;\n]/).map(normalize).filter((v) => v && !current.includes(v));
    if (added.length) onChange([...current, ...new Set(added)]);
    setDraft("");
  };
  const remove = (value: string) => onChange(current.filter((v) => v !== value));

  return (
    <div className="min-w-0 space-y-1.5">
      <label htmlFor={id} className={cn(captionClasses, "block")}>
        {label}
      </label>
      {current.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Chosen values">
          {current.map((value) => (
            <li key={value} className="inline-flex items-center gap-1 rounded-full border border-primary/40 bg-accent py-0.5 pr-1 pl-2.5 text-sm text-accent-foreground">
              {display(value)}
              <button
                type="button"
                id={`${id}-remove-${value.replace(/\s+/g, "_")}`}
                onClick={() => remove(value)}
                aria-label={`Remove ${display(value)}`}
                title={`Remove ${display(value)}`}
                className="inline-flex size-5 items-center justify-center rounded-full hover:bg-primary/15"
              >
                <Icon name="close" className="size-3" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex max-w-sm gap-2">
        <div className="min-w-0 flex-1">
          <input
            id={id}
            value={draft}
            list={suggestions.length ? listId : undefined}
            placeholder={placeholder}
            maxLength={maxLength * 4}
            autoComplete="off"
            className={cn(fieldClasses, "h-8")}
            aria-describedby={[hint ? hintId : null, error ? errorId(id) : null].filter(Boolean).join(" ") || undefined}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              const value = event.target.value;
              // A pick from the suggestions (no typing involved) is added straight away.
              const inputType = (event.nativeEvent as InputEvent).inputType;
              if ((!inputType || inputType === "insertReplacementText") && known.has(value)) add(value);
              else if (/[,;]/.test(value)) add(value);
              else setDraft(value);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                add(draft);
              }
            }}
          />
        </div>
        <Button variant="outline" size="sm" onClick={() => add(draft)} disabled={!draft.trim()}>
          Add<span className="sr-only"> to {label.toLowerCase()}</span>
        </Button>
      </div>
      {suggestions.length ? (
        <datalist id={listId}>
          {suggestions.filter((s) => !current.includes(s)).map((s) => (
            <option key={s} value={s}>
              {display(s) === s ? undefined : display(s)}
            </option>
          ))}
        </datalist>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId(id)}>{error}</FieldError>
    </div>
  );
}

/** A number, or nothing when the box is empty. */
export function NumberField({
  id, label, value, onChange, min, max, step = 1, unit, placeholder, error, className,
}: {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (next: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number | "any";
  unit?: string;
  placeholder?: string;
  error?: string | undefined;
  className?: string;
}) {
  return (
    <div className={cn("min-w-0", className)}>
      <label htmlFor={id} className={cn(captionClasses, "mb-1.5 block")}>
        {label}
      </label>
      <div className="flex items-center gap-1.5">
        <div className="w-28">
          <input
            id={id}
            type="number"
            inputMode={step === 1 ? "numeric" : "decimal"}
            value={value ?? ""}
            min={min}
            max={max}
            step={step}
            placeholder={placeholder}
            className={cn(fieldClasses, "h-8 tabular-nums")}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId(id) : undefined}
            onChange={(event) => {
              const raw = event.target.value;
              const n = raw === "" ? undefined : Number(raw);
              onChange(n === undefined || Number.isNaN(n) ? undefined : n);
            }}
          />
        </div>
        {unit ? <span className="text-sm text-muted-foreground">{unit}</span> : null}
      </div>
      <FieldError id={errorId(id)}>{error}</FieldError>
    </div>
  );
}

/** "At least … at most …": either end may be empty. */
export function RangeFields({
  id, min, max, onChange, errors, bounds, step = 1, unit,
}: {
  id: string;
  min: number | undefined;
  max: number | undefined;
  onChange: (next: { min: number | undefined; max: number | undefined }) => void;
  errors: Record<string, string>;
  bounds: { min: number; max: number };
  step?: number | "any";
  unit?: string;
}) {
  return (
    <>
      <NumberField id={`${id}-min`} label="At least" value={min} onChange={(v) => onChange({ min: v, max })} min={bounds.min} max={bounds.max} step={step} unit={unit} placeholder="no minimum" error={errors.min} />
      <NumberField id={`${id}-max`} label="At most" value={max} onChange={(v) => onChange({ min, max: v })} min={bounds.min} max={bounds.max} step={step} unit={unit} placeholder="no maximum" error={errors.max} />
    </>
  );
}

/** A look-back window in days; optional ones may be left empty for "any time". */
export function DaysField({
  id, label = "In the last", value, onChange, optional = true, error,
}: {
  id: string;
  label?: string;
  value: number | undefined;
  onChange: (next: number | undefined) => void;
  optional?: boolean;
  error?: string | undefined;
}) {
  return (
    <NumberField
      id={id}
      label={optional ? `${label} (optional)` : label}
      value={value}
      onChange={onChange}
      min={1}
      max={MAX_WINDOW_DAYS}
      unit="days"
      placeholder={optional ? "any time" : undefined}
      error={error}
    />
  );
}

/** A native select of fixed choices; `""` stands for "any" where the setting is optional. */
export function ChoiceSelect<T extends string>({
  id, label, value, options, onChange, error, anyLabel, disabled,
}: {
  id: string;
  label: string;
  value: T | undefined;
  options: readonly Option<T>[];
  onChange: (next: T | undefined) => void;
  error?: string | undefined;
  /** Offers an empty choice with this text. */
  anyLabel?: string;
  disabled?: boolean;
}) {
  return (
    <div className="w-fit max-w-full min-w-0">
      <label htmlFor={id} className={cn(captionClasses, "mb-1.5 block")}>
        {label}
      </label>
      <Select
        id={id}
        controlSize="sm"
        value={value ?? ""}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(id) : undefined}
        onChange={(event) => {
          const next = options.find((o) => o.value === event.target.value);
          onChange(next?.value);
        }}
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <FieldError id={errorId(id)}>{error}</FieldError>
    </div>
  );
}
