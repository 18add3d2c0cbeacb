import { NextResponse } from "next/server";
import { apiRoute, queryObject } from "@/lib/api/handler";
import { parsePartyId } from "@/lib/dal/party-profile";
import { listTimeline } from "@/lib/dal/timeline";
import { AppError, invalidQuery } from "@/lib/domain/errors";
import { parseTimelineParams, TIMELINE_PAGE_SIZE } from "@/lib/domain/timeline";

type Context = { params: Promise<{ id: string }> };

/**
 * The party's timeline, newest first: `types` (kinds or groups), `channels`, `q` (words to find),
 * `limit` (1–200) and `cursor` from the previous page's `nextCursor`. A party with no entries
 * and an unknown party both answer an empty page: the timeline reveals nothing the 360 would not.
 */
export const GET = apiRoute<Context>(async (request, { params }) => {
  const id = parsePartyId((await params).id);
  if (id === null) throw new AppError("not_found", "No such party.");
  const { limit = String(TIMELINE_PAGE_SIZE), ...rest } = queryObject(request);
  const parsed = parseTimelineParams(rest);
  const fields = parsed.ok ? {} : { ...parsed.fields };
  const size = /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
  if (!(size >= 1 && size <= 200)) Object.assign(fields, { limit: "An integer from 1 to 200." });
  if (!parsed.ok || Object.keys(fields).length) throw invalidQuery(fields);
  return NextResponse.json(await listTimeline(id, parsed.value.query, parsed.value.cursor, size));
});
