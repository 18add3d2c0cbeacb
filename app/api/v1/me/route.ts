import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { requireUser } from "@/lib/dal/session";

export const GET = apiRoute(async () => {
  const user = await requireUser("party:read");
  return NextResponse.json({ kind: user.kind, id: user.id, name: user.name, email: user.email, role: user.role });
});
