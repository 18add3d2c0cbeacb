"use client";

import { Icon } from "@/components/shell/icons";
import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  useEffect, useId, useImperativeHandle, useRef, useState,
  type KeyboardEvent, type MouseEvent, type ReactNode, type Ref,
} from "react";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { SEARCH_MAX_LENGTH, type SearchResults } from "@/lib/domain/search";
import {
  CaseResult, caseHref, CustomerResult, customerHref, OrderResult, orderHref, SEARCH_LABEL,
  searchPageHref, SearchTips,
} from "./result-parts";

export interface CommandPaletteHandle {
  /** Opens the palette; `seed` replaces the query (a key typed on the trigger), else the last one is selected. */
  open(seed?: string): void;
}

type Outcome = { query: string; now: number; results: SearchResults } | { query: string; error: string };
interface Option { id: string; index: number; href: string; content: ReactNode }
interface Group { id: string; label: string; options: Option[] }

const DEBOUNCE_MS = 150;
/** Only a search slower than this shows "Searching…", so quick answers do not flash. */
const SLOW_MS = 200;
const GENERIC_ERROR = "Search failed — try again";

function apiErrorMessage(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const { error } = body;
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string"
    ? error.message
    : null;
}

async function fetchResults(query: string, signal: AbortSignal): Promise<Outcome> {
  try {
    const response = await fetch(`/api/v1/search?${new URLSearchParams({ q: query })}`, {
      signal,
      headers: { accept: "application/json" },
    });
    const body: unknown = await response.json().catch(() => null);
    if (response.ok && body) return { query, now: Date.now(), results: body as SearchResults };
    // 4xx messages are written for people (a bad query, a rate limit); 5xx ones are not.
    return { query, error: (response.status < 500 && apiErrorMessage(body)) || GENERIC_ERROR };
  } catch {
    return { query, error: GENERIC_ERROR };
  }
}

function buildGroups({ query, now, results }: { query: string; now: number; results: SearchResults }, baseId: string): Group[] {
  let index = 0;
  const option = (key: string, href: string, content: ReactNode): Option => ({ id: `${baseId}-${key}`, index: index++, href, content });
  return [
    {
      id: `${baseId}-customers`,
      label: "Customers",
      options: results.customers.map((c) => option(`c${c.id}`, customerHref(c), <CustomerResult customer={c} query={query} now={now} />)),
    },
    {
      id: `${baseId}-orders`,
      label: "Orders",
      options: results.orders.map((o) => option(`o${o.id}`, orderHref(o), <OrderResult order={o} query={query} />)),
    },
    {
      id: `${baseId}-cases`,
      label: "Cases",
      options: results.cases.map((c) => option(`k${c.id}`, caseHref(c), <CaseResult supportCase={c} query={query} />)),
    },
  ].filter((group) => group.options.length > 0);
}

/** A plain left click navigates in this tab, so the palette closes; modified clicks open a new tab. */
const isPlainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/**
 * The Ctrl/Cmd-K search palette: a modal <dialog> (the browser traps focus and handles Escape)
 * around an ARIA combobox whose listbox groups customers, orders and cases.
 */
export function CommandPalette({
  id,
  ref,
  onOpenChange,
}: {
  id?: string;
  ref?: Ref<CommandPaletteHandle>;
  onOpenChange?: (open: boolean) => void;
}) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  const [query, setQuery] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [slow, setSlow] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const trimmed = query.trim();

  const changeQuery = (next: string) => {
    setQuery(next);
    if (!next.trim()) {
      setOutcome(null);
      setSlow(false);
    }
  };

  useImperativeHandle(ref, () => ({
    open(seed) {
      const dialog = dialogRef.current;
      const input = inputRef.current;
      if (!dialog || !input) return;
      if (seed !== undefined) changeQuery(seed);
      if (!dialog.open) {
        dialog.showModal();
        onOpenChange?.(true);
      }
      input.focus();
      if (seed === undefined) input.select();
    },
  }));

  useEffect(() => {
    if (!trimmed) return;
    const controller = new AbortController();
    let slowTimer: ReturnType<typeof setTimeout> | undefined;
    const debounce = setTimeout(() => {
      slowTimer = setTimeout(() => setSlow(true), SLOW_MS);
      void fetchResults(trimmed, controller.signal).then((next) => {
        // Aborted means a newer query (or an unmount) replaced this one: its answer is stale.
        if (controller.signal.aborted) return;
        clearTimeout(slowTimer);
        setSlow(false);
        setOutcome(next);
        setActiveIndex(0);
      });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(debounce);
      clearTimeout(slowTimer);
      controller.abort();
    };
  }, [trimmed]);

  // Results for an older query stay visible while the next one loads (no flicker), but Enter
  // does not open them, and an older "no matches" or error is not shown for the new query.
  const current = outcome?.query === trimmed;
  const found = trimmed && outcome && "results" in outcome ? outcome : null;
  const failed = current && outcome && "error" in outcome ? outcome : null;
  const groups = found ? buildGroups(found, baseId) : [];
  const options = groups.flatMap((group) => group.options);
  const active = options.length ? Math.min(activeIndex, options.length - 1) : -1;
  const activeOption = options[active];

  const close = () => dialogRef.current?.close();
  const go = (href: string) => {
    close();
    router.push(href);
  };

  const moveTo = (index: number) => {
    const option = options[index];
    if (!option) return;
    setActiveIndex(index);
    document.getElementById(option.id)?.scrollIntoView({ block: "nearest" });
  };

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    const last = options.length - 1;
    if (e.key === "Enter") {
      e.preventDefault();
      if (activeOption && current) go(activeOption.href);
      else if (trimmed) go(searchPageHref(trimmed));
      return;
    }
    const moves: Record<string, number> = { ArrowDown: active >= last ? 0 : active + 1, ArrowUp: active <= 0 ? last : active - 1, Home: 0, End: last };
    const target = moves[e.key];
    // With no options, Home/End keep moving the caret.
    if (target === undefined || last < 0) return;
    e.preventDefault();
    moveTo(target);
  }

  const status = slow && trimmed
    ? "Searching…"
    : current && found
      ? options.length ? `${options.length} result${options.length === 1 ? "" : "s"}` : `No matches for “${found.query}”`
      : "";

  return (
    <dialog
      ref={dialogRef}
      id={id}
      aria-label="Search"
      onClose={() => onOpenChange?.(false)}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself) closes the palette.
        if (e.target === e.currentTarget) close();
      }}
      className="mx-auto mt-[10vh] max-h-[80dvh] w-[calc(100%-2rem)] max-w-2xl overflow-hidden rounded-lg border bg-popover p-0 text-foreground shadow-2xl open:flex open:flex-col"
    >
      <div className="flex items-center gap-2 border-b px-3">
        <Icon name="search" className="size-4 shrink-0 text-muted-foreground" />
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label={SEARCH_LABEL}
          aria-expanded={options.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption?.id}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder="Name, email, phone, order or case number…"
          value={query}
          onChange={(e) => changeQuery(e.target.value)}
          onKeyDown={onKeyDown}
          className="h-12 min-w-0 flex-1 bg-transparent text-sm outline-none placeholder:text-muted-foreground"
        />
        {slow && trimmed ? (
          <span aria-hidden="true" className="size-4 shrink-0 animate-spin rounded-full border-2 border-muted border-t-primary" />
        ) : null}
        <button
          type="button"
          onClick={close}
          aria-label="Close search"
          className="shrink-0 rounded border bg-muted px-1.5 py-0.5 font-mono text-xs text-muted-foreground hover:text-foreground"
        >
          Esc
        </button>
      </div>

      <p role="status" className="sr-only">
        {status}
      </p>

      <div className="min-h-0 flex-1 overflow-y-auto p-2">
        {!trimmed ? (
          <div className="px-2 py-3">
            <p className="mb-3 text-sm font-medium">Search by</p>
            <SearchTips />
          </div>
        ) : null}
        {failed ? (
          <Alert tone="danger" role="alert" className="m-1">
            {failed.error}
          </Alert>
        ) : null}
        {trimmed && slow && options.length === 0 ? <p className="px-2 py-6 text-center text-sm text-muted-foreground">Searching…</p> : null}
        {current && found && options.length === 0 ? (
          <div className="px-2 py-6 text-center text-sm">
            <p className="font-medium">No matches for “{found.query}”</p>
            <p className="mt-1 text-muted-foreground">Check the spelling, or try an email, a phone number or the last digits of one.</p>
          </div>
        ) : null}

        <div
          role="listbox"
          id={listboxId}
          aria-label="Search results"
          aria-busy={slow || undefined}
          hidden={options.length === 0}
          className={cn("space-y-2 transition-opacity", slow && "opacity-60")}
        >
          {groups.map((group) => (
            <div key={group.id} role="group" aria-labelledby={group.id}>
              {/* Named for assistive technology through aria-labelledby; hidden so it is not read as an option. */}
              <div id={group.id} aria-hidden="true" className="px-2 pt-1 pb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                {group.label}
              </div>
              {group.options.map((option) => (
                <Link
                  key={option.id}
                  id={option.id}
                  href={option.href}
                  prefetch={false}
                  role="option"
                  aria-selected={option.index === active}
                  tabIndex={-1}
                  // Keeps focus, and so the caret and aria-activedescendant, in the input.
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActiveIndex(option.index)}
                  onClick={(e) => isPlainClick(e) && close()}
                  className="block rounded-md px-2 py-2 aria-selected:bg-accent"
                >
                  {option.content}
                </Link>
              ))}
            </div>
          ))}
        </div>

        {found?.results.more ? (
          // Plain text: the footer holds the one "See all results" link.
          <p className="px-2 pt-3 pb-1 text-xs text-muted-foreground">More customers match — keep typing or see all results.</p>
        ) : null}
      </div>

      <div className="flex items-center justify-between gap-3 border-t px-3 py-2 text-xs text-muted-foreground">
        <p aria-hidden="true" className="hidden sm:block">
          <kbd className="font-mono">↑</kbd> <kbd className="font-mono">↓</kbd> to move · <kbd className="font-mono">Enter</kbd> to open ·{" "}
          <kbd className="font-mono">Esc</kbd> to close
        </p>
        {trimmed ? (
          <Link
            href={searchPageHref(trimmed)}
            prefetch={false}
            onClick={(e) => isPlainClick(e) && close()}
            className="ml-auto font-medium text-primary underline-offset-2 hover:underline"
          >
            See all results
          </Link>
        ) : null}
      </div>
    </dialog>
  );
}
