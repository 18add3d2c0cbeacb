"use client";

import { useRouter } from "next/navigation";
import { SubmitButton } from "@/components/ui/submit-button";
import { claimFollowUpAction } from "../../_lib/actions";
import { followUpsHref } from "../_lib/search-params";
import { useFollowUpReport } from "./notices";

/**
 * "Claim" for an open follow-up. Success or not, the page refreshes: a claim that lost the race
 * to a colleague is as stale as one that won, and both rows leave the Open view.
 */
export function ClaimForm({ partyId, followUpId, customer }: { partyId: number; followUpId: number; customer: string }) {
  const router = useRouter();
  const report = useFollowUpReport();

  async function claim(formData: FormData) {
    const result = await claimFollowUpAction(null, formData);
    report(result, { href: followUpsHref("mine"), label: "See your follow-ups." });
    router.refresh();
  }

  return (
    <form action={claim}>
      <input type="hidden" name="partyId" value={partyId} />
      <input type="hidden" name="followUpId" value={followUpId} />
      <SubmitButton size="xs" variant="outline" pendingText="Claiming…">
        Claim<span className="sr-only"> the follow-up for {customer}</span>
      </SubmitButton>
    </form>
  );
}
