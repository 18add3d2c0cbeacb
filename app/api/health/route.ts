import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDbHandle } from "@/lib/db";

export const dynamic = "force-dynamic";

/** 200 only when the database answers a query; 503 otherwise. Holds no data. */
export async function GET() {
  try {
    const handle = await getDbHandle();
    await handle.db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", database: handle.kind }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.error("health check failed", error);
    return NextResponse.json({ status: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
