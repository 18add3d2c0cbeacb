import { Suspense } from "react";
import { TableSkeleton } from "@/components/ui/skeleton";
import { countDirectory, listCountries } from "@/lib/dal/directory";
import { listSavedViews } from "@/lib/dal/saved-views";
import { listStaticSegments } from "@/lib/dal/segments";
import { directorySearchParams, type DirectoryQuery } from "@/lib/domain/directory";
import type { Role } from "@/lib/domain/enums";
import { can } from "@/lib/domain/permissions";
import { requestTime } from "../../_lib/request-time";
import { settle } from "../../_lib/loaded";
import { loadRows } from "../_lib/queries";
import { DirectoryTable } from "./directory-table";
import { DirectoryToolbar } from "./toolbar";

/**
 * Starts every read at once without waiting for any (the tablecn pattern) and hands the promises
 * to the parts that show them, each behind its own Suspense: a slow count never holds the rows.
 */
export function Directory({ query, role }: { query: DirectoryQuery; role: Role }) {
  const viewKey = directorySearchParams(query, { cursor: true }).toString();
  const rowsPromise = loadRows(query);
  const totalPromise = settle(countDirectory(query.filters), "the total");
  const countriesPromise = settle(listCountries(), "countries");
  const viewsPromise = settle(listSavedViews(), "saved views");
  const segmentsPromise = can(role, "segment:write") ? settle(listStaticSegments(), "static segments") : null;

  return (
    <>
      <DirectoryToolbar
        query={query}
        viewKey={viewKey}
        totalPromise={totalPromise}
        countriesPromise={countriesPromise}
        viewsPromise={viewsPromise}
        canExport={can(role, "export")}
        consentOnlyExport={!can(role, "contact:unmasked")}
      />
      {/* Keyed by the whole view: any change of page, sort or filter shows the skeleton again
          and starts with an empty selection. */}
      <Suspense key={viewKey} fallback={<TableSkeleton columns={query.columns.length + 1} label="Loading customers" />}>
        <DirectoryTable rowsPromise={rowsPromise} totalPromise={totalPromise} segmentsPromise={segmentsPromise} query={query} now={requestTime()} />
      </Suspense>
    </>
  );
}
