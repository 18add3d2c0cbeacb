import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { requireUser } from "./session";

export interface OverviewCounts {
  parties: number;
  openCases: number;
  ordersLast30Days: number;
  responsesLast30Days: number;
  nps90Days: number | null;
  npsResponses90Days: number;
}

/**
 * Headline counts for the overview. The full overview (trends, at-risk customers) reads from
 * rollups; these few numbers are cheap on the stats table and indexed ranges.
 */
export async function getOverviewCounts(): Promise<OverviewCounts> {
  await requireUser("party:read");
  const db = await getDb();
  const [row] = await queryRows<{
    parties: number; open_cases: number; orders_30: number; responses_30: number;
    promoters: number; detractors: number; nps_n: number;
  }>(
    db,
    sql`select
      (select count(*)::int from party where status = 'active') as parties,
      (select count(*)::int from support_case where status in ('new', 'open', 'pending')) as open_cases,
      (select count(*)::int from "order" where occurred_at > now() - interval '30 days') as orders_30,
      (select count(*)::int from survey_response where occurred_at > now() - interval '30 days') as responses_30,
      n.promoters, n.detractors, n.nps_n
    from (
      select count(*) filter (where score >= 9)::int as promoters,
             count(*) filter (where score <= 6)::int as detractors,
             count(*)::int as nps_n
      from survey_response where kind = 'nps' and occurred_at > now() - interval '90 days'
    ) n`,
  );
  if (!row) throw new Error("overview query returned no row");
  return {
    parties: row.parties,
    openCases: row.open_cases,
    ordersLast30Days: row.orders_30,
    responsesLast30Days: row.responses_30,
    nps90Days: row.nps_n > 0 ? Math.round(((row.promoters - row.detractors) / row.nps_n) * 100) : null,
    npsResponses90Days: row.nps_n,
  };
}
