import Link from "next/link";
import { KeysetPager } from "@/components/data-table/keyset-pager";
import { ExpandableText } from "@/components/ui/expandable-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { FollowUpView } from "@/lib/domain/cases";
import { channelLabel } from "@/lib/domain/channels";
import { formatNumber, humanize } from "@/lib/format";
import type { FollowUpsResult } from "../_lib/queries";
import { followUpsHref, VIEW_LABELS } from "../_lib/search-params";
import { RowActions, ScoreBadge, StatusCell } from "./follow-up-cells";
import { InvalidCursor, NoFollowUps } from "./states";

export interface FollowUpsTableProps {
  result: Promise<FollowUpsResult>;
  view: FollowUpView;
  cursor: string | null;
  userId: string;
  /** feedback:write: shows Claim and Close… (the actions check again on the server). */
  canWrite: boolean;
  now: number;
}

/** One page of the view, rendered on the server; only the row actions run in the browser. */
export async function FollowUpsTable({ result, view, cursor, userId, canWrite, now }: FollowUpsTableProps) {
  const page = await result;
  if (!page.ok) return <InvalidCursor view={view} />;
  if (page.items.length === 0) return <NoFollowUps view={view} paged={cursor !== null} canWrite={canWrite} />;
  // Closed follow-ups have nothing left to do.
  const withActions = canWrite && view !== "closed";

  return (
    <>
      <Table label={`${VIEW_LABELS[view]} follow-ups`}>
        <THead>
          <tr>
            <TH>Customer</TH>
            <TH>Score</TH>
            <TH>Comment</TH>
            <TH>Touchpoint and channel</TH>
            <TH>Responded</TH>
            <TH>Status</TH>
            {withActions ? (
              <TH>
                <span className="sr-only">Actions</span>
              </TH>
            ) : null}
          </tr>
        </THead>
        <TBody>
          {page.items.map((row) => (
            <TR key={row.id}>
              <TD className="max-w-48 min-w-32">
                <Link href={`/customers/${row.partyId}`} className="block truncate rounded-sm font-medium text-primary hover:underline" title={row.customer}>
                  {row.customer}
                </Link>
              </TD>
              <TD>
                <ScoreBadge score={row.score} />
              </TD>
              <TD className="max-w-96 min-w-56">
                {row.comment ? <ExpandableText text={row.comment} what="comment" /> : <span className="text-muted-foreground">No comment</span>}
              </TD>
              <TD className="whitespace-nowrap">
                <div>{humanize(row.touchpoint)}</div>
                <div className="text-xs text-muted-foreground">{channelLabel(row.channel)}</div>
              </TD>
              <TD className="whitespace-nowrap text-muted-foreground">
                <RelativeTime value={row.respondedAt} now={now} />
              </TD>
              <TD className="max-w-72 min-w-40">
                <StatusCell row={row} userId={userId} now={now} />
              </TD>
              {withActions ? (
                <TD className="text-right">
                  <RowActions row={row} userId={userId} />
                </TD>
              ) : null}
            </TR>
          ))}
        </TBody>
      </Table>
      <KeysetPager
        label="Follow-up pages"
        firstHref={followUpsHref(view)}
        currentHref={followUpsHref(view, cursor)}
        nextHref={page.nextCursor ? followUpsHref(view, page.nextCursor) : null}
        onFirstPage={!cursor}
        summary={`Showing ${formatNumber(page.items.length)} ${page.items.length === 1 ? "follow-up" : "follow-ups"}${page.nextCursor ? "" : " · end of list"}`}
      />
    </>
  );
}
