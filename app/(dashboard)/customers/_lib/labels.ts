import {
  FILTER_LABELS, FILTER_PARAMS, NPS_CATEGORY_LABELS, type DirectoryFilters,
} from "@/lib/domain/directory";
import { SOURCE_CLASS_LABELS, type CONSENT_CHANNELS, type SourceClass } from "@/lib/domain/enums";
import { formatDate, formatMoney, humanize } from "@/lib/format";

export const REACHABLE_LABELS: Record<(typeof CONSENT_CHANNELS)[number], string> = {
  email: "Email",
  phone: "Phone",
  sms: "SMS",
  post: "Post",
  push: "Push",
};

/** Short marks for the data-sources column; the full name goes in a tooltip and to screen readers. */
export const SOURCE_ABBREVIATIONS: Record<SourceClass, string> = {
  zero_party: "0P",
  first_party: "1P",
  second_party: "2P",
  third_party: "3P",
  earned: "E",
};

const same = (v: string) => v;
const list = (v: readonly string[]) => v.map(humanize).join(", ");
const money = (units: number) => formatMoney(Math.round(units * 100), "USD");
const day = (iso: string) => formatDate(`${iso}T00:00:00Z`);

type FilterKey = keyof DirectoryFilters;
type FilterValue<K extends FilterKey> = NonNullable<DirectoryFilters[K]>;

// Keyed over the alias (not `keyof` inline) so FORMAT[key] keeps its link to the key's value type.
const FORMAT: { [K in FilterKey]: (value: FilterValue<K>) => string } = {
  kind: humanize,
  country: same,
  region: same,
  city: same,
  tier: list,
  lifecycle: list,
  nps: (v) => v.map((c) => NPS_CATEGORY_LABELS[c]).join(", "),
  ltvMin: money,
  ltvMax: money,
  openCase: (v) => (v ? "Yes" : "No"),
  complainedWithin: (v) => `last ${v} days`,
  reachable: (v) => REACHABLE_LABELS[v],
  source: (v) => v.map((s) => SOURCE_CLASS_LABELS[s]).join(", "),
  createdFrom: day,
  createdTo: day,
  seenFrom: day,
  seenTo: day,
};

function describe<K extends FilterKey>(filters: DirectoryFilters, key: K): string | null {
  const value = filters[key];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  return `${FILTER_LABELS[key]}: ${FORMAT[key](value as FilterValue<K>)}`;
}

/** The active filters in URL order, each as chip text like "Tier: Gold, Platinum". */
export function describeFilters(filters: DirectoryFilters): { key: FilterKey; text: string }[] {
  return (Object.keys(FILTER_PARAMS) as FilterKey[]).flatMap((key) => {
    const text = describe(filters, key);
    return text ? [{ key, text }] : [];
  });
}
