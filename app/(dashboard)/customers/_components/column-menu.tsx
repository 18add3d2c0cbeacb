"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useOptimistic, useRef, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Popover } from "@/components/ui/popover";
import {
  COLUMN_LABELS, DEFAULT_COLUMNS, DIRECTORY_COLUMNS, directoryHref, type DirectoryColumn, type DirectoryQuery,
} from "@/lib/domain/directory";

const ARROWS = { up: "M12 19V5M6 11l6-6 6 6", down: "M12 5v14M6 13l6 6 6-6" } as const;

/** Which columns show, and in what order; all of it lives in the URL's `cols`. */
export function ColumnMenu({ query }: { query: DirectoryQuery }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [columns, setColumns] = useOptimistic(query.columns);
  const idPrefix = useId();
  const focusAfterMove = useRef<string | null>(null);

  // A moved row is re-inserted in the DOM, which drops focus; put it back on the same button
  // (or its twin, when the row reached an end and the button is now disabled).
  useEffect(() => {
    const id = focusAfterMove.current;
    if (!id) return;
    focusAfterMove.current = null;
    const button = document.getElementById(id);
    if (button instanceof HTMLButtonElement && !button.disabled) button.focus();
    else document.getElementById(id.replace(/-(up|down)$/, (_, d: string) => (d === "up" ? "-down" : "-up")))?.focus();
  }, [columns]);

  function update(next: DirectoryColumn[]) {
    startTransition(() => {
      setColumns(next);
      // Columns do not change which rows match, so the page (cursor) is kept.
      router.push(directoryHref({ ...query, columns: next }, { cursor: true }), { scroll: false });
    });
  }
  function move(column: DirectoryColumn, by: -1 | 1) {
    const from = columns.indexOf(column);
    const next = [...columns];
    next.splice(from, 1);
    next.splice(from + by, 0, column);
    focusAfterMove.current = `${idPrefix}-${column}-${by < 0 ? "up" : "down"}`;
    update(next);
  }

  const hidden = DIRECTORY_COLUMNS.filter((c) => !columns.includes(c));
  return (
    <Popover label="Columns" panelLabel="Columns" className="w-fit">
      <ul className="space-y-0.5">
        {[...columns, ...hidden].map((column, index) => {
          const shown = index < columns.length;
          const label = COLUMN_LABELS[column];
          return (
            <li key={column} className="flex items-center gap-1 rounded px-1 hover:bg-muted/60">
              <label className="flex flex-1 cursor-pointer items-center gap-2 py-1">
                <Checkbox
                  checked={shown}
                  // The table needs at least one column.
                  disabled={shown && columns.length === 1}
                  onChange={() => update(shown ? columns.filter((c) => c !== column) : [...columns, column])}
                />
                {label}
              </label>
              {shown
                ? (["up", "down"] as const).map((dir) => (
                    <Button
                      key={dir}
                      id={`${idPrefix}-${column}-${dir}`}
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`Move ${label} ${dir}`}
                      disabled={dir === "up" ? index === 0 : index === columns.length - 1}
                      onClick={() => move(column, dir === "up" ? -1 : 1)}
                    >
                      <svg viewBox="0 0 24 24" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
                        <path d={ARROWS[dir]} />
                      </svg>
                    </Button>
                  ))
                : null}
            </li>
          );
        })}
      </ul>
      <div className="mt-2 border-t pt-2">
        <Button variant="ghost" size="sm" className="w-full" onClick={() => update([...DEFAULT_COLUMNS])}>
          Reset columns
        </Button>
      </div>
    </Popover>
  );
}
