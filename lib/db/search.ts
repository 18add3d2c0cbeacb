// The search box's statements, run through whatever runs SQL: the data layer passes its
// database after checking who is asking (lib/dal/search.ts), and the benchmark passes its raw
// connection, so "the SQL behind a search" is exactly the statements the app sends. Each
// reading of the text (name, email, phone, order, case, external id) is one indexed lookup;
// they run side by side and the best match per customer wins, exact identifiers first.
import type { SQL } from "drizzle-orm";
import {
  casesByNumber, customerCards, nameWordCandidates, ordersByNumber, partiesByEmail, partiesByExternalId,
  partiesByNameWords, partiesByPhone,
} from "@/lib/db/queries/search";
import { maskEmail, maskPhone } from "@/lib/domain/mask";
import { MATCH_KINDS, type MatchKind, type SearchCase, type SearchCustomer, type SearchOrder, type SearchResults } from "@/lib/domain/search";
import { wordScore, type AnalyzedQuery } from "@/lib/domain/search-query";

/** Runs one statement and answers its rows. */
export type RunRows = <T extends Record<string, unknown>>(query: SQL) => Promise<T[]>;

/** What the asker's role allows the search to show. */
export interface SearchAccess {
  /** Full contact details, and lookups by an email prefix or a phone's last digits. */
  unmasked: boolean;
  showCases: boolean;
}

/** How many name matches are ranked; beyond that the answer says "more" (keep typing). */
const NAME_POOL = 200;

interface Hit {
  id: number;
  match: MatchKind;
  matched: string;
  /** Lower is better within one match kind. */
  score: number;
}

const rank = (m: MatchKind) => MATCH_KINDS.indexOf(m);

function better(a: Hit, b: Hit): boolean {
  return rank(a.match) !== rank(b.match) ? rank(a.match) < rank(b.match) : a.score < b.score;
}

/**
 * Name matches. Every typed word is matched against the words of party names, exactly, as the
 * start of the last word (as-you-type), or within one or two typos of a known name word. Exact
 * readings are fetched on their own so that common near-misses never crowd them out.
 */
async function nameHits(rows: RunRows, q: AnalyzedQuery): Promise<{ hits: Hit[]; more: boolean }> {
  const tokens = q.tokens.filter((t) => /\p{L}/u.test(t) || t.length > 1);
  if (tokens.length === 0 || tokens.every((t) => t.length < 2)) return { hits: [], more: false };
  const last = tokens[tokens.length - 1]!;
  const candidates = await rows<{ tok: string; word: string }>(nameWordCandidates(tokens, last.length >= 2 ? last : null));

  // token -> (word -> score)
  const scored = tokens.map((tok, i) => {
    const words = new Map<string, number>();
    for (const c of candidates) {
      if (c.tok !== tok) continue;
      const s = wordScore(tok, c.word, i === tokens.length - 1);
      if (s !== null && s < (words.get(c.word) ?? Infinity)) words.set(c.word, s);
    }
    return words;
  });
  if (scored.some((w) => w.size === 0)) return { hits: [], more: false };

  const exactGroups = scored.map((w) => [...w].filter(([, s]) => s <= 1).map(([word]) => word));
  const allGroups = scored.map((w) => [...w.keys()]);
  const hasExact = exactGroups.every((g) => g.length > 0);
  const hasFuzzy = allGroups.some((g, i) => g.length > exactGroups[i]!.length);
  const [exactRows, fuzzyRows] = await Promise.all([
    hasExact ? rows<{ id: number | string; name_tokens: string[] }>(partiesByNameWords(exactGroups, NAME_POOL)) : [],
    hasFuzzy ? rows<{ id: number | string; name_tokens: string[] }>(partiesByNameWords(allGroups, NAME_POOL)) : [],
  ]);

  const hits = new Map<number, Hit>();
  for (const r of [...exactRows, ...fuzzyRows]) {
    const id = Number(r.id);
    let total = 0;
    let worst = 0;
    for (const words of scored) {
      const best = Math.min(...r.name_tokens.map((t) => words.get(t) ?? Infinity));
      total += best;
      worst = Math.max(worst, best);
    }
    if (!Number.isFinite(total)) continue;
    // Extra words in the name (a middle name, "Inc") rank slightly below a name that is all match.
    const score = total + 0.1 * Math.max(0, r.name_tokens.length - tokens.length);
    const match: MatchKind = worst === 0 ? "name" : worst === 1 ? "name_prefix" : "name_fuzzy";
    const hit: Hit = { id, match, matched: r.name_tokens.join(" "), score };
    const prev = hits.get(id);
    if (!prev || better(hit, prev)) hits.set(id, hit);
  }
  return { hits: [...hits.values()], more: exactRows.length >= NAME_POOL || fuzzyRows.length >= NAME_POOL };
}

/** Customers, orders and cases for an analysed query; `limit` customers at most. */
export async function runSearch(rows: RunRows, q: AnalyzedQuery, limit: number, { unmasked, showCases }: SearchAccess): Promise<SearchResults> {
  const pool = limit * 3;

  // Roles that see contact details masked may find someone by a full address or number they
  // already know, but not by a prefix or the last digits: that would let them read it back.
  const emailPrefix = unmasked && !!q.email && (q.email.length >= 3);
  const phoneDigits = q.phoneDigits && (unmasked || q.phoneDigits.length >= 7) ? q.phoneDigits : null;

  const [names, emails, phones, externals, orders, cases] = await Promise.all([
    nameHits(rows, q),
    q.email && (q.emailComplete || emailPrefix)
      ? rows<{ id: number | string; value: string; exact: boolean }>(partiesByEmail(q.email, emailPrefix, pool))
      : [],
    phoneDigits ? rows<{ id: number | string; value: string; len: number }>(partiesByPhone(phoneDigits, pool)) : [],
    q.externalId ? rows<{ id: number | string; value: string; system: string }>(partiesByExternalId(q.externalId, pool)) : [],
    q.orderNumbers.length
      ? rows<{ id: number | string; party_id: number | string; order_number: string; status: SearchOrder["status"]; total_minor: number | string; currency: string; occurred_at: string | Date; display_name: string }>(
          ordersByNumber(q.orderNumbers, limit),
        )
      : [],
    q.caseNumbers.length && showCases
      ? rows<{ id: number | string; party_id: number | string; case_number: string; subject: string; status: SearchCase["status"]; occurred_at: string | Date; display_name: string }>(
          casesByNumber(q.caseNumbers, limit),
        )
      : [],
  ]);

  const best = new Map<number, Hit>();
  const add = (hit: Hit) => {
    const prev = best.get(hit.id);
    if (!prev || better(hit, prev)) best.set(hit.id, hit);
  };
  for (const r of emails) add({ id: Number(r.id), match: r.exact ? "email" : "email_prefix", matched: r.value, score: r.value.length });
  for (const r of phones) {
    const full = phoneDigits !== null && phoneDigits.length >= 7;
    add({ id: Number(r.id), match: full ? "phone" : "phone_suffix", matched: r.value, score: r.len });
  }
  for (const r of externals) add({ id: Number(r.id), match: "external_id", matched: `${r.system}: ${r.value}`, score: 0 });
  for (const r of orders) add({ id: Number(r.party_id), match: "order", matched: r.order_number, score: 0 });
  for (const r of cases) add({ id: Number(r.party_id), match: "case", matched: r.case_number, score: 0 });
  for (const h of names.hits) add(h);

  const ranked = [...best.values()].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : a.id - b.id));
  const top = ranked.slice(0, limit);
  const cards = top.length
    ? await rows<{
        id: number | string; kind: SearchCustomer["kind"]; display_name: string; city: string | null; country: string | null;
        tier: SearchCustomer["tier"]; last_interaction_at: string | Date | null; email: string | null; phone: string | null;
      }>(customerCards(top.map((h) => h.id)))
    : [];
  const byId = new Map(cards.map((c) => [Number(c.id), c]));
  const mask = (h: Hit) =>
    unmasked ? h.matched
    : h.match === "email" || h.match === "email_prefix" ? maskEmail(h.matched)
    : h.match === "phone" || h.match === "phone_suffix" ? maskPhone(h.matched)
    : h.matched;

  const customers: SearchCustomer[] = [];
  for (const h of top) {
    const c = byId.get(h.id);
    if (!c) continue;
    customers.push({
      id: h.id,
      kind: c.kind,
      displayName: c.display_name,
      city: c.city,
      country: c.country,
      tier: c.tier,
      lastInteractionAt: c.last_interaction_at ? new Date(c.last_interaction_at).toISOString() : null,
      email: c.email && !unmasked ? maskEmail(c.email) : c.email,
      phone: c.phone && !unmasked ? maskPhone(c.phone) : c.phone,
      match: h.match,
      matched: h.match === "name" || h.match === "name_prefix" || h.match === "name_fuzzy" ? c.display_name : mask(h),
    });
  }

  return {
    query: q.text,
    customers,
    orders: orders.map((o) => ({
      id: Number(o.id),
      partyId: Number(o.party_id),
      orderNumber: o.order_number,
      status: o.status,
      totalMinor: Number(o.total_minor),
      currency: o.currency,
      placedAt: new Date(o.occurred_at).toISOString(),
      customerName: o.display_name,
    })),
    cases: cases.map((c) => ({
      id: Number(c.id),
      partyId: Number(c.party_id),
      caseNumber: c.case_number,
      subject: c.subject,
      status: c.status,
      openedAt: new Date(c.occurred_at).toISOString(),
      customerName: c.display_name,
    })),
    more: ranked.length > limit || names.more,
  };
}
