"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { TimelineItem } from "@/lib/domain/timeline";
import { formatDateTime } from "@/lib/format";
import { CopyLinkButton } from "./copy-link-button";
import { formatTime } from "./day-groups";
import { EntryMeta } from "./entry-meta";
import { GROUP_DOT_CLASSES, groupOf } from "./kind-style";
import { TimelineDetailView } from "./timeline-detail";
import { useEntryDetail } from "./use-entry-detail";

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className={cn("mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform", open && "rotate-180")}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 9l6 6 6-6" />
    </svg>
  );
}

/**
 * One entry: a dot in its group's colour, the title as the expand button, time (a permalink),
 * what it was about, and its text. Expanding loads the details once. A linked (`focused`) entry
 * starts expanded, highlighted and scrolled into view.
 */
export function TimelineEntry({
  partyId,
  item,
  href,
  focused,
}: {
  partyId: number;
  item: TimelineItem;
  /** The entry's permalink (`?item=<key>`). */
  href: string;
  focused: boolean;
}) {
  const [expanded, setExpanded] = useState(focused);
  const detail = useEntryDetail(partyId, item.key, focused);
  const panelId = useId();
  const ref = useRef<HTMLLIElement>(null);
  const group = groupOf(item.kind);

  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: "start" });
  }, [focused]);

  return (
    <li
      ref={ref}
      id={item.key}
      data-kind={item.kind}
      aria-current={focused ? "true" : undefined}
      // Clears the sticky page header and day heading when scrolled to.
      className={cn("relative scroll-mt-28 py-3 pr-2 pl-6", focused && "rounded-md bg-accent ring-2 ring-ring")}
    >
      <span aria-hidden="true" title={group.label} className={cn("absolute top-[1.15rem] -left-[5px] size-2.5 rounded-full", GROUP_DOT_CLASSES[group.key])} />
      <div className="flex items-start gap-2">
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => {
            if (!expanded) detail.load();
            setExpanded(!expanded);
          }}
          className="flex min-w-0 flex-1 items-start gap-1 rounded-sm text-left text-sm font-medium hover:underline"
        >
          <span className="min-w-0 break-words">{item.title}</span>
          <span className="sr-only">, {group.label}</span>
          <Chevron open={expanded} />
        </button>
        <Link
          href={href}
          scroll={false}
          title={formatDateTime(item.occurredAt)}
          className="mt-px shrink-0 rounded-sm text-xs text-muted-foreground tabular-nums hover:text-foreground hover:underline"
        >
          <span className="sr-only">Link to this entry, </span>
          <time dateTime={item.occurredAt}>{formatTime(item.occurredAt)}</time>
          <span className="sr-only"> UTC</span>
        </Link>
        <CopyLinkButton href={href} />
      </div>
      <EntryMeta item={item} />
      {item.text ? (
        <p className={cn("mt-1.5 text-sm break-words whitespace-pre-line", !expanded && "line-clamp-3")}>{item.text}</p>
      ) : null}
      <div id={panelId} hidden={!expanded} className="mt-3 rounded-md border bg-card p-3">
        {expanded ? <TimelineDetailView state={detail.state} onRetry={detail.retry} /> : null}
      </div>
    </li>
  );
}
