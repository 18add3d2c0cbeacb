import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { parsePartyId } from "@/lib/dal/party-profile";
import { getTimelineDetail } from "@/lib/dal/timeline";
import { AppError } from "@/lib/domain/errors";
import { parseItemKey } from "@/lib/domain/timeline";

type Context = { params: Promise<{ id: string; key: string }> };

/** One timeline entry with its details, by its key (`order-12`, `interaction-40`). */
export const GET = apiRoute<Context>(async (_request, { params }) => {
  const { id: rawId, key } = await params;
  const id = parsePartyId(rawId);
  const item = parseItemKey(key);
  if (id === null || !item) throw new AppError("not_found", "No such timeline entry.");
  const detail = await getTimelineDetail(id, item.kind, item.id);
  if (!detail) throw new AppError("not_found", "No such timeline entry.");
  return NextResponse.json(detail);
});
