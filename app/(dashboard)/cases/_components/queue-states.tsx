import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { CaseQueueQuery } from "@/lib/domain/cases";
import { hasFilters, queueHref, withoutFilters } from "./queue-labels";

export function InvalidCursor({ query }: { query: CaseQueueQuery }) {
  return (
    <EmptyState
      title="This page link has expired or is broken"
      action={
        <Link href={queueHref(query)} className={buttonClasses("primary", "sm")}>
          Go to the first page
        </Link>
      }
    >
      The address points to a page of the queue that does not exist. Start again from the first page.
    </EmptyState>
  );
}

const EMPTY_SCOPE = {
  all: { title: "No open cases", text: "The queue is clear. New cases appear here when customers get in touch or a case is opened." },
  mine: { title: "Nothing in your queue", text: "No open cases are assigned to you. Pick one up from the unassigned cases." },
  unassigned: { title: "No unassigned cases", text: "Every open case has someone on it." },
} as const;

/** No rows: past the last page, filters that match nothing, or an empty scope. */
export function NoCases({ query, paged }: { query: CaseQueueQuery; paged: boolean }) {
  if (paged) {
    return (
      <EmptyState
        title="No more cases"
        action={
          <Link href={queueHref(query)} className={buttonClasses("outline", "sm")}>
            First page
          </Link>
        }
      >
        You have reached the end of the queue.
      </EmptyState>
    );
  }
  if (hasFilters(query)) {
    return (
      <EmptyState
        title="No cases match these filters"
        action={
          <Link href={queueHref(withoutFilters(query))} className={buttonClasses("outline", "sm")}>
            Clear filters
          </Link>
        }
      >
        Try fewer or wider filters.
      </EmptyState>
    );
  }
  const empty = EMPTY_SCOPE[query.scope];
  return (
    <EmptyState
      title={empty.title}
      action={
        query.scope === "mine" ? (
          <Link href={queueHref({ ...query, scope: "unassigned" })} className={buttonClasses("outline", "sm")}>
            See unassigned cases
          </Link>
        ) : undefined
      }
    >
      {empty.text}
    </EmptyState>
  );
}
