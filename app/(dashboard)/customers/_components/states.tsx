import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { directoryHref, type DirectoryQuery } from "@/lib/domain/directory";

export function InvalidCursor() {
  return (
    <EmptyState
      title="This page link has expired or is broken"
      action={
        <Link href="/customers" className={buttonClasses("primary", "sm")}>
          Go to the first page
        </Link>
      }
    >
      The address points to a page of the customer list that does not exist. Start again from the first page.
    </EmptyState>
  );
}

/** The URL names a filter, sort or column we do not know: say which, instead of guessing. */
export function InvalidQuery({ fields }: { fields: Record<string, string> }) {
  return (
    <EmptyState
      title="This address has filters we cannot use"
      action={
        <Link href="/customers" className={buttonClasses("primary", "sm")}>
          Clear filters
        </Link>
      }
    >
      <p>Fix or remove these parameters:</p>
      <ul className="mt-2 space-y-1 text-left">
        {Object.entries(fields).map(([name, message]) => (
          <li key={name}>
            <code className="rounded bg-muted px-1 font-mono text-foreground">{name}</code>: {message}
          </li>
        ))}
      </ul>
    </EmptyState>
  );
}

/** No rows on this page: past the end, nothing matches, or nothing at all. */
export function NoRows({ query, filtered }: { query: DirectoryQuery; filtered: boolean }) {
  if (query.cursor) {
    return (
      <EmptyState
        title="No more customers"
        action={
          <Link href={directoryHref(query)} className={buttonClasses("outline", "sm")}>
            First page
          </Link>
        }
      >
        You have reached the end of the list.
      </EmptyState>
    );
  }
  if (filtered) {
    return (
      <EmptyState
        title="No customers match these filters"
        action={
          <Link href={directoryHref({ ...query, filters: {} })} className={buttonClasses("outline", "sm")}>
            Clear filters
          </Link>
        }
      >
        Try fewer or wider filters.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No customers yet">
      Customers appear here once they are imported or sent in through the API (<code>POST /api/v1/parties</code>).
    </EmptyState>
  );
}
