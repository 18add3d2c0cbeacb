import "server-only";
import { sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { requireUser } from "./session";

export interface ScoreDistribution {
  kind: "nps" | "csat" | "ces";
  days: number;
  /** Count of responses per score, index = score. */
  counts: number[];
  total: number;
}

/** Responses per score over the last `days` days. */
// Cached per request: the overview's KPI and its chart read the same distribution.
export const getScoreDistribution = cache(async (kind: "nps" | "csat" | "ces", days = 90): Promise<ScoreDistribution> => {
  await requireUser("feedback:read");
  const db = await getDb();
  const safeDays = Math.min(Math.max(Math.trunc(days), 1), 3660);
  const rows = await queryRows<{ score: number; n: number }>(
    db,
    sql`select score::int as score, count(*)::int as n from survey_response
        where kind = ${kind} and occurred_at > now() - make_interval(days => ${safeDays})
        group by score order by score`,
  );
  const max = kind === "nps" ? 10 : kind === "csat" ? 5 : 7;
  const counts = Array.from({ length: max + 1 }, () => 0);
  for (const r of rows) if (r.score >= 0 && r.score <= max) counts[r.score] = r.n;
  return { kind, days: safeDays, counts, total: counts.reduce((a, b) => a + b, 0) };
});
