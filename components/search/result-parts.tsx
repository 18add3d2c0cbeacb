// How one search result reads, shared by the Ctrl/Cmd-K palette (client) and the /search page
// (server). Presentational only — no hooks — so both can render them; the caller supplies the
// wrapper (an option or a link) and "now" for relative times.
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { RelativeTime } from "@/components/ui/relative-time";
import { MATCH_LABELS, type SearchCase, type SearchCustomer, type SearchOrder } from "@/lib/domain/search";
import { formatDate, formatMoney, humanize } from "@/lib/format";

/** The accessible name of the header trigger and of the palette's input. */
export const SEARCH_LABEL = "Search customers, orders and cases";

export const customerHref = (c: SearchCustomer) => `/customers/${c.id}`;
export const orderHref = (o: SearchOrder) => `/customers/${o.partyId}?tab=orders`;
export const caseHref = (c: SearchCase) => `/customers/${c.partyId}?tab=cases`;
export const searchPageHref = (q: string) => `/search?${new URLSearchParams({ q: q.trim() })}`;


/**
 * `text` with each case-insensitive occurrence of `query` in <mark>. Plain string splitting, never
 * HTML; skipped when lower-casing changes the length (e.g. "İ"), as indexes would then drift.
 */
export function Highlight({ text, query }: { text: string; query: string }) {
  const needle = query.trim().toLowerCase();
  const haystack = text.toLowerCase();
  if (!needle || haystack.length !== text.length) return <>{text}</>;
  const parts: ReactNode[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, from)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(
      <mark key={at} className="rounded-sm bg-accent px-px text-accent-foreground">
        {text.slice(at, at + needle.length)}
      </mark>,
    );
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

const ORDER_TONES: Record<SearchOrder["status"], BadgeTone> = {
  pending: "warning",
  paid: "info",
  shipped: "info",
  delivered: "success",
  cancelled: "neutral",
  returned: "danger",
};
const CASE_TONES: Record<SearchCase["status"], BadgeTone> = {
  new: "info",
  open: "warning",
  pending: "warning",
  resolved: "success",
  closed: "neutral",
};

/** Title line plus a muted line of facts separated by dots; `aside` sits on the right. */
function ResultLayout({ title, facts, aside }: { title: ReactNode; facts: ReactNode[]; aside?: ReactNode }) {
  return (
    <div className="flex min-w-0 items-start gap-3">
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">{title}</div>
        <p className="mt-0.5 truncate text-xs text-muted-foreground">
          {facts.filter(Boolean).map((fact, i) => (
            <span key={i}>
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              {fact}
            </span>
          ))}
        </p>
      </div>
      {aside ? <div className="shrink-0 text-right text-xs text-muted-foreground">{aside}</div> : null}
    </div>
  );
}

export function CustomerResult({ customer: c, query, now }: { customer: SearchCustomer; query: string; now: number }) {
  const place = [c.city, c.country].filter(Boolean).join(", ");
  // The name already shows why a name match is there; other matches name the value that matched.
  const showMatched = c.matched && c.matched.toLowerCase() !== c.displayName.toLowerCase();
  return (
    <ResultLayout
      title={
        <>
          <span className="truncate font-medium">
            <Highlight text={c.displayName} query={query} />
          </span>
          <Badge tone="info" className="max-w-full">
            <span className="truncate">
              {MATCH_LABELS[c.match]}
              {showMatched ? <>: <span className="font-mono">{c.matched}</span></> : null}
            </span>
          </Badge>
        </>
      }
      facts={[
        c.kind === "organization" ? "Organization" : "Person",
        place,
        c.tier ? `${humanize(c.tier)} tier` : null,
        c.email ? <Highlight text={c.email} query={query} /> : null,
        c.phone ? <span className="tabular-nums">{c.phone}</span> : null,
      ]}
      aside={
        <>
          <span className="sr-only">Last interaction </span>
          <RelativeTime value={c.lastInteractionAt} now={now} empty="No interactions" />
        </>
      }
    />
  );
}

export function OrderResult({ order: o, query }: { order: SearchOrder; query: string }) {
  return (
    <ResultLayout
      title={
        <>
          <span className="font-mono text-sm font-medium">
            <Highlight text={o.orderNumber} query={query} />
          </span>
          <Badge tone={ORDER_TONES[o.status]}>{humanize(o.status)}</Badge>
        </>
      }
      facts={[o.customerName, formatDate(o.placedAt)]}
      aside={<span className="text-sm font-medium text-foreground tabular-nums">{formatMoney(o.totalMinor, o.currency)}</span>}
    />
  );
}

export function CaseResult({ supportCase: c, query }: { supportCase: SearchCase; query: string }) {
  return (
    <ResultLayout
      title={
        <>
          <span className="font-mono text-sm font-medium">
            <Highlight text={c.caseNumber} query={query} />
          </span>
          <span className="min-w-0 truncate text-sm">
            <Highlight text={c.subject} query={query} />
          </span>
          <Badge tone={CASE_TONES[c.status]}>{humanize(c.status)}</Badge>
        </>
      }
      facts={[c.customerName, `Opened ${formatDate(c.openedAt)}`]}
    />
  );
}

/** What the one search box understands, with examples; shown before anything is typed. */
export function SearchTips({ className }: { className?: string }) {
  const tips: Array<[string, string]> = [
    ["Name", "Ana García, the start of one (“Ana G”) or with a typo (“Ana Garica”)"],
    ["Email", "the whole address, or how it starts: “ana.garcia@…”"],
    ["Phone, in any format", "+1 415 555 0142 · (415) 555-0142 · 415.555.0142 · or the last digits: “0142”"],
    ["Order number", "ORD-100012345"],
    ["Case number", "CASE-100123"],
    ["External id", "CRM-1000003"],
  ];
  return (
    <dl className={cn("grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[auto_1fr]", className)}>
      {tips.map(([label, example]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-foreground">{label}</dt>
          <dd className="mb-1 text-muted-foreground sm:mb-0">{example}</dd>
        </div>
      ))}
    </dl>
  );
}
