"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { recomputeSegmentAction } from "../../_lib/actions";

type Outcome = { ok: boolean; message: string };

/** Recomputes the members now; the result stays beside the button and the page refreshes its figures. */
export function RecomputeButton({ id }: { id: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const recompute = () => {
    setOutcome(null);
    startTransition(async () => {
      let result: Outcome;
      try {
        result = await recomputeSegmentAction(id);
      } catch {
        result = { ok: false, message: "The segment could not be recomputed. Try again in a moment." };
      }
      setOutcome({ ok: result.ok, message: result.message });
      if (result.ok) router.refresh();
    });
  };

  return (
    <>
      <Button variant="outline" size="sm" onClick={recompute} disabled={pending} aria-busy={pending || undefined}>
        <svg viewBox="0 0 24 24" className={cn("size-4", pending && "animate-spin")} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7" />
        </svg>
        {pending ? "Recomputing…" : "Recompute now"}
      </Button>
      {/* Always in the page (hidden while empty), so the result is announced when it arrives. */}
      <p role="status" className={cn(outcome ? "order-last basis-full text-sm sm:text-right" : "sr-only", outcome?.ok === false ? "text-danger" : "text-muted-foreground")}>
        {outcome?.message}
      </p>
    </>
  );
}
