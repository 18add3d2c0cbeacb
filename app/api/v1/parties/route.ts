import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, queryObject } from "@/lib/api/handler";
import { listDirectory } from "@/lib/dal/directory";
import { parseDirectoryQuery } from "@/lib/domain/directory";
import { AppError } from "@/lib/domain/errors";

const limitParam = z.coerce.number().int().min(1).max(200);

/** The directory as JSON: the same sort, filters and cursor as /customers, `limit` rows a page. */
export const GET = apiRoute(async (request) => {
  const params = queryObject(request);
  const { limit, size: _size, ...rest } = params;
  const parsed = parseDirectoryQuery(rest);
  const fields = parsed.ok ? {} : { ...parsed.fields };
  const size = limit === undefined ? 50 : limitParam.safeParse(limit);
  if (typeof size !== "number" && !size.success) fields.limit = "An integer from 1 to 200.";
  if (!parsed.ok || Object.keys(fields).length) {
    throw new AppError("invalid", `Invalid query: ${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("; ")}`, fields);
  }
  const page = await listDirectory({ ...parsed.query, size: typeof size === "number" ? size : size.data! });
  return NextResponse.json(page);
});
