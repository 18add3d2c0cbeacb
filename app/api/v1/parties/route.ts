import { NextResponse } from "next/server";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { listParties } from "@/lib/dal/parties";
import { pageInput } from "@/lib/domain/cursor";

export const GET = apiRoute(async (request) => {
  const { limit, cursor } = parseQuery(request, pageInput);
  return NextResponse.json(await listParties({ limit, cursor }));
});
