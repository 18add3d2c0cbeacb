import Link from "next/link";
import { KeysetPager } from "@/components/data-table/keyset-pager";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { CaseQueueRow } from "@/lib/dal/cases";
import { caseQueueSearchParams, type CaseQueueQuery } from "@/lib/domain/cases";
import { formatNumber, humanize } from "@/lib/format";
import { CasePriorityBadge, CaseStatusBadge } from "../../_components/case-badges";
import type { QueueResult } from "./queue-data";
import { queueHref } from "./queue-labels";
import { InvalidCursor, NoCases } from "./queue-states";
import { SlaCell } from "./sla-cell";

const COLUMNS = ["Case", "Customer", "Type", "Priority", "Status", "SLA", "Assignee", "Opened"] as const;
export const QUEUE_COLUMN_COUNT = COLUMNS.length;

const linkClass = "cx-row-link";

/** One page of the queue, rendered on the server from the read the page started. */
export async function QueueTable({ result: resultPromise, query, cursor, now }: {
  result: Promise<QueueResult>;
  query: CaseQueueQuery;
  cursor: string | null;
  now: number;
}) {
  const result = await resultPromise;
  if (!result.ok) return <InvalidCursor query={query} />;
  if (result.items.length === 0) return <NoCases query={query} paged={cursor !== null} />;

  // The detail page reads `queue` to offer "next case" in this same order and filter.
  const queueParams = caseQueueSearchParams(query).toString();
  const queueSuffix = queueParams ? `?queue=${encodeURIComponent(queueParams)}` : "";
  const { count, capped } = result.total;
  const total = `${formatNumber(count)}${capped ? "+" : ""} ${count === 1 && !capped ? "case" : "cases"}`;
  const next = result.nextCursor ? queueHref(query, result.nextCursor) : null;

  return (
    <>
      <p id="case-queue-total" className="mb-2 text-sm font-medium">
        {total}
      </p>
      <Table label="Case queue" aria-describedby="case-queue-total">
        <THead>
          <tr>
            {COLUMNS.map((c) => (
              <TH key={c}>{c}</TH>
            ))}
          </tr>
        </THead>
        <TBody>
          {result.items.map((c) => (
            <QueueRow key={c.id} c={c} queueSuffix={queueSuffix} now={now} />
          ))}
        </TBody>
      </Table>
      <KeysetPager
        label="Case queue pages"
        firstHref={queueHref(query)}
        currentHref={queueHref(query, cursor)}
        nextHref={next}
        onFirstPage={cursor === null}
        summary={`Showing ${formatNumber(result.items.length)} on this page${next ? "" : " · end of queue"}`}
      />
    </>
  );
}

function QueueRow({ c, queueSuffix, now }: { c: CaseQueueRow; queueSuffix: string; now: number }) {
  return (
    <TR>
      <TD className="min-w-48 max-w-72">
        <Link href={`/cases/${c.caseNumber}${queueSuffix}`} className={`${linkClass} line-clamp-2 font-medium`} title={c.subject}>
          {c.subject}
        </Link>
        <div className="font-mono text-xs text-muted-foreground">{c.caseNumber}</div>
      </TD>
      <TD className="max-w-40">
        <Link href={`/customers/${c.partyId}`} className={`${linkClass} block truncate`} title={c.customer}>
          {c.customer}
        </Link>
      </TD>
      <TD className="whitespace-nowrap">
        <div>{humanize(c.kind)}</div>
        <div className="text-xs text-muted-foreground">{humanize(c.category)}</div>
      </TD>
      <TD>
        <CasePriorityBadge priority={c.priority} />
      </TD>
      <TD>
        <CaseStatusBadge status={c.status} />
      </TD>
      <TD>
        <SlaCell sla={c.sla} dueAt={c.slaDueAt} firstResponseAt={c.firstResponseAt} now={now} />
      </TD>
      <TD className="max-w-40 truncate whitespace-nowrap" title={c.assignee?.name}>
        {c.assignee ? c.assignee.name : <span className="text-muted-foreground">Unassigned</span>}
      </TD>
      <TD className="whitespace-nowrap text-muted-foreground">
        <RelativeTime value={c.openedAt} now={now} />
      </TD>
    </TR>
  );
}
