// Reading what someone typed into the search box: which kinds of lookup it could be. Pure, so
// the rules are unit-tested without a database.

export interface AnalyzedQuery {
  text: string;
  /** Lower-cased words of letters and digits, as party names are split (at most 5). */
  tokens: string[];
  /** A lower-cased email or the start of one; null when the text cannot be one. */
  email: string | null;
  /** True when the text holds an "@": then an exact address match is likely. */
  emailComplete: boolean;
  /** Phone digits when the text looks like a phone number in any format (4+ digits), else null. */
  phoneDigits: string | null;
  /** Order numbers and case numbers the text could be. */
  orderNumbers: string[];
  caseNumbers: string[];
  /** The text as an external id (no spaces), else null. */
  externalId: string | null;
}

const MAX_TOKENS = 5;
const MAX_TOKEN_LENGTH = 40;

export function analyzeQuery(raw: string): AnalyzedQuery {
  // Control characters never help a search; collapse whitespace.
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  const lower = text.toLowerCase();
  const tokens = [...new Set(lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean))]
    .slice(0, MAX_TOKENS)
    .map((t) => t.slice(0, MAX_TOKEN_LENGTH));

  const oneWord = !/\s/.test(text);
  const emailish = oneWord && /^[^\s@]+(@[^\s@]*)?$/.test(lower) && lower.length >= 3 && /[a-z]/.test(lower);
  const email = emailish ? lower : null;

  const digits = text.replace(/\D/g, "");
  const phoneDigits = /^\+?[\d\s().\-/]+$/.test(text) && digits.length >= 4 && digits.length <= 15 ? digits : null;

  const orderNumbers: string[] = [];
  const caseNumbers: string[] = [];
  const upper = text.toUpperCase().replace(/\s+/g, "");
  const order = /^(?:ORD)-?(\d{3,12})$/.exec(upper);
  const kase = /^(?:CASE)-?(\d{3,12})$/.exec(upper);
  if (order) orderNumbers.push(`ORD-${order[1]}`);
  if (kase) caseNumbers.push(`CASE-${kase[1]}`);
  if (/^\d{6,12}$/.test(upper)) {
    orderNumbers.push(`ORD-${upper}`);
    caseNumbers.push(`CASE-${upper}`);
  }

  const externalId = oneWord && text.length >= 3 && text.length <= 100 ? text : null;
  return { text, tokens, email, emailComplete: email?.includes("@") ?? false, phoneDigits, orderNumbers, caseNumbers, externalId };
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
 * neighbours each cost 1, so "jonh" is one edit from "john".
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may carry and still match. */
export function allowedEdits(word: string): number {
  return word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2;
}

/** Scores of a candidate name word for a typed token: lower is better; null when it is no match. */
export function wordScore(token: string, word: string, isLast: boolean): number | null {
  if (word === token) return 0;
  if (isLast && token.length >= 2 && word.startsWith(token)) return 1;
  const max = allowedEdits(token);
  if (max === 0) return null;
  const d = editDistance(token, word, max);
  return d <= max ? 1 + d : null;
}
