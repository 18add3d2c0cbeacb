import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import {
  HEALTH_BAND_LABELS, HEALTH_FACTOR_LABELS, HEALTH_FACTORS, HEALTH_RANGE,
  type HealthBand, type HealthContribution, type HealthScore,
} from "@/lib/domain/health";
import { formatNumber } from "@/lib/format";

const BAND_TONES: Record<HealthBand, BadgeTone> = { healthy: "success", attention: "warning", at_risk: "danger" };

/** 12.3 → "+12.3", -8 → "−8" (a true minus sign), 0 → "0". */
function signed(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  const sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "";
  return `${sign}${formatNumber(Math.abs(rounded))}`;
}

/**
 * Zero in the middle; the bar grows right for points gained and left for points lost, each side
 * scaled to how far the factor can go that way. The track shows the sides the factor can reach.
 */
function DivergingBar({ c }: { c: HealthContribution }) {
  const reach = c.points > 0 ? c.max : -c.min;
  const share = reach > 0 ? Math.min(1, Math.abs(c.points) / reach) : 0;
  return (
    <div aria-hidden="true" className="relative h-2 w-full">
      {c.min < 0 ? <div className="absolute inset-y-0 right-1/2 left-0 rounded-l-full bg-muted" /> : null}
      {c.max > 0 ? <div className="absolute inset-y-0 right-0 left-1/2 rounded-r-full bg-muted" /> : null}
      {share > 0 ? (
        <div
          className={cn(
            "absolute inset-y-0",
            c.points > 0 ? "left-1/2 rounded-r-full bg-success" : "right-1/2 rounded-l-full bg-danger",
          )}
          style={{ width: `${share * 50}%` }}
        />
      ) : null}
      <div className="absolute -inset-y-0.5 left-1/2 w-px -translate-x-1/2 bg-muted-foreground" />
    </div>
  );
}

const range = (n: number) => (n === 0 ? "0" : signed(n));

/** The customer health score, factor by factor: what each adds or takes away, and why. */
export function HealthCard({ health, className }: { health: HealthScore; className?: string }) {
  return (
    <Card aria-labelledby="health-title" className={className}>
      <CardHeader>
        <CardTitle id="health-title">Health score</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <div className="flex items-center gap-3">
          <p className="text-4xl font-semibold tracking-tight tabular-nums">
            {health.score}
            <span className="text-base font-normal text-muted-foreground">
              <span aria-hidden="true">/</span>
              <span className="sr-only"> out of </span>100
            </span>
          </p>
          <Badge tone={BAND_TONES[health.band]}>{HEALTH_BAND_LABELS[health.band]}</Badge>
        </div>
        <p className="text-sm text-muted-foreground">
          Starts at {formatNumber(health.base)}; each factor adds or takes away points.
        </p>
        <ul aria-label="Health score factors" className="divide-y">
          {health.contributions.map((c) => (
            <li key={c.factor} className="grid grid-cols-[minmax(0,1fr)_4.5rem_3rem] items-center gap-x-3 py-2">
              <div className="min-w-0">
                <p className="text-sm font-medium">{c.label}</p>
                <p className="text-xs break-words text-muted-foreground">{c.basis}</p>
              </div>
              <DivergingBar c={c} />
              <p
                className={cn(
                  "text-right text-sm font-medium tabular-nums",
                  c.points > 0 ? "text-success" : c.points < 0 ? "text-danger" : "text-muted-foreground",
                )}
              >
                {signed(c.points)}
                <span className="sr-only"> points</span>
              </p>
            </li>
          ))}
        </ul>
        <details className="text-sm">
          <summary className="cursor-pointer rounded-sm font-medium text-primary hover:underline">How is this calculated?</summary>
          <div className="mt-2 space-y-2 text-muted-foreground">
            <p>
              The score starts at {formatNumber(health.base)} and each factor moves it within its range; the total is kept
              between 0 and 100. 70 and above is healthy, 40 to 69 needs attention, below 40 is at risk.
            </p>
            <dl className="grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1">
              {HEALTH_FACTORS.map((factor) => (
                <div key={factor} className="contents">
                  <dt>{HEALTH_FACTOR_LABELS[factor]}</dt>
                  <dd className="text-right tabular-nums">
                    {range(HEALTH_RANGE[factor].min)} to {range(HEALTH_RANGE[factor].max)} points
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </details>
      </CardContent>
    </Card>
  );
}
