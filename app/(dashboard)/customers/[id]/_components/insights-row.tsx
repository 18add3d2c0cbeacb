import { ChartBarInteractionsByChannel } from "@/components/charts/chart-bar-interactions-by-channel";
import { ChartBarSpendByMonth } from "@/components/charts/chart-bar-spend-by-month";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Party360Insights } from "@/lib/domain/party-360";
import { formatMoney, formatNumber } from "@/lib/format";
import { HealthCard } from "./health-card";

/** Health score, spend over time and communications by channel, side by side on wide screens. */
export function InsightsRow({ insights }: { insights: Party360Insights }) {
  const spend = insights.spendByMonth.reduce((sum, m) => sum + m.amountMinor, 0);
  const orders = insights.spendByMonth.reduce((sum, m) => sum + m.orders, 0);
  const communications = insights.interactionsByChannel.reduce((sum, c) => sum + c.inbound + c.outbound, 0);

  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 [&>*]:min-w-0">
      <HealthCard health={insights.health} className="md:row-span-2 xl:row-span-1" />
      <Card aria-labelledby="spend-title">
        <CardHeader>
          <CardTitle id="spend-title">Spend over time</CardTitle>
          <CardDescription>
            {orders > 0
              ? `${formatMoney(spend, "USD")} across ${formatNumber(orders)} ${orders === 1 ? "order" : "orders"} in the last 24 months`
              : "Last 24 months"}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ChartBarSpendByMonth data={insights.spendByMonth} />
        </CardContent>
      </Card>
      <Card aria-labelledby="channels-title">
        <CardHeader>
          <CardTitle id="channels-title">Communications by channel</CardTitle>
          <CardDescription>
            {communications > 0
              ? `${formatNumber(communications)} inbound and outbound in the last 12 months`
              : "Last 12 months"}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ChartBarInteractionsByChannel data={insights.interactionsByChannel} />
        </CardContent>
      </Card>
    </div>
  );
}
