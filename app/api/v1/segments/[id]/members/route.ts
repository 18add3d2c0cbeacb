import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { getSegment, listSegmentMembers, MEMBER_PAGE_MAX } from "@/lib/dal/segments";
import { AppError } from "@/lib/domain/errors";

const query = z.strictObject({
  cursor: z.string().max(40).optional(),
  limit: z.coerce.number({ error: "A whole number." }).int("A whole number.").min(1, "At least 1.").max(MEMBER_PAGE_MAX, `At most ${MEMBER_PAGE_MAX}.`).optional(),
});

/**
 * GET /api/v1/segments/{id}/members?cursor&limit — the segment's members as last computed, in id
 * order, keyset-paged: follow `nextCursor` until it is null.
 */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const { id: raw } = await params;
  if (!/^[1-9][0-9]{0,15}$/.test(raw)) throw new AppError("invalid", "The segment id must be a positive whole number.", { id: "Not a segment id." });
  const { cursor, limit } = parseQuery(request, query);
  const seg = await getSegment(Number(raw));
  if (!seg) throw new AppError("not_found", "No such segment.");
  const page = await listSegmentMembers(seg.id, cursor ?? null, limit ?? 100);
  return NextResponse.json({
    segment: { id: seg.id, name: seg.name, kind: seg.kind, memberCount: seg.memberCount, lastComputedAt: seg.lastComputedAt },
    items: page.items,
    nextCursor: page.nextCursor,
  });
});
