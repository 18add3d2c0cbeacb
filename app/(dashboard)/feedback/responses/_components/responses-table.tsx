import Link from "next/link";
import { KeysetPager } from "@/components/data-table/keyset-pager";
import { ExpandableText } from "@/components/ui/expandable-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ResponseRow } from "@/lib/dal/feedback";
import { channelLabel } from "@/lib/domain/channels";
import { formatNumber, humanize } from "@/lib/format";
import { ScoreBadge, SentimentBadge, ThemeLinks } from "./response-cells";
import type { ResponsesResult } from "./responses-data";
import { scopeHref, type ResponsesScope } from "./scope";
import { InvalidCursor, NoResponses } from "./states";

// Sentiment and themes sit under the comment they describe: as columns of their own they
// squeezed the comment and wrapped phrase chips over three lines.
const COLUMNS = ["Date", "Customer", "Score", "Comment", "Channel", "Touchpoint", "Tier", "Country"] as const;
export const RESPONSES_COLUMN_COUNT = COLUMNS.length;

const linkClass = "cx-row-link";

/** "1,234 responses", "10,000+ comments", "1 response". */
export function countText(total: number, capped: boolean, comments: boolean): string {
  const noun = comments ? ["comment", "comments"] : ["response", "responses"];
  return `${formatNumber(total)}${capped ? "+" : ""} ${total === 1 && !capped ? noun[0] : noun[1]}`;
}

/** One page of the drill-down, rendered on the server from the read the page started. */
export async function ResponsesTable({ result: resultPromise, scope, commentsOnly, cursor, now, today }: {
  result: Promise<ResponsesResult>;
  scope: ResponsesScope;
  /** As the data layer ran it: a search shows only comments. */
  commentsOnly: boolean;
  cursor: string | null;
  now: number;
  today: string;
}) {
  const result = await resultPromise;
  if (!result.ok) return <InvalidCursor scope={scope} />;
  if (result.rows.length === 0) return <NoResponses scope={scope} paged={cursor !== null} today={today} />;

  const next = result.nextCursor ? scopeHref(scope, result.nextCursor) : null;
  const shown = formatNumber(result.rows.length);
  const total = countText(result.total, result.totalCapped, commentsOnly);

  return (
    <>
      <Table label={commentsOnly ? "Comments" : "Responses"}>
        <THead>
          <tr>
            {COLUMNS.map((c) => (
              <TH key={c}>{c}</TH>
            ))}
          </tr>
        </THead>
        <TBody>
          {result.rows.map((row) => (
            <ResponseTableRow key={`${row.partyId}-${row.id}`} row={row} scope={scope} now={now} />
          ))}
        </TBody>
      </Table>
      <KeysetPager
        label="Response pages"
        labels={{ first: "Newest", previous: "Newer", next: "Older" }}
        firstHref={scopeHref(scope)}
        currentHref={scopeHref(scope, cursor)}
        nextHref={next}
        onFirstPage={cursor === null}
        summary={`Showing ${shown} of ${total}${next ? "" : " · end of list"}`}
      />
    </>
  );
}

function ResponseTableRow({ row, scope, now }: { row: ResponseRow; scope: ResponsesScope; now: number }) {
  const muted = <span className="text-muted-foreground">—</span>;
  return (
    <TR>
      <TD className="align-top whitespace-nowrap text-muted-foreground">
        <RelativeTime value={row.occurredAt} now={now} />
      </TD>
      <TD className="max-w-44 min-w-28 align-top">
        <Link href={`/customers/${row.partyId}`} className={`${linkClass} block truncate font-medium text-primary`} title={row.customer}>
          {row.customer}
        </Link>
      </TD>
      <TD className="align-top">
        <ScoreBadge kind={scope.kind} score={row.score} />
      </TD>
      <TD className="max-w-xl min-w-72 align-top">
        {row.comment ? (
          <>
            <ExpandableText text={row.comment} what="comment" />
            <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
              <SentimentBadge sentiment={row.sentiment} />
              <ThemeLinks themes={row.themes} scope={scope} />
            </div>
          </>
        ) : (
          <span className="text-muted-foreground">No comment</span>
        )}
      </TD>
      <TD className="align-top whitespace-nowrap">{channelLabel(row.channel)}</TD>
      <TD className="align-top whitespace-nowrap">{humanize(row.touchpoint)}</TD>
      <TD className="align-top whitespace-nowrap">{row.tier ? humanize(row.tier) : muted}</TD>
      <TD className="align-top whitespace-nowrap">{row.country ?? muted}</TD>
    </TR>
  );
}

/** The header's count, streamed in when the page's read settles; nothing for a broken cursor. */
export async function ResponsesCount({ result, commentsOnly }: { result: Promise<ResponsesResult>; commentsOnly: boolean }) {
  const page = await result;
  if (!page.ok) return null;
  return <> · {countText(page.total, page.totalCapped, commentsOnly)}</>;
}
