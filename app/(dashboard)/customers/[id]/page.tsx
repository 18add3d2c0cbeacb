import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/dal/guards";
import { getPartyProfile, parsePartyId } from "@/lib/dal/party-profile";
import { isAppError } from "@/lib/domain/errors";
import { requestTime } from "../../_lib/request-time";
import { Breadcrumb } from "./_components/breadcrumb";
import { ContactPointsCard } from "./_components/contact-points-card";
import { ProfileCard } from "./_components/profile-card";
import { ProfileHeader } from "./_components/profile-header";

interface Props {
  params: Promise<{ id: string }>;
  // `tab` (orders, cases…, linked from the search palette) is accepted and, until the 360 has
  // tabs, ignored; `mergedFrom` is set by the redirect from a merged party.
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
  await requirePageUser("party:read");
  const id = parsePartyId((await params).id);
  if (id === null) notFound();
  const result = await getPartyProfile(id);
  if (!result) notFound();
  const query = await searchParams;

  if (result.status === "merged") {
    // The survivor holds this party's data now; the tab asked for is kept.
    const next = new URLSearchParams({ mergedFrom: String(id) });
    if (typeof query.tab === "string") next.set("tab", query.tab);
    redirect(`/customers/${result.mergedIntoId}?${next.toString()}`);
  }

  const { profile } = result;
  const now = requestTime();
  const mergedFrom = typeof query.mergedFrom === "string" ? parsePartyId(query.mergedFrom) : null;

  return (
    <>
      <Breadcrumb current={profile.party.displayName} />
      <div className="space-y-4">
        {mergedFrom ? (
          <Alert>Customer #{mergedFrom} was merged into this customer; you were brought here from it.</Alert>
        ) : null}
        {profile.party.status === "erased" ? (
          <Alert tone="warning">This customer’s personal data was erased on request.</Alert>
        ) : null}
        <ProfileHeader profile={profile} now={now} />
        <div className="grid gap-4 lg:grid-cols-3 lg:items-start [&>*]:min-w-0">
          <ContactPointsCard profile={profile} now={now} className="lg:col-span-2" />
          <ProfileCard profile={profile} />
        </div>
      </div>
    </>
  );
}
