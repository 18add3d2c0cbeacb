"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { formatNumber } from "@/lib/format";
import { MAX_OVERLAP, MIN_OVERLAP, overlapHref } from "./segment-ids";

export interface OverlapOption {
  id: number;
  name: string;
  memberCount: number;
}

/**
 * Pick two or three segments and open their overlap. A real GET form, so it works before
 * JavaScript (as repeated `ids`); with it, the address is the short `?ids=3,7,12`.
 */
export function OverlapForm({ segments, initial = [] }: { segments: readonly OverlapOption[]; initial?: readonly number[] }) {
  const router = useRouter();
  const [picked, setPicked] = useState<number[]>(() => initial.filter((id) => segments.some((s) => s.id === id)).slice(0, MAX_OVERLAP));
  const [error, setError] = useState<string | null>(null);
  const legendId = useId();
  const hintId = useId();
  const errorId = useId();
  const full = picked.length >= MAX_OVERLAP;

  const toggle = (id: number, checked: boolean) => {
    setError(null);
    setPicked((current) => (checked ? [...current, id].slice(0, MAX_OVERLAP) : current.filter((p) => p !== id)));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (picked.length < MIN_OVERLAP) {
      setError("Pick at least two segments to compare.");
      return;
    }
    router.push(overlapHref(picked));
  };

  return (
    <form method="get" action="/segments/overlap" onSubmit={onSubmit} noValidate>
      <fieldset className="min-w-0" aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
        <legend id={legendId} className="text-sm font-medium">
          Segments to compare
        </legend>
        <p id={hintId} className="mt-0.5 text-xs text-muted-foreground">
          Pick two or three. {picked.length} of {MAX_OVERLAP} picked{full ? " — clear one to pick another" : ""}.
        </p>
        <ul className="mt-2 max-h-72 divide-y overflow-y-auto rounded-md border">
          {segments.map((s) => {
            const checked = picked.includes(s.id);
            return (
              <li key={s.id}>
                <label className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm has-disabled:cursor-not-allowed has-disabled:opacity-60">
                  <Checkbox
                    name="ids"
                    value={s.id}
                    checked={checked}
                    disabled={full && !checked}
                    onChange={(event) => toggle(s.id, event.currentTarget.checked)}
                  />
                  <span className="min-w-0 flex-1 truncate">{s.name}</span>
                  <span className="shrink-0 text-xs text-muted-foreground tabular-nums">{formatNumber(s.memberCount)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {error ? (
        <p id={errorId} role="alert" className="mt-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <Button type="submit" size="sm" className="mt-3">
        Show overlap
      </Button>
    </form>
  );
}
