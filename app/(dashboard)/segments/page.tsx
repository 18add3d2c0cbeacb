import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { SegmentsTable } from "./_components/segments-table";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage() {
  await requirePageUser("segment:read");
  return (
    <>
      <PageHeader title="Segments" description="Saved groups of customers and how many are in each." />
      <Suspense fallback={<TableSkeleton columns={6} rows={5} label="Loading segments" />}>
        <SegmentsTable />
      </Suspense>
    </>
  );
}
