"use client";

import { Suspense, use, useState } from "react";
import { Button } from "@/components/ui/button";
import { directorySearchParams, type DirectoryQuery, type DirectoryTotal } from "@/lib/domain/directory";
import { formatNumber } from "@/lib/format";
import type { Loaded } from "../_lib/types";
import type { StaticSegmentOption } from "@/lib/domain/directory";
import { AddToSegmentDialog } from "./add-to-segment-dialog";

/** "12,345" when the total is an exact count; null for an estimate or when it could not be counted. */
function useExactTotal(totalPromise: Promise<Loaded<DirectoryTotal>>): string | null {
  const total = use(totalPromise);
  return total.ok && total.data.exact ? formatNumber(total.data.value) : null;
}

function SelectAllMatchingLabel({ totalPromise }: { totalPromise: Promise<Loaded<DirectoryTotal>> }) {
  const n = useExactTotal(totalPromise);
  return <>{n ? `Select all ${n} matching` : "Select all matching"}</>;
}

function AllMatchingText({ totalPromise }: { totalPromise: Promise<Loaded<DirectoryTotal>> }) {
  const n = useExactTotal(totalPromise);
  return <>{n ? `All ${n} matching customers are selected.` : "All matching customers are selected."}</>;
}

/**
 * What is selected and what can be done with it. Selecting the whole page offers the whole
 * result ("all matching"), which the server resolves from the query, not from ids.
 */
export function BulkBar({
  selectedIds,
  pageAllSelected,
  pageSize,
  morePages,
  allMatching,
  onSelectAllMatching,
  onClear,
  totalPromise,
  segmentsPromise,
  query,
  onAdded,
}: {
  selectedIds: string[];
  pageAllSelected: boolean;
  pageSize: number;
  morePages: boolean;
  allMatching: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
  totalPromise: Promise<Loaded<DirectoryTotal>>;
  segmentsPromise: Promise<Loaded<StaticSegmentOption[]>> | null;
  query: DirectoryQuery;
  onAdded: (message: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  if (selectedIds.length === 0) return null;

  const count = formatNumber(selectedIds.length);
  return (
    <div role="region" aria-label="Selection" className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-primary/30 bg-accent px-4 py-2 text-sm text-accent-foreground">
      <p aria-live="polite" className="mr-auto">
        {allMatching ? (
          <Suspense fallback="All matching customers are selected.">
            <AllMatchingText totalPromise={totalPromise} />
          </Suspense>
        ) : pageAllSelected && morePages ? (
          <>
            All {formatNumber(pageSize)} customers on this page are selected.{" "}
            <button type="button" onClick={onSelectAllMatching} className="font-medium underline underline-offset-2 hover:no-underline">
              <Suspense fallback="Select all matching">
                <SelectAllMatchingLabel totalPromise={totalPromise} />
              </Suspense>
            </button>
          </>
        ) : (
          `${count} selected`
        )}
      </p>
      <div className="flex gap-2">
        {segmentsPromise ? (
          <Button size="sm" onClick={() => setAdding(true)}>
            Add to static segment
          </Button>
        ) : null}
        <Button size="sm" variant="outline" onClick={onClear}>
          Clear selection
        </Button>
      </div>
      {segmentsPromise ? (
        <AddToSegmentDialog
          open={adding}
          onClose={() => setAdding(false)}
          target={allMatching ? { query: directorySearchParams(query).toString() } : { ids: selectedIds }}
          segmentsPromise={segmentsPromise}
          onAdded={(message) => {
            setAdding(false);
            onAdded(message);
          }}
        />
      ) : null}
    </div>
  );
}
