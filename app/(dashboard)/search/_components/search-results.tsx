import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import {
  CaseResult, caseHref, CustomerResult, customerHref, OrderResult, orderHref, SearchTips,
} from "@/components/search/result-parts";
import { searchEverything } from "@/lib/dal/search";
import { isAppError } from "@/lib/domain/errors";
import { SEARCH_MAX_LIMIT, type SearchResults } from "@/lib/domain/search";
import { formatNumber } from "@/lib/format";
import { requestTime } from "../../_lib/request-time";

/** "50+ customers, 3 orders and 1 case": only the groups with results (a role may not see cases at all). */
function summary({ customers, orders, cases, more }: SearchResults): string {
  const count = (n: number, one: string, many: string, plus = false) => `${formatNumber(n)}${plus ? "+" : ""} ${n === 1 && !plus ? one : many}`;
  const parts = [
    customers.length ? count(customers.length, "customer", "customers", more) : null,
    orders.length ? count(orders.length, "order", "orders") : null,
    cases.length ? count(cases.length, "case", "cases") : null,
  ].filter((part) => part !== null);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
}

function ResultSection({ id, title, total, children }: { id: string; title: string; total: number; children: ReactNode }) {
  if (total === 0) return null;
  return (
    <Card aria-labelledby={id}>
      <CardHeader className="pb-3 sm:pb-3">
        <CardTitle id={id}>
          {title} <span className="font-normal text-muted-foreground">({formatNumber(total)})</span>
        </CardTitle>
      </CardHeader>
      <ul className="divide-y border-t">{children}</ul>
    </Card>
  );
}

function ResultLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <li>
      <Link href={href} prefetch={false} className="block px-4 py-3 transition-colors hover:bg-muted sm:px-5">
        {children}
      </Link>
    </li>
  );
}

/** Before anything is typed: what the box understands. */
export function SearchHelp() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>What you can search by</CardTitle>
      </CardHeader>
      <div className="p-4 pt-2 sm:p-5 sm:pt-2">
        <SearchTips />
      </div>
    </Card>
  );
}

export function SearchResultsSkeleton({ label = "Searching" }: { label?: string | null }) {
  return (
    <LoadingRegion label={label} className="space-y-6">
      <Skeleton className="h-4 w-64 max-w-full" />
      {[4, 2].map((rows, i) => (
        <div key={i} className="rounded-lg border bg-card">
          <Skeleton className="m-5 h-4 w-32" />
          {Array.from({ length: rows }, (_, r) => (
            <div key={r} className="space-y-2 border-t px-5 py-3">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-3 w-2/3" />
            </div>
          ))}
        </div>
      ))}
    </LoadingRegion>
  );
}

export async function SearchResultsList({ q }: { q: string }) {
  let results: SearchResults;
  try {
    results = await searchEverything(q, { limit: SEARCH_MAX_LIMIT });
  } catch (error) {
    // A query the data layer refuses (too long, a NUL byte) is the visitor's input, not a fault.
    if (isAppError(error) && error.code === "invalid") {
      return (
        <Alert tone="danger" role="alert">
          {error.message}
        </Alert>
      );
    }
    throw error;
  }

  const { query, customers, orders, cases, more } = results;
  if (customers.length + orders.length + cases.length === 0) {
    return (
      <EmptyState title={`No matches for “${query}”`}>
        Check the spelling, or search by an email, a phone number (any format, or its last digits), an order or a case number.
      </EmptyState>
    );
  }

  const now = requestTime();
  return (
    <div className="space-y-6">
      <p role="status" className="text-sm text-muted-foreground">
        {summary(results)} for “{query}”
      </p>
      {more ? (
        <Alert tone="info">
          More customers match than are shown here. Add to your search (a full email or phone number) to narrow it down.
        </Alert>
      ) : null}
      <ResultSection id="search-customers" title="Customers" total={customers.length}>
        {customers.map((c) => (
          <ResultLink key={c.id} href={customerHref(c)}>
            <CustomerResult customer={c} query={query} now={now} />
          </ResultLink>
        ))}
      </ResultSection>
      <ResultSection id="search-orders" title="Orders" total={orders.length}>
        {orders.map((o) => (
          <ResultLink key={o.id} href={orderHref(o)}>
            <OrderResult order={o} query={query} />
          </ResultLink>
        ))}
      </ResultSection>
      <ResultSection id="search-cases" title="Cases" total={cases.length}>
        {cases.map((c) => (
          <ResultLink key={c.id} href={caseHref(c)}>
            <CaseResult supportCase={c} query={query} />
          </ResultLink>
        ))}
      </ResultSection>
    </div>
  );
}
