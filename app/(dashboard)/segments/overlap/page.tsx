import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { listSegments } from "@/lib/dal/segments";
import { OverlapCard, OverlapPicker } from "../_components/overlap-card";
import { OverlapProblem } from "../_components/overlap-problem";
import { OverlapView } from "../_components/overlap-result";
import { OverlapSkeleton } from "../_components/overlap-skeleton";
import { parseOverlapIds } from "../_components/segment-ids";

export const metadata: Metadata = { title: "Segment overlap" };

const PROBLEM_TITLES = {
  missing: "Pick two or three segments to compare",
  malformed: "This address does not name segments",
  duplicate: "Pick different segments",
  count: "Pick two or three segments",
} as const;

export default async function OverlapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser("segment:read");
  // Parsed once; an address we cannot use is explained on the page, never a server error.
  const parsed = parseOverlapIds((await searchParams).ids);
  const segments = listSegments();

  return (
    <>
      <Breadcrumb trail={[{ href: "/segments", label: "Segments" }]} current="Overlap" />
      <PageHeader title="Segment overlap" description="How many customers two or three segments share, and how many are in only one." />
      {parsed.ok ? (
        <Suspense key={parsed.ids.join(",")} fallback={<OverlapSkeleton sets={parsed.ids.length} />}>
          <OverlapView ids={parsed.ids} />
        </Suspense>
      ) : (
        <OverlapProblem title={PROBLEM_TITLES[parsed.reason]} message={parsed.message} />
      )}
      <div className="mt-8 max-w-xl">
        <OverlapCard title="Compare other segments" description="Change the segments and show their overlap.">
          <Suspense fallback={<Skeleton className="h-48 w-full" />}>
            <OverlapPicker segments={segments} initial={parsed.ids} />
          </Suspense>
        </OverlapCard>
      </div>
    </>
  );
}
