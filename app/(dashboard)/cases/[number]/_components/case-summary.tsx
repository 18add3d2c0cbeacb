import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { CaseDetail } from "@/lib/dal/cases";
import { isOpenStatus } from "@/lib/domain/cases";
import { channelLabel } from "@/lib/domain/channels";
import { formatDateTime, humanize } from "@/lib/format";
import { CasePriorityBadge, CaseStatusBadge } from "../../../_components/case-badges";
import { formatMinutes, SLA_LABELS, SLA_TONES } from "../_lib/format";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 text-sm break-words">{children}</dd>
    </div>
  );
}

const none = (text: string) => <span className="text-muted-foreground">{text}</span>;

/** The case at a glance: its subject is the page's heading; then state, ownership and times. */
export function CaseSummary({ detail, now }: { detail: CaseDetail; now: number }) {
  const open = isOpenStatus(detail.status);
  return (
    <Card aria-labelledby="case-subject" className="p-4 sm:p-5">
      <p className="font-mono text-sm text-muted-foreground">{detail.caseNumber}</p>
      <h1 id="case-subject" className="mt-0.5 text-2xl font-semibold tracking-tight break-words">
        {detail.subject}
      </h1>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <CaseStatusBadge status={detail.status} />
        <CasePriorityBadge priority={detail.priority} suffix=" priority" />
        <Badge tone={SLA_TONES[detail.sla]}>{SLA_LABELS[detail.sla]}</Badge>
      </div>

      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-3 border-t pt-4 sm:grid-cols-3">
        <Item label="Type">{humanize(detail.kind)}</Item>
        <Item label="Category">{humanize(detail.category)}</Item>
        <Item label="Channel">{channelLabel(detail.channel)}</Item>
        <Item label="Assignee">{detail.assignee ? detail.assignee.name : none("Unassigned")}</Item>
        <Item label="Opened">
          <RelativeTime value={detail.openedAt} now={now} />
        </Item>
        <Item label={open ? "SLA due" : "SLA was due"}>
          {detail.slaDueAt ? (
            <span className={detail.sla === "breached" ? "font-medium text-danger" : undefined}>
              <RelativeTime value={detail.slaDueAt} now={now} />
            </span>
          ) : (
            none("No target")
          )}
        </Item>
        <Item label="First response">
          {detail.firstResponseMinutes !== null ? formatMinutes(detail.firstResponseMinutes) : none(open ? "Awaiting reply" : "—")}
        </Item>
        <Item label="Resolution time">
          {detail.resolutionMinutes !== null ? formatMinutes(detail.resolutionMinutes) : none(open ? "Not resolved yet" : "—")}
        </Item>
        <Item label="Last updated">
          <RelativeTime value={detail.updatedAt} now={now} />
        </Item>
      </dl>

      {!open && (detail.resolutionCode || detail.resolution) ? (
        <section aria-labelledby="case-resolution" className="mt-4 rounded-md border border-success/30 bg-success/5 p-3">
          <h2 id="case-resolution" className="flex flex-wrap items-center gap-2 text-sm font-semibold">
            Resolution
            {detail.resolutionCode ? <Badge tone="success">{humanize(detail.resolutionCode)}</Badge> : null}
          </h2>
          {detail.resolvedAt ? (
            <p className="mt-1 text-xs text-muted-foreground">
              Resolved {formatDateTime(detail.resolvedAt)}
            </p>
          ) : null}
          {detail.resolution ? <p className="mt-2 text-sm break-words whitespace-pre-wrap">{detail.resolution}</p> : null}
        </section>
      ) : null}
    </Card>
  );
}
