import { Badge } from "@/components/ui/badge";
import { TIMELINE_CHANNEL_LABELS, type TimelineItem } from "@/lib/domain/timeline";
import { formatMoney, humanize } from "@/lib/format";
import { statusTone } from "./kind-style";

const DIRECTION = { inbound: { arrow: "↙", label: "Inbound" }, outbound: { arrow: "↗", label: "Outbound" } } as const;

/** Whether `title` has `number` as a number of its own (so "10" is not found in "105"). */
function mentions(title: string, number: string): boolean {
  return title.split(/[^\d.]+/).some((part) => part.replace(/\.$/, "") === number);
}

/**
 * Channel, direction, status, amount, score and reference of an entry. Amount, score and reference
 * are left out when the title already says them ("Order #O-1042 placed · $12.00").
 */
export function EntryMeta({ item }: { item: TimelineItem }) {
  const money = item.amountMinor !== null ? formatMoney(item.amountMinor, item.currency ?? "USD") : null;
  const score = item.score !== null && !mentions(item.title, String(item.score)) ? item.score : null;
  const ref = item.ref && !item.title.toLowerCase().includes(item.ref.toLowerCase()) ? item.ref : null;
  const direction = item.direction ? DIRECTION[item.direction] : null;

  if (!item.channel && !direction && !item.status && !money && score === null && !ref) return null;
  return (
    <div className="mt-1 flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
      {item.channel ? <Badge>{TIMELINE_CHANNEL_LABELS[item.channel]}</Badge> : null}
      {direction ? (
        <span>
          <span aria-hidden="true">{direction.arrow} </span>
          {direction.label}
        </span>
      ) : null}
      {item.status ? <Badge tone={statusTone(item.status)}>{humanize(item.status)}</Badge> : null}
      {money && !item.title.includes(money) ? <span className="font-medium text-foreground tabular-nums">{money}</span> : null}
      {score !== null ? <span className="tabular-nums">Score {score}</span> : null}
      {ref ? <span className="min-w-0 break-words">{ref}</span> : null}
    </div>
  );
}
