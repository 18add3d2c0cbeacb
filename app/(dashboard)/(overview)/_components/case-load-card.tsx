import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { getCaseLoad, type CaseLoad } from "@/lib/dal/overview";
import { formatNumber } from "@/lib/format";
import { settle } from "../../_lib/loaded";
import { CardUnavailable, OverviewCard } from "./overview-card";

/** The team's workload right now, each figure a way into the queue it counts. */
export async function CaseLoadCard() {
  const load = await settle(getCaseLoad(), "the case load");
  return (
    <OverviewCard
      id="overview-cases"
      title="Cases"
      period="Open right now · complaints over the last 7 days"
      href="/cases"
      linkLabel="Case queue"
    >
      {load.ok ? <CaseLoadBody load={load.data} /> : <CardUnavailable what="The case figures" />}
    </OverviewCard>
  );
}

function CaseLoadBody({ load }: { load: CaseLoad }) {
  return (
    <ul className="grid grid-cols-2 gap-3">
      <CaseStat label="Open" value={load.open} detail="New, open or pending" href="/cases" />
      <CaseStat
        label="Overdue"
        value={load.overdue}
        detail={load.overdue > 0 ? "First reply past its SLA" : "Every first reply on time"}
        href="/cases?sla=breached"
        warn={load.overdue > 0}
      />
      <CaseStat label="Unassigned" value={load.unassigned} detail="Open with no owner" href="/cases?scope=unassigned" />
      <CaseStat
        label="Complaints"
        value={load.complaintsThisWeek}
        detail={`Last 7 days · ${formatNumber(load.complaintsLastWeek)} the 7 days before`}
        href="/cases"
      />
    </ul>
  );
}

/** One figure as a tile that links to the cases behind it; the link's name reads "Overdue 3 …". */
function CaseStat({ label, value, detail, href, warn = false }: { label: string; value: number; detail: ReactNode; href: string; warn?: boolean }) {
  return (
    <li className="min-w-0">
      <Link
        href={href}
        className={cn(
          "block h-full rounded-md border p-3 transition-colors hover:bg-accent/40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
          warn ? "border-warning/40 bg-warning/10" : "bg-card hover:border-primary/40",
        )}
      >
        <span className="block text-xs font-medium text-muted-foreground">{label}</span>
        <span className={cn("mt-1 block text-2xl font-semibold tracking-tight tabular-nums", warn && "text-warning")}>{formatNumber(value)}</span>
        <span className="mt-0.5 block text-xs text-muted-foreground">{detail}</span>
      </Link>
    </li>
  );
}
