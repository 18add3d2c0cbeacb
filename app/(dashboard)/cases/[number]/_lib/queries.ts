import "server-only";
import { listPartyOpenCases } from "@/lib/dal/cases";
import { getPartyProfile, type PartyProfile } from "@/lib/dal/party-profile";
import type { LoadedCases } from "../../../_components/log-interaction-dialog";
import { settle } from "../../../_lib/loaded";

/** The customer's open cases for the log dialog, streamed; a failure is logged and shown there as a note. */
export function loadOpenCases(partyId: number): Promise<LoadedCases> {
  return settle(listPartyOpenCases(partyId), "the customer's open cases");
}

/**
 * The consent ledger for the log dialog's hint. A failure only loses the hint (the server still
 * checks consent on save, and the customer header shows the error itself), so it becomes null.
 */
export function loadConsent(partyId: number): Promise<PartyProfile["consent"] | null> {
  return getPartyProfile(partyId).then(
    (result) => (result?.status === "found" ? result.profile.consent : null),
    (error: unknown) => {
      console.error("case page: loading consent failed", error);
      return null;
    },
  );
}
