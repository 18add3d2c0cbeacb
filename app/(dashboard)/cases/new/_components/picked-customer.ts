// The customer a new case is about, as the form shows it. Plain data, built on the server (from
// ?party=) or in the browser (from a search result).
import type { SearchCustomer } from "@/lib/domain/search";

export interface PickedCustomer {
  id: number;
  name: string;
  kind: "person" | "organization";
  /** "Lyon, FR"; null when the customer has no city or country. */
  place: string | null;
}

export const placeOf = (city: string | null, country: string | null): string | null =>
  [city, country].filter(Boolean).join(", ") || null;

export const fromSearch = (c: SearchCustomer): PickedCustomer => ({
  id: c.id, name: c.displayName, kind: c.kind, place: placeOf(c.city, c.country),
});
