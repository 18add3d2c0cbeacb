import { LoadingRegion, Skeleton, TableSkeleton } from "@/components/ui/skeleton";
import { VerbatimSummarySkeleton } from "./_components/verbatim-summary";
import { RESPONSES_COLUMN_COUNT } from "./_components/responses-table";

/** Header, conditions, search, themes and the table, in the shapes the page will fill. */
export default function FeedbackResponsesLoading() {
  return (
    <LoadingRegion label="Loading responses">
      <div className="mb-6 flex items-end justify-between gap-3">
        <div className="min-w-0 flex-1">
          <Skeleton className="mb-2 h-7 w-40" />
          <Skeleton className="h-4 w-[28rem] max-w-full" />
        </div>
        <Skeleton className="hidden h-8 w-36 sm:block" />
      </div>
      <div className="mb-4 space-y-3">
        <div className="flex gap-2">
          <Skeleton className="h-5 w-28 rounded-full" />
          <Skeleton className="h-5 w-36 rounded-full" />
        </div>
        <Skeleton className="h-9 w-full max-w-xl" />
      </div>
      <VerbatimSummarySkeleton label={null} />
      <TableSkeleton rows={8} columns={RESPONSES_COLUMN_COUNT} label={null} />
    </LoadingRegion>
  );
}
