import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { filterConditions, FROM } from "@/lib/db/queries/directory";
import { queryRows } from "@/lib/db/rows";
import { segment, segmentSizeHistory, staffUser } from "@/lib/db/schema";
import type { DirectoryFilters, StaticSegmentOption } from "@/lib/domain/directory";
import { AppError } from "@/lib/domain/errors";
import { writeAudit } from "./audit";
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


/** Static segments, which customers can be added to by hand. */
export async function listStaticSegments(): Promise<StaticSegmentOption[]> {
  await requireUser("segment:read");
  const db = await getDb();
  return db
    .select({ id: segment.id, name: segment.name, memberCount: segment.memberCount })
    .from(segment)
    .where(eq(segment.kind, "static"))
    .orderBy(asc(sql`lower(${segment.name})`));
}

/** "All matching" adds at most this many in one go; more is a job for a dynamic segment. */
export const MAX_BULK_ADD = 100_000;

export type SegmentTarget = { segmentId: number } | { newName: string };
export type MemberSource = { ids: number[] } | { filters: DirectoryFilters };

/**
 * Adds customers to a static segment (creating it when asked), in one transaction with its
 * size-history row and audit entry. Customers already in it are left as they are.
 */
export async function addToStaticSegment(target: SegmentTarget, source: MemberSource): Promise<{ segmentId: number; name: string; added: number; size: number }> {
  const user = await requireUser("segment:write");
  const db = await getDb();
  return db.transaction(async (tx) => {
    let seg: { id: number; name: string };
    if ("newName" in target) {
      const [clash] = await tx.select({ id: segment.id }).from(segment).where(eq(sql`lower(${segment.name})`, target.newName.toLowerCase()));
      if (clash) throw new AppError("conflict", "A segment with that name already exists.", { name: "Choose another name or pick it from the list." });
      const [row] = await tx
        .insert(segment)
        .values({ name: target.newName, kind: "static", ownerId: user.kind === "user" ? user.id : null })
        .returning({ id: segment.id, name: segment.name });
      if (!row) throw new Error("insert returned no row");
      seg = row;
      await writeAudit(tx, user, { action: "segment.create", targetType: "segment", targetId: row.id, detail: { name: row.name, kind: "static" } });
    } else {
      const [row] = await tx
        .select({ id: segment.id, name: segment.name, kind: segment.kind })
        .from(segment)
        .where(eq(segment.id, target.segmentId))
        .for("update");
      if (!row) throw new AppError("not_found", "That segment no longer exists.", { segment: "Pick another segment." });
      if (row.kind !== "static") throw new AppError("invalid", "Only static segments take hand-picked customers.", { segment: "Pick a static segment." });
      seg = row;
    }

    let matched: { n: number }[];
    if ("ids" in source) {
      matched = await queryRows<{ n: number }>(tx, sql`
        with added as (
          insert into segment_membership (party_id, segment_id)
          select p.id, ${seg.id}::bigint from party p where p.id in ${source.ids} and p.status = 'active'
          on conflict do nothing returning 1)
        select count(*)::int as n from added`);
    } else {
      const where = sql.join(filterConditions(source.filters), sql` and `);
      const [count] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from (select 1 from ${FROM} where ${where} limit ${MAX_BULK_ADD + 1}) t`);
      if (Number(count?.n ?? 0) > MAX_BULK_ADD) {
        throw new AppError("invalid", `More than ${MAX_BULK_ADD.toLocaleString("en-US")} customers match. Narrow the filters, or build a dynamic segment instead.`, { query: "Too many customers." });
      }
      matched = await queryRows<{ n: number }>(tx, sql`
        with added as (
          insert into segment_membership (party_id, segment_id)
          select p.id, ${seg.id}::bigint from ${FROM} where ${where}
          on conflict do nothing returning 1)
        select count(*)::int as n from added`);
    }
    const added = Number(matched[0]?.n ?? 0);
    const [sized] = await tx
      .update(segment)
      .set({
        memberCount: sql`(select count(*)::int from segment_membership m where m.segment_id = ${seg.id})`,
        updatedAt: new Date(),
        lastComputedAt: new Date(),
      })
      .where(eq(segment.id, seg.id))
      .returning({ size: segment.memberCount });
    const size = sized?.size ?? 0;
    await tx.insert(segmentSizeHistory).values({ segmentId: seg.id, computedAt: new Date(), size, entered: added, left: 0 });
    await writeAudit(tx, user, {
      action: "segment.add_members",
      targetType: "segment",
      targetId: seg.id,
      detail: { added, size, source: "ids" in source ? { ids: source.ids.length } : { filters: source.filters } },
    });
    return { segmentId: seg.id, name: seg.name, added, size };
  });
}
