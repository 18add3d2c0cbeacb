import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { TimelineDetailTable, TimelineFact } from "@/lib/domain/timeline";
import type { DetailState } from "./use-entry-detail";

/** Only links inside the app become links; anything else is shown as text. */
const isAppPath = (href: string) => href.startsWith("/") && !href.startsWith("//");

function Facts({ facts }: { facts: TimelineFact[] }) {
  return (
    <dl className="text-sm">
      {facts.map((fact, i) => (
        <div key={`${fact.label}-${i}`} className="grid grid-cols-[minmax(0,8rem)_minmax(0,1fr)] gap-3 py-1">
          <dt className="text-muted-foreground">{fact.label}</dt>
          <dd className="min-w-0 break-words">
            {fact.href && isAppPath(fact.href) ? (
              <Link href={fact.href} className="rounded-sm text-primary hover:underline">
                {fact.value}
              </Link>
            ) : (
              fact.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function DetailTable({ table }: { table: TimelineDetailTable }) {
  return (
    <div>
      <p aria-hidden="true" className="mb-1.5 text-xs font-semibold text-muted-foreground">
        {table.title}
      </p>
      <Table label={table.title} className="text-xs">
        <THead>
          <tr>
            {table.columns.map((column, i) => (
              <TH key={i}>{column}</TH>
            ))}
          </tr>
        </THead>
        <TBody>
          {table.rows.map((row, r) => (
            <TR key={r}>
              {row.map((cell, c) => (
                <TD key={c} className="py-1.5 break-words">
                  {cell}
                </TD>
              ))}
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}

/** The expanded part of an entry: its facts and tables, or a skeleton, or an error with a retry. */
export function TimelineDetailView({ state, onRetry }: { state: DetailState; onRetry: () => void }) {
  if (state.status === "idle" || state.status === "loading") {
    return (
      <LoadingRegion label="Loading details" className="space-y-2 py-1">
        <Skeleton className="h-3.5 w-2/3" />
        <Skeleton className="h-3.5 w-1/2" />
        <Skeleton className="h-3.5 w-3/5" />
      </LoadingRegion>
    );
  }
  if (state.status === "error") {
    return (
      <Alert tone="danger" role="alert" className="flex flex-wrap items-center justify-between gap-2">
        <span>{state.message}</span>
        <Button variant="outline" size="xs" onClick={onRetry}>
          Try again
        </Button>
      </Alert>
    );
  }
  const { facts, tables } = state.detail;
  if (facts.length === 0 && tables.length === 0) {
    return <p className="text-sm text-muted-foreground">No further details are recorded for this entry.</p>;
  }
  return (
    <div className="space-y-3">
      {facts.length ? <Facts facts={facts} /> : null}
      {tables.map((table, i) => (
        <DetailTable key={`${table.title}-${i}`} table={table} />
      ))}
    </div>
  );
}
