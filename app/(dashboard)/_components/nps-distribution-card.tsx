import Link from "next/link";
import { ChartBarNpsDistribution } from "@/components/charts/chart-bar-nps-distribution";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getScoreDistribution } from "@/lib/dal/feedback";
import { formatNumber } from "@/lib/format";

export async function NpsDistributionCard() {
  const distribution = await getScoreDistribution("nps", 90);
  return (
    <Card aria-labelledby="nps-distribution-title">
      <CardHeader>
        <CardTitle id="nps-distribution-title">NPS by score</CardTitle>
        <CardDescription>
          {distribution.total > 0
            ? `${formatNumber(distribution.total)} responses in the last 90 days`
            : "Last 90 days"}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {distribution.total > 0 ? (
          <ChartBarNpsDistribution counts={distribution.counts} height={200} />
        ) : (
          <p className="py-10 text-center text-sm text-muted-foreground">
            No NPS responses in the last 90 days. Scores appear here once surveys are answered or imported.
          </p>
        )}
        <Link href="/feedback" className="mt-3 inline-block rounded-sm text-sm font-medium text-primary hover:underline">
          All feedback
        </Link>
      </CardContent>
    </Card>
  );
}
