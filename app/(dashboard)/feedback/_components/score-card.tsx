import { ChartBarScoreDistribution } from "@/components/charts/chart-bar-score-distribution";
import { TONE_LABELS, toBuckets, type SurveyKind } from "@/components/charts/score-bands";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getScoreDistribution } from "@/lib/dal/feedback";
import { formatNumber, formatPercent } from "@/lib/format";
import { summarize, type ScoreSummary } from "../../_lib/score-summary";

const TITLES: Record<SurveyKind, { title: string; question: string }> = {
  nps: { title: "Net Promoter Score", question: "How likely are you to recommend us? (0–10)" },
  csat: { title: "Customer satisfaction (CSAT)", question: "How satisfied were you? (1–5)" },
  ces: { title: "Customer effort (CES)", question: "How easy was it to get what you needed? (1–7)" },
};

function headline(kind: SurveyKind, s: ScoreSummary): { value: string; caption: string } {
  if (s.total === 0) return { value: "—", caption: "No responses" };
  switch (kind) {
    case "nps":
      return { value: s.nps !== null && s.nps > 0 ? `+${s.nps}` : String(s.nps), caption: "NPS" };
    case "csat":
      return { value: formatPercent(s.positive / s.total), caption: "satisfied (4–5)" };
    case "ces":
      return { value: (s.average ?? 0).toFixed(1), caption: "average ease (7 = easiest)" };
  }
}

export async function ScoreCard({ kind, days }: { kind: SurveyKind; days: number }) {
  const distribution = await getScoreDistribution(kind, days);
  const summary = summarize(kind, distribution.counts);
  const { value, caption } = headline(kind, summary);
  const titleId = `${kind}-title`;
  const labels = TONE_LABELS[kind];

  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>{TITLES[kind].title}</CardTitle>
        <CardDescription>{TITLES[kind].question}</CardDescription>
      </CardHeader>
      <CardContent>
        <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
          <p>
            <span className="text-3xl font-semibold tracking-tight tabular-nums">{value}</span>{" "}
            <span className="text-sm text-muted-foreground">{caption}</span>
          </p>
          <p className="text-sm text-muted-foreground">{formatNumber(summary.total)} responses</p>
        </div>
        {summary.total > 0 ? (
          <>
            <dl className="mt-4 grid grid-cols-3 gap-2 text-sm">
              {(["negative", "neutral", "positive"] as const).map((tone) => (
                <div key={tone} className="rounded-md bg-muted/60 px-3 py-2">
                  <dt className="truncate text-xs text-muted-foreground" title={labels[tone]}>
                    {labels[tone]}
                  </dt>
                  <dd className="font-medium tabular-nums">{formatPercent(summary[tone] / summary.total)}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-4">
              <ChartBarScoreDistribution
                data={toBuckets(kind, distribution.counts)}
                label={`${TITLES[kind].title}: responses by score`}
                toneLabels={labels}
                height={200}
              />
            </div>
          </>
        ) : (
          <p className="py-10 text-center text-sm text-muted-foreground">
            No {kind.toUpperCase()} responses in this period. Choose a longer period, or import survey responses.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
