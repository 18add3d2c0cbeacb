"use client";

import { useActionState, useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { revokeApiKeyAction } from "../../_lib/actions";
import type { ActionState } from "@/lib/domain/action-result";

/** Revoking takes two steps: "Revoke", then "Confirm revoke" (or Cancel). */
export function RevokeKeyForm({ id, name }: { id: string; name: string }) {
  const [state, formAction, pending] = useActionState(revokeApiKeyAction, null as ActionState);
  const [confirming, setConfirming] = useState(false);
  // Focus moves to the safe choice when the confirmation appears (a stable ref runs once per mount).
  const focusOnMount = useCallback((el: HTMLButtonElement | null) => el?.focus(), []);

  return (
    <div className="flex flex-col items-end">
      {confirming ? (
        <form action={formAction} className="flex flex-wrap items-center justify-end gap-2">
          <input type="hidden" name="id" value={id} />
          <span className="text-xs text-muted-foreground">Apps using it stop working.</span>
          <SubmitButton size="sm" variant="destructive" pending={pending} pendingText="Revoking…">
            Confirm revoke<span className="sr-only"> key {name}</span>
          </SubmitButton>
          <Button
            ref={focusOnMount}
            size="sm"
            variant="outline"
            onClick={() => setConfirming(false)}
            disabled={pending}
          >
            Cancel
          </Button>
        </form>
      ) : (
        <Button variant="ghost" size="sm" className="text-danger hover:bg-danger/10" onClick={() => setConfirming(true)}>
          Revoke<span className="sr-only"> key {name}</span>
        </Button>
      )}
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-xs text-danger">
          {state.error}
        </p>
      ) : null}
    </div>
  );
}
