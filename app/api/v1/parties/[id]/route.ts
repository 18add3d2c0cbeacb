import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { getParty360Insights, getParty360Profile } from "@/lib/dal/party-360";
import { getPartyProfile, parsePartyId } from "@/lib/dal/party-profile";
import { AppError } from "@/lib/domain/errors";

type Context = { params: Promise<{ id: string }> };

/**
 * One party's 360 as JSON: the header, contact points and profile (masked as on the page), the
 * health score with its factors, the charts' numbers and the rest of the profile. A merged
 * party answers 308 to the party it was merged into.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const id = parsePartyId((await params).id);
  if (id === null) throw new AppError("not_found", "No such party.");
  // All three read side by side; for an unknown or merged party the other two are discarded.
  const [result, insights, more] = await Promise.all([getPartyProfile(id), getParty360Insights(id, Date.now()), getParty360Profile(id)]);
  if (!result) throw new AppError("not_found", "No such party.");
  if (result.status === "merged") {
    const to = new URL(`/api/v1/parties/${result.mergedIntoId}`, request.url);
    return NextResponse.json({ mergedIntoId: result.mergedIntoId }, { status: 308, headers: { location: to.pathname } });
  }
  return NextResponse.json({ ...result.profile, insights, more });
});
