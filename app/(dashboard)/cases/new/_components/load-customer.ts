import "server-only";
import { getPartyProfile, parsePartyId } from "@/lib/dal/party-profile";
import { placeOf, type PickedCustomer } from "./picked-customer";

export interface Preselection {
  customer: PickedCustomer | null;
  /** Why `?party=` did not (or not exactly) preselect what it named. */
  notice: string | null;
}

async function load(id: number): Promise<PickedCustomer | "missing" | { mergedInto: number }> {
  const result = await getPartyProfile(id);
  if (!result) return "missing";
  if (result.status === "merged") return { mergedInto: result.mergedIntoId };
  const p = result.profile.party;
  return { id: p.id, name: p.displayName, kind: p.kind, place: placeOf(p.city, p.country) };
}

/** The customer named by `?party=`: a merged one is followed once to the customer it became. */
export async function loadPreselection(raw: string | undefined): Promise<Preselection> {
  if (raw === undefined || raw === "") return { customer: null, notice: null };
  const id = parsePartyId(raw);
  const found = id === null ? "missing" : await load(id);
  if (found === "missing") return { customer: null, notice: `Customer “${raw.slice(0, 20)}” was not found; search for them below.` };
  if (!("mergedInto" in found)) return { customer: found, notice: null };
  const survivor = await load(found.mergedInto);
  if (survivor === "missing" || "mergedInto" in survivor) return { customer: null, notice: `Customer #${id} was merged into another record; search for them below.` };
  return { customer: survivor, notice: `Customer #${id} was merged into #${survivor.id}; the case will be opened on #${survivor.id}.` };
}
