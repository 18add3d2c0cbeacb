import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { OPEN_CASE_STATUSES } from "@/lib/domain/enums";
import type { CaseSummary, TabRows } from "@/lib/domain/party-360";
import { formatDate, formatDateTime, formatNumber, humanize } from "@/lib/format";
import { channelLabel } from "@/lib/domain/channels";
import { CasePriorityBadge, CaseStatusBadge } from "../../../_components/case-badges";
import { TabFooter } from "./customer-tabs";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span of time in its two largest units: "45 min", "3 h 20 min", "2 d 4 h". */
function formatDuration(ms: number): string {
  if (ms < MINUTE) return "under 1 min";
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) {
    const m = Math.floor((ms % HOUR) / MINUTE);
    return `${Math.floor(ms / HOUR)} h${m ? ` ${m} min` : ""}`;
  }
  const h = Math.floor((ms % DAY) / HOUR);
  return `${Math.floor(ms / DAY)} d${h ? ` ${h} h` : ""}`;
}

const isOpen = (c: CaseSummary) => c.resolvedAt === null && (OPEN_CASE_STATUSES as readonly string[]).includes(c.status);

/** Open past its due time, or resolved after it. */
function Sla({ c, now }: { c: CaseSummary; now: number }) {
  if (!c.slaDueAt) return <span className="text-muted-foreground">—</span>;
  const due = Date.parse(c.slaDueAt);
  if (isOpen(c)) {
    return due < now ? (
      <Badge tone="danger" title={`Was due ${formatDateTime(c.slaDueAt)}`}>
        SLA breached
      </Badge>
    ) : (
      <span className="text-muted-foreground">
        Due <RelativeTime value={c.slaDueAt} now={now} />
      </span>
    );
  }
  if (c.resolvedAt && Date.parse(c.resolvedAt) > due) {
    return (
      <Badge tone="warning" title={`Was due ${formatDateTime(c.slaDueAt)}`}>
        Missed SLA
      </Badge>
    );
  }
  return <span className="text-muted-foreground">Met</span>;
}

function FirstResponse({ c }: { c: CaseSummary }) {
  if (c.firstResponseAt) {
    return (
      <time dateTime={c.firstResponseAt} title={formatDateTime(c.firstResponseAt)}>
        {formatDuration(Math.max(0, Date.parse(c.firstResponseAt) - Date.parse(c.openedAt)))}
      </time>
    );
  }
  return <span className="text-muted-foreground">{isOpen(c) ? "Awaiting" : "—"}</span>;
}

function Resolution({ c }: { c: CaseSummary }) {
  if (!c.resolvedAt) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="min-w-40">
      <time dateTime={c.resolvedAt} title={formatDateTime(c.resolvedAt)} className="whitespace-nowrap">
        {formatDate(c.resolvedAt)}
      </time>
      {c.resolution ? <p className="line-clamp-3 text-xs break-words text-muted-foreground" title={c.resolution}>{c.resolution}</p> : null}
    </div>
  );
}

/** The latest service cases with their response times and SLA state. */
export function CasesTab({ cases, partyId, now }: { cases: TabRows<CaseSummary>; partyId: number; now: number }) {
  return (
    <div>
      <h2 className="sr-only">
        Cases
      </h2>
      {cases.items.length === 0 ? (
        <EmptyState title="No cases yet" headingLevel={3}>
          Inquiries, complaints and requests from this customer appear here.
        </EmptyState>
      ) : (
        <>
          <Table label="Cases">
            <THead>
              <tr>
                <TH>Case</TH>
                <TH>Type</TH>
                <TH>Status</TH>
                <TH>Priority</TH>
                <TH>Channel</TH>
                <TH>Assignee</TH>
                <TH>Opened</TH>
                <TH>First response</TH>
                <TH>Resolved</TH>
                <TH>SLA</TH>
                <TH className="text-right">Communications</TH>
              </tr>
            </THead>
            <TBody>
              {cases.items.map((c) => (
                <TR key={c.id}>
                  <TD className="max-w-80 min-w-56">
                    <Link href={`/cases/${c.number}`} className="group block rounded-sm">
                      <span className="line-clamp-2 font-medium break-words group-hover:underline" title={c.subject}>
                        {c.subject}
                      </span>
                      <span className="block font-mono text-xs text-muted-foreground">{c.number}</span>
                    </Link>
                  </TD>
                  <TD className="whitespace-nowrap">
                    <div>{humanize(c.kind)}</div>
                    <div className="text-xs text-muted-foreground">{humanize(c.category)}</div>
                  </TD>
                  <TD>
                    <CaseStatusBadge status={c.status} />
                  </TD>
                  <TD>
                    <CasePriorityBadge priority={c.priority} />
                  </TD>
                  <TD className="whitespace-nowrap">{channelLabel(c.channel)}</TD>
                  <TD className="whitespace-nowrap">{c.assignee ?? <span className="text-muted-foreground">Unassigned</span>}</TD>
                  <TD className="whitespace-nowrap">
                    <RelativeTime value={c.openedAt} now={now} />
                  </TD>
                  <TD className="whitespace-nowrap tabular-nums">
                    <FirstResponse c={c} />
                  </TD>
                  <TD>
                    <Resolution c={c} />
                  </TD>
                  <TD className="whitespace-nowrap">
                    <Sla c={c} now={now} />
                  </TD>
                  <TD className="text-right tabular-nums">{formatNumber(c.communications)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <TabFooter partyId={partyId} shown={cases.items.length} total={cases.total} noun={["case", "cases"]} types="service" />
        </>
      )}
    </div>
  );
}
