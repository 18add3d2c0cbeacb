import { NextResponse } from "next/server";
import { apiRoute, queryObject } from "@/lib/api/handler";
import { getFeedbackBreakdown, getFeedbackSummary, getFeedbackTrend } from "@/lib/dal/feedback";
import { AppError } from "@/lib/domain/errors";
import { parseFeedbackView } from "@/lib/domain/feedback";
import type { ScoreStats } from "@/lib/domain/feedback-stats";

/** The figures of one score, without the counts' internal layout. */
function figures(s: ScoreStats) {
  return {
    nps: s.value === null ? null : Math.round(s.value * 10) / 10,
    margin: s.margin === null ? null : Math.round(s.margin * 10) / 10,
    responses: s.n,
    promoters: s.positive,
    passives: s.neutral,
    detractors: s.negative,
    smallSample: s.small,
  };
}

/**
 * GET /api/v1/feedback/nps?from&to&grain&by&compare&<dimension>=<value>: the numbers behind the
 * /feedback charts. Unlike the page, which ignores a bad parameter and says so, the API refuses it.
 */
export const GET = apiRoute(async (request) => {
  const params = queryObject(request);
  if (params.kind !== undefined && params.kind !== "nps") {
    throw new AppError("invalid", "This endpoint is NPS only.", { kind: "Only nps here." });
  }
  const { view, invalid } = parseFeedbackView({ ...params, kind: "nps" });
  if (Object.keys(invalid).length > 0) throw new AppError("invalid", Object.values(invalid).join(" "), invalid);
  const [summary, trend, breakdown] = await Promise.all([
    getFeedbackSummary(view),
    getFeedbackTrend(view),
    params.by ? getFeedbackBreakdown(view, view.by) : Promise.resolve(null),
  ]);
  return NextResponse.json({
    from: view.from,
    to: view.to,
    grain: view.grain,
    filters: view.filters,
    overall: figures(summary.stats),
    previous: summary.previous
      ? {
          from: summary.previous.from,
          to: summary.previous.to,
          ...figures(summary.previous.stats),
          change: summary.previous.comparison.difference === null ? null : Math.round(summary.previous.comparison.difference * 10) / 10,
          p: summary.previous.comparison.p,
          significant: summary.previous.comparison.significant,
        }
      : null,
    trend: trend.map((t) => ({ start: t.start, ...figures(t.stats) })),
    breakdown: breakdown ? { by: view.by, groups: breakdown.map((g) => ({ value: g.value, label: g.label, ...figures(g.stats) })) } : null,
  });
});
