import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { AT_RISK_DAYS, getAtRiskCustomers, type AtRiskCustomer } from "@/lib/dal/overview";
import { HEALTH_BAND_LABELS, type HealthBand } from "@/lib/domain/health";
import { formatMoney } from "@/lib/format";
import { settle } from "../../_lib/loaded";
import { CardUnavailable, OverviewCard } from "./overview-card";

export const AT_RISK_LIMIT = 6;

const BAND_TONES: Record<HealthBand, BadgeTone> = {
  healthy: "success",
  attention: "warning",
  at_risk: "danger",
};

/** The most valuable customers who recently scored as detractors or complained: who to call first. */
export async function AtRiskCustomersCard() {
  const customers = await settle(getAtRiskCustomers(AT_RISK_LIMIT), "customers at risk");
  return (
    <OverviewCard
      id="overview-at-risk"
      title="Customers at risk"
      period={`Detractor score or complaint in the last ${AT_RISK_DAYS} days · most valuable first`}
      href={`/customers?complained=${AT_RISK_DAYS}&sort=lifetime_value`}
      linkLabel="Customers who complained recently"
    >
      {!customers.ok ? (
        <CardUnavailable what="Customers at risk" />
      ) : customers.data.length === 0 ? (
        <p className="py-8 text-center text-sm text-muted-foreground">
          No valuable customer has had a detractor score or complaint in the last {AT_RISK_DAYS} days.
        </p>
      ) : (
        <ul className="divide-y">
          {customers.data.map((c) => (
            <AtRiskRow key={c.partyId} customer={c} />
          ))}
        </ul>
      )}
    </OverviewCard>
  );
}

function AtRiskRow({ customer }: { customer: AtRiskCustomer }) {
  const { health } = customer;
  return (
    <li className="py-2.5 first:pt-0">
      <div className="flex items-baseline justify-between gap-3">
        <Link
          href={`/customers/${customer.partyId}`}
          className="min-w-0 truncate rounded-sm text-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          {customer.name}
        </Link>
        <span className="shrink-0 text-sm tabular-nums">
          <span className="sr-only">Lifetime value </span>
          {formatMoney(customer.lifetimeValueMinor, "USD")}
        </span>
      </div>
      <div className="mt-1 flex items-center justify-between gap-3">
        <p className="min-w-0 text-xs text-muted-foreground">{customer.reasons.join(" · ")}</p>
        <Badge tone={BAND_TONES[health.band]} className="shrink-0 tabular-nums">
          <span className="sr-only">Health score </span>
          {health.score} · {HEALTH_BAND_LABELS[health.band]}
        </Badge>
      </div>
    </li>
  );
}
