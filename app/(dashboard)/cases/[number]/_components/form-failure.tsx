"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionFailure } from "@/lib/domain/action-result";

/**
 * A refused save. A failure that is not about a field the user can fix (above all "this case was
 * changed since you opened it") offers "Reload case": the page refreshes underneath with the new
 * version while the form keeps what was typed, so the user can check and save again.
 */
export function FormFailure({ failed, fieldsShown }: { failed: ActionFailure | null; fieldsShown: readonly string[] }) {
  const router = useRouter();
  const [reloading, startReload] = useTransition();
  // Which failure was reloaded for: a new failure offers the button again.
  const [reloadedFor, setReloadedFor] = useState<ActionFailure | null>(null);
  if (!failed) return null;

  const fields = failed.fields ?? {};
  // Messages for fields this form has no place for (the version, the case id) go in the alert.
  const extra = Object.entries(fields).filter(([name]) => !fieldsShown.includes(name)).map(([, message]) => message);
  const stale = failed.code === "conflict" || "version" in fields;
  const reloaded = reloadedFor === failed && !reloading;

  return (
    <Alert tone="danger" role="alert" className="space-y-2">
      <p className="font-medium">
        {failed.error}
        {extra.length ? ` ${extra.join(" ")}` : null}
      </p>
      {stale ? (
        reloaded ? (
          <p>Reloaded: the page shows the latest version. What you entered is kept; check it and save again.</p>
        ) : (
          <Button
            variant="outline"
            size="xs"
            aria-busy={reloading || undefined}
            disabled={reloading}
            onClick={() =>
              startReload(() => {
                setReloadedFor(failed);
                router.refresh();
              })
            }
          >
            {reloading ? "Reloading…" : "Reload case"}
          </Button>
        )
      ) : null}
    </Alert>
  );
}
