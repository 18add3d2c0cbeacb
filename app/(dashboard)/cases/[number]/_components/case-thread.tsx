import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { CaseThreadItem } from "@/lib/dal/cases";
import { channelLabel } from "@/lib/domain/channels";
import { formatNumber, humanize } from "@/lib/format";
import { formatCallDuration } from "../_lib/format";

const DIRECTION = { inbound: { arrow: "↙", label: "Inbound" }, outbound: { arrow: "↗", label: "Outbound" } } as const;

/** Every communication on the case, oldest first: the customer's side on the left, ours on the right. */
export function CaseThread({ items, now }: { items: CaseThreadItem[]; now: number }) {
  return (
    <Card aria-labelledby="conversation-title">
      <CardHeader>
        <CardTitle id="conversation-title">Conversation</CardTitle>
        <CardDescription>
          {items.length === 0 ? "Nothing logged yet." : `${formatNumber(items.length)} ${items.length === 1 ? "communication" : "communications"}, oldest first.`}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <EmptyState title="No communications yet" headingLevel={3}>
            Calls, emails and messages logged on this case appear here. Use “Log interaction” to add one.
          </EmptyState>
        ) : (
          <ol className="space-y-3">
            {items.map((item) => {
              const direction = DIRECTION[item.direction];
              return (
                <li
                  key={item.id}
                  className={cn("rounded-md border p-3", item.direction === "outbound" ? "bg-accent/40 sm:ml-10" : "bg-card sm:mr-10")}
                >
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
                    <Badge>{channelLabel(item.channel)}</Badge>
                    <span className="font-medium text-foreground">
                      <span aria-hidden="true">{direction.arrow} </span>
                      {direction.label}
                    </span>
                    {item.agent ? <span>by {item.agent}</span> : null}
                    {item.durationSeconds !== null ? <span className="tabular-nums">{formatCallDuration(item.durationSeconds)}</span> : null}
                    {item.outcome ? <Badge tone={item.outcome === "reached" ? "success" : "neutral"}>{humanize(item.outcome)}</Badge> : null}
                    <span className="ml-auto">
                      <RelativeTime value={item.occurredAt} now={now} />
                    </span>
                  </div>
                  <p className="mt-2 text-sm break-words whitespace-pre-wrap">{item.summary}</p>
                </li>
              );
            })}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
