import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Icon } from "@/components/shell/icons";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { listSegments } from "@/lib/dal/segments";
import { can } from "@/lib/domain/permissions";
import { OverlapCard, OverlapPicker } from "../_components/overlap-card";
import { SegmentsTable } from "../_components/segments-table";
import { TemplateGrid } from "../_components/template-grid";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage() {
  const user = await requirePageUser("segment:read");
  const canWrite = can(user.role, "segment:write");
  // One read, started now and shared by the table and the overlap picker, each in its own Suspense.
  const segments = listSegments();

  return (
    <>
      <PageHeader
        title="Segments"
        description="Saved groups of customers and how many are in each."
        actions={
          canWrite ? (
            <Link href="/segments/new" className={buttonClasses("primary", "sm")}>
              <Icon name="plus" />
              New segment
            </Link>
          ) : null
        }
      />
      <Suspense fallback={<TableSkeleton columns={6} rows={5} label="Loading segments" />}>
        <SegmentsTable segments={segments} canWrite={canWrite} />
      </Suspense>
      <div className="mt-8 grid gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <OverlapCard>
          <Suspense fallback={<Skeleton className="h-48 w-full" />}>
            <OverlapPicker segments={segments} />
          </Suspense>
        </OverlapCard>
        {canWrite ? (
          <div className="lg:col-span-2">
            <TemplateGrid />
          </div>
        ) : null}
      </div>
    </>
  );
}
