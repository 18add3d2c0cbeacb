import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { RelativeTime } from "@/components/ui/relative-time";
import type { PartyProfile } from "@/lib/dal/party-profile";
import { formatDate, formatMoney, formatNumber, humanize } from "@/lib/format";
import { lifecycleTone, npsTextClass } from "../../_lib/tones";
import { ConsentSummary } from "./consent-summary";
import { countryName, initials, localTime, TIER_TONES } from "./labels";
import { NpsTrend } from "./nps-trend";

function Figure({ label, children, detail }: { label: string; children: ReactNode; detail?: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tracking-tight tabular-nums">{children}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-muted-foreground">{detail}</dd> : null}
    </div>
  );
}

const muted = (text: string) => <span className="text-base font-normal text-muted-foreground">{text}</span>;

/**
 * Who the customer is at a glance: name and badges, key figures, and whether we may contact them.
 * `headingLevel={2}` where the page has its own h1 (the case page); `actions` sit beside the name.
 */
export function ProfileHeader({
  profile,
  now,
  headingLevel = 1,
  actions,
}: {
  profile: PartyProfile;
  now: number;
  headingLevel?: 1 | 2;
  actions?: ReactNode;
}) {
  const { party, stats, loyalty, npsTrend } = profile;
  const Name = headingLevel === 1 ? "h1" : "h2";
  const Sub = headingLevel === 1 ? "h2" : "h3";
  const place = [party.city, party.country ? countryName(party.country) : null].filter(Boolean).join(", ");
  const local = localTime(party.timeZone, now);
  const isOrg = party.kind === "organization";

  return (
    <Card aria-labelledby="customer-name" className="p-4 sm:p-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex min-w-0 flex-1 items-start gap-4">
          <div
            aria-hidden="true"
            className={cn(
              "flex size-12 shrink-0 items-center justify-center bg-accent text-base font-semibold text-accent-foreground",
              isOrg ? "rounded-md" : "rounded-full",
            )}
          >
            {initials(party.displayName)}
          </div>
          <div className="min-w-0 flex-1">
            <Name id="customer-name" className={cn("font-semibold tracking-tight break-words", headingLevel === 1 ? "text-2xl" : "text-xl")}>
              {party.displayName}
            </Name>
            <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
              <Badge>{isOrg ? "Organization" : "Person"}</Badge>
              <Badge tone={lifecycleTone(party.lifecycle)}>{humanize(party.lifecycle)}</Badge>
              {loyalty ? <Badge tone={TIER_TONES[loyalty.tier]}>{humanize(loyalty.tier)} tier</Badge> : null}
              {party.status === "erased" ? <Badge tone="danger">Erased</Badge> : null}
              <span className="text-sm text-muted-foreground">
                #{party.id}
                {place ? ` · ${place}` : ""}
              </span>
            </div>
          </div>
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2 sm:max-w-[50%] sm:justify-end">{actions}</div> : null}
      </div>

      <Sub className="sr-only">Key figures</Sub>
      <dl className="mt-5 grid grid-cols-2 gap-x-4 gap-y-4 border-t pt-4 sm:grid-cols-4">
        <Figure label="Lifetime value">{formatMoney(stats.lifetimeValueMinor, "USD")}</Figure>
        <Figure
          label="Orders"
          detail={stats.firstOrderAt ? `First on ${formatDate(stats.firstOrderAt)}` : "No orders yet"}
        >
          {formatNumber(stats.orderCount)}
        </Figure>
        <Figure label="Last purchase" detail={stats.lastOrderAt ? formatDate(stats.lastOrderAt) : undefined}>
          {stats.lastOrderAt ? <RelativeTime value={stats.lastOrderAt} now={now} /> : muted("Never")}
        </Figure>
        <Figure
          label="Latest NPS"
          detail={
            stats.latestNpsAt ? (
              <div className="flex flex-col gap-1">
                <RelativeTime value={stats.latestNpsAt} now={now} />
                <NpsTrend scores={npsTrend} />
              </div>
            ) : undefined
          }
        >
          {stats.latestNps === null ? muted("No response") : <span className={npsTextClass(stats.latestNps)}>{stats.latestNps}</span>}
        </Figure>
        <Figure
          label="Open cases"
          detail={`${formatNumber(stats.recentComplaints)} ${stats.recentComplaints === 1 ? "complaint" : "complaints"} in 90 days · ${formatNumber(stats.complaintCount)} in all`}
        >
          <span className={stats.openCases > 0 ? "text-warning" : undefined}>{formatNumber(stats.openCases)}</span>
        </Figure>
        <Figure label="Last interaction" detail={stats.lastInteractionAt ? formatDate(stats.lastInteractionAt) : undefined}>
          {stats.lastInteractionAt ? <RelativeTime value={stats.lastInteractionAt} now={now} /> : muted("Never")}
        </Figure>
        <Figure label="Customer since" detail={<RelativeTime value={party.createdAt} now={now} />}>
          {formatDate(party.createdAt)}
        </Figure>
        <Figure
          label="Local time"
          detail={
            local ? (
              <>
                {local.weekday} · {local.offset}
                {local.offHours ? <span className="font-medium text-warning"> · outside usual hours</span> : null}
              </>
            ) : undefined
          }
        >
          {local ? <time>{local.time}</time> : muted("Unknown")}
        </Figure>
      </dl>

      <div className="mt-5 border-t pt-4">
        <ConsentSummary consent={profile.consent} />
      </div>
    </Card>
  );
}
