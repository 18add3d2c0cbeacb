import type { Metadata } from "next";
import { IgnoredParams } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/dal/guards";
import { parseFeedbackView } from "@/lib/domain/feedback";
import { can } from "@/lib/domain/permissions";
import { BreakdownCard } from "./_components/breakdown-card";
import { ClosedLoopCard } from "./_components/closed-loop-card";
import { DistributionCard } from "./_components/distribution-card";
import { DriversCard } from "./_components/drivers-card";
import { FeedbackToolbar, KindTabs } from "./_components/feedback-toolbar";
import { FilterChips } from "./_components/filter-chips";
import { HeadlineCard } from "./_components/headline-card";
import { TrendCard } from "./_components/trend-card";
import { VerbatimsCard } from "./_components/verbatims-card";
import { rangeText } from "./_lib/format";
import { dataKey, viewKey } from "./_lib/view";

export const metadata: Metadata = { title: "Feedback" };

export default async function FeedbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser("feedback:read");
  // Parsed once; what was ignored is named below rather than failing the page.
  const { view, warnings } = parseFeedbackView(await searchParams);
  // Each card streams in its own Suspense, keyed by the part of the URL it reads: a new view shows
  // its skeleton, while switching the breakdown's dimension leaves the other cards in place.
  const key = dataKey(view);
  // The same `view` object goes to every card: the summary they share is cached per request by it.
  return (
    <>
      <PageHeader
        title="Feedback"
        description={
          <>
            How customers rate you, what drives it and what they say: <span className="font-medium text-foreground">{rangeText(view)}</span>.
          </>
        }
        actions={<KindTabs view={view} />}
      />
      <div className="mb-6 space-y-3">
        <IgnoredParams what="choices" messages={warnings} />
        <FeedbackToolbar view={view} />
        <FilterChips view={view} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
        <HeadlineCard view={view} suspenseKey={key} />
        <DistributionCard view={view} suspenseKey={key} />
        <TrendCard view={view} suspenseKey={key} />
        <BreakdownCard view={view} suspenseKey={viewKey(view)} />
        <div className="flex min-w-0 flex-col gap-6">
          <DriversCard view={view} suspenseKey={key} />
          <ClosedLoopCard view={view} suspenseKey={key} canOpenFollowUps={can(user.role, "case:read")} />
        </div>
        <VerbatimsCard view={view} suspenseKey={key} />
      </div>
    </>
  );
}
