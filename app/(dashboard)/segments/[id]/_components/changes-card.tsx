import { SectionCard } from "@/components/ui/card";
import Link from "next/link";
import { Suspense } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { getMemberChanges } from "@/lib/dal/segments";
import type { MemberChange } from "@/lib/domain/segments";
import { formatNumber } from "@/lib/format";
import { cn } from "@/components/ui/cn";
import { settle } from "../../../_lib/loaded";
import { CardUnavailable, linkClass} from "./segment-card";
import { ChangesSkeleton } from "./skeletons";

/** Who entered and who left at the latest computation. */
export function ChangesCard({ id, now, className }: { id: number; now: number; className?: string }) {
  return (
    <SectionCard id="segment-changes" title="Since the last computation" className={className}>
      <Suspense fallback={<ChangesSkeleton />}>
        <Changes id={id} now={now} />
      </Suspense>
    </SectionCard>
  );
}

async function Changes({ id, now }: { id: number; now: number }) {
  const result = await settle(getMemberChanges(id), "the segment's member changes");
  if (!result.ok) return <CardUnavailable what="The latest changes" />;
  const changes = result.data;
  if (!changes.computedAt) {
    return <p className="py-8 text-center text-sm text-muted-foreground">Not computed yet: nobody has entered or left.</p>;
  }
  return (
    <>
      <p className="text-sm text-muted-foreground">
        Computed <RelativeTime value={changes.computedAt} now={now} />.
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3">
        <Tally label="Entered" value={changes.enteredTotal} sign="+" tone="text-success" />
        <Tally label="Left" value={changes.leftTotal} sign="−" tone="text-danger" />
      </dl>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
        <ChangeList id="segment-entered" title="Entered" people={changes.entered} total={changes.enteredTotal} empty="Nobody entered." />
        <ChangeList id="segment-left" title="Left" people={changes.left} total={changes.leftTotal} empty="Nobody left." />
      </div>
    </>
  );
}

function Tally({ label, value, sign, tone }: { label: string; value: number; sign: string; tone: string }) {
  return (
    <div className="rounded-md border px-3 py-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className={cn("text-xl font-semibold tabular-nums", value > 0 ? tone : "text-foreground")}>
        {value > 0 ? <span aria-hidden="true">{sign}</span> : null}
        {formatNumber(value)}
      </dd>
    </div>
  );
}

function ChangeList({ id, title, people, total, empty }: { id: string; title: string; people: MemberChange[]; total: number; empty: string }) {
  const more = total - people.length;
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0">
      <h3 id={`${id}-title`} className="text-sm font-medium">
        {title}
      </h3>
      {people.length === 0 ? (
        <p className="mt-1 text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {people.map((p) => (
            <li key={p.id} className="truncate">
              <Link href={`/customers/${p.id}`} className={linkClass} title={p.name}>
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {more > 0 ? <p className="mt-1 text-xs text-muted-foreground">and {formatNumber(more)} more</p> : null}
    </section>
  );
}
