import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { previewSegment } from "@/lib/dal/segments";
import { AppError } from "@/lib/domain/errors";

const MAX_BODY = 64 * 1024;

/**
 * POST /api/v1/segments/preview — a definition in (the builder's JSON, as the body), its exact
 * count, marketing reach per channel and a sample of members out. A malformed definition is a
 * 400 whose `fields` name the bad part ("root.children.1.min").
 */
export const POST = apiRoute(async (request) => {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) {
    throw new AppError("invalid", "Send the definition as JSON (content-type: application/json).");
  }
  const text = await request.text();
  if (text.length > MAX_BODY) throw new AppError("invalid", "The definition is too large (64 KiB at most).");
  const body: unknown = JSON.parse(text);
  const result = await previewSegment(body);
  if (!result.ok) throw new AppError("invalid", result.message, result.fields);
  const { count, reach, sample, tookMs, engine } = result.preview;
  return NextResponse.json({ count, reach, sample, tookMs, engine });
});
