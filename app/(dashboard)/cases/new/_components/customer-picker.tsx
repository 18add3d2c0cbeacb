"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { Highlight } from "@/components/search/result-parts";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError, fieldClasses, Label } from "@/components/ui/input";
import { SEARCH_MAX_LENGTH, type SearchCustomer } from "@/lib/domain/search";
import { fromSearch, placeOf, type PickedCustomer } from "./picked-customer";
import { useCustomerSearch } from "./use-customer-search";

const kindText = (kind: PickedCustomer["kind"]) => (kind === "organization" ? "Organization" : "Person");

/**
 * Who the case is about: the preselected customer with a Change button, or an ARIA combobox over
 * the search API. The choice travels in a hidden `partyId` input; the component keeps it across
 * a refused submit because the form is never reset (see useFormAction).
 */
export function CustomerPicker({ initial, error }: { initial: PickedCustomer | null; error: string | undefined }) {
  const [selected, setSelected] = useState(initial);
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  // Where focus goes after the picker swaps its input for the chosen customer, or back.
  const focusNext = useRef<"input" | "change" | null>(null);
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const errorId = `${baseId}-error`;
  const search = useCustomerSearch(text);

  const options = search.customers;
  const active = options.length ? Math.min(activeIndex, options.length - 1) : -1;
  const expanded = open && search.query !== "";
  const optionId = (c: SearchCustomer) => `${baseId}-option-${c.id}`;

  const choose = (c: SearchCustomer) => {
    focusNext.current = "change";
    setSelected(fromSearch(c));
    setText("");
    setOpen(false);
  };
  const focusOnMount = (target: "input" | "change") => (el: HTMLElement | null) => {
    if (el && focusNext.current === target) {
      focusNext.current = null;
      el.focus();
    }
  };

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    const last = options.length - 1;
    if (e.key === "Enter") {
      // Enter picks; it never submits the form from here with a half-typed name.
      e.preventDefault();
      const option = options[active];
      if (expanded && option) choose(option);
      return;
    }
    if (e.key === "Escape") {
      if (expanded) {
        // Closing the list is all Escape does here; nothing around the form should react too.
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      } else if (text) {
        setText("");
      }
      return;
    }
    if ((e.key === "ArrowDown" || e.key === "ArrowUp") && last >= 0) {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      const next = e.key === "ArrowDown" ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1;
      setActiveIndex(next);
      const option = options[next];
      if (option) document.getElementById(optionId(option))?.scrollIntoView({ block: "nearest" });
    }
  }

  const status = !search.query
    ? ""
    : search.error
      ? search.error
      : search.loading
        ? "Searching…"
        : options.length
          ? `${options.length} customer${options.length === 1 ? "" : "s"} found${search.more ? ", more match: keep typing" : ""}`
          : `No customers match “${search.query}”`;

  if (selected) {
    return (
      <div className="space-y-1.5">
        <input type="hidden" name="partyId" value={selected.id} />
        <p id={`${baseId}-label`} className="text-sm font-medium">
          Customer
        </p>
        <div
          role="group"
          aria-labelledby={`${baseId}-label`}
          aria-describedby={error ? errorId : undefined}
          className={cn("flex items-center gap-3 rounded-md border bg-muted/40 px-3 py-2", error && "border-danger")}
        >
          <div className="min-w-0 flex-1">
            <p className="truncate font-medium">{selected.name}</p>
            <p className="truncate text-xs text-muted-foreground">
              <span className="font-mono">#{selected.id}</span> · {kindText(selected.kind)}
              {selected.place ? ` · ${selected.place}` : ""}
            </p>
          </div>
          <Button
            ref={focusOnMount("change")}
            variant="outline"
            size="sm"
            onClick={() => {
              focusNext.current = "input";
              setSelected(null);
            }}
          >
            Change<span className="sr-only"> customer</span>
          </Button>
        </div>
        <FieldError id={errorId}>{error}</FieldError>
      </div>
    );
  }

  return (
    <div className="space-y-1.5">
      <input type="hidden" name="partyId" value="" />
      <Label htmlFor={inputId}>Customer</Label>
      <div className="relative">
        <input
          ref={focusOnMount("input")}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={expanded ? listboxId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={expanded && options[active] ? optionId(options[active]) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${baseId}-hint`, error ? errorId : null].filter(Boolean).join(" ")}
          autoComplete="off"
          spellCheck={false}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder="Search customers…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActiveIndex(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className={cn(fieldClasses, "h-10")}
        />
        {expanded ? (
          <div
            // Keeps focus (and so the caret and aria-activedescendant) in the input.
            onMouseDown={(e) => e.preventDefault()}
            className="absolute top-full right-0 left-0 z-30 mt-1 max-h-80 overflow-y-auto rounded-md border bg-popover p-1 text-sm shadow-lg"
          >
            <ul role="listbox" id={listboxId} aria-label="Matching customers" aria-busy={search.loading || undefined} className={cn(search.loading && "opacity-60")}>
              {options.map((c, index) => (
                <li
                  key={c.id}
                  id={optionId(c)}
                  role="option"
                  aria-selected={index === active}
                  onClick={() => choose(c)}
                  onMouseMove={() => setActiveIndex(index)}
                  className="cursor-pointer rounded px-2 py-1.5 aria-selected:bg-accent aria-selected:text-accent-foreground"
                >
                  <CustomerOption customer={c} query={search.query} />
                </li>
              ))}
            </ul>
            {options.length === 0 ? <p className="px-2 py-3 text-center text-muted-foreground">{status}</p> : null}
          </div>
        ) : null}
      </div>
      <p id={`${baseId}-hint`} className="text-xs text-muted-foreground">
        Name, email, phone, or an order or case number. Arrow keys move through the matches; Enter picks one.
      </p>
      <p role="status" className="sr-only">
        {expanded ? status : ""}
      </p>
      <FieldError id={errorId}>{error}</FieldError>
    </div>
  );
}

function CustomerOption({ customer: c, query }: { customer: SearchCustomer; query: string }) {
  const place = placeOf(c.city, c.country);
  return (
    <>
      <span className="block truncate font-medium">
        <Highlight text={c.displayName} query={query} />
      </span>
      <span className="block truncate text-xs text-muted-foreground">
        <span className="font-mono">#{c.id}</span> · {kindText(c.kind)}
        {place ? ` · ${place}` : ""}
        {c.email ? ` · ${c.email}` : ""}
      </span>
    </>
  );
}
