import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db";
import { filterConditions, FROM, primaryEmail, primaryPhone } from "@/lib/db/queries/directory";
import {
  definitionSql, FACTS, matchingAmongStatement, previewCountStatement, previewSampleStatement, reachableOn, sampleRowsStatement,
} from "@/lib/db/queries/segments";
import { segmentEngine } from "@/lib/db/segment-engine/engine";
import { queryRows } from "@/lib/db/rows";
import { segment, segmentSizeHistory, staffUser } from "@/lib/db/schema";
import type { DirectoryFilters, StaticSegmentOption } from "@/lib/domain/directory";
import { CONSENT_CHANNELS, type ConsentChannel, type LoyaltyTier } from "@/lib/domain/enums";
import { AppError } from "@/lib/domain/errors";
import {
  parseDefinition, referencedSegments, type Group, type SegmentDefinition,
} from "@/lib/domain/segment-definition";
import {
  describeDefinition, type ExportChoice, type MemberChanges, type OverlapResult, type PreviewResult, type SaveSegmentInput,
  type SaveSegmentResult, type SegmentDetail, type SegmentMemberRow, type SegmentPreview, type SizePoint,
} from "@/lib/domain/segments";
import { writeAudit } from "./audit";
import { requireUser, type CurrentUser } from "./session";

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

// ---- The builder, saved dynamic segments, their history, overlap and export.

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface BuilderOptions {
  countries: string[];
  productCategories: string[];
  plans: string[];
  languages: string[];
  timeZones: string[];
  /** Other saved segments, for "In segment". */
  segments: { id: number; name: string; memberCount: number }[];
}

/** The values the builder offers in its pickers: what the data holds, small lists only. */
export async function getBuilderOptions(): Promise<BuilderOptions> {
  await requireUser("segment:read");
  const db = await getDb();
  // Someone is about to build a segment: have the in-memory facts ready for the first preview.
  segmentEngine(db).warm();
  const values = (q: ReturnType<typeof sql>) => queryRows<{ v: string }>(db, q).then((r) => r.map((x) => x.v));
  const [countries, productCategories, plans, languages, timeZones, segments] = await Promise.all([
    values(sql`select distinct country as v from party_facts where country is not null order by 1 limit 300`),
    values(sql`select distinct category as v from product order by 1 limit 200`),
    values(sql`select distinct plan as v from subscription order by 1 limit 200`),
    values(sql`select distinct language as v from demographics where language is not null order by 1 limit 200`),
    values(sql`select distinct time_zone as v from party_facts where time_zone is not null order by 1 limit 300`),
    db.select({ id: segment.id, name: segment.name, memberCount: segment.memberCount }).from(segment).orderBy(asc(sql`lower(${segment.name})`)),
  ]);
  return { countries, productCategories, plans, languages, timeZones, segments };
}

type ReachRow = Record<ConsentChannel | "n", number>;

interface SampleRow extends Record<string, unknown> {
  id: string | number; name: string; kind: "person" | "organization"; country: string | null; city: string | null;
  tier: LoyaltyTier | null; ltv_minor: string | number; latest_nps: number | null;
}

const memberRow = (r: SampleRow): SegmentMemberRow => ({
  id: Number(r.id), name: r.name, kind: r.kind, country: r.country, city: r.city, tier: r.tier,
  lifetimeValueMinor: Number(r.ltv_minor), latestNps: r.latest_nps,
});

/** Paths of "In segment" conditions naming a segment that does not exist (or the one being saved). */
async function badReferences(db: Database | Tx, def: SegmentDefinition, self?: number): Promise<Record<string, string>> {
  const ids = referencedSegments(def);
  if (!ids.length) return {};
  const found = new Set((await queryRows<{ id: string | number }>(db, sql`select id from segment where id in ${ids}`)).map((r) => Number(r.id)));
  const fields: Record<string, string> = {};
  const walk = (g: Group, path: string) => g.children.forEach((c, i) => {
    const at = `${path}.children.${i}`;
    if (c.type === "group") return walk(c, at);
    if (c.field !== "segment.member") return;
    if (c.segmentId === self) fields[`${at}.segmentId`] = "A segment cannot be defined by its own members.";
    else if (!found.has(c.segmentId)) fields[`${at}.segmentId`] = "That segment does not exist.";
  });
  walk(def.root, "root");
  return fields;
}

const invalid = (fields: Record<string, string>) => ({ ok: false as const, fields, message: Object.entries(fields).map(([k, v]) => `${k}: ${v}`)[0] ?? "Invalid." });

/** The live count: how many, how many reachable on each channel, and a few of them. */
export async function previewSegment(definition: unknown): Promise<PreviewResult> {
  await requireUser("segment:read");
  const parsed = parseDefinition(definition);
  if (!parsed.ok) return parsed;
  const db = await getDb();
  const bad = await badReferences(db, parsed.definition);
  if (Object.keys(bad).length) return invalid(bad);
  const started = performance.now();
  const answer = (await previewInMemory(db, parsed.definition)) ?? (await previewInSql(db, parsed.definition));
  return { ok: true, preview: { ...answer, tookMs: Math.round(performance.now() - started) } };
}

const SAMPLE_SIZE = 10;
/** Members the sample is picked from: the first found, as the SQL sample does. */
const SAMPLE_POOL = 200;
/** Past this many parties the facts cannot decide, one SQL count is cheaper than checking them. */
const MAX_UNDECIDED = 50_000;

type Answer = Omit<SegmentPreview, "tookMs">;

/** Count, reach and sample from the in-memory facts; null while they load or when SQL would be quicker. */
async function previewInMemory(db: Database, def: SegmentDefinition): Promise<Answer | null> {
  const evaluated = await segmentEngine(db).evaluate(def, { sampleSize: SAMPLE_POOL, maxUnknown: MAX_UNDECIDED });
  if (!evaluated) return null;
  const { table, result } = evaluated;
  if (result.unknown.length > MAX_UNDECIDED) return null;
  let count = result.count;
  const reach = [...result.reach];
  const pool = result.sample;
  if (result.unknown.length) {
    for (const { id } of await queryRows<{ id: number }>(db, matchingAmongStatement(def, result.unknown))) {
      const i = table.indexOf(Number(id));
      const bits = i < 0 ? 0 : table.reach[i]!;
      count++;
      CONSENT_CHANNELS.forEach((_, c) => { if (bits & (1 << c)) reach[c]!++; });
      if (pool.length < SAMPLE_POOL) pool.push(Number(id));
    }
  }
  const ltv = (id: number) => table.ltv[table.indexOf(id)] ?? 0;
  const chosen = pool.sort((a, b) => ltv(b) - ltv(a) || a - b).slice(0, SAMPLE_SIZE);
  const sample = chosen.length ? await queryRows<SampleRow>(db, sampleRowsStatement(chosen)) : [];
  return {
    count,
    reach: Object.fromEntries(CONSENT_CHANNELS.map((c, i) => [c, reach[i] ?? 0])) as Record<ConsentChannel, number>,
    sample: sample.map(memberRow),
    engine: "memory",
  };
}

async function previewInSql(db: Database, def: SegmentDefinition): Promise<Answer> {
  const [[counts], sample] = await Promise.all([
    queryRows<ReachRow>(db, previewCountStatement(def)),
    queryRows<SampleRow>(db, previewSampleStatement(def)),
  ]);
  const reach = Object.fromEntries(CONSENT_CHANNELS.map((c) => [c, Number(counts?.[c] ?? 0)])) as Record<ConsentChannel, number>;
  return { count: Number(counts?.n ?? 0), reach, sample: sample.map(memberRow), engine: "sql" };
}

export async function getSegment(id: number): Promise<SegmentDetail | null> {
  await requireUser("segment:read");
  const db = await getDb();
  const [row] = await db
    .select({
      id: segment.id, name: segment.name, description: segment.description, kind: segment.kind, definition: segment.definition,
      memberCount: segment.memberCount, owner: staffUser.name, createdAt: segment.createdAt, updatedAt: segment.updatedAt,
      lastComputedAt: segment.lastComputedAt,
    })
    .from(segment)
    .leftJoin(staffUser, eq(staffUser.id, segment.ownerId))
    .where(eq(segment.id, id));
  if (!row) return null;
  const parsed = row.definition === null ? null : parseDefinition(row.definition);
  return {
    ...row,
    definition: parsed?.ok ? parsed.definition : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastComputedAt: row.lastComputedAt?.toISOString() ?? null,
  };
}

/** Size at each computation, oldest first (the latest 365). */
export async function getSegmentHistory(id: number): Promise<SizePoint[]> {
  await requireUser("segment:read");
  const db = await getDb();
  const rows = await db
    .select({ computedAt: segmentSizeHistory.computedAt, size: segmentSizeHistory.size, entered: segmentSizeHistory.entered, left: segmentSizeHistory.left })
    .from(segmentSizeHistory)
    .where(eq(segmentSizeHistory.segmentId, id))
    .orderBy(desc(segmentSizeHistory.computedAt), desc(segmentSizeHistory.id))
    .limit(365);
  return rows.reverse().map((r) => ({ ...r, computedAt: r.computedAt.toISOString() }));
}

/** Who entered and who left at the latest computation: totals and the first 20 of each. */
export async function getMemberChanges(id: number): Promise<MemberChanges> {
  await requireUser("segment:read");
  const db = await getDb();
  const [seg] = await db.select({ at: segment.lastComputedAt }).from(segment).where(eq(segment.id, id));
  const [totals] = await queryRows<{ entered: number; left: number }>(db, sql`
    select count(*) filter (where entered)::int as entered, count(*) filter (where not entered)::int as left
      from segment_change where segment_id = ${id}`);
  const names = await queryRows<{ id: string | number; name: string; entered: boolean }>(db, sql`
    (select c.party_id as id, p.display_name as name, c.entered from segment_change c join party p on p.id = c.party_id
      where c.segment_id = ${id} and c.entered order by c.party_id limit 20)
    union all
    (select c.party_id, p.display_name, c.entered from segment_change c join party p on p.id = c.party_id
      where c.segment_id = ${id} and not c.entered order by c.party_id limit 20)`);
  const pick = (entered: boolean) =>
    names.filter((n) => n.entered === entered).map((n) => ({ id: Number(n.id), name: n.name, change: entered ? "entered" as const : "left" as const }));
  return {
    computedAt: seg?.at?.toISOString() ?? null,
    entered: pick(true),
    left: pick(false),
    enteredTotal: Number(totals?.entered ?? 0),
    leftTotal: Number(totals?.left ?? 0),
  };
}

export const MEMBER_PAGE_MAX = 500;

/** "after:<party id>" keyset cursors; anything else is refused. */
export function parseMemberCursor(cursor: string | null): number | null {
  if (cursor === null || cursor === "") return null;
  const m = /^after:([1-9][0-9]{0,15})$/.exec(cursor);
  if (!m) throw new AppError("invalid", "That page link is not valid; start from the first page.", { cursor: "Not a page cursor from this list." });
  return Number(m[1]);
}

/** Members in id order, a page at a time. */
export async function listSegmentMembers(id: number, cursor: string | null, limit = 50): Promise<{ items: SegmentMemberRow[]; nextCursor: string | null }> {
  await requireUser("segment:read");
  const after = parseMemberCursor(cursor);
  const size = Math.min(Math.max(1, Math.trunc(limit)), MEMBER_PAGE_MAX);
  const db = await getDb();
  const rows = await queryRows<SampleRow>(db, sql`
    with page as (
      select m.party_id from segment_membership m
       where m.segment_id = ${id}${after === null ? sql`` : sql` and m.party_id > ${after}`}
       order by m.party_id limit ${size + 1})
    select p.id, p.display_name as name, p.kind, p.country, p.city, lm.tier,
           coalesce(s.lifetime_value_minor, 0) as ltv_minor, s.latest_nps
      from page join party p on p.id = page.party_id
      left join party_stats s on s.party_id = page.party_id
      left join loyalty_membership lm on lm.party_id = page.party_id
     order by p.id`);
  const items = rows.slice(0, size).map(memberRow);
  return { items, nextCursor: rows.length > size ? `after:${items[items.length - 1]!.id}` : null };
}

const NAME_MAX = 120;
const DESCRIPTION_MAX = 500;

/** Makes membership match the definition now; records size, who entered and who left. */
async function materialize(tx: Tx, id: number, def: SegmentDefinition): Promise<{ size: number; entered: number; left: number }> {
  const where = definitionSql(def);
  await tx.execute(sql`delete from segment_change where segment_id = ${id}`);
  const [gone] = await queryRows<{ n: number }>(tx, sql`
    with gone as (
      delete from segment_membership m
       where m.segment_id = ${id}
         and not exists (select 1 from ${FACTS} where f.party_id = m.party_id and ${where})
      returning m.party_id),
    noted as (insert into segment_change (segment_id, party_id, entered) select ${id}::bigint, party_id, false from gone returning 1)
    select count(*)::int as n from noted`);
  const [came] = await queryRows<{ n: number }>(tx, sql`
    with added as (
      insert into segment_membership (party_id, segment_id)
      select f.party_id, ${id}::bigint from ${FACTS} where ${where}
      on conflict do nothing
      returning party_id),
    noted as (insert into segment_change (segment_id, party_id, entered) select ${id}::bigint, party_id, true from added returning 1)
    select count(*)::int as n from noted`);
  const entered = Number(came?.n ?? 0);
  const left = Number(gone?.n ?? 0);
  const [sized] = await tx
    .update(segment)
    .set({
      memberCount: sql`(select count(*)::int from segment_membership m where m.segment_id = ${id})`,
      lastComputedAt: sql`now()`,
    })
    .where(eq(segment.id, id))
    .returning({ size: segment.memberCount });
  const size = sized?.size ?? 0;
  await tx.insert(segmentSizeHistory).values({ segmentId: id, computedAt: new Date(), size, entered, left });
  return { size, entered, left };
}

/** Creates (no id) or updates a dynamic segment, and computes its members in the same transaction. */
export async function saveSegment(input: SaveSegmentInput): Promise<SaveSegmentResult> {
  const user = await requireUser("segment:write");
  const fields: Record<string, string> = {};
  const name = typeof input.name === "string" ? input.name.trim() : "";
  const description = typeof input.description === "string" ? input.description.trim() : "";
  if (!name) fields.name = "Give the segment a name.";
  else if (name.length > NAME_MAX) fields.name = `At most ${NAME_MAX} characters.`;
  if (description.length > DESCRIPTION_MAX) fields.description = `At most ${DESCRIPTION_MAX} characters.`;
  const parsed = parseDefinition(input.definition);
  if (!parsed.ok) Object.assign(fields, parsed.fields);
  if (Object.keys(fields).length || !parsed.ok) return invalid(fields);
  const def = parsed.definition;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const bad = await badReferences(tx, def, input.id);
    if (Object.keys(bad).length) return invalid(bad);
    const [clash] = await queryRows<{ id: string | number }>(tx, sql`
      select id from segment where lower(name) = ${name.toLowerCase()}${input.id ? sql` and id <> ${input.id}` : sql``} limit 1`);
    if (clash) return invalid({ name: "A segment with that name already exists." });
    let id: number;
    if (input.id) {
      const [row] = await tx.select({ id: segment.id, kind: segment.kind }).from(segment).where(eq(segment.id, input.id)).for("update");
      if (!row) throw new AppError("not_found", "That segment no longer exists.");
      if (row.kind !== "dynamic") throw new AppError("invalid", "Static segments are lists, not definitions; they are not edited in the builder.");
      await tx.update(segment).set({ name, description: description || null, definition: def, updatedAt: sql`now()` }).where(eq(segment.id, row.id));
      id = row.id;
    } else {
      const [row] = await tx
        .insert(segment)
        .values({ name, description: description || null, kind: "dynamic", definition: def, ownerId: user.kind === "user" ? user.id : null })
        .returning({ id: segment.id });
      if (!row) throw new Error("insert returned no row");
      id = row.id;
    }
    const result = await materialize(tx, id, def);
    await writeAudit(tx, user, {
      action: input.id ? "segment.update" : "segment.create",
      targetType: "segment",
      targetId: id,
      detail: { name, kind: "dynamic", definition: describeDefinition(def), size: result.size },
    });
    return { ok: true as const, id, size: result.size };
  });
}

async function recomputeIn(tx: Tx, actor: CurrentUser | null, id: number) {
  const [row] = await tx.select({ kind: segment.kind, definition: segment.definition, name: segment.name }).from(segment).where(eq(segment.id, id)).for("update");
  if (!row) throw new AppError("not_found", "That segment no longer exists.");
  if (row.kind !== "dynamic") throw new AppError("invalid", "Static segments keep the members they were given; there is nothing to recompute.");
  const parsed = parseDefinition(row.definition);
  if (!parsed.ok) throw new AppError("invalid", `The saved definition is not valid (${parsed.message}); open it in the builder and save it again.`);
  const result = await materialize(tx, id, parsed.definition);
  await writeAudit(tx, actor, { action: "segment.recompute", targetType: "segment", targetId: id, detail: { ...result } });
  return result;
}

/** Computes a dynamic segment's members now. */
export async function recomputeSegment(id: number): Promise<{ size: number; entered: number; left: number }> {
  const user = await requireUser("segment:write");
  const db = await getDb();
  return db.transaction((tx) => recomputeIn(tx, user, id));
}

/**
 * The schedule's work: recomputes dynamic segments last computed longer ago than `maxAgeMinutes`,
 * oldest first, one transaction each, as the system (no session: called by the in-process
 * scheduler only, never from a request).
 */
export async function refreshDueSegments(maxAgeMinutes: number): Promise<number> {
  const db = await getDb();
  const due = await queryRows<{ id: string | number }>(db, sql`
    select id from segment where kind = 'dynamic'
       and (last_computed_at is null or last_computed_at < now() - make_interval(mins => ${maxAgeMinutes}))
     order by last_computed_at nulls first limit 20`);
  let done = 0;
  for (const { id } of due) {
    try {
      await db.transaction((tx) => recomputeIn(tx, null, Number(id)));
      done++;
    } catch (error) {
      console.error(`segment ${id}: scheduled recompute failed`, error);
    }
  }
  return done;
}

export async function deleteSegment(id: number): Promise<{ name: string }> {
  const user = await requireUser("segment:write");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [used] = await queryRows<{ name: string }>(tx, sql`
      select name from segment
       where id <> ${id} and jsonb_path_exists(definition, '$.** ? (@.segmentId == $id)', jsonb_build_object('id', ${id}::bigint))
       limit 1`);
    if (used) throw new AppError("conflict", `“${used.name}” is defined using this segment; change it first.`);
    const [row] = await tx.delete(segment).where(eq(segment.id, id)).returning({ name: segment.name });
    if (!row) throw new AppError("not_found", "That segment no longer exists.");
    await writeAudit(tx, user, { action: "segment.delete", targetType: "segment", targetId: id, detail: { name: row.name } });
    return row;
  });
}

/** How 2 or 3 segments overlap, by their current (last computed) members. */
export async function getOverlap(ids: number[]): Promise<OverlapResult> {
  await requireUser("segment:read");
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > 3) throw new AppError("invalid", "Pick two or three different segments.", { ids: "Two or three segments." });
  const db = await getDb();
  const segs = await db.select({ id: segment.id, name: segment.name, size: segment.memberCount }).from(segment).where(sql`${segment.id} in ${unique}`);
  if (segs.length !== unique.length) throw new AppError("not_found", "One of those segments does not exist.", { ids: "Unknown segment." });
  const ordered = unique.map((id) => segs.find((s) => s.id === id)!);
  const bit = sql.join(ordered.map((s, i) => sql`when ${s.id}::bigint then ${1 << i}::int`), sql` `);
  const rows = await queryRows<{ mask: number; n: number }>(db, sql`
    select mask, count(*)::int as n from (
      select m.party_id, sum(case m.segment_id ${bit} end)::int as mask
        from segment_membership m where m.segment_id in ${unique} group by m.party_id) t
     group by mask order by mask`);
  return {
    segments: ordered,
    regions: rows.map((r) => ({ in: ordered.map((_, i) => i).filter((i) => (Number(r.mask) & (1 << i)) !== 0), count: Number(r.n) })),
  };
}

export interface SegmentExportRow {
  id: number; name: string; contact: string | null; country: string | null; tier: string | null;
}

/** What a channel's contact column holds for export. */
const CONTACT_VALUE = {
  email: primaryEmail(sql`t.party_id`),
  phone: primaryPhone(sql`t.party_id`),
  sms: primaryPhone(sql`t.party_id`),
  post: sql`(select concat_ws(', ', a.line1, a.line2, a.postal_code, a.city, a.region, a.country) from postal_address a where a.party_id = t.party_id order by a.is_primary desc, a.id limit 1)`,
  push: sql`(select ua.platform || ':' || ua.username from user_account ua where ua.party_id = t.party_id and ua.platform in ('ios', 'android') order by ua.id limit 1)`,
} as const;

/**
 * A segment's members who may be contacted for the purpose on the channel, in batches, with the
 * contact point for it. Audited once by the caller before the first batch.
 */
export async function exportSegmentMembers(id: number, choice: ExportChoice, batch = 2000): Promise<{ name: string; rows: AsyncGenerator<SegmentExportRow[]> }> {
  await requireUser("export");
  const db = await getDb();
  const [seg] = await db.select({ name: segment.name }).from(segment).where(eq(segment.id, id));
  if (!seg) throw new AppError("not_found", "That segment does not exist.");
  async function* rows(): AsyncGenerator<SegmentExportRow[]> {
    let after = 0;
    for (;;) {
      const page = await queryRows<{ id: string | number; name: string; contact: string | null; country: string | null; tier: string | null }>(db, sql`
        with t as (
          select m.party_id from segment_membership m join ${FACTS} on f.party_id = m.party_id
           where m.segment_id = ${id} and m.party_id > ${after} and ${reachableOn(choice.channel, choice.purpose)}
           order by m.party_id limit ${batch})
        select t.party_id as id, p.display_name as name, ${CONTACT_VALUE[choice.channel]} as contact, p.country, lm.tier
          from t join party p on p.id = t.party_id left join loyalty_membership lm on lm.party_id = t.party_id
         order by t.party_id`);
      if (!page.length) return;
      yield page.map((r) => ({ id: Number(r.id), name: r.name, contact: r.contact, country: r.country, tier: r.tier }));
      after = Number(page[page.length - 1]!.id);
      if (page.length < batch) return;
    }
  }
  return { name: seg.name, rows: rows() };
}
