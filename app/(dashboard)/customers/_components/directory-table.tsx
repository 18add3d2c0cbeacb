"use client";

import { useTable, type RowSelectionState } from "@tanstack/react-table";
import { use, useMemo, useState } from "react";
import { recordNextPage, PreviousPageButton } from "@/components/data-table/keyset-history";
import { ariaSort, SortHeaderLink } from "@/components/data-table/sort-header";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { Pager } from "@/components/ui/pager";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import {
  activeFilterCount, COLUMN_LABELS, COLUMN_SORT, DEFAULT_DIRECTION, DIRECTORY_COLUMNS, directoryHref,
  type DirectoryColumn, type DirectoryQuery, type DirectoryRow, type DirectoryTotal,
} from "@/lib/domain/directory";
import type { Page } from "@/lib/domain/cursor";
import { formatNumber } from "@/lib/format";
import type { Loaded, RowsResult } from "../_lib/types";
import type { StaticSegmentOption } from "@/lib/domain/directory";
import { BulkBar } from "./bulk-bar";
import { columns, features } from "./columns";
import { InvalidCursor, NoRows } from "./states";

export interface DirectoryTableProps {
  rowsPromise: Promise<RowsResult>;
  totalPromise: Promise<Loaded<DirectoryTotal>>;
  /** Null when the role may not write segments (no bulk action then). */
  segmentsPromise: Promise<Loaded<StaticSegmentOption[]>> | null;
  query: DirectoryQuery;
  now: number;
}

/** Unwraps the rows the server started loading; remounted (fresh selection) for every URL. */
export function DirectoryTable({ rowsPromise, ...props }: DirectoryTableProps) {
  const result = use(rowsPromise);
  if (!result.ok) return <InvalidCursor />;
  if (result.items.length === 0) return <NoRows query={props.query} filtered={activeFilterCount(props.query.filters) > 0} />;
  return <DirectoryGrid page={result} {...props} />;
}

const SORT_COLUMN = Object.fromEntries(Object.entries(COLUMN_SORT).map(([column, sort]) => [sort, column]));

function DirectoryGrid({ page, totalPromise, segmentsPromise, query, now }: Omit<DirectoryTableProps, "rowsPromise"> & { page: Page<DirectoryRow> }) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [allMatching, setAllMatching] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  // Derived from the URL (the query prop); the table never owns these.
  const urlState = useMemo(
    () => ({
      sorting: [{ id: SORT_COLUMN[query.sort] ?? "name", desc: query.dir === "desc" }],
      columnVisibility: Object.fromEntries(DIRECTORY_COLUMNS.map((c) => [c, query.columns.includes(c)])),
      columnOrder: ["select", ...query.columns],
    }),
    [query],
  );
  const table = useTable({
    features,
    columns,
    data: page.items,
    getRowId: (row) => String(row.id),
    state: { ...urlState, rowSelection },
    onRowSelectionChange: (updater) => {
      setAllMatching(false);
      setRowSelection(updater);
    },
    manualSorting: true,
    enableSortingRemoval: false,
    meta: { now },
  });

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const current = directoryHref(query, { cursor: true });
  const next = page.nextCursor ? directoryHref({ ...query, cursor: page.nextCursor }, { cursor: true }) : null;
  const clear = () => {
    setRowSelection({});
    setAllMatching(false);
  };

  return (
    <>
      {message ? (
        <Alert tone="success" role="status" className="mb-3">
          {message}
        </Alert>
      ) : null}
      <BulkBar
        selectedIds={selectedIds}
        pageAllSelected={table.getIsAllPageRowsSelected()}
        pageSize={page.items.length}
        morePages={page.nextCursor !== null || query.cursor !== undefined}
        allMatching={allMatching}
        onSelectAllMatching={() => setAllMatching(true)}
        onClear={clear}
        totalPromise={totalPromise}
        segmentsPromise={segmentsPromise}
        query={query}
        onAdded={(text) => {
          setMessage(text);
          clear();
        }}
      />
      <Table label="Customers" className="cx-sticky-lead">
        <THead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const column = header.column;
                const sort = column.columnDef.meta?.sort;
                const align = column.columnDef.meta?.align;
                const state = column.getIsSorted();
                return (
                  <TH
                    key={header.id}
                    aria-sort={sort ? ariaSort(state) : undefined}
                    className={cn(column.columnDef.meta?.className, align === "end" && "text-right")}
                  >
                    {sort ? (
                      <SortHeaderLink
                        href={directoryHref({ ...query, sort, dir: state ? (state === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort] })}
                        label={COLUMN_LABELS[column.id as DirectoryColumn]}
                        state={state}
                        align={align === "end" ? "end" : "start"}
                      />
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </TH>
                );
              })}
            </tr>
          ))}
        </THead>
        <TBody>
          {table.getRowModel().rows.map((row) => (
            <TR key={row.id} data-selected={row.getIsSelected() || undefined} className="data-selected:bg-accent/60">
              {row.getVisibleCells().map((cell) => (
                <TD
                  key={cell.id}
                  className={cn(
                    cell.column.columnDef.meta?.className,
                    cell.column.columnDef.meta?.cellClassName,
                    cell.column.columnDef.meta?.align === "end" && "text-right tabular-nums",
                  )}
                >
                  <table.FlexRender cell={cell} />
                </TD>
              ))}
            </TR>
          ))}
        </TBody>
      </Table>
      <Pager
        label="Customer pages"
        firstHref={directoryHref(query)}
        nextHref={next}
        onFirstPage={!query.cursor}
        summary={`Showing ${formatNumber(page.items.length)} ${page.items.length === 1 ? "customer" : "customers"}${next ? "" : " · end of list"}`}
        previous={<PreviousPageButton current={current} />}
        onNext={next ? () => recordNextPage(current, next) : undefined}
      />
    </>
  );
}
