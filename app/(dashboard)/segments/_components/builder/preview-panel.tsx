"use client";

import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { CONSENT_CHANNELS } from "@/lib/domain/enums";
import type { SegmentPreview } from "@/lib/domain/segments";
import { formatMoney, formatNumber, formatPercent, humanize } from "@/lib/format";
import { channelLabel } from "./labels";
import type { LivePreview } from "./use-live-preview";

/** A message that points at a node, with a way to get there. */
export interface PointedIssue {
  nodeId: string | null;
  label: string;
  message: string;
}

/**
 * The live preview: how many match (announced politely as it changes), how many of them may be
 * sent marketing on each channel, and a sample linking to their 360. While a new count runs the
 * previous one stays, dimmed; a definition that cannot be counted says why and where.
 */
export function PreviewPanel({ live, issues, onGoTo }: { live: LivePreview; issues: readonly PointedIssue[]; onGoTo: (nodeId: string) => void }) {
  const { preview, pending, failure } = live;
  const stale = pending || failure !== null;
  return (
    <Card aria-labelledby="segment-preview-title">
      <div className="flex items-center justify-between gap-2 p-4 pb-2 sm:p-5 sm:pb-2">
        <CardTitle id="segment-preview-title">Live preview</CardTitle>
        <span className={cn("flex items-center gap-1.5 text-xs text-muted-foreground", !pending && "invisible")} aria-hidden={!pending}>
          <span className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden="true" />
          updating…
        </span>
      </div>
      <CardContent className="space-y-5">
        <div>
          <p className="text-sm text-muted-foreground" aria-hidden="true">
            Matching customers
          </p>
          <p
            role="status"
            aria-label="Matching customers"
            aria-live="polite"
            aria-atomic="true"
            aria-busy={pending}
            className={cn("text-4xl font-semibold tracking-tight tabular-nums transition-opacity", stale && preview && "opacity-50")}
          >
            {preview ? formatNumber(preview.count) : "—"}
          </p>
          <p className="mt-1 text-xs text-muted-foreground">
            {preview
              ? failure?.kind === "invalid"
                ? "The last count that could be made."
                : `counted in ${formatNumber(preview.tookMs)} ms`
              : pending
                ? "Counting…"
                : null}
          </p>
        </div>

        {failure ? <FailureNotice failure={failure} issues={issues} onGoTo={onGoTo} onRetry={live.retry} /> : null}

        {preview ? (
          <div className={cn("space-y-5 transition-opacity", stale && "opacity-60")}>
            {preview.count === 0 ? (
              <EmptyState title="No customers match" headingLevel={3}>
                Loosen a condition, or switch a group to “Any of”.
              </EmptyState>
            ) : (
              <>
                <Reach preview={preview} />
                <Sample preview={preview} />
              </>
            )}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

function FailureNotice({ failure, issues, onGoTo, onRetry }: {
  failure: NonNullable<LivePreview["failure"]>;
  issues: readonly PointedIssue[];
  onGoTo: (nodeId: string) => void;
  onRetry: () => void;
}) {
  if (failure.kind === "unavailable") {
    return (
      <Alert tone="warning" className="space-y-2">
        <p>{failure.message} The segment can still be edited and saved.</p>
        <Button variant="outline" size="xs" onClick={onRetry}>
          Try again
        </Button>
      </Alert>
    );
  }
  return (
    <Alert tone="danger" className="space-y-1.5">
      <p className="font-medium">Can’t count this yet: fix the marked {issues.length === 1 ? "setting" : "settings"}.</p>
      {issues.length ? (
        <ul className="space-y-1">
          {issues.map((issue) => (
            <li key={`${issue.nodeId}:${issue.message}`}>
              {issue.nodeId ? (
                <button type="button" onClick={() => onGoTo(issue.nodeId!)} className="font-medium underline underline-offset-2 hover:no-underline">
                  {issue.label}
                </button>
              ) : (
                <span className="font-medium">{issue.label}</span>
              )}
              : {issue.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>{failure.message}</p>
      )}
    </Alert>
  );
}

function Reach({ preview }: { preview: SegmentPreview }) {
  return (
    <section aria-labelledby="segment-preview-reach">
      <h3 id="segment-preview-reach" className="text-sm font-semibold">
        Reachable for marketing
      </h3>
      <p className="text-xs text-muted-foreground">Consent granted and a contact point on the channel.</p>
      <ul className="mt-3 space-y-2.5">
        {CONSENT_CHANNELS.map((channel) => {
          const reached = preview.reach[channel] ?? 0;
          const ratio = preview.count ? Math.min(1, reached / preview.count) : 0;
          return (
            <li key={channel} className="text-sm">
              <div className="flex items-baseline justify-between gap-2">
                <span>{channelLabel(channel)}</span>
                <span className="tabular-nums">
                  {formatNumber(reached)} <span className="text-muted-foreground">({formatPercent(ratio)})</span>
                </span>
              </div>
              <div aria-hidden="true" className="mt-1 h-2 overflow-hidden rounded-full bg-muted">
                <div className="h-full rounded-full bg-chart-1" style={{ width: `${ratio * 100}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Sample({ preview }: { preview: SegmentPreview }) {
  if (!preview.sample.length) return null;
  return (
    <section aria-labelledby="segment-preview-sample" className="space-y-2">
      <div>
        <h3 id="segment-preview-sample" className="text-sm font-semibold">
          Sample members
        </h3>
        <p className="text-xs text-muted-foreground">
          {preview.sample.length} of {formatNumber(preview.count)}, highest lifetime value first.
        </p>
      </div>
      <Table label="Sample members">
        <THead>
          <tr>
            <TH>Name</TH>
            <TH>Country</TH>
            <TH>Tier</TH>
            <TH className="text-right">Lifetime value</TH>
            <TH className="text-right">NPS</TH>
          </tr>
        </THead>
        <TBody>
          {preview.sample.map((row) => (
            <TR key={row.id}>
              <TD className="max-w-40 text-xs">
                <Link href={`/customers/${row.id}`} className="block truncate font-medium text-primary hover:underline" title={row.name}>
                  {row.name}
                </Link>
              </TD>
              <TD className="text-xs">{row.country ?? <Missing />}</TD>
              <TD className="text-xs">{row.tier ? humanize(row.tier) : <Missing />}</TD>
              <TD className="text-right text-xs whitespace-nowrap tabular-nums">{formatMoney(row.lifetimeValueMinor)}</TD>
              <TD className="text-right text-xs tabular-nums">{row.latestNps ?? <Missing />}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </section>
  );
}

function Missing() {
  return (
    <span className="text-muted-foreground">
      —<span className="sr-only">none</span>
    </span>
  );
}
