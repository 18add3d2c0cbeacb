import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requirePageUser } from "@/lib/dal/guards";
import { listAudit } from "@/lib/dal/staff";
import { isAppError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/format";
import { cursorParam } from "@/lib/domain/directory";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;
const auditSearchParams = z.object({ cursor: cursorParam.optional() });

function InvalidCursor() {
  return (
    <EmptyState
      title="This page link has expired or is broken"
      action={
        <Link href="/settings/audit" className={buttonClasses("primary", "sm")}>
          Show the newest entries
        </Link>
      }
    >
      The address points to a page of the audit log that does not exist.
    </EmptyState>
  );
}

function detailText(detail: Record<string, unknown> | null): string {
  if (!detail) return "";
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(", ");
}

async function AuditTable({ cursor }: { cursor: string | undefined }) {
  let page;
  try {
    page = await listAudit({ limit: PAGE_SIZE, cursor });
  } catch (error) {
    if (isAppError(error) && error.code === "invalid") return <InvalidCursor />;
    throw error;
  }
  if (page.items.length === 0) {
    return cursor ? (
      <EmptyState title="No older entries">You have reached the first entry of the audit log.</EmptyState>
    ) : (
      <EmptyState title="Nothing recorded yet">Sign-ins, changes to users and keys, exports and other changes are recorded here.</EmptyState>
    );
  }
  return (
    <>
      <Table label="Audit log">
        <THead>
          <tr>
            <TH>When</TH>
            <TH>Who</TH>
            <TH>Action</TH>
            <TH>Target</TH>
            <TH>Details</TH>
          </tr>
        </THead>
        <TBody>
          {page.items.map((entry) => {
            const detail = detailText(entry.detail);
            return (
              <TR key={entry.id}>
                <TD className="whitespace-nowrap text-muted-foreground tabular-nums">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </TD>
                <TD>
                  <div className="flex max-w-56 items-center gap-1.5">
                    <span className="truncate" title={entry.actor ?? undefined}>
                      {entry.actor ?? "—"}
                    </span>
                    {entry.actorKind !== "user" ? (
                      <Badge tone="neutral">{entry.actorKind === "api_key" ? "API key" : "System"}</Badge>
                    ) : null}
                  </div>
                  {entry.ip ? <div className="font-mono text-xs text-muted-foreground">{entry.ip}</div> : null}
                </TD>
                <TD className="font-mono text-xs whitespace-nowrap">{entry.action}</TD>
                <TD>
                  <div className="max-w-48 truncate font-mono text-xs text-muted-foreground" title={entry.target ?? undefined}>
                    {entry.target ?? "—"}
                  </div>
                </TD>
                <TD>
                  <div className="line-clamp-2 max-w-80 min-w-48 text-xs break-words text-muted-foreground" title={detail || undefined}>
                    {detail || "—"}
                  </div>
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
      <Pager
        label="Audit log pages"
        firstHref="/settings/audit"
        nextHref={page.nextCursor ? `/settings/audit?cursor=${encodeURIComponent(page.nextCursor)}` : null}
        onFirstPage={!cursor}
        nextLabel="Older entries"
        firstLabel="Newest entries"
        summary={page.nextCursor ? undefined : "Beginning of the log"}
      />
    </>
  );
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("audit:read");
  const params = auditSearchParams.safeParse(await searchParams);
  return (
    <>
      <PageHeader title="Audit log" description="Every change and sensitive read, newest first. Entries cannot be edited or deleted." />
      {params.success ? (
        <Suspense key={params.data.cursor ?? "newest"} fallback={<TableSkeleton columns={6} label="Loading audit log" />}>
          <AuditTable cursor={params.data.cursor} />
        </Suspense>
      ) : (
        <InvalidCursor />
      )}
    </>
  );
}
