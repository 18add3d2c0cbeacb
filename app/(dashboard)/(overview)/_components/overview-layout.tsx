import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const TOP_COLUMNS: Record<number, string> = { 2: "lg:grid-cols-2", 3: "lg:grid-cols-3" };

/**
 * Where the overview's cards go, shared by the page and its loading state so the skeletons sit
 * exactly where the cards will: the scores and the case load on top, contact volume (wide) with
 * the customers at risk beside it, then the newest open cases. One column below `lg`.
 */
export function OverviewLayout({
  top,
  topColumns,
  volume,
  atRisk,
  openCases,
}: {
  top: ReactNode;
  /** How many cards `top` holds: a role without cases gets two wider cards, not a hole. */
  topColumns: number;
  volume: ReactNode;
  atRisk: ReactNode;
  openCases?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-4 sm:gap-6">
      <div className={cn("grid gap-4 sm:gap-6 [&>*]:min-w-0", TOP_COLUMNS[topColumns])}>{top}</div>
      <div className="grid gap-4 sm:gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <div className="lg:col-span-2">{volume}</div>
        <div>{atRisk}</div>
      </div>
      {openCases ? <div className="min-w-0">{openCases}</div> : null}
    </div>
  );
}
