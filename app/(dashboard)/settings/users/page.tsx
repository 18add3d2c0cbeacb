import type { Metadata } from "next";
import { Suspense } from "react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import { requirePageUser } from "@/lib/dal/guards";
import { listStaff } from "@/lib/dal/staff";
import { CreateUserForm } from "./_components/create-user-form";
import { DisableForm, RoleForm } from "./_components/staff-row-forms";
import { requestTime } from "../../_lib/request-time";

export const metadata: Metadata = { title: "Users" };

async function StaffTable({ currentUserId }: { currentUserId: string }) {
  const staff = await listStaff();
  if (staff.length === 0) {
    return <EmptyState title="No users yet">Add the first user with the form.</EmptyState>;
  }
  const now = requestTime();
  return (
    <Table label="Users">
      <THead>
        <tr>
          <TH>User</TH>
          <TH>Role</TH>
          <TH>Status</TH>
          <TH>Last sign-in</TH>
          <TH>
            <span className="sr-only">Actions</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {staff.map((s) => {
          const self = s.id === currentUserId;
          return (
            <TR key={s.id}>
              <TD className="max-w-64">
                <div className="truncate font-medium">
                  {s.name}
                  {self ? <span className="ml-1.5 text-xs font-normal text-muted-foreground">(you)</span> : null}
                </div>
                <div className="truncate text-xs text-muted-foreground">{s.email}</div>
              </TD>
              <TD>
                <RoleForm id={s.id} name={s.name} role={s.role} self={self} />
              </TD>
              <TD>{s.disabled ? <Badge tone="danger">Disabled</Badge> : <Badge tone="success">Active</Badge>}</TD>
              <TD className="whitespace-nowrap text-muted-foreground">
                <RelativeTime value={s.lastSignInAt} now={now} empty="Never" />
              </TD>
              <TD className="text-right">{self ? null : <DisableForm id={s.id} name={s.name} disabled={s.disabled} />}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

export default async function UsersPage() {
  const user = await requirePageUser("staff:manage");
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and with which role. Changing a role or disabling an account signs that user out."
      />
      <div className="grid items-start gap-6 2xl:grid-cols-[1fr_22rem]">
        <Suspense fallback={<TableSkeleton columns={5} rows={4} label="Loading users" />}>
          <StaffTable currentUserId={user.id} />
        </Suspense>
        <CreateUserForm />
      </div>
    </>
  );
}
