import "server-only";
import { asc, eq, gt, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { party, partyStats } from "@/lib/db/schema";
import { decodeCursor, encodeCursor, type Page } from "@/lib/domain/cursor";
import { can } from "@/lib/domain/permissions";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { requireUser } from "./session";

export interface PartyListItem {
  id: number;
  kind: "person" | "organization";
  displayName: string;
  lifecycle: string;
  country: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  lifetimeValueMinor: number;
  orderCount: number;
  openCases: number;
  latestNps: number | null;
  lastInteractionAt: string | null;
}

const partyCursor = z.number().int().positive();

/** Parties in id order, keyset-paged. Contact details are masked for roles that may not see them. */
export async function listParties(opts: { limit: number; cursor?: string | undefined }): Promise<Page<PartyListItem>> {
  const user = await requireUser("party:read");
  const after = decodeCursor(opts.cursor, partyCursor);
  const db = await getDb();
  // Pick the page from the primary key first, then join: joining party_stats before the limit
  // lets the planner merge-join every stats row below the cursor (357 ms at 90% of 1M; 0.3 ms so).
  const page = db
    .select({
      id: party.id,
      kind: party.kind,
      displayName: party.displayName,
      lifecycle: party.lifecycle,
      country: party.country,
      city: party.city,
    })
    .from(party)
    .where(after ? gt(party.id, after) : undefined)
    .orderBy(asc(party.id))
    .limit(opts.limit + 1)
    .as("page");
  const rows = await db
    .select({
      id: page.id,
      kind: page.kind,
      displayName: page.displayName,
      lifecycle: page.lifecycle,
      country: page.country,
      city: page.city,
      email: sql<string | null>`(select e.address from email e where e.party_id = ${page.id} order by e.is_primary desc, e.id limit 1)`,
      phone: sql<string | null>`(select p.e164 from phone p where p.party_id = ${page.id} order by p.is_primary desc, p.id limit 1)`,
      lifetimeValueMinor: partyStats.lifetimeValueMinor,
      orderCount: partyStats.orderCount,
      openCases: partyStats.openCases,
      latestNps: partyStats.latestNps,
      lastInteractionAt: partyStats.lastInteractionAt,
    })
    .from(page)
    .leftJoin(partyStats, eq(partyStats.partyId, page.id))
    .orderBy(asc(page.id));
  const unmasked = can(user.role, "contact:unmasked");
  const items = rows.slice(0, opts.limit).map((r) => ({
    id: r.id,
    kind: r.kind,
    displayName: r.displayName,
    lifecycle: r.lifecycle,
    country: r.country,
    city: r.city,
    email: r.email && !unmasked ? maskEmail(r.email) : r.email,
    phone: r.phone && !unmasked ? maskPhone(r.phone) : r.phone,
    lifetimeValueMinor: Number(r.lifetimeValueMinor ?? 0),
    orderCount: r.orderCount ?? 0,
    openCases: r.openCases ?? 0,
    latestNps: r.latestNps,
    lastInteractionAt: r.lastInteractionAt ? new Date(r.lastInteractionAt).toISOString() : null,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > opts.limit && last ? encodeCursor(last.id) : null };
}
