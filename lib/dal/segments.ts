import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { segment, staffUser } from "@/lib/db/schema";
import { requireUser } from "./session";

export interface SegmentListItem {
  id: number;
  name: string;
  description: string | null;
  kind: "dynamic" | "static";
  memberCount: number;
  owner: string | null;
  lastComputedAt: string | null;
  updatedAt: string;
}

export async function listSegments(): Promise<SegmentListItem[]> {
  await requireUser("segment:read");
  const db = await getDb();
  const rows = await db
    .select({
      id: segment.id, name: segment.name, description: segment.description, kind: segment.kind,
      memberCount: segment.memberCount, owner: staffUser.name, lastComputedAt: segment.lastComputedAt,
      updatedAt: segment.updatedAt,
    })
    .from(segment)
    .leftJoin(staffUser, eq(staffUser.id, segment.ownerId))
    .orderBy(desc(segment.updatedAt));
  return rows.map((r) => ({
    ...r,
    lastComputedAt: r.lastComputedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}
