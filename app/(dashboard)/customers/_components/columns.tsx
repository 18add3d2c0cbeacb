import Link from "next/link";
import {
  columnOrderingFeature, columnVisibilityFeature, createColumnHelper, metaHelper, rowSelectionFeature,
  rowSortingFeature, tableFeatures,
} from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { Checkbox } from "@/components/ui/checkbox";
import { RelativeTime } from "@/components/ui/relative-time";
import { COLUMN_LABELS, COLUMN_SORT, type DirectoryColumn, type DirectoryRow, type DirectorySort } from "@/lib/domain/directory";
import { SOURCE_CLASS_LABELS } from "@/lib/domain/enums";
import { formatDate, formatMoney, formatNumber, humanize } from "@/lib/format";
import { SOURCE_ABBREVIATIONS } from "../_lib/labels";
import { lifecycleTone, npsTextClass, tierTone } from "../_lib/tones";

export interface DirectoryColumnMeta {
  /** The server sort this column's header switches to. */
  sort?: DirectorySort;
  align?: "end";
  /** Width limits for th and td. */
  className?: string;
  /** Text styles for the td alone, so a cell can be its text without a wrapping span. */
  cellClassName?: string;
}

// Sorting, paging and filtering are the server's; the table keeps only what the URL says
// (sort, visible columns, their order) and the page's row selection.
export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<DirectoryColumnMeta>(),
  tableMeta: metaHelper<{ now: number }>(),
});

const helper = createColumnHelper<typeof features, DirectoryRow>();
const dash = <span className="text-muted-foreground">—</span>;
const meta = (id: DirectoryColumn, rest: Omit<DirectoryColumnMeta, "sort"> = {}): DirectoryColumnMeta => {
  const sort = COLUMN_SORT[id];
  return sort ? { ...rest, sort } : rest;
};

export const columns = helper.columns([
  helper.display({
    id: "select",
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all on this page"
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox aria-label={`Select ${row.original.displayName}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} />
    ),
    enableHiding: false,
  }),
  helper.accessor("displayName", {
    id: "name",
    header: COLUMN_LABELS.name,
    cell: ({ row: { original: r } }) => (
      <>
        <Link href={`/customers/${r.id}`} className="block truncate font-semibold hover:underline" title={r.displayName}>
          {r.displayName}
        </Link>
        {/* The kind's icon is drawn by CSS (.cx-kind-*): fifty rows of inline SVG weighed ~15 KB. */}
        <span className={`cx-kind cx-kind-${r.kind}`}>{humanize(r.kind)}</span>
      </>
    ),
    meta: meta("name", { className: "min-w-48 max-w-64" }),
  }),
  helper.accessor("email", {
    header: COLUMN_LABELS.email,
    cell: ({ getValue }) => {
      const email = getValue();
      return email ? <span className="block truncate text-muted-foreground" title={email}>{email}</span> : dash;
    },
    meta: meta("email", { className: "max-w-56" }),
  }),
  helper.accessor("phone", {
    header: COLUMN_LABELS.phone,
    cell: ({ getValue }) => getValue() ?? "—",
    meta: meta("phone", { cellClassName: "whitespace-nowrap text-muted-foreground tabular-nums" }),
  }),
  helper.accessor((r) => [r.city, r.region, r.country].filter(Boolean).join(", "), {
    id: "location",
    header: COLUMN_LABELS.location,
    cell: ({ getValue }) => {
      const place = getValue();
      return place ? <span className="block truncate" title={place}>{place}</span> : dash;
    },
    meta: meta("location", { className: "max-w-52" }),
  }),
  helper.accessor("tier", {
    header: COLUMN_LABELS.tier,
    cell: ({ getValue }) => {
      const tier = getValue();
      return tier ? <Badge tone={tierTone(tier)}>{humanize(tier)}</Badge> : dash;
    },
    meta: meta("tier"),
  }),
  helper.accessor("lifecycle", {
    header: COLUMN_LABELS.lifecycle,
    cell: ({ getValue }) => <Badge tone={lifecycleTone(getValue())}>{humanize(getValue())}</Badge>,
    meta: meta("lifecycle"),
  }),
  helper.accessor("lifetimeValueMinor", {
    id: "lifetime_value",
    header: COLUMN_LABELS.lifetime_value,
    cell: ({ getValue }) => formatMoney(getValue(), "USD"),
    meta: meta("lifetime_value", { align: "end", cellClassName: "whitespace-nowrap" }),
  }),
  helper.accessor("orderCount", {
    id: "orders",
    header: COLUMN_LABELS.orders,
    cell: ({ getValue }) => formatNumber(getValue()),
    meta: meta("orders", { align: "end" }),
  }),
  helper.accessor("lastInteractionAt", {
    id: "last_interaction",
    header: COLUMN_LABELS.last_interaction,
    cell: ({ getValue, table }) => <RelativeTime value={getValue()} now={table.options.meta?.now ?? 0} empty="Never" />,
    meta: meta("last_interaction", { cellClassName: "whitespace-nowrap text-muted-foreground" }),
  }),
  helper.accessor("latestNps", {
    id: "latest_nps",
    header: COLUMN_LABELS.latest_nps,
    cell: ({ getValue }) => {
      const score = getValue();
      return score === null ? dash : <span className={`font-medium ${npsTextClass(score)}`}>{score}</span>;
    },
    meta: meta("latest_nps", { align: "end" }),
  }),
  helper.accessor("openCases", {
    id: "open_cases",
    header: COLUMN_LABELS.open_cases,
    cell: ({ getValue }) =>
      getValue() > 0 ? <span className="font-medium text-warning">{formatNumber(getValue())}</span> : <span className="text-muted-foreground">0</span>,
    meta: meta("open_cases", { align: "end" }),
  }),
  helper.accessor("sourceClasses", {
    id: "sources",
    header: COLUMN_LABELS.sources,
    cell: ({ getValue }) => {
      const sources = getValue();
      if (sources.length === 0) return dash;
      return (
        <ul className="flex gap-1">
          {sources.map((s) => (
            <li key={s} title={SOURCE_CLASS_LABELS[s]} className="cx-source">
              <span aria-hidden="true">{SOURCE_ABBREVIATIONS[s]}</span>
              <span className="sr-only">{SOURCE_CLASS_LABELS[s]}</span>
            </li>
          ))}
        </ul>
      );
    },
    meta: meta("sources"),
  }),
  helper.accessor("createdAt", {
    id: "created",
    header: COLUMN_LABELS.created,
    cell: ({ getValue }) => formatDate(getValue()),
    meta: meta("created", { cellClassName: "whitespace-nowrap text-muted-foreground" }),
  }),
]);
