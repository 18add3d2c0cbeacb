import { getScoreDistribution } from "@/lib/dal/feedback";
import { getOverviewCounts } from "@/lib/dal/overview";
import { formatNumber } from "@/lib/format";
import { summarize } from "../_lib/score-summary";
import { KpiCard } from "./kpi-card";

function formatNps(nps: number): string {
  return nps > 0 ? `+${nps}` : String(nps);
}

export async function OverviewKpis({ canReadCases }: { canReadCases: boolean }) {
  const [counts, npsDistribution] = await Promise.all([getOverviewCounts(), getScoreDistribution("nps", 90)]);
  const nps = summarize("nps", npsDistribution.counts);
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3 xl:grid-cols-5 [&>*]:min-w-0">
      <KpiCard label="Customers" value={formatNumber(counts.parties)} detail="Active people and organizations" href="/customers" />
      <KpiCard
        label="Open cases"
        value={formatNumber(counts.openCases)}
        detail="New, open or pending"
        href={canReadCases ? "/cases" : undefined}
      />
      <KpiCard label="Orders" value={formatNumber(counts.ordersLast30Days)} detail="Last 30 days" />
      <KpiCard
        label="Survey responses"
        value={formatNumber(counts.responsesLast30Days)}
        detail="NPS, CSAT and CES · last 30 days"
        href="/feedback"
      />
      <KpiCard
        label="NPS"
        value={nps.nps === null ? <span className="text-xl text-muted-foreground">No responses yet</span> : formatNps(nps.nps)}
        detail={
          nps.total > 0
            ? `From ${formatNumber(nps.total)} responses · last 90 days`
            : "Last 90 days"
        }
        href="/feedback"
      />
    </div>
  );
}
