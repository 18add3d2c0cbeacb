"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { deleteSegmentAction } from "../../_lib/actions";

/** "Delete", confirmed in a dialog; on success back to the list. */
export function DeleteSegmentButton({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // Escape closes the native dialog whatever we do, so closing is always allowed; a delete already
  // sent still finishes (and leaves the page if it succeeds).
  const close = () => {
    setOpen(false);
    setError(null);
  };

  const confirm = () => {
    setError(null);
    startTransition(async () => {
      let result: { ok: boolean; message: string };
      try {
        result = await deleteSegmentAction(id);
      } catch {
        result = { ok: false, message: "The segment could not be deleted. Try again in a moment." };
      }
      if (result.ok) {
        router.push("/segments");
      } else {
        setError(result.message);
      }
    });
  };

  return (
    <>
      <Button variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)} className="text-danger">
        Delete
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={`Delete “${name}”?`}
        description="The segment, its member list and its size history are removed. Customers are not affected. This cannot be undone."
      >
        <div className="space-y-4 p-5">
          {error ? (
            <Alert tone="danger" role="alert">
              {error}
            </Alert>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={close} disabled={pending} data-autofocus>
              Cancel
            </Button>
            <Button variant="destructive" onClick={confirm} disabled={pending} aria-busy={pending || undefined}>
              {pending ? "Deleting…" : "Delete segment"}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
