"use client";

import { useEffect, useState } from "react";
import type { SearchCustomer, SearchResults } from "@/lib/domain/search";

const DEBOUNCE_MS = 200;
const LIMIT = 8;
const GENERIC_ERROR = "Search failed — try again.";

type Outcome = { query: string; customers: SearchCustomer[]; more: boolean } | { query: string; error: string };

async function fetchCustomers(query: string, signal: AbortSignal): Promise<Outcome> {
  try {
    const response = await fetch(`/api/v1/search?${new URLSearchParams({ q: query, limit: String(LIMIT) })}`, {
      signal,
      headers: { accept: "application/json" },
    });
    const body = (await response.json().catch(() => null)) as (SearchResults & { error?: { message?: unknown } }) | null;
    if (response.ok && body) return { query, customers: body.customers, more: body.more };
    // 4xx messages are written for people (a query too long, a rate limit); 5xx ones are not.
    const message = response.status < 500 ? body?.error?.message : undefined;
    return { query, error: typeof message === "string" ? message : GENERIC_ERROR };
  } catch {
    return { query, error: GENERIC_ERROR };
  }
}

/**
 * Customers matching `text` from the shared search API, debounced; a newer query aborts the
 * older request. The last answer stays visible while the next one loads, so the list does not
 * flicker; `loading` says it is not for the current text yet.
 */
export function useCustomerSearch(text: string) {
  const query = text.trim();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void fetchCustomers(query, controller.signal).then((next) => {
        // Aborted: a newer query (or an unmount) replaced this one, so its answer is stale.
        if (!controller.signal.aborted) setOutcome(next);
      });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const current = outcome?.query === query ? outcome : null;
  return {
    query,
    customers: query && outcome && "customers" in outcome ? outcome.customers : [],
    more: current !== null && "more" in current && current.more,
    loading: query !== "" && current === null,
    error: current && "error" in current ? current.error : null,
  };
}
