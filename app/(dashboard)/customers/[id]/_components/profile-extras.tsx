import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { RelativeTime } from "@/components/ui/relative-time";
import type { DemographicValue, Party360Profile } from "@/lib/domain/party-360";
import { formatDate, formatDateTime, formatMoney, humanize } from "@/lib/format";
import { ProvenanceBadge } from "./provenance-badge";

const SUBSCRIPTION_TONES: Record<string, BadgeTone> = {
  trial: "info",
  active: "success",
  paused: "warning",
  cancelled: "neutral",
  expired: "neutral",
};
const PLATFORM_LABELS: Record<string, string> = { web: "Web", ios: "iOS", android: "Android" };
const CHANNEL_LABELS: Record<string, string> = { sms: "SMS" };
const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

const date = (value: string) => (
  <time dateTime={value} title={formatDateTime(value)}>
    {formatDate(value)}
  </time>
);

/** Demographic values as stored, made readable: dates formatted, codes named, enum values humanized. */
function demographicText({ attribute, value }: DemographicValue): string {
  if (attribute === "birthDate" && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value);
  if (attribute === "language") {
    try {
      return languageNames.of(value) ?? value;
    } catch {
      return value;
    }
  }
  if (attribute === "gender" || attribute === "incomeBand" || attribute === "maritalStatus") return humanize(value);
  return value;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="border-t pt-4 first:border-t-0 first:pt-0">
      <h3 id={id} className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {title}
      </h3>
      <div className="mt-2 text-sm">{children}</div>
    </div>
  );
}

/** A list of items under a section heading, or a muted line when there are none. */
function Items<T>({ labelledBy, items, empty, render }: { labelledBy: string; items: T[]; empty: string; render: (item: T) => ReactNode }) {
  if (items.length === 0) return <p className="text-muted-foreground">{empty}</p>;
  return (
    <ul aria-labelledby={labelledBy} className="space-y-2.5">
      {items.map(render)}
    </ul>
  );
}

const meta = "text-xs text-muted-foreground";

/** The rest of the profile: demographics, accounts, subscriptions, loyalty history, what they told us, preferences, segments. */
export function ProfileExtras({ extras, now, className }: { extras: Party360Profile; now: number; className?: string }) {
  const { demographics, accounts, subscriptions, zeroParty, contactPreferences, segments } = extras;
  const tierHistory = [...extras.tierHistory].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  return (
    <Card aria-labelledby="extras-title" className={className}>
      <CardHeader>
        <CardTitle id="extras-title">More about this customer</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <Section id="extras-demographics" title="Demographics">
          {demographics && demographics.values.length > 0 ? (
            <>
              <dl className="space-y-2">
                {demographics.values.map((d) => (
                  <div key={d.attribute} className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-2 gap-y-1">
                    <dt className="text-muted-foreground">{d.label}</dt>
                    <dd className="min-w-0 break-words">
                      {demographicText(d)}
                      {d.source ? (
                        <div className="mt-0.5">
                          <ProvenanceBadge source={d.source} align="start" />
                        </div>
                      ) : null}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className={`mt-2 ${meta}`}>Captured {date(demographics.capturedAt)}</p>
            </>
          ) : (
            <p className="text-muted-foreground">No demographics</p>
          )}
        </Section>

        <Section id="extras-accounts" title="User accounts">
          <Items labelledBy="extras-accounts" items={accounts} empty="No user accounts" render={(a) => (
            <li key={a.id} className="min-w-0">
              <div className="flex flex-wrap items-center gap-x-2">
                <span className="font-medium break-all">{a.username}</span>
                <Badge>{PLATFORM_LABELS[a.platform] ?? humanize(a.platform)}</Badge>
              </div>
              <p className={meta}>
                Created {date(a.createdAt)} · {a.lastLoginAt ? <>Last login <RelativeTime value={a.lastLoginAt} now={now} /></> : "Never logged in"}
              </p>
            </li>
          )} />
        </Section>

        <Section id="extras-subscriptions" title="Subscriptions">
          <Items labelledBy="extras-subscriptions" items={subscriptions} empty="No subscriptions" render={(s) => (
            <li key={s.id} className="min-w-0">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-medium break-words">{s.plan}</span>
                <Badge tone={SUBSCRIPTION_TONES[s.status] ?? "neutral"}>{humanize(s.status)}</Badge>
                <span className="ml-auto tabular-nums">{formatMoney(s.priceMinor, s.currency)}/month</span>
              </div>
              <p className={meta}>
                Started {date(s.startedAt)}
                {s.cancelledAt ? <> · Cancelled {date(s.cancelledAt)}</> : s.renewsAt ? <> · Renews {date(s.renewsAt)}</> : null}
              </p>
            </li>
          )} />
        </Section>

        <Section id="extras-tiers" title="Loyalty tier history">
          <Items labelledBy="extras-tiers" items={tierHistory} empty="No tier changes" render={(t) => (
            <li key={t.id} className="min-w-0">
              <div className="font-medium">
                {t.fromTier ? (
                  <>
                    {humanize(t.fromTier)} <span aria-hidden="true">→</span>
                    <span className="sr-only">to</span> {humanize(t.toTier)}
                  </>
                ) : (
                  `Joined at ${humanize(t.toTier)}`
                )}
              </div>
              <p className={`${meta} break-words`}>
                {t.reason ? `${t.reason} · ` : ""}
                {date(t.at)}
              </p>
            </li>
          )} />
        </Section>

        <Section id="extras-zero-party" title="What they told us">
          <Items labelledBy="extras-zero-party" items={zeroParty} empty="Nothing shared yet" render={(z) => (
            <li key={z.id} className="min-w-0">
              <p className={meta}>{humanize(z.kind)}</p>
              <p className="break-words">{z.value}</p>
              <div className="mt-0.5">
                {z.source ? <ProvenanceBadge source={z.source} capturedAt={z.capturedAt} align="start" /> : <span className={meta}>{date(z.capturedAt)}</span>}
              </div>
            </li>
          )} />
        </Section>

        <Section id="extras-preferences" title="Contact preferences">
          <Items labelledBy="extras-preferences" items={contactPreferences} empty="No contact preferences" render={(p) => (
            <li key={p.id} className="min-w-0">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium">{CHANNEL_LABELS[p.channel] ?? humanize(p.channel)}</span>
                <span className="text-muted-foreground">{humanize(p.frequency)}</span>
              </div>
              {p.topics.length > 0 ? (
                <ul aria-label="Topics" className="mt-1 flex flex-wrap gap-1">
                  {p.topics.map((topic) => (
                    <li key={topic}>
                      <Badge>{humanize(topic)}</Badge>
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className={`mt-0.5 ${meta}`}>Updated {date(p.updatedAt)}</p>
            </li>
          )} />
        </Section>

        <Section id="extras-segments" title="Segments">
          <Items labelledBy="extras-segments" items={segments} empty="Not in any segments" render={(s) => (
            <li key={s.id} className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5">
              {/* Segment pages come with the segment builder; until then the list is the way in. */}
              <Link href="/segments" className="rounded-sm font-medium break-words text-primary hover:underline">
                {s.name}
              </Link>
              <Badge>{humanize(s.kind)}</Badge>
              <span className={`ml-auto ${meta}`}>Added {date(s.addedAt)}</span>
            </li>
          )} />
        </Section>
      </CardContent>
    </Card>
  );
}
