import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableCaption, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import { listOpenCases } from "@/lib/dal/cases";
import { humanize } from "@/lib/format";
import { priorityTone, statusTone } from "../../_lib/case-tones";
import { requestTime } from "../../_lib/request-time";

const LIMIT = 50;

export async function CasesTable() {
  const cases = await listOpenCases(LIMIT);
  if (cases.length === 0) {
    return (
      <EmptyState title="No open cases">
        The queue is clear. New cases appear here when customers get in touch or cases are logged on a customer’s profile.
      </EmptyState>
    );
  }
  const now = requestTime();
  return (
    <Table label="Open cases">
      <THead>
        <tr>
          <TH>Case</TH>
          <TH>Customer</TH>
          <TH>Type</TH>
          <TH>Priority</TH>
          <TH>Status</TH>
          <TH>Channel</TH>
          <TH>Assignee</TH>
          <TH>Opened</TH>
        </tr>
      </THead>
      <TBody>
        {cases.map((c) => (
          <TR key={c.id}>
            <TD className="min-w-56 max-w-80">
              <div className="line-clamp-2 font-medium" title={c.subject}>
                {c.subject}
              </div>
              <div className="font-mono text-xs text-muted-foreground">{c.caseNumber}</div>
            </TD>
            <TD className="max-w-48 truncate" title={c.customer}>
              {c.customer}
            </TD>
            <TD className="whitespace-nowrap">
              <div>{humanize(c.kind)}</div>
              <div className="text-xs text-muted-foreground">{humanize(c.category)}</div>
            </TD>
            <TD>
              <Badge tone={priorityTone(c.priority)}>{humanize(c.priority)}</Badge>
            </TD>
            <TD>
              <Badge tone={statusTone(c.status)}>{humanize(c.status)}</Badge>
            </TD>
            <TD className="whitespace-nowrap">{humanize(c.channel)}</TD>
            <TD className="whitespace-nowrap">{c.assignee ?? <span className="text-muted-foreground">Unassigned</span>}</TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              <RelativeTime value={c.openedAt} now={now} />
            </TD>
          </TR>
        ))}
      </TBody>
      {cases.length === LIMIT ? <TableCaption>Showing the {LIMIT} newest open cases.</TableCaption> : null}
    </Table>
  );
}
