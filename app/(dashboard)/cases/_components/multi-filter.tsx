"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Popover } from "@/components/ui/popover";

/**
 * A button with a panel of checkboxes for one multi-value filter. Every tick reports the whole
 * new selection at once; the panel stays open so several can be ticked in a row.
 */
export function MultiFilter({
  label,
  options,
  selected,
  onChange,
  emptyText,
  hint,
}: {
  label: string;
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Shown on the button when nothing is ticked, e.g. "open" for statuses. */
  emptyText?: string;
  hint?: string;
}) {
  const toggle = (value: string) => {
    const set = new Set(selected);
    if (set.has(value)) set.delete(value);
    else set.add(value);
    // The options' order, so the same selection always makes the same URL.
    onChange(options.map((o) => o.value).filter((v) => set.has(v)));
  };
  return (
    <Popover
      panelLabel={`${label} filter`}
      label={
        <>
          {label}
          {selected.length ? (
            <Badge tone="info">
              {selected.length}
              <span className="sr-only"> selected</span>
            </Badge>
          ) : emptyText ? (
            <span className="font-normal text-muted-foreground">: {emptyText}</span>
          ) : null}
        </>
      }
      className="w-fit"
    >
      <fieldset>
        <legend className="sr-only">{label}</legend>
        {hint ? <p className="mb-2 px-1 text-xs text-muted-foreground">{hint}</p> : null}
        <ul className="space-y-0.5">
          {options.map((o) => (
            <li key={o.value}>
              <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 hover:bg-muted/60">
                <Checkbox checked={selected.includes(o.value)} onChange={() => toggle(o.value)} />
                {o.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {selected.length ? (
        <div className="mt-2 border-t pt-2">
          <Button variant="ghost" size="sm" className="w-full" onClick={() => onChange([])}>
            Clear {label.toLowerCase()}
          </Button>
        </div>
      ) : null}
    </Popover>
  );
}
