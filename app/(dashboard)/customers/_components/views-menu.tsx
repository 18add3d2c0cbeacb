"use client";

import { Suspense, use, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Popover } from "@/components/ui/popover";
import { directorySearchParams, type DirectoryQuery } from "@/lib/domain/directory";
import type { Loaded } from "../_lib/types";
import type { SavedView } from "@/lib/domain/directory";
import { SaveViewDialog } from "./save-view-dialog";
import { SavedViewRow } from "./saved-view-row";

/** Saved views: open one, save the current one, rename or delete your own. */
export function ViewsMenu({ query, viewsPromise }: { query: DirectoryQuery; viewsPromise: Promise<Loaded<SavedView[]>> }) {
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const current = directorySearchParams(query).toString();
  return (
    <Popover label="Saved views" panelLabel="Saved views" className="w-fit">
      {(close) => (
        <>
          {message ? (
            <Alert tone="success" role="status" className="mb-2">
              {message}
            </Alert>
          ) : null}
          <Suspense fallback={<p className="px-2 py-1 text-muted-foreground">Loading views…</p>}>
            <ViewGroups viewsPromise={viewsPromise} current={current} onChoose={close} />
          </Suspense>
          <div className="mt-2 border-t pt-2">
            <Button variant="ghost" size="sm" className="w-full justify-start" aria-haspopup="dialog" onClick={() => setSaving(true)}>
              Save current view…
            </Button>
          </div>
          <SaveViewDialog
            open={saving}
            query={current}
            onClose={() => setSaving(false)}
            onSaved={(text) => {
              setSaving(false);
              setMessage(text);
            }}
          />
        </>
      )}
    </Popover>
  );
}

function ViewGroups({ viewsPromise, current, onChoose }: { viewsPromise: Promise<Loaded<SavedView[]>>; current: string; onChoose: () => void }) {
  const views = use(viewsPromise);
  if (!views.ok) return <p className="px-2 py-1 text-danger">Saved views could not be loaded.</p>;
  // Private views can only be the user's own; shared ones show whose they are.
  const groups = [
    { title: "My views", items: views.data.filter((v) => !v.shared), empty: "None yet. Save the current filters, sort and columns to come back to them." },
    { title: "Shared views", items: views.data.filter((v) => v.shared), empty: "No one has shared a view yet." },
  ];
  return (
    <div className="space-y-3">
      {groups.map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h3 className="px-2 pb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{group.title}</h3>
          {group.items.length ? (
            <ul className="space-y-0.5">
              {group.items.map((view) => (
                <SavedViewRow key={view.id} view={view} current={view.query === current} onChoose={onChoose} />
              ))}
            </ul>
          ) : (
            <p className="px-2 text-xs text-muted-foreground">{group.empty}</p>
          )}
        </section>
      ))}
    </div>
  );
}
