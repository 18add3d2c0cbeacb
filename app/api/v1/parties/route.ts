import { NextResponse } from "next/server";
import { apiRoute, queryObject } from "@/lib/api/handler";
import { listDirectory } from "@/lib/dal/directory";
import { parseDirectoryQuery } from "@/lib/domain/directory";
import { invalidQuery } from "@/lib/domain/errors";

/** The directory as JSON: the same sort, filters and cursor as /customers, `limit` (1–200) rows a page. */
export const GET = apiRoute(async (request) => {
  const { limit = "50", ...params } = queryObject(request);
  const parsed = parseDirectoryQuery(params);
  const fields = parsed.ok ? {} : { ...parsed.fields };
  const size = /^\d{1,3}$/.test(limit) ? Number(limit) : NaN;
  if (!(size >= 1 && size <= 200)) Object.assign(fields, { limit: "An integer from 1 to 200." });
  if (!parsed.ok || Object.keys(fields).length) {
    throw invalidQuery(fields);
  }
  return NextResponse.json(await listDirectory({ ...parsed.query, size }));
});
