import { channelLabel } from "@/lib/domain/channels";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ConsentLedgerEntry, PrivacyRequestEntry } from "@/lib/domain/party-360";
import { formatDate, formatDateTime, humanize } from "@/lib/format";
import { ProvenanceBadge } from "./provenance-badge";

const CONSENT_STATUS_TONES: Record<ConsentLedgerEntry["status"], BadgeTone> = {
  granted: "success",
  denied: "danger",
  withdrawn: "warning",
};

const REQUEST_TONES: Record<string, BadgeTone> = {
  received: "info",
  in_progress: "warning",
  completed: "success",
  rejected: "neutral",
};


const date = (value: string) => (
  <time dateTime={value} title={formatDateTime(value)} className="whitespace-nowrap">
    {formatDate(value)}
  </time>
);
const dash = <span className="text-muted-foreground">—</span>;

/** A heading over its table; the table's region carries the same name, so this is no region itself. */
function Part({ id, title, description, children }: { id: string; title: string; description: string; children: ReactNode }) {
  return (
    <div className="space-y-2">
      <div>
        <h2 id={id} className="text-base font-semibold tracking-tight">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {children}
    </div>
  );
}

function ConsentTable({ consent }: { consent: ConsentLedgerEntry[] }) {
  if (consent.length === 0) {
    return <EmptyState title="No consent records" headingLevel={3}>Consent given or refused through any source is recorded here.</EmptyState>;
  }
  const rows = [...consent].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id);
  return (
    <Table label="Consent history">
      <THead>
        <tr>
          <TH>Date</TH>
          <TH>Purpose</TH>
          <TH>Channel</TH>
          <TH>Status</TH>
          <TH>Source</TH>
          <TH>Evidence</TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((c) => (
          <TR key={c.id}>
            <TD>{date(c.at)}</TD>
            <TD className="whitespace-nowrap">{humanize(c.purpose)}</TD>
            <TD className="whitespace-nowrap">{channelLabel(c.channel)}</TD>
            <TD>
              <Badge tone={CONSENT_STATUS_TONES[c.status]}>{humanize(c.status)}</Badge>
            </TD>
            <TD>
              <ProvenanceBadge source={c.source} align="start" />
            </TD>
            <TD className="max-w-80 min-w-48 text-xs break-words text-muted-foreground">{c.evidence ?? "—"}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

function RequestsTable({ requests, now }: { requests: PrivacyRequestEntry[]; now: number }) {
  if (requests.length === 0) {
    return <EmptyState title="None received" headingLevel={3}>Access, erasure, rectification and restriction requests appear here.</EmptyState>;
  }
  return (
    <Table label="Privacy requests">
      <THead>
        <tr>
          <TH>Request</TH>
          <TH>Status</TH>
          <TH>Received</TH>
          <TH>Due</TH>
          <TH>Completed</TH>
          <TH>Outcome</TH>
        </tr>
      </THead>
      <TBody>
        {requests.map((r) => {
          const overdue = r.completedAt === null && r.status !== "completed" && r.status !== "rejected" && Date.parse(r.dueAt) < now;
          return (
            <TR key={r.id}>
              <TD className="whitespace-nowrap font-medium">{humanize(r.kind)}</TD>
              <TD>
                <Badge tone={REQUEST_TONES[r.status] ?? "neutral"}>{humanize(r.status)}</Badge>
              </TD>
              <TD>{date(r.receivedAt)}</TD>
              <TD>
                <div className="flex flex-wrap items-center gap-1.5">
                  {date(r.dueAt)}
                  {overdue ? <Badge tone="danger">Overdue</Badge> : null}
                </div>
              </TD>
              <TD>{r.completedAt ? date(r.completedAt) : dash}</TD>
              <TD className="max-w-80 min-w-40 break-words">{r.outcome ?? dash}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

/** Every consent change, newest first, and the customer's data-protection requests with their deadlines. */
export function PrivacyTab({ consent, requests, now }: { consent: ConsentLedgerEntry[]; requests: PrivacyRequestEntry[]; now: number }) {
  return (
    <div className="space-y-6">
      <Part id="privacy-consent-title" title="Consent history" description="Each grant, refusal and withdrawal as recorded, newest first.">
        <ConsentTable consent={consent} />
      </Part>
      <Part id="privacy-requests-title" title="Privacy requests" description="Requests under data-protection law, with their legal deadline.">
        <RequestsTable requests={requests} now={now} />
      </Part>
    </div>
  );
}
