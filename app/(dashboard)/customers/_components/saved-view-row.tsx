"use client";

import Link from "next/link";
import { useActionState, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/domain/action-result";
import { deleteViewAction, renameViewAction } from "../_lib/actions";
import type { SavedView } from "@/lib/domain/directory";

type Mode = "show" | "rename" | "delete";

/** One saved view: a link to it, and for its editors rename and delete (with a confirmation). */
export function SavedViewRow({ view, current, onChoose }: { view: SavedView; current: boolean; onChoose: () => void }) {
  const [mode, setMode] = useState<Mode>("show");
  // Escape leaves the inline form, not the whole menu.
  const backOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.stopPropagation();
    setMode("show");
  };

  if (mode === "rename") return <RenameForm view={view} onDone={() => setMode("show")} onKeyDown={backOnEscape} />;
  if (mode === "delete") return <DeleteForm view={view} onCancel={() => setMode("show")} onKeyDown={backOnEscape} />;
  return (
    <li className="flex items-center gap-1 rounded hover:bg-muted/60">
      <Link
        href={view.query ? `/customers?${view.query}` : "/customers"}
        aria-current={current ? "page" : undefined}
        onClick={onChoose}
        className={cn("min-w-0 flex-1 rounded px-2 py-1.5", current && "font-semibold")}
      >
        <span className="block truncate">{view.name}</span>
        {view.shared ? <span className="block truncate text-xs text-muted-foreground">by {view.ownerName}</span> : null}
      </Link>
      {view.canEdit ? (
        <>
          <Button variant="ghost" size="xs" onClick={() => setMode("rename")}>
            Rename<span className="sr-only"> view {view.name}</span>
          </Button>
          <Button variant="ghost" size="xs" onClick={() => setMode("delete")}>
            <span className="text-danger">Delete</span>
            <span className="sr-only"> view {view.name}</span>
          </Button>
        </>
      ) : null}
    </li>
  );
}

function RenameForm({ view, onDone, onKeyDown }: { view: SavedView; onDone: () => void; onKeyDown: (e: KeyboardEvent) => void }) {
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const result = await renameViewAction(prev, formData);
    if (result.ok) onDone();
    return result;
  }, null);
  const error = state && !state.ok ? (state.fields?.name ?? state.error) : undefined;
  const errorId = `rename-view-${view.id}-error`;
  return (
    <li>
      <form action={formAction} onKeyDown={onKeyDown} className="space-y-1.5 rounded bg-muted/60 p-2">
        <input type="hidden" name="id" value={view.id} />
        <label htmlFor={`rename-view-${view.id}`} className="sr-only">
          New name for {view.name}
        </label>
        <Input
          id={`rename-view-${view.id}`}
          name="name"
          defaultValue={view.name}
          required
          maxLength={80}
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {error ? (
          <p id={errorId} role="alert" className="text-xs text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-1">
          <Button variant="ghost" size="sm" onClick={onDone}>
            Cancel
          </Button>
          <SubmitButton size="sm" pendingText="Saving…">
            Save name
          </SubmitButton>
        </div>
      </form>
    </li>
  );
}

function DeleteForm({ view, onCancel, onKeyDown }: { view: SavedView; onCancel: () => void; onKeyDown: (e: KeyboardEvent) => void }) {
  const [state, formAction] = useActionState(deleteViewAction, null);
  return (
    <li>
      <form action={formAction} onKeyDown={onKeyDown} className="space-y-1.5 rounded border border-danger/30 bg-danger/10 p-2">
        <input type="hidden" name="id" value={view.id} />
        <p className="text-sm">
          Delete “{view.name}”?{view.shared ? " It is shared, so it disappears for everyone." : ""}
        </p>
        {state && !state.ok ? (
          <p role="alert" className="text-xs text-danger">
            {state.error}
          </p>
        ) : null}
        <div className="flex justify-end gap-1">
          {/* Focus lands on the safe choice. */}
          <Button variant="ghost" size="sm" onClick={onCancel} autoFocus>
            Cancel
          </Button>
          <SubmitButton size="sm" variant="destructive" pendingText="Deleting…">
            Delete view
          </SubmitButton>
        </div>
      </form>
    </li>
  );
}
