import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { listPartyOpenCases } from "@/lib/dal/cases";
import { requirePageUser } from "@/lib/dal/guards";
import { getParty360Insights, getParty360Profile } from "@/lib/dal/party-360";
import { getPartyProfile, parsePartyId } from "@/lib/dal/party-profile";
import { CardSkeleton } from "@/components/ui/skeleton";
import { isAppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { parseCustomerTab, type Party360Insights, type Party360Profile } from "@/lib/domain/party-360";
import { parseTimelineParams, type TimelineQuery } from "@/lib/domain/timeline";
import { LogInteractionButton } from "../../_components/log-interaction-dialog";
import { requestTime } from "../../_lib/request-time";
import { settle } from "../../_lib/loaded";
import { ContactPointsCard } from "./_components/contact-points-card";
import { CustomerTabs } from "./_components/customer-tabs";
import { InsightsRow } from "./_components/insights-row";
import { ProfileExtras } from "./_components/profile-extras";
import { loadTabPanel, TabPanel } from "./_components/tab-panel";
import { ProfileCard } from "./_components/profile-card";
import { ProfileHeader } from "./_components/profile-header";

interface Props {
  params: Promise<{ id: string }>;
  // `tab` picks the timeline (default) or a tab; `types`, `channels`, `tq` filter the timeline and
  // `item` opens it at one entry; `mergedFrom` is set by the redirect from a merged party.
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parsePartyId((await params).id);
  if (id === null) return { title: "Customer not found" };
  try {
    const result = await getPartyProfile(id);
    if (!result) return { title: "Customer not found" };
    return { title: result.status === "merged" ? "Merged customer" : result.profile.party.displayName };
  } catch (error) {
    // Signed out or not allowed: the page itself picks the right screen.
    if (isAppError(error)) return { title: "Customer" };
    throw error;
  }
}

export default async function CustomerPage({ params, searchParams }: Props) {
  const user = await requirePageUser("party:read");
  const id = parsePartyId((await params).id);
  if (id === null) notFound();
  const query = await searchParams;
  const now = requestTime();
  const tab = parseCustomerTab(query.tab);
  // Unknown filter values are named and dropped rather than failing the whole page.
  const timeline = parseTimelineParams({ ...query, cursor: undefined }, { q: "tq" });
  const timelineQuery: TimelineQuery = timeline.ok ? timeline.value.query : { kinds: null, channels: null, q: null };
  const item = typeof query.item === "string" ? query.item : null;
  // Everything below the header is read side by side with it, not after it: one round of
  // statements instead of two. A party that turns out unknown or merged discards them.
  const insights = started(getParty360Insights(id, now));
  const extras = started(getParty360Profile(id));
  const panel = started(loadTabPanel(id, tab, timelineQuery, item));
  const result = await getPartyProfile(id);
  if (!result) notFound();

  if (result.status === "merged") {
    // The survivor holds this party's data now; the tab asked for is kept.
    const next = new URLSearchParams({ mergedFrom: String(id) });
    if (typeof query.tab === "string") next.set("tab", query.tab);
    redirect(`/customers/${result.mergedIntoId}?${next.toString()}`);
  }

  const { profile } = result;
  const mergedFrom = typeof query.mergedFrom === "string" ? parsePartyId(query.mergedFrom) : null;
  // Support controls only for roles that use them (never marketers), and not on erased customers.
  const active = profile.party.status === "active";
  const canLog = active && can(user.role, "interaction:write");
  const canOpenCase = active && can(user.role, "case:write");
  // Started, not awaited: the header renders now and the dialog unwraps the list when opened.
  const openCases = canLog ? settle(listPartyOpenCases(id), "open cases") : null;
  const actions =
    openCases || canOpenCase ? (
      <>
        {openCases ? <LogInteractionButton partyId={id} cases={openCases} consent={profile.consent} /> : null}
        {canOpenCase ? (
          <Link href={`/cases/new?party=${id}`} className={buttonClasses("primary", "sm")}>
            New case
          </Link>
        ) : null}
      </>
    ) : undefined;

  return (
    <>
      <Breadcrumb trail={[{ href: "/customers", label: "Customers" }]} current={profile.party.displayName} />
      <div className="space-y-4">
        {mergedFrom ? (
          <Alert>Customer #{mergedFrom} was merged into this customer; you were brought here from it.</Alert>
        ) : null}
        {profile.party.status === "erased" ? (
          <Alert tone="warning">This customer’s personal data was erased on request.</Alert>
        ) : null}
        <ProfileHeader profile={profile} now={now} actions={actions} />
        <Suspense fallback={<InsightsSkeleton />}>
          <Insights insights={insights} />
        </Suspense>
        <div className="grid gap-4 lg:grid-cols-3 lg:items-start [&>*]:min-w-0">
          <div className="space-y-3 lg:col-span-2">
            <CustomerTabs active={tab} partyId={id} />
            {!timeline.ok && tab === "timeline" ? (
              <Alert tone="warning">Some timeline filters were not understood and are ignored: {Object.values(timeline.fields).join(" ")}</Alert>
            ) : null}
            <Suspense key={`${tab}|${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")).toString()}`} fallback={<CardSkeleton className="h-96" />}>
              <TabPanel partyId={id} panel={panel} query={timelineQuery} item={item} now={now} />
            </Suspense>
          </div>
          <div className="space-y-4">
            <ContactPointsCard profile={profile} now={now} />
            <ProfileCard profile={profile} />
            <Suspense fallback={<CardSkeleton className="h-64" />}>
              <Extras extras={extras} now={now} />
            </Suspense>
          </div>
        </div>
      </div>
    </>
  );
}

/**
 * A read started before the page knows it will be shown: if the page ends early (not found, a
 * redirect) nobody awaits it, so its failure must not surface as an unhandled rejection. Whoever
 * does await it still gets the error, for the nearest error boundary.
 */
function started<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

async function Insights({ insights }: { insights: Promise<Party360Insights> }) {
  return <InsightsRow insights={await insights} />;
}

async function Extras({ extras, now }: { extras: Promise<Party360Profile>; now: number }) {
  return <ProfileExtras extras={await extras} now={now} />;
}

function InsightsSkeleton() {
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      <CardSkeleton className="h-64" />
      <CardSkeleton className="h-64" chart />
      <CardSkeleton className="h-64" chart />
    </div>
  );
}
