import type { Metadata } from "next";
import Form from "next/form";
import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/dal/guards";
import { SEARCH_MAX_LENGTH } from "@/lib/domain/search";
import { SearchHelp, SearchResultsList, SearchResultsSkeleton } from "./_components/search-results";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePageUser("party:read");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";

  return (
    <>
      <PageHeader title="Search" description="Customers, orders and cases in one place." />
      {/* A plain GET form: it works without JavaScript; with it, next/form navigates client-side. */}
      <Form action="/search" role="search" className="mb-6 flex max-w-2xl gap-2">
        <Label htmlFor="search-q" className="sr-only">
          Search
        </Label>
        <Input
          // Keyed so the field shows the new query after a client-side navigation.
          key={q}
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder="Name, email, phone, order or case number…"
          autoComplete="off"
          className="flex-1"
        />
        <Button type="submit">Search</Button>
      </Form>
      {q.trim() ? (
        <Suspense key={q} fallback={<SearchResultsSkeleton />}>
          <SearchResultsList q={q} />
        </Suspense>
      ) : (
        <SearchHelp />
      )}
    </>
  );
}
