import { NextResponse } from "next/server";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { listAudit } from "@/lib/dal/staff";
import { pageInput } from "@/lib/domain/cursor";

export const GET = apiRoute(async (request) => {
  const { limit, cursor } = parseQuery(request, pageInput);
  return NextResponse.json(await listAudit({ limit, cursor }));
});
