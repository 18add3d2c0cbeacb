import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAssignableStaff } from "@/lib/dal/cases";
import { requirePageUser } from "@/lib/dal/guards";
import { loadPreselection } from "./_components/load-customer";
import { NewCaseForm } from "./_components/new-case-form";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Marketers may read customers but not open cases: they get the 403 page here.
  const user = await requirePageUser("case:write");
  const party = (await searchParams).party;
  const [staff, preselection] = await Promise.all([
    listAssignableStaff(),
    loadPreselection(Array.isArray(party) ? party[0] : party),
  ]);
  const defaultAssigneeId = staff.some((s) => s.id === user.id) ? user.id : "";

  return (
    <div className="max-w-3xl">
      <Breadcrumb trail={[{ href: "/cases", label: "Cases" }]} current="New case" />
      <PageHeader title="New case" description="Log what a customer got in touch about, so the team can follow it to a resolution." />
      {preselection.notice ? (
        <Alert tone="warning" className="mb-4">
          {preselection.notice}
        </Alert>
      ) : null}
      <Card aria-label="Case details">
        <CardContent className="pt-4 sm:pt-5">
          <NewCaseForm customer={preselection.customer} staff={staff} defaultAssigneeId={defaultAssigneeId} />
        </CardContent>
      </Card>
    </div>
  );
}
