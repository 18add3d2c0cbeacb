import "server-only";
import { getDb } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { runSearch } from "@/lib/db/search";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/permissions";
import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LENGTH, SEARCH_MAX_LIMIT, type SearchResults } from "@/lib/domain/search";
import { analyzeQuery } from "@/lib/domain/search-query";
import { requireUser } from "./session";

/** Customers, orders and cases for what was typed into the search box. */
export async function searchEverything(input: string, opts: { limit?: number } = {}): Promise<SearchResults> {
  const user = await requireUser("party:read");
  const limit = Math.min(Math.max(1, Math.trunc(opts.limit ?? SEARCH_DEFAULT_LIMIT)), SEARCH_MAX_LIMIT);
  if (input.includes("\u0000")) throw new AppError("invalid", "The search text contains a NUL byte.", { q: "Contains a NUL byte." });
  if (input.length > SEARCH_MAX_LENGTH) {
    throw new AppError("invalid", `Search for at most ${SEARCH_MAX_LENGTH} characters.`, { q: `At most ${SEARCH_MAX_LENGTH} characters.` });
  }
  const q = analyzeQuery(input);
  if (!q.text) throw new AppError("invalid", "Type a name, email, phone, order or case number to search for.", { q: "Must not be empty." });

  const db = await getDb();
  return runSearch((query) => queryRows(db, query), q, limit, {
    unmasked: can(user.role, "contact:unmasked"),
    showCases: can(user.role, "case:read"),
  });
}
