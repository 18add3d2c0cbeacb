"use client";

import Link from "next/link";
import { useState } from "react";
import type { FeedbackTrendRow } from "@/components/charts/feedback-trend-rows";
import { formatBucket, formatMargin, formatScore } from "@/components/charts/score-format";
import { cn } from "@/components/ui/cn";
import type { Grain } from "@/lib/domain/feedback";
import type { SurveyKind } from "@/lib/domain/feedback-stats";
import { formatNumber } from "@/lib/format";
import { BAND_NAMES, BANDS_DESC } from "../_lib/format";
import { linkClasses } from "./feedback-card";

const GRAIN_NOUN: Record<Grain, string> = { day: "day", week: "week", month: "month" };

/**
 * The trend's figures as a table whose cells link to the responses behind them: what a click on
 * the charts does, for the keyboard and for anyone who wants the exact numbers. Folded until
 * opened, and only drawn then: a year by week is some 400 cells and 200 links the page would
 * otherwise render, and send twice (as HTML and as payload), on every visit.
 */
export function TrendTable({ rows, kind, grain }: { rows: FeedbackTrendRow[]; kind: SurveyKind; grain: Grain }) {
  const names = BAND_NAMES[kind];
  const link = linkClasses;
  const cell = "px-3 py-2";
  const [open, setOpen] = useState(false);
  return (
    <details className="group mt-6 rounded-md border" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium hover:bg-muted/60 [&::-webkit-details-marker]:hidden">
        <svg viewBox="0 0 24 24" className="size-4 text-muted-foreground transition-transform group-open:rotate-90" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M9 6l6 6-6 6" />
        </svg>
        Figures by {GRAIN_NOUN[grain]}, with links to the responses
      </summary>
      {/* Scrolls on its own; focusable and named so the keyboard can scroll it too. */}
      {open ? (
        <div role="region" aria-label={`Figures by ${GRAIN_NOUN[grain]}`} tabIndex={0} className="max-h-[28rem] overflow-auto border-t focus-visible:outline-2 focus-visible:outline-ring">
          <table className="w-full border-collapse text-sm">
            <thead className="sticky top-0 bg-card text-xs text-muted-foreground shadow-[0_1px_0_var(--color-border)]">
              <tr>
                <th scope="col" className={cn(cell, "text-left font-medium")}>
                  Period
                </th>
                {["Score", "95% margin", "Responses", ...BANDS_DESC.map((band) => names[band])].map((heading) => (
                  <th key={heading} scope="col" className={cn(cell, "text-right font-medium")}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y">
              {rows.map((r) => (
                <tr key={r.start} className="hover:bg-muted/40">
                  <th scope="row" className={cn(cell, "text-left font-normal whitespace-nowrap")}>
                    {r.n > 0 ? (
                      <Link href={r.href} className={link}>
                        {formatBucket(r.start, grain)}
                      </Link>
                    ) : (
                      <span className="text-muted-foreground">{formatBucket(r.start, grain)}</span>
                    )}
                  </th>
                  <td className={cn(cell, "text-right font-medium tabular-nums")}>{formatScore(kind, r.value)}</td>
                  <td className={cn(cell, "text-right whitespace-nowrap text-muted-foreground tabular-nums")}>{formatMargin(kind, r.margin) || "—"}</td>
                  <td className={cn(cell, "text-right whitespace-nowrap tabular-nums")}>
                    {r.small && r.n > 0 ? (
                      <span title="Fewer than 30 responses" className="mr-1.5 rounded bg-warning/10 px-1 text-[0.6875rem] font-medium text-warning">
                        small
                      </span>
                    ) : null}
                    {formatNumber(r.n)}
                  </td>
                  {BANDS_DESC.map((band) => (
                    <td key={band} className={cn(cell, "text-right tabular-nums")}>
                      {r[band] > 0 ? (
                        <Link href={r.bandHrefs[band]} className={link}>
                          {formatNumber(r[band])}
                          <span className="sr-only"> {names[band].toLowerCase()}</span>
                        </Link>
                      ) : (
                        <span className="text-muted-foreground">0</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
