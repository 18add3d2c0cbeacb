import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import type { CaseEventItem } from "@/lib/dal/cases";
import { humanize } from "@/lib/format";

const value = (v: string | null) => (v ? humanize(v) : "none");

/** One line for what happened; the note (a reason or an internal note) is shown below it. */
function describe(event: CaseEventItem): string {
  switch (event.kind) {
    case "created":
      return "Case opened";
    case "assigned":
      // Assignees are names: shown as stored, not humanized.
      return event.toValue ? `Assigned to ${event.toValue}` : `Unassigned${event.fromValue ? ` (was ${event.fromValue})` : ""}`;
    case "status":
      return `Status ${value(event.fromValue)} → ${value(event.toValue)}`;
    case "priority":
      return `Priority ${value(event.fromValue)} → ${value(event.toValue)}`;
    case "reopened":
      return "Reopened";
    default:
      return humanize(event.kind);
  }
}

/** Status, priority and assignment history, with internal notes set apart from customer-facing text. */
export function CaseActivity({ events, now }: { events: CaseEventItem[]; now: number }) {
  return (
    <Card aria-labelledby="activity-title">
      <CardHeader>
        <CardTitle id="activity-title">Activity</CardTitle>
        <CardDescription>Changes and internal notes, oldest first. Notes are never sent to the customer.</CardDescription>
      </CardHeader>
      <CardContent>
        {events.length === 0 ? (
          <EmptyState title="No activity yet" headingLevel={3}>
            Status changes, assignments and internal notes appear here.
          </EmptyState>
        ) : (
          <ol className="space-y-3 border-l pl-4">
            {events.map((event) =>
              event.kind === "note" ? (
                <li key={event.id} className="rounded-md border border-dashed border-warning/40 bg-warning/5 p-3">
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
                    <Badge tone="warning">Internal note</Badge>
                    {event.staff ? <span>by {event.staff}</span> : null}
                    <span className="ml-auto">
                      <RelativeTime value={event.occurredAt} now={now} />
                    </span>
                  </div>
                  <p className="mt-2 text-sm break-words whitespace-pre-wrap">{event.note}</p>
                </li>
              ) : (
                <li key={event.id} className="text-sm">
                  <div className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-medium">{describe(event)}</span>
                    {event.staff ? <span className="text-xs text-muted-foreground">by {event.staff}</span> : null}
                    <span className="ml-auto text-xs text-muted-foreground">
                      <RelativeTime value={event.occurredAt} now={now} />
                    </span>
                  </div>
                  {event.note ? <p className="mt-1 text-sm break-words whitespace-pre-wrap text-muted-foreground">{event.note}</p> : null}
                </li>
              ),
            )}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
