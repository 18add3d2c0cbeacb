import { Suspense } from "react";
import { buttonClasses } from "@/components/ui/button";
import { directorySearchParams, type DirectoryQuery, type DirectoryTotal } from "@/lib/domain/directory";
import type { Loaded } from "../_lib/types";
import type { CountryCount, SavedView } from "@/lib/domain/directory";
import { ColumnMenu } from "./column-menu";
import { FilterChips } from "./filter-chips";
import { FiltersPanel } from "./filters-panel";
import { PageSizeSelect } from "./page-size-select";
import { TotalCount, TotalCountSkeleton } from "./total-count";
import { ViewsMenu } from "./views-menu";

/** Everything above the table. Server-rendered; the menus are its client parts. */
export function DirectoryToolbar({
  query,
  viewKey,
  totalPromise,
  countriesPromise,
  viewsPromise,
  canExport,
  consentOnlyExport,
}: {
  query: DirectoryQuery;
  /** The full query string: a new one means a new count, with its own skeleton. */
  viewKey: string;
  totalPromise: Promise<Loaded<DirectoryTotal>>;
  countriesPromise: Promise<Loaded<CountryCount[]>>;
  viewsPromise: Promise<Loaded<SavedView[]>>;
  canExport: boolean;
  /** Marketers' exports leave out contacts without marketing consent. */
  consentOnlyExport: boolean;
}) {
  const exportQuery = directorySearchParams(query).toString();
  return (
    <div className="mb-4 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <FiltersPanel query={query} countriesPromise={countriesPromise} />
        <ColumnMenu query={query} />
        <ViewsMenu query={query} viewsPromise={viewsPromise} />
        <div className="ml-auto flex flex-wrap items-center gap-3">
          <PageSizeSelect query={query} />
          {canExport ? (
            // A plain link: the export is a file download from a route handler, not a page.
            <a
              href={exportQuery ? `/customers/export?${exportQuery}` : "/customers/export"}
              aria-describedby={consentOnlyExport ? "export-hint" : undefined}
              className={buttonClasses("outline", "sm")}
            >
              <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
                <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
              </svg>
              Export CSV
            </a>
          ) : null}
        </div>
      </div>
      <FilterChips query={query} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Suspense key={viewKey} fallback={<TotalCountSkeleton />}>
          <TotalCount totalPromise={totalPromise} />
        </Suspense>
        {canExport && consentOnlyExport ? (
          <p id="export-hint" className="text-xs text-muted-foreground">
            Contact columns include only customers who consented to marketing on that channel.
          </p>
        ) : null}
      </div>
    </div>
  );
}
