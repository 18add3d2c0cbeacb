import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/api/handler";
import { searchEverything } from "@/lib/dal/search";
import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LENGTH, SEARCH_MAX_LIMIT } from "@/lib/domain/search";

const searchInput = z.object({
  q: z.string({ error: "Required." }).max(SEARCH_MAX_LENGTH, `At most ${SEARCH_MAX_LENGTH} characters.`),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(SEARCH_DEFAULT_LIMIT),
});

export const GET = apiRoute(async (request) => {
  const { q, limit } = parseQuery(request, searchInput);
  return NextResponse.json(await searchEverything(q, { limit }));
});
