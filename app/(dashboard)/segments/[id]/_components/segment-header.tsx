import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { ReactNode } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { describeDefinition, type SegmentDetail } from "@/lib/domain/segments";
import { formatNumber } from "@/lib/format";
import { SegmentKindBadge } from "../../_components/segment-kind-badge";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 truncate text-sm font-medium">{children}</dd>
    </div>
  );
}

/** The segment's name (the page's h1), what it is, its key facts and, for dynamic ones, its rule in words. */
export function SegmentHeader({ segment, now, actions }: { segment: SegmentDetail; now: number; actions?: ReactNode }) {
  const rule = segment.kind === "dynamic" && segment.definition ? describeDefinition(segment.definition) : null;
  return (
    <header className="mb-6">
      <Breadcrumb trail={[{ href: "/segments", label: "Segments" }]} current={segment.name} />
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="text-2xl font-semibold tracking-tight break-words">{segment.name}</h1>
            <SegmentKindBadge kind={segment.kind} />
          </div>
          {segment.description ? <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{segment.description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2 lg:max-w-md lg:justify-end">{actions}</div> : null}
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-4 rounded-lg border bg-card p-4 shadow-xs sm:grid-cols-4">
        <Fact label="Members">
          <span className="tabular-nums">{formatNumber(segment.memberCount)}</span>
        </Fact>
        <Fact label="Owner">{segment.owner ?? <span className="text-muted-foreground">No owner</span>}</Fact>
        <Fact label="Last computed">
          <RelativeTime value={segment.lastComputedAt} now={now} empty="Not yet" />
        </Fact>
        <Fact label="Updated">
          <RelativeTime value={segment.updatedAt} now={now} />
        </Fact>
        {rule ? (
          <div className="col-span-2 border-t pt-3 sm:col-span-4">
            <dt className="text-xs text-muted-foreground">Who is in it</dt>
            <dd className="mt-0.5 text-sm break-words">{rule}</dd>
          </div>
        ) : segment.kind === "static" ? (
          <div className="col-span-2 border-t pt-3 sm:col-span-4">
            <dt className="text-xs text-muted-foreground">Who is in it</dt>
            <dd className="mt-0.5 text-sm">Customers added by hand, from the customer directory.</dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
