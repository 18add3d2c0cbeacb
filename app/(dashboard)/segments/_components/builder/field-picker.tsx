"use client";

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { fieldClasses } from "@/components/ui/input";
import { CONDITION_FIELDS, FIELD_INFO, type ConditionField, type FieldCategory } from "@/lib/domain/segment-definition";
import { Icon } from "@/components/shell/icons";

const CATEGORIES: FieldCategory[] = [...new Set(CONDITION_FIELDS.map((f) => FIELD_INFO[f].category))];

/** Fields whose label, category or help has every word typed, in catalogue order. */
export function matchFields(query: string): ConditionField[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const byCategory = CATEGORIES.flatMap((category) => CONDITION_FIELDS.filter((f) => FIELD_INFO[f].category === category));
  if (!words.length) return byCategory;
  return byCategory.filter((f) => {
    const { label, category, help } = FIELD_INFO[f];
    const text = `${label} ${category} ${help} ${f}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

const optionId = (pickerId: string, field: ConditionField) => `${pickerId}-opt-${field.replace(/[._]/g, "-")}`;

/**
 * "Add condition": a button opening a searchable list of every condition, grouped by category.
 * The search box is a combobox: type to narrow, arrows to move, Enter to add, Escape to close.
 */
export function FieldPicker({ id, onPick, disabled, describedBy }: {
  id: string;
  onPick: (field: ConditionField) => void;
  disabled?: boolean;
  describedBy?: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-list`;

  const matches = useMemo(() => matchFields(query), [query]);
  const current = matches[Math.min(active, matches.length - 1)];

  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) {
        setOpen(false);
        setQuery("");
        setActive(0);
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  useEffect(() => {
    if (open && current) document.getElementById(optionId(id, current))?.scrollIntoView({ block: "nearest" });
  }, [open, current, id]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    setQuery("");
    setActive(0);
    if (returnFocus) buttonRef.current?.focus();
  };
  const pick = (field: ConditionField) => {
    close(false);
    onPick(field);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = matches.length;
    const at = Math.min(active, n - 1);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (n) setActive((at + (event.key === "ArrowDown" ? 1 : n - 1)) % n);
    } else if (event.key === "PageDown" || event.key === "PageUp") {
      event.preventDefault();
      if (n) setActive(event.key === "PageDown" ? Math.min(n - 1, at + 5) : Math.max(0, at - 5));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (current) pick(current);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  };

  return (
    <div ref={rootRef} className="relative">
      <Button
        ref={buttonRef}
        id={id}
        variant="outline"
        size="sm"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-describedby={describedBy}
        disabled={disabled}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <Icon name="plus" />
        Add condition
      </Button>
      {open ? (
        <div
          role="dialog"
          aria-label="Add condition"
          className="absolute top-full left-0 z-40 mt-1 w-80 max-w-[calc(100vw-2rem)] rounded-md border bg-popover p-2 text-foreground shadow-lg"
        >
          <div className="relative">
            <Icon name="search" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
            <input
              ref={inputRef}
              role="combobox"
              aria-label="Find a condition"
              aria-expanded="true"
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={current ? optionId(id, current) : undefined}
              value={query}
              placeholder="Find a condition…"
              autoComplete="off"
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              className={cn(fieldClasses, "h-9 pl-8")}
            />
          </div>
          <div id={listId} role="listbox" aria-label="Conditions" className="mt-2 max-h-72 overflow-y-auto">
            {CATEGORIES.map((category) => {
              const fields = matches.filter((f) => FIELD_INFO[f].category === category);
              if (!fields.length) return null;
              const headingId = `${listId}-${category.replace(/\W+/g, "-")}`;
              return (
                <div key={category} role="group" aria-labelledby={headingId}>
                  <div id={headingId} role="presentation" className="px-2 pt-2 pb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                    {category}
                  </div>
                  {fields.map((field) => {
                    const selected = field === current;
                    const oid = optionId(id, field);
                    return (
                      <div
                        key={field}
                        id={oid}
                        role="option"
                        aria-selected={selected}
                        aria-labelledby={`${oid}-label`}
                        aria-describedby={`${oid}-help`}
                        // Keep focus in the search box; the click adds.
                        onMouseDown={(event) => event.preventDefault()}
                        onMouseMove={() => setActive(matches.indexOf(field))}
                        onClick={() => pick(field)}
                        className={cn("cursor-pointer rounded px-2 py-1.5", selected && "bg-accent text-accent-foreground")}
                      >
                        <div id={`${oid}-label`} className="text-sm font-medium">
                          {FIELD_INFO[field].label}
                        </div>
                        <div id={`${oid}-help`} className={cn("text-xs", selected ? "text-accent-foreground/80" : "text-muted-foreground")}>
                          {FIELD_INFO[field].help}
                        </div>
                      </div>
                    );
                  })}
                </div>
              );
            })}
            {matches.length === 0 ? <p className="px-2 py-3 text-sm text-muted-foreground">No condition matches “{query}”.</p> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
