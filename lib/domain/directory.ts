// The customer directory's view state: sort, filters, page size and columns. One parser and one
// serializer shared by the page, the API, the CSV export and the client table, so a URL means
// the same thing everywhere. Every field is allow-listed; nothing here ever becomes SQL text.
import { z } from "zod";
import {
  CONSENT_CHANNELS, LIFECYCLE_STAGES, LOYALTY_TIERS, PARTY_KINDS, SOURCE_CLASSES,
} from "./enums";
import type { Condition, SegmentDefinition } from "./segment-definition";

export const DIRECTORY_SORTS = ["name", "lifetime_value", "last_interaction", "created", "nps"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
export const SORT_LABELS: Record<DirectorySort, string> = {
  name: "Name",
  lifetime_value: "Lifetime value",
  last_interaction: "Last interaction",
  created: "Created",
  nps: "Latest NPS",
};
/** The direction a sort starts in when a header is first clicked. */
export const DEFAULT_DIRECTION: Record<DirectorySort, "asc" | "desc"> = {
  name: "asc",
  lifetime_value: "desc",
  last_interaction: "desc",
  created: "desc",
  nps: "desc",
};

export const DIRECTORY_COLUMNS = [
  "name", "email", "phone", "location", "tier", "lifecycle", "lifetime_value", "orders",
  "last_interaction", "latest_nps", "open_cases", "sources", "created",
] as const;
export type DirectoryColumn = (typeof DIRECTORY_COLUMNS)[number];
export const COLUMN_LABELS: Record<DirectoryColumn, string> = {
  name: "Name",
  email: "Email",
  phone: "Phone",
  location: "Location",
  tier: "Tier",
  lifecycle: "Lifecycle",
  lifetime_value: "Lifetime value",
  orders: "Orders",
  last_interaction: "Last interaction",
  latest_nps: "Latest NPS",
  open_cases: "Open cases",
  sources: "Data sources",
  created: "Created",
};
/** The column each sort belongs to, so headers know which sort they toggle. */
export const COLUMN_SORT: Partial<Record<DirectoryColumn, DirectorySort>> = {
  name: "name",
  lifetime_value: "lifetime_value",
  last_interaction: "last_interaction",
  created: "created",
  latest_nps: "nps",
};
export const DEFAULT_COLUMNS: readonly DirectoryColumn[] = [
  "name", "email", "phone", "location", "tier", "lifecycle", "lifetime_value", "orders",
  "last_interaction", "latest_nps", "open_cases", "sources",
];

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const NPS_CATEGORIES = ["promoter", "passive", "detractor", "none"] as const;
export type NpsCategory = (typeof NPS_CATEGORIES)[number];
export const NPS_CATEGORY_LABELS: Record<NpsCategory, string> = {
  promoter: "Promoter (9–10)",
  passive: "Passive (7–8)",
  detractor: "Detractor (0–6)",
  none: "No score",
};
/** "Complained in the last N days": party_stats keeps 90 days of complaint times. */
export const COMPLAINT_WINDOWS = [7, 30, 90] as const;
export type ComplaintWindow = (typeof COMPLAINT_WINDOWS)[number];

export interface DirectoryFilters {
  kind?: (typeof PARTY_KINDS)[number];
  country?: string;
  region?: string;
  city?: string;
  tier?: (typeof LOYALTY_TIERS)[number][];
  lifecycle?: (typeof LIFECYCLE_STAGES)[number][];
  nps?: NpsCategory[];
  /** Whole currency units, inclusive. */
  ltvMin?: number;
  ltvMax?: number;
  openCase?: boolean;
  complainedWithin?: ComplaintWindow;
  /** Marketing consent currently granted on this channel. */
  reachable?: (typeof CONSENT_CHANNELS)[number];
  /** Has data from any of these source classes. */
  source?: (typeof SOURCE_CLASSES)[number][];
  /** ISO dates (YYYY-MM-DD), inclusive, in UTC. */
  createdFrom?: string;
  createdTo?: string;
  seenFrom?: string;
  seenTo?: string;
}

export interface DirectoryQuery {
  sort: DirectorySort;
  dir: "asc" | "desc";
  size: number;
  columns: DirectoryColumn[];
  filters: DirectoryFilters;
  cursor?: string;
}

/** URL parameter name for each filter. */
export const FILTER_PARAMS = {
  kind: "kind",
  country: "country",
  region: "region",
  city: "city",
  tier: "tier",
  lifecycle: "lifecycle",
  nps: "nps",
  ltvMin: "ltv_min",
  ltvMax: "ltv_max",
  openCase: "open_case",
  complainedWithin: "complained",
  reachable: "reachable",
  source: "source",
  createdFrom: "created_from",
  createdTo: "created_to",
  seenFrom: "seen_from",
  seenTo: "seen_to",
} as const satisfies Record<keyof DirectoryFilters, string>;

export const FILTER_LABELS: Record<keyof DirectoryFilters, string> = {
  kind: "Kind",
  country: "Country",
  region: "Region",
  city: "City",
  tier: "Tier",
  lifecycle: "Lifecycle",
  nps: "NPS category",
  ltvMin: "Lifetime value from",
  ltvMax: "Lifetime value to",
  openCase: "Open case",
  complainedWithin: "Complained within",
  reachable: "Reachable by",
  source: "Data source",
  createdFrom: "Created from",
  createdTo: "Created to",
  seenFrom: "Last seen from",
  seenTo: "Last seen to",
};

const text = (max: number) => z.string().trim().min(1, "Must not be empty.").max(max, `At most ${max} characters.`);
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `One of: ${values.join(", ")}.` })).min(1).max(values.length))
    .transform((a) => [...new Set(a)]);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date like 2026-01-31.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Not a real date.");
const money = z
  .string()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, "A non-negative amount like 250 or 99.50.")
  .transform(Number);

const filterShape = {
  kind: z.enum(PARTY_KINDS, { error: `One of: ${PARTY_KINDS.join(", ")}.` }),
  country: z.string().trim().regex(/^[A-Za-z]{2}$/, "A two-letter country code like US.").transform((s) => s.toUpperCase()),
  region: text(100),
  city: text(100),
  tier: list(LOYALTY_TIERS),
  lifecycle: list(LIFECYCLE_STAGES),
  nps: list(NPS_CATEGORIES),
  ltvMin: money,
  ltvMax: money,
  openCase: z.enum(["yes", "no"], { error: "yes or no." }).transform((v) => v === "yes"),
  complainedWithin: z.enum(COMPLAINT_WINDOWS.map(String) as ["7", "30", "90"], { error: "7, 30 or 90." }).transform((v) => Number(v) as ComplaintWindow),
  reachable: z.enum(CONSENT_CHANNELS, { error: `One of: ${CONSENT_CHANNELS.join(", ")}.` }),
  source: list(SOURCE_CLASSES),
  createdFrom: isoDate,
  createdTo: isoDate,
  seenFrom: isoDate,
  seenTo: isoDate,
} satisfies Record<keyof DirectoryFilters, z.ZodType>;

export const cursorParam = z.string().min(1).max(512).regex(/^[A-Za-z0-9_-]+$/, "Not a cursor this list returned.");

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function readParam(params: SearchParamsInput, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const v = params[name];
  return Array.isArray(v) ? v[0] : v;
}

export type ParseResult = { ok: true; query: DirectoryQuery } | { ok: false; fields: Record<string, string> };

/** Reads the directory's view from URL parameters; unknown parameters are ignored, bad ones named. */
export function parseDirectoryQuery(params: SearchParamsInput): ParseResult {
  const fields: Record<string, string> = {};
  const check = <T>(name: string, shape: z.ZodType<T>, raw: string | undefined): T | undefined => {
    if (raw === undefined || raw === "") return undefined;
    if (raw.includes("\u0000")) {
      fields[name] = "Contains a NUL byte.";
      return undefined;
    }
    const r = shape.safeParse(raw);
    if (!r.success) {
      fields[name] = r.error.issues[0]?.message ?? "Invalid.";
      return undefined;
    }
    return r.data;
  };

  const sort = check("sort", z.enum(DIRECTORY_SORTS, { error: `One of: ${DIRECTORY_SORTS.join(", ")}.` }), readParam(params, "sort")) ?? "name";
  const dir = check("dir", z.enum(["asc", "desc"], { error: "asc or desc." }), readParam(params, "dir")) ?? (readParam(params, "sort") ? DEFAULT_DIRECTION[sort] : "asc");
  const size =
    check(
      "size",
      z.enum(PAGE_SIZES.map(String) as [string, ...string[]], { error: `One of: ${PAGE_SIZES.join(", ")}.` }).transform(Number),
      readParam(params, "size"),
    ) ?? DEFAULT_PAGE_SIZE;
  const columns =
    check(
      "cols",
      z
        .string()
        .max(400)
        .transform((s) => s.split(",").filter(Boolean))
        .pipe(z.array(z.enum(DIRECTORY_COLUMNS, { error: `Columns are: ${DIRECTORY_COLUMNS.join(", ")}.` })).min(1, "Pick at least one column."))
        .transform((a) => [...new Set(a)]),
      readParam(params, "cols"),
    ) ?? [...DEFAULT_COLUMNS];
  const cursor = check("cursor", cursorParam, readParam(params, "cursor"));

  const filters: DirectoryFilters = {};
  for (const key of Object.keys(filterShape) as (keyof DirectoryFilters)[]) {
    const value = check(FILTER_PARAMS[key], filterShape[key] as z.ZodType<unknown>, readParam(params, FILTER_PARAMS[key]));
    if (value !== undefined) (filters as Record<string, unknown>)[key] = value;
  }
  if (filters.ltvMin !== undefined && filters.ltvMax !== undefined && filters.ltvMin > filters.ltvMax) {
    fields[FILTER_PARAMS.ltvMax] = "Must not be below the lower bound.";
  }
  for (const [from, to] of [["createdFrom", "createdTo"], ["seenFrom", "seenTo"]] as const) {
    const a = filters[from];
    const b = filters[to];
    if (a && b && a > b) fields[FILTER_PARAMS[to]] = "Must not be before the start date.";
  }

  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, query: { sort, dir, size, columns, filters, ...(cursor ? { cursor } : {}) } };
}

/**
 * The URL parameters for a view, leaving out defaults so links stay short. `cursor` is dropped
 * unless asked for: a change of sort or filter starts again at the first page.
 */
export function directorySearchParams(query: Omit<DirectoryQuery, "cursor"> & { cursor?: string | undefined }, opts: { cursor?: boolean } = {}): URLSearchParams {
  const out = new URLSearchParams();
  const f = query.filters;
  for (const key of Object.keys(FILTER_PARAMS) as (keyof DirectoryFilters)[]) {
    const v = f[key];
    if (v === undefined) continue;
    const name = FILTER_PARAMS[key];
    if (Array.isArray(v)) {
      if (v.length) out.set(name, v.join(","));
    } else if (typeof v === "boolean") out.set(name, v ? "yes" : "no");
    else out.set(name, String(v));
  }
  if (query.sort !== "name" || query.dir !== "asc") {
    out.set("sort", query.sort);
    if (query.dir !== DEFAULT_DIRECTION[query.sort]) out.set("dir", query.dir);
  }
  if (query.size !== DEFAULT_PAGE_SIZE) out.set("size", String(query.size));
  if (query.columns.join(",") !== DEFAULT_COLUMNS.join(",")) out.set("cols", query.columns.join(","));
  if (opts.cursor && query.cursor) out.set("cursor", query.cursor);
  return out;
}

export function directoryHref(query: Parameters<typeof directorySearchParams>[0], opts: { cursor?: boolean } = {}): string {
  const qs = directorySearchParams(query, opts).toString();
  return qs ? `/customers?${qs}` : "/customers";
}

export function activeFilterCount(filters: DirectoryFilters): number {
  return Object.values(filters).filter((v) => v !== undefined && !(Array.isArray(v) && v.length === 0)).length;
}

export function npsCategory(score: number | null): NpsCategory {
  if (score === null) return "none";
  return score >= 9 ? "promoter" : score >= 7 ? "passive" : "detractor";
}

/** One row of the directory, as the data layer hands it out (contact details already masked where needed). */
export interface DirectoryRow {
  id: number;
  kind: (typeof PARTY_KINDS)[number];
  displayName: string;
  email: string | null;
  phone: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  tier: (typeof LOYALTY_TIERS)[number] | null;
  lifecycle: (typeof LIFECYCLE_STAGES)[number];
  lifetimeValueMinor: number;
  orderCount: number;
  lastInteractionAt: string | null;
  latestNps: number | null;
  openCases: number;
  sourceClasses: (typeof SOURCE_CLASSES)[number][];
  createdAt: string;
}

export interface DirectoryTotal {
  value: number;
  /** False when the number is the planner's estimate rather than a count. */
  exact: boolean;
}

/** party_stats.source_classes has one bit per class, in SOURCE_CLASSES order (zero-party = 1). */
export function sourceClassMask(classes: readonly (typeof SOURCE_CLASSES)[number][]): number {
  return classes.reduce((mask, c) => mask | (1 << SOURCE_CLASSES.indexOf(c)), 0);
}

export function sourceClassesFromMask(mask: number): (typeof SOURCE_CLASSES)[number][] {
  return SOURCE_CLASSES.filter((_, i) => (mask & (1 << i)) !== 0);
}

/** A saved directory view as the views menu lists it. */
export interface SavedView {
  id: number;
  name: string;
  /** Shared views are visible to every user who may open the page. */
  shared: boolean;
  /** The view's URL query string, without "?" and without a cursor. */
  query: string;
  ownerName: string;
  /** The current user may rename or delete it (owner, or an admin for shared views). */
  canEdit: boolean;
}

/** A country present in the directory, for the country filter. */
export interface CountryCount {
  code: string;
  count: number;
}

/** A static segment the bulk action can add customers to. */
export interface StaticSegmentOption {
  id: number;
  name: string;
  memberCount: number;
}

/**
 * The same filters as a segment definition, so the in-memory facts (lib/db/segment-engine) can
 * count them exactly in a few milliseconds; null when a filter has no segment field (the created
 * and last-seen dates), and SQL counts instead. Each condition means what the directory's SQL
 * condition means (lib/db/queries/directory.ts); a test holds the two counts equal.
 */
export function filtersAsDefinition(f: DirectoryFilters): SegmentDefinition | null {
  if (f.createdFrom || f.createdTo || f.seenFrom || f.seenTo) return null;
  const c: Condition[] = [];
  if (f.kind) c.push({ type: "condition", field: "profile.kind", values: [f.kind] });
  if (f.country) c.push({ type: "condition", field: "profile.country", values: [f.country] });
  if (f.region) c.push({ type: "condition", field: "profile.region", values: [f.region] });
  if (f.city) c.push({ type: "condition", field: "profile.city", values: [f.city] });
  if (f.lifecycle?.length) c.push({ type: "condition", field: "profile.lifecycle", values: f.lifecycle });
  if (f.tier?.length) c.push({ type: "condition", field: "loyalty.tier", values: f.tier });
  if (f.nps?.length) c.push({ type: "condition", field: "feedback.nps_category", values: f.nps });
  if (f.ltvMin !== undefined || f.ltvMax !== undefined) c.push({ type: "condition", field: "value.lifetime", min: f.ltvMin, max: f.ltvMax });
  if (f.openCase !== undefined) c.push({ type: "condition", field: "cases.open", present: f.openCase });
  if (f.complainedWithin) c.push({ type: "condition", field: "cases.complaints", min: 1, withinDays: f.complainedWithin });
  if (f.reachable) c.push({ type: "condition", field: "consent.reachable", channel: f.reachable, purpose: "marketing" });
  if (f.source?.length) c.push({ type: "condition", field: "source.class", values: f.source });
  return { version: 1, root: { type: "group", op: "and", children: c } };
}
