import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import { listParties } from "@/lib/dal/parties";
import { isAppError } from "@/lib/domain/errors";
import { formatMoney, formatNumber, humanize } from "@/lib/format";
import { lifecycleTone, npsTextClass } from "../_lib/tones";
import { requestTime } from "../../_lib/request-time";

const PAGE_SIZE = 50;

export function InvalidCursor() {
  return (
    <EmptyState
      title="This page link has expired or is broken"
      action={
        <Link href="/customers" className={buttonClasses("primary", "sm")}>
          Go to the first page
        </Link>
      }
    >
      The address points to a page of the customer list that does not exist. Start again from the first page.
    </EmptyState>
  );
}

export async function CustomersTable({ cursor }: { cursor: string | undefined }) {
  let page;
  try {
    page = await listParties({ limit: PAGE_SIZE, cursor });
  } catch (error) {
    // A cursor that decodes to nothing is the visitor's URL, not a server fault.
    if (isAppError(error) && error.code === "invalid") return <InvalidCursor />;
    throw error;
  }

  if (page.items.length === 0) {
    return cursor ? (
      <EmptyState
        title="No more customers"
        action={
          <Link href="/customers" className={buttonClasses("outline", "sm")}>
            First page
          </Link>
        }
      >
        You have reached the end of the list.
      </EmptyState>
    ) : (
      <EmptyState title="No customers yet">
        Customers appear here once they are imported or sent in through the API (<code>POST /api/v1/parties</code>).
      </EmptyState>
    );
  }

  const now = requestTime();
  return (
    <>
      <Table label="Customers">
        <THead>
          <tr>
            <TH>Name</TH>
            <TH>Email</TH>
            <TH>Phone</TH>
            <TH>Lifecycle</TH>
            <TH className="text-right">Lifetime value</TH>
            <TH className="text-right">Orders</TH>
            <TH className="text-right">Open cases</TH>
            <TH className="text-right">Latest NPS</TH>
            <TH>Last interaction</TH>
          </tr>
        </THead>
        <TBody>
          {page.items.map((p) => (
            <TR key={p.id}>
              <TD className="max-w-52">
                <div className="truncate font-medium" title={p.displayName}>
                  {p.displayName}
                </div>
                <div className="truncate text-xs text-muted-foreground">
                  {p.kind === "organization" ? "Organization" : "Person"}
                  {p.city || p.country ? ` · ${[p.city, p.country].filter(Boolean).join(", ")}` : ""}
                </div>
              </TD>
              <TD className="max-w-44 truncate text-muted-foreground" title={p.email ?? undefined}>
                {p.email ?? "—"}
              </TD>
              <TD className="whitespace-nowrap text-muted-foreground tabular-nums">{p.phone ?? "—"}</TD>
              <TD>
                <Badge tone={lifecycleTone(p.lifecycle)}>{humanize(p.lifecycle)}</Badge>
              </TD>
              <TD className="text-right whitespace-nowrap tabular-nums">{formatMoney(p.lifetimeValueMinor, "USD")}</TD>
              <TD className="text-right tabular-nums">{formatNumber(p.orderCount)}</TD>
              <TD className="text-right tabular-nums">
                {p.openCases > 0 ? <span className="font-medium text-warning">{p.openCases}</span> : <span className="text-muted-foreground">0</span>}
              </TD>
              <TD className="text-right tabular-nums">
                {p.latestNps === null ? (
                  <span className="text-muted-foreground">—</span>
                ) : (
                  <span className={`font-medium ${npsTextClass(p.latestNps)}`}>{p.latestNps}</span>
                )}
              </TD>
              <TD className="whitespace-nowrap text-muted-foreground">
                <RelativeTime value={p.lastInteractionAt} now={now} empty="Never" />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      <Pager
        label="Customer pages"
        firstHref="/customers"
        nextHref={page.nextCursor ? `/customers?cursor=${encodeURIComponent(page.nextCursor)}` : null}
        onFirstPage={!cursor}
        summary={`Showing ${formatNumber(page.items.length)} customers${page.nextCursor ? "" : " · end of list"}`}
      />
    </>
  );
}
