import "server-only";
import { and, asc, eq, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { savedView, staffUser } from "@/lib/db/schema";
import { directorySearchParams, parseDirectoryQuery, type SavedView } from "@/lib/domain/directory";

export type { SavedView };
import { AppError } from "@/lib/domain/errors";
import { writeAudit } from "./audit";
import { requireUser, type CurrentUser } from "./session";

const PAGE = "customers";
const MAX_VIEWS_PER_USER = 100;

export const viewName = z.string().trim().min(1, "Give the view a name.").max(80, "At most 80 characters.");

function staffOnly(user: CurrentUser): string {
  // Views belong to people; an API key has no one to own them.
  if (user.kind !== "user") throw new AppError("forbidden", "Saved views belong to signed-in users.");
  return user.id;
}

/** The query, validated and rewritten in its canonical form (defaults dropped, no cursor). */
function canonicalQuery(query: string): string {
  const parsed = parseDirectoryQuery(new URLSearchParams(query.replace(/^\?/, "")));
  if (!parsed.ok) {
    throw new AppError("invalid", "The view's settings are not valid.", {
      query: Object.entries(parsed.fields).map(([k, v]) => `${k}: ${v}`).join("; "),
    });
  }
  return directorySearchParams(parsed.query).toString();
}

export async function listSavedViews(): Promise<SavedView[]> {
  const user = await requireUser("party:read");
  if (user.kind !== "user") return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: savedView.id, name: savedView.name, shared: savedView.shared, query: savedView.query,
      ownerId: savedView.ownerId, ownerName: staffUser.name,
    })
    .from(savedView)
    .innerJoin(staffUser, eq(staffUser.id, savedView.ownerId))
    .where(and(eq(savedView.page, PAGE), or(eq(savedView.ownerId, user.id), eq(savedView.shared, true))))
    .orderBy(asc(sql`lower(${savedView.name})`), asc(savedView.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    shared: r.shared,
    query: r.query,
    ownerName: r.ownerName,
    canEdit: r.ownerId === user.id || (r.shared && user.role === "admin"),
  }));
}

export async function createSavedView(input: { name: string; shared: boolean; query: string }): Promise<{ id: number }> {
  const user = await requireUser("party:read");
  const ownerId = staffOnly(user);
  const query = canonicalQuery(input.query);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(savedView).where(eq(savedView.ownerId, ownerId));
    if (Number(count?.n ?? 0) >= MAX_VIEWS_PER_USER) {
      throw new AppError("invalid", `You already have ${MAX_VIEWS_PER_USER} saved views; delete one first.`, { name: "Too many views." });
    }
    const [clash] = await tx
      .select({ id: savedView.id })
      .from(savedView)
      .where(and(eq(savedView.ownerId, ownerId), eq(savedView.page, PAGE), eq(sql`lower(${savedView.name})`, input.name.toLowerCase())));
    if (clash) throw new AppError("conflict", "You already have a view with that name.", { name: "Already used by one of your views." });
    const [row] = await tx
      .insert(savedView)
      .values({ ownerId, page: PAGE, name: input.name, shared: input.shared, query })
      .returning({ id: savedView.id });
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, user, { action: "view.create", targetType: "saved_view", targetId: row.id, detail: { name: input.name, shared: input.shared, query } });
    return row;
  });
}

/** The view, if the user may change it; otherwise not found (others' personal views stay invisible). */
async function editable(user: CurrentUser, id: number) {
  const db = await getDb();
  const [row] = await db
    .select({ id: savedView.id, ownerId: savedView.ownerId, shared: savedView.shared, name: savedView.name })
    .from(savedView)
    .where(and(eq(savedView.id, id), eq(savedView.page, PAGE)));
  const mine = row && user.kind === "user" && row.ownerId === user.id;
  if (!row || !(mine || row.shared)) throw new AppError("not_found", "That view no longer exists.");
  if (!mine && user.role !== "admin") throw new AppError("forbidden", "Only its owner or an admin can change a shared view.");
  return row;
}

export async function renameSavedView(id: number, name: string): Promise<void> {
  const user = await requireUser("party:read");
  const row = await editable(user, id);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: savedView.id })
      .from(savedView)
      .where(and(eq(savedView.ownerId, row.ownerId), eq(savedView.page, PAGE), eq(sql`lower(${savedView.name})`, name.toLowerCase())));
    if (clash && clash.id !== id) throw new AppError("conflict", "There is already a view with that name.", { name: "Already used." });
    await tx.update(savedView).set({ name, updatedAt: new Date() }).where(eq(savedView.id, id));
    await writeAudit(tx, user, { action: "view.rename", targetType: "saved_view", targetId: id, detail: { from: row.name, to: name } });
  });
}

export async function deleteSavedView(id: number): Promise<void> {
  const user = await requireUser("party:read");
  const row = await editable(user, id);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(savedView).where(eq(savedView.id, id));
    await writeAudit(tx, user, { action: "view.delete", targetType: "saved_view", targetId: id, detail: { name: row.name } });
  });
}
