import { SectionCard } from "@/components/ui/card";
import Link from "next/link";
import { Suspense } from "react";
import { formatDifference, formatScore } from "@/components/charts/score-format";
import { cn } from "@/components/ui/cn";
import { getFeedbackDrivers, type Driver } from "@/lib/dal/feedback";
import { KIND_LABELS, responsesHref, type FeedbackView } from "@/lib/domain/feedback";
import { SMALL_SAMPLE, type ScoreStats } from "@/lib/domain/feedback-stats";
import { formatNumber } from "@/lib/format";
import { formatPValue } from "../_lib/format";
import { isFilterValue } from "../_lib/view";
import { linkClasses } from "./feedback-card";
import { RowsSkeleton } from "./skeletons";

/** What moves the score: groups and experiences scored against everyone else. */
export function DriversCard({ view, suspenseKey }: { view: FeedbackView; suspenseKey: string }) {
  return (
    <SectionCard
      id="feedback-drivers"
      title="What drives the score"
      description={`A driver is a group or an experience whose customers score differently from everyone else here. Each is compared where both sides have ${SMALL_SAMPLE}+ responses; significant ones first.`}
    >
      <Suspense key={suspenseKey} fallback={<RowsSkeleton rows={6} label="Loading drivers" />}>
        <Drivers view={view} />
      </Suspense>
    </SectionCard>
  );
}

function driverHref(view: FeedbackView, driver: Driver): string | null {
  const { source } = driver;
  if (source.kind === "experience") return responsesHref(view, { experience: source.experience });
  return isFilterValue(source.dim, source.value) ? responsesHref(view, { filter: [source.dim, source.value] }) : null;
}

function Side({ view, stats }: { view: FeedbackView; stats: ScoreStats }) {
  return (
    <>
      <span className="block font-medium">{formatScore(view.kind, stats.value)}</span>
      <span className="block text-xs text-muted-foreground">n = {formatNumber(stats.n)}</span>
    </>
  );
}

async function Drivers({ view }: { view: FeedbackView }) {
  const { drivers } = await getFeedbackDrivers(view);
  if (drivers.length === 0) {
    return (
      <p className="py-10 text-center text-sm text-muted-foreground">
        No group or experience has {SMALL_SAMPLE} responses on both sides yet. Choose a longer range or remove filters to compare more.
      </p>
    );
  }
  const cell = "px-2 py-2.5 first:pl-0 last:pr-0";
  return (
    <div role="region" aria-label="Drivers" tabIndex={0} className="-mx-1 overflow-x-auto px-1 focus-visible:outline-2 focus-visible:outline-ring">
      <table className="w-full border-collapse text-sm">
        <thead className="border-b text-xs text-muted-foreground">
          <tr>
            <th scope="col" className={cn(cell, "text-left font-medium")}>
              Driver
            </th>
            <th scope="col" className={cn(cell, "text-right font-medium")}>
              With
            </th>
            <th scope="col" className={cn(cell, "text-right font-medium")}>
              Without
            </th>
            <th scope="col" className={cn(cell, "text-right font-medium")}>
              Difference
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {drivers.map((d) => {
            const href = driverHref(view, d);
            const { difference, p, significant } = d.comparison;
            const tone = difference === null || difference === 0 ? "text-muted-foreground" : difference > 0 ? "text-success" : "text-danger";
            const key = d.source.kind === "experience" ? d.source.experience : `${d.source.dim}:${d.source.value}`;
            return (
              <tr key={key} className="align-top">
                <th scope="row" className={cn(cell, "text-left font-normal")}>
                  {href ? (
                    <Link href={href} className={cn(linkClasses, "font-medium")}>
                      {d.label}
                      <span className="sr-only"> (read their responses)</span>
                    </Link>
                  ) : (
                    <span className="font-medium">{d.label}</span>
                  )}
                  <span className="mt-0.5 block text-xs text-muted-foreground">{d.source.kind === "experience" ? "Experience" : "Group"}</span>
                </th>
                <td className={cn(cell, "text-right tabular-nums")}>
                  <Side view={view} stats={d.with} />
                </td>
                <td className={cn(cell, "text-right tabular-nums")}>
                  <Side view={view} stats={d.without} />
                </td>
                <td className={cn(cell, "text-right whitespace-nowrap tabular-nums")}>
                  <span className={cn("block font-semibold", tone)}>{difference === null ? "—" : formatDifference(view.kind, difference)}</span>
                  <span className="block text-xs text-muted-foreground">
                    {p === null ? "Not measured" : significant ? `Significant (${formatPValue(p)})` : `Could be chance (${formatPValue(p)})`}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-muted-foreground">
        {KIND_LABELS[view.kind]} of those with it against those without, in this view. A driver shows where to look, not what causes what.
      </p>
    </div>
  );
}
