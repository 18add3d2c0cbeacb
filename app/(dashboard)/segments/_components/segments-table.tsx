import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { SegmentListItem } from "@/lib/dal/segments";
import { formatNumber } from "@/lib/format";
import { requestTime } from "../../_lib/request-time";
import { SegmentKindBadge } from "./segment-kind-badge";

const linkClass = "rounded-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";

/** Every saved segment, most recently changed first; each name opens the segment. */
export async function SegmentsTable({ segments: segmentsPromise, canWrite }: { segments: Promise<SegmentListItem[]>; canWrite: boolean }) {
  const segments = await segmentsPromise;
  if (segments.length === 0) {
    return (
      <EmptyState title="No segments yet">
        Segments group customers by profile, behaviour, purchases, feedback and consent. Saved segments appear here
        with their member counts.{" "}
        {canWrite ? "Create one with New segment, or start from a template below." : "Marketers and CX managers can create them."}
      </EmptyState>
    );
  }
  const now = requestTime();
  return (
    <Table label="Segments">
      <THead>
        <tr>
          <TH>Segment</TH>
          <TH>Kind</TH>
          <TH className="text-right">Members</TH>
          <TH>Owner</TH>
          <TH>Last computed</TH>
          <TH>Updated</TH>
        </tr>
      </THead>
      <TBody>
        {segments.map((s) => (
          <TR key={s.id}>
            <TD className="max-w-96">
              <Link href={`/segments/${s.id}`} className={linkClass}>
                {s.name}
              </Link>
              {s.description ? <div className="line-clamp-2 text-xs text-muted-foreground">{s.description}</div> : null}
            </TD>
            <TD>
              <SegmentKindBadge kind={s.kind} />
            </TD>
            <TD className="text-right font-medium tabular-nums">{formatNumber(s.memberCount)}</TD>
            <TD className="whitespace-nowrap">{s.owner ?? <span className="text-muted-foreground">—</span>}</TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              <RelativeTime value={s.lastComputedAt} now={now} empty="Not yet" />
            </TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              <RelativeTime value={s.updatedAt} now={now} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
