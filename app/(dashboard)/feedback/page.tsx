import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { CardSkeleton } from "@/components/ui/skeleton";
import { requirePageUser } from "@/lib/dal/guards";
import { ScoreCard } from "./_components/score-card";
import { feedbackSearchParams, PERIODS, type Period } from "./_lib/search-params";

export const metadata: Metadata = { title: "Feedback" };

function PeriodPicker({ current }: { current: Period }) {
  return (
    <nav aria-label="Period" className="flex rounded-md border bg-card p-0.5 text-sm">
      {PERIODS.map((days) => (
        <Link
          key={days}
          href={days === 90 ? "/feedback" : `/feedback?days=${days}`}
          aria-current={days === current ? "page" : undefined}
          className={cn(
            "rounded-[0.3rem] px-3 py-1 font-medium transition-colors",
            days === current ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:bg-muted hover:text-foreground",
          )}
        >
          {days === 365 ? "12 months" : `${days} days`}
        </Link>
      ))}
    </nav>
  );
}

export default async function FeedbackPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("feedback:read");
  const parsed = feedbackSearchParams.safeParse(await searchParams);
  const days: Period = (parsed.success ? parsed.data.days : undefined) ?? 90;

  return (
    <>
      <PageHeader
        title="Feedback"
        description={`Survey scores from the last ${days === 365 ? "12 months" : `${days} days`}.`}
        actions={<PeriodPicker current={days} />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {(["nps", "csat", "ces"] as const).map((kind) => (
          // NPS is the headline score: it takes the full width above CSAT and CES.
          <div key={`${kind}-${days}`} className={kind === "nps" ? "lg:col-span-2" : undefined}>
            <Suspense fallback={<CardSkeleton chart label={`Loading ${kind.toUpperCase()}`} />}>
              <ScoreCard kind={kind} days={days} />
            </Suspense>
          </div>
        ))}
      </div>
    </>
  );
}
