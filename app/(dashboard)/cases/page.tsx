import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { CasesTable } from "./_components/cases-table";

export const metadata: Metadata = { title: "Cases" };

export default async function CasesPage() {
  await requirePageUser("case:read");
  return (
    <>
      <PageHeader title="Cases" description="Open support cases, newest first." />
      <Suspense fallback={<TableSkeleton columns={8} label="Loading cases" />}>
        <CasesTable />
      </Suspense>
    </>
  );
}
