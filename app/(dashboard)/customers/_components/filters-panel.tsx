"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Suspense, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import {
  activeFilterCount, COMPLAINT_WINDOWS, directoryHref, directorySearchParams, FILTER_LABELS, FILTER_PARAMS,
  NPS_CATEGORIES, NPS_CATEGORY_LABELS, parseDirectoryQuery, type DirectoryQuery,
} from "@/lib/domain/directory";
import { CONSENT_CHANNELS, LIFECYCLE_STAGES, LOYALTY_TIERS, PARTY_KINDS, SOURCE_CLASSES, SOURCE_CLASS_LABELS } from "@/lib/domain/enums";
import { humanize } from "@/lib/format";
import { REACHABLE_LABELS } from "../_lib/labels";
import type { Loaded } from "../_lib/types";
import type { CountryCount } from "@/lib/domain/directory";
import { CheckboxGroup, CountrySelect, CountrySelectFallback, FilterSection } from "./filter-fields";

const options = <T extends string>(values: readonly T[], label: (v: T) => string) => values.map((value) => ({ value, label: label(value) }));
const P = FILTER_PARAMS;

/** The Filters button and its side sheet. */
export function FiltersPanel({ query, countriesPromise }: { query: DirectoryQuery; countriesPromise: Promise<Loaded<CountryCount[]>> }) {
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(query.filters);
  return (
    <>
      <Button variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true">
          <path d="M4 6h16M7 12h10M10 18h4" />
        </svg>
        Filters
        {count ? (
          <Badge tone="info">
            {count}
            <span className="sr-only"> active</span>
          </Badge>
        ) : null}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Filter customers" variant="sheet">
        <FiltersForm query={query} countriesPromise={countriesPromise} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

/**
 * Field names are the URL's parameter names, so the form reads back through the one URL parser
 * (same validation and messages as the server) and still works as a plain GET without script.
 */
function FiltersForm({ query, countriesPromise, onDone }: { query: DirectoryQuery; countriesPromise: Promise<Loaded<CountryCount[]>>; onDone: () => void }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const f = query.filters;
  const keep = directorySearchParams({ ...query, filters: {} });

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams(keep);
    for (const name of Object.values(P)) {
      const values = data.getAll(name).filter((v): v is string => typeof v === "string" && v.trim() !== "");
      if (values.length) params.set(name, values.join(","));
    }
    const parsed = parseDirectoryQuery(params);
    if (!parsed.ok) {
      setErrors(parsed.fields);
      return;
    }
    onDone();
    router.push(directoryHref(parsed.query));
  }

  const text = (key: "region" | "city") => (
    <Field id={`filter-${key}`} label={FILTER_LABELS[key]} error={errors[P[key]]}>
      {(control) => <Input {...control} name={P[key]} defaultValue={f[key] ?? ""} maxLength={100} autoComplete="off" />}
    </Field>
  );
  const input = (key: "ltvMin" | "ltvMax" | "createdFrom" | "createdTo" | "seenFrom" | "seenTo", type: "number" | "date") => (
    <Field id={`filter-${P[key]}`} label={FILTER_LABELS[key]} error={errors[P[key]]}>
      {(control) => <Input {...control} type={type} name={P[key]} defaultValue={f[key] ?? ""} {...(type === "number" ? { min: 0, step: "any", inputMode: "decimal" as const } : {})} />}
    </Field>
  );

  return (
    <form method="get" action="/customers" noValidate onSubmit={apply} className="flex min-h-0 flex-1 flex-col">
      {[...keep].map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex-1 space-y-6 overflow-y-auto p-5">
        {Object.keys(errors).length ? (
          <Alert tone="danger" role="alert">
            Some filters need fixing; see the messages below.
          </Alert>
        ) : null}
        <FilterSection title="Who">
          <Field id="filter-kind" label={FILTER_LABELS.kind} error={errors[P.kind]}>
            {(control) => (
              <Select {...control} name={P.kind} defaultValue={f.kind ?? ""}>
                <option value="">Any kind</option>
                {PARTY_KINDS.map((k) => (
                  <option key={k} value={k}>{humanize(k)}</option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="filter-country" label={FILTER_LABELS.country} error={errors[P.country]}>
            {(control) => (
              <Suspense fallback={<CountrySelectFallback value={f.country} control={control} />}>
                <CountrySelect promise={countriesPromise} value={f.country} control={control} />
              </Suspense>
            )}
          </Field>
          <div className="grid grid-cols-2 gap-4">
            {text("region")}
            {text("city")}
          </div>
        </FilterSection>

        <FilterSection title="Value and loyalty">
          <CheckboxGroup legend={FILTER_LABELS.tier} name={P.tier} options={options(LOYALTY_TIERS, humanize)} selected={f.tier} error={errors[P.tier]} />
          <CheckboxGroup legend={FILTER_LABELS.lifecycle} name={P.lifecycle} options={options(LIFECYCLE_STAGES, humanize)} selected={f.lifecycle} error={errors[P.lifecycle]} />
          <div className="grid grid-cols-2 gap-4">
            {input("ltvMin", "number")}
            {input("ltvMax", "number")}
          </div>
          <p className="-mt-2 text-xs text-muted-foreground">Whole US dollars, inclusive.</p>
        </FilterSection>

        <FilterSection title="Experience">
          <CheckboxGroup legend={FILTER_LABELS.nps} name={P.nps} options={options(NPS_CATEGORIES, (c) => NPS_CATEGORY_LABELS[c])} selected={f.nps} error={errors[P.nps]} />
          <div className="grid grid-cols-2 gap-4">
            <Field id="filter-open-case" label={FILTER_LABELS.openCase} error={errors[P.openCase]}>
              {(control) => (
                <Select {...control} name={P.openCase} defaultValue={f.openCase === undefined ? "" : f.openCase ? "yes" : "no"}>
                  <option value="">Any</option>
                  <option value="yes">Yes</option>
                  <option value="no">No</option>
                </Select>
              )}
            </Field>
            <Field id="filter-complained" label={FILTER_LABELS.complainedWithin} error={errors[P.complainedWithin]}>
              {(control) => (
                <Select {...control} name={P.complainedWithin} defaultValue={f.complainedWithin ?? ""}>
                  <option value="">Any time</option>
                  {COMPLAINT_WINDOWS.map((d) => (
                    <option key={d} value={d}>Last {d} days</option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
        </FilterSection>

        <FilterSection title="Marketing and data">
          <Field id="filter-reachable" label="Reachable (marketing consent)" error={errors[P.reachable]}>
            {(control) => (
              <Select {...control} name={P.reachable} defaultValue={f.reachable ?? ""}>
                <option value="">Any channel</option>
                {CONSENT_CHANNELS.map((c) => (
                  <option key={c} value={c}>{REACHABLE_LABELS[c]}</option>
                ))}
              </Select>
            )}
          </Field>
          <CheckboxGroup legend={FILTER_LABELS.source} name={P.source} options={options(SOURCE_CLASSES, (s) => SOURCE_CLASS_LABELS[s])} selected={f.source} error={errors[P.source]} />
        </FilterSection>

        <FilterSection title="Dates (UTC)">
          <div className="grid grid-cols-2 gap-4">
            {input("createdFrom", "date")}
            {input("createdTo", "date")}
            {input("seenFrom", "date")}
            {input("seenTo", "date")}
          </div>
        </FilterSection>
      </div>
      <div className="flex items-center gap-2 border-t px-5 py-3">
        <Link href={directoryHref({ ...query, filters: {} })} onClick={onDone} className={buttonClasses("ghost", "sm", "mr-auto")}>
          Remove all filters
        </Link>
        <Button variant="outline" size="sm" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm">
          Apply filters
        </Button>
      </div>
    </form>
  );
}
