import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";

// The description holds no data, so it is public like any API reference.
export function GET(request: Request) {
  return NextResponse.json(openApiDocument(new URL(request.url).origin));
}
