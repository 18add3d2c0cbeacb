import type { Metadata } from "next";
import { Suspense } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import { requirePageUser } from "@/lib/dal/guards";
import { listApiKeys } from "@/lib/dal/staff";
import { ROLE_LABELS } from "@/lib/domain/permissions";
import { formatDate, formatDateTime } from "@/lib/format";
import { CreateKeyForm } from "./_components/create-key-form";
import { RevokeKeyForm } from "./_components/revoke-key-form";
import { requestTime } from "../../_lib/request-time";

export const metadata: Metadata = { title: "API keys" };

async function KeysTable() {
  const keys = await listApiKeys();
  if (keys.length === 0) {
    return (
      <EmptyState title="No API keys yet">
        Create a key with the form to let an integration read or send data through the REST API.
      </EmptyState>
    );
  }
  const now = requestTime();
  return (
    <Table label="API keys">
      <THead>
        <tr>
          <TH>Name</TH>
          <TH>Role</TH>
          <TH>Created</TH>
          <TH>Last used</TH>
          <TH>Status</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {keys.map((k) => (
          <TR key={k.id} className={k.revoked ? "text-muted-foreground" : undefined}>
            <TD>
              <div className="max-w-56 truncate font-medium" title={k.name}>
                {k.name}
              </div>
              <div className="font-mono text-xs text-muted-foreground">{k.prefix}…</div>
            </TD>
            <TD className="whitespace-nowrap">{ROLE_LABELS[k.role]}</TD>
            <TD className="whitespace-nowrap">
              <time dateTime={k.createdAt} title={formatDateTime(k.createdAt)}>
                {formatDate(k.createdAt)}
              </time>
            </TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              <RelativeTime value={k.lastUsedAt} now={now} empty="Never" />
            </TD>
            <TD>{k.revoked ? <Badge tone="neutral">Revoked</Badge> : <Badge tone="success">Active</Badge>}</TD>
            <TD className="text-right">{k.revoked ? null : <RevokeKeyForm id={k.id} name={k.name} />}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}

export default async function ApiKeysPage() {
  await requirePageUser("api_key:manage");
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys for integrations using the REST API. Only a key’s first characters are kept; the full key is shown once."
      />
      <div className="grid items-start gap-6 2xl:grid-cols-[1fr_22rem]">
        <Suspense fallback={<TableSkeleton columns={6} rows={3} label="Loading API keys" />}>
          <KeysTable />
        </Suspense>
        <CreateKeyForm />
      </div>
    </>
  );
}
