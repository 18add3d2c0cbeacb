// Survey comments ("verbatims"): a sentiment label and the recurring themes, so the verbatims
// table can be filtered by mood and topic without sending customers' words to an outside service.
// Pure and deterministic: the same comments always give the same labels, themes and order.
//
// Sentiment is lexicon-based, on purpose: an explainable sum of word weights a CX manager can
// reason about ("late" and "chase" pull down, "smooth" and "recommend" pull up), not a model.
// Themes are the phrases of content words that recur across comments, counted once per comment.
//
// Imported comments are untrusted free text (HTML, emoji, control characters, megabytes): only the
// first MAX_CHARS characters are read, so every function is bounded per comment and never throws.

export type Sentiment = "positive" | "neutral" | "negative";

export interface Theme {
  phrase: string;
  count: number;
  /** share of the comments containing it, 0..1 */
  share: number;
}

const MAX_CHARS = 2_000;

// ---------------------------------------------------------------------------------------------
// Tokens

// Words (letters, digits, combining marks, inner apostrophes), plus punctuation kept as markers:
// "." ends a sentence, "," ends a clause. Negation and "but" stop at them, and themes never span
// them ("smooth experience, reordering" is not one phrase).
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|([.!?\n\r]+)|([,;:()[\]{}"“”«»…|/\\•·–—\t]+)/gu;
const SENTENCE = ".";
const CLAUSE = ",";

// Markup and addresses are not what the customer said; left in, "nbsp" or "https" would become
// themes. Tag patterns are bounded so unclosed "<" cannot make them quadratic.
const BLOCK_TAG_RE = /<\/?(?:br|p|div|li|ul|ol|tr|td|h[1-6])\b[^<>]{0,200}>/gi;
const TAG_RE = /<\/?[a-z][^<>]{0,200}>|<!--[\s\S]{0,200}?-->/gi;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]{1,500}/gi;
const EMAIL_RE = /[^\s@<>"]{1,64}@[^\s@<>"]{1,255}/g;
const ENTITY_RE = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntity(_match: string, body: string): string {
  const name = body.toLowerCase();
  if (name.startsWith("#")) {
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
  }
  return NAMED_ENTITIES[name] ?? " ";
}

function clean(text: unknown): string {
  if (typeof text !== "string" || text === "") return "";
  let s = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  if (s.includes("<")) s = s.replace(BLOCK_TAG_RE, "\n").replace(TAG_RE, " ");
  if (s.includes("//") || s.includes("www.")) s = s.replace(URL_RE, " ");
  if (s.includes("@")) s = s.replace(EMAIL_RE, " ");
  if (s.includes("&")) s = s.replace(ENTITY_RE, decodeEntity);
  // Composed and decomposed accents must give the same word; plain ASCII needs no work.
  return (/[^\x00-\x7f]/.test(s) ? s.normalize("NFC") : s).toLowerCase();
}

/** Words and punctuation markers ("." and ","), lowercased. */
function lex(text: unknown): string[] {
  const out: string[] = [];
  const s = clean(text);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(s); m !== null; m = TOKEN_RE.exec(s)) {
    const t = m[0];
    if (m[1] !== undefined) out.push(SENTENCE);
    else if (m[2] !== undefined) out.push(CLAUSE);
    else out.push(t.includes("’") ? t.replace(/’/g, "'") : t);
  }
  return out;
}

const isMarker = (t: string) => t === SENTENCE || t === CLAUSE;

/** Lowercased word tokens (letters/digits/apostrophes, unicode-aware), at most the first 2,000 characters considered. */
export function tokenize(text: string): string[] {
  return lex(text).filter((t) => !isMarker(t));
}

/** Runs of words between punctuation. */
function segments(text: unknown): string[][] {
  const out: string[][] = [];
  let seg: string[] = [];
  for (const t of lex(text)) {
    if (isMarker(t)) {
      if (seg.length > 0) out.push(seg);
      seg = [];
    } else seg.push(t);
  }
  if (seg.length > 0) out.push(seg);
  return out;
}

const words = (s: string) => s.split(" ").filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Sentiment

// Weights are how strongly a word says "good" or "bad" about the experience: 2 strong, 1 plain,
// 0.25 lukewarm ("fine", "ok" alone are what passives write, so on their own they stay neutral).
// Words that are only sentiment in context are left out ("quality", "cheap", "like", "long").
const POSITIVE_WORDS: Record<string, string> = {
  "2": `love loved loves loving adore excellent amazing awesome fantastic perfect perfectly outstanding
    brilliant superb wonderful exceptional incredible impeccable flawless delighted thrilled fabulous
    terrific stellar phenomenal`,
  "1.5": `great best recommend recommended recommending happy pleased impressed efficient professional
    reliable beautiful gorgeous friendly helpful seamless effortless excited exciting kudos bravo`,
  "1": `good nice fast faster fastest quick quicker quickly speedy prompt promptly easy easier easily
    smooth smoothly simple simpler convenient intuitive polite courteous caring patient attentive
    responsive resolved solved fixed sorted thanks thank thankful grateful appreciate appreciated
    enjoy enjoyed enjoying pleasant pleasure satisfied glad comfortable comfy cosy cozy fresh worth
    worthwhile useful handy accurate clear clean sturdy durable solid safe secure affordable bargain
    generous rewarding perks perk bonus rewards fun cool lovely neat stylish elegant early better
    improved improvement favourite favorite successful effective special welcoming warm honest
    transparent knowledgeable supportive dependable consistent premium valuable wow yay superior
    spotless tasty delicious smart recommendable gem`,
  "0.5": `help helped helps liked enjoyable`,
  "0.25": `ok okay fine decent alright reasonable acceptable adequate`,
};
const NEGATIVE_WORDS: Record<string, string> = {
  "2": `terrible awful horrible horrendous worst hate hated hates disgusting disgraceful appalling
    atrocious useless scam scammed fraud pathetic unacceptable furious livid nightmare ridiculous
    shocking dreadful abysmal disaster rubbish garbage junk crap lousy`,
  "1.5": `rude angry annoyed annoying frustrated frustrating disappointed disappointing disappointment
    unhappy poor bad broken damaged faulty defective incompetent unprofessional ignored misleading
    lied liar dishonest upset worse stolen lost missing wrong incorrect waste wasted unusable
    dissatisfied unsatisfied hostile arrogant dismissive condescending shoddy sloppy careless
    negligent hopeless regret avoid beware overcharged`,
  "1": `late delayed delay delays slow slowly slower slowest failing failed fails fail failure
    error errors bug bugs buggy crash crashed crashes crashing glitch glitchy problem problems issue
    issues complaint complaints complain complained complaining refund refunds waiting wait waited
    chase chased chasing cancelled canceled cancellation expensive pricey overpriced costly confusing
    confused complicated difficult hard awkward clunky unclear unhelpful unreliable unresponsive
    unanswered unresolved stuck hassle mess messy dirty stained torn scratched leaking leaked flimsy
    noisy lacking mediocre meh boring bland inconvenient inconvenience nuisance pain mistake mistakes
    overdue postponed tedious laggy lag freezes frozen outage spam pushy impatient unfriendly
    impolite inaccurate incomplete underwhelming underwhelmed unimpressed ineffective inefficient
    worried concerned chaotic nasty sadly unfortunately`,
  "0.5": `sad weird strange lacks lack`,
};

const LEXICON = new Map<string, number>();
for (const [sign, groups] of [[1, POSITIVE_WORDS], [-1, NEGATIVE_WORDS]] as const) {
  for (const [weight, list] of Object.entries(groups)) for (const w of words(list.replace(/\s+/g, " "))) LEXICON.set(w, sign * Number(weight));
}

// Multi-word expressions, matched before single words (longest first) and taking their place.
const PHRASES: Array<[string, number]> = [
  ["on time", 1], ["spot on", 1], ["top notch", 1.5], ["well done", 1.5], ["well packed", 1], ["well packaged", 1],
  ["hassle free", 1.5], ["value for money", 1], ["above and beyond", 2], ["as described", 1], ["as expected", 0.5],
  ["couldn't be happier", 2], ["could not be happier", 2], ["couldn't be better", 2], ["could not be better", 2],
  ["can't fault", 2], ["cannot fault", 2], ["can't complain", 1], ["cannot complain", 1], ["no complaints", 1],
  ["five stars", 1.5], ["keep it up", 1],
  ["never again", -2], ["again and again", -1.5], ["over and over", -1.5], ["back and forth", -1],
  ["waste of money", -2], ["waste of time", -2], ["rip off", -2], ["ripped off", -2], ["let down", -1.5],
  ["let me down", -1.5], ["fell apart", -1.5], ["falls apart", -1.5], ["on hold", -1], ["hung up", -1.5],
  ["sent back", -1], ["send back", -1], ["out of stock", -1], ["sold out", -0.5], ["took ages", -1],
  ["takes ages", -1], ["took forever", -1.5], ["takes forever", -1.5], ["charged twice", -1.5],
  ["double charged", -1.5], ["fed up", -1.5], ["gave up", -1], ["give up", -1], ["messed up", -1.5],
  ["mixed up", -1], ["mix up", -1], ["screwed up", -2], ["went wrong", -1.5], ["stopped working", -1.5],
  ["one star", -1.5], ["zero stars", -2], ["after the promised", -1], ["not impressed", -1.5],
];
const PHRASES_BY_FIRST = new Map<string, Array<[string[], number]>>();
for (const [text, weight] of PHRASES) {
  const ws = words(text);
  const list = PHRASES_BY_FIRST.get(ws[0]!) ?? [];
  list.push([ws, weight]);
  list.sort((a, b) => b[0].length - a[0].length);
  PHRASES_BY_FIRST.set(ws[0]!, list);
}

function phraseAt(toks: readonly string[], i: number): [number, number] | undefined {
  for (const [ws, weight] of PHRASES_BY_FIRST.get(toks[i]!) ?? []) {
    if (ws.every((w, k) => toks[i + k] === w)) return [ws.length, weight];
  }
  return undefined;
}

const NEGATORS = new Set(words(
  "not no never none nobody nothing neither nor cannot without hardly barely nowhere noone dont doesnt didnt isnt wasnt arent werent wont wouldnt couldnt shouldnt cant havent hasnt hadnt aint",
));
const isNegator = (w: string) => NEGATORS.has(w) || w.endsWith("n't");
// "not only fast but also cheap", "nothing but praise": the negator does not negate what follows.
const CANCELS_NEGATION = new Set(["only", "just", "but"]);
// A negator reaches this many words ahead, within its clause: "not good", "not very good", "not at all good".
const NEGATION_SCOPE = 3;
// Negating praise is criticism ("not good"); negating criticism is faint praise ("not bad").
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.5;
// Things a customer expects to happen: neutral when they do, a complaint when they don't
// ("never arrived", "nobody answered", "didn't work").
const EXPECTED = new Set(words(
  "arrived arrive arrives came come delivered deliver received receive got get answered answer answers replied reply replies responded respond response heard called call work works worked working function functions loaded load opens open showed show turned listen listened cared care bother bothered followed follow match matches fit fits fitted",
));

const INTENSIFIERS = new Set(words("very really extremely so super too totally absolutely incredibly highly truly completely utterly terribly seriously especially particularly exceptionally such most"));
const DIMINISHERS = new Set(words("slightly somewhat fairly rather mildly marginally"));

// "could be faster", "should be easier", "I wish it was quicker": a wish for what is missing is
// mild criticism, however positive the word.
const MODALS = new Set(words("could should would might must needs need"));
const MODAL_LINKS = new Set(words("be been do"));
const WISHES = new Set(words("wish wished hope hoping"));
const WISH_FACTOR = -0.4;
// "would like more sizes", "would love a bigger range": a request, so mild criticism.
const REQUEST_VERBS = new Set(words("like love prefer appreciate"));
const REQUEST_MODALS = new Set(words("would i'd we'd id"));
const REQUEST_WEIGHT = -0.5;

// "again" is a complaint ("had to call again") unless it is about coming back ("would buy again").
const RETURN_VERBS = new Set(words("buy bought buying order ordering ordered shop shopping shopped purchase purchased purchasing use using come coming back return returning visit recommend choose book"));
// "Prices have gone up", "price increase": a rise is only bad news next to a price.
const PRICE_WORDS = new Set(words("price prices pricing cost costs fee fees"));
const RISE_WORDS = new Set(words("up increased increase increases increasing rising rose risen higher hike hikes hiked doubled"));
// "too long", "too small": "too" is a complaint about words that are neutral on their own.
const TOO_WHAT = new Set(words("long much many small big short tight loose hot cold heavy high complicated"));

const CONTRASTS = new Set(["but", "however"]);
// What follows "but" is what the customer means: "Good products, but delivery could be faster".
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.25;
// The score is sum / sqrt(sum² + ALPHA), rounded to 3 decimals: bounded to (-1, 1), one plain
// word gives about ±0.4, and a lukewarm word alone ("fine") stays inside the neutral band.
const ALPHA = 5;
const NEUTRAL_BAND = 0.15;

const POSITIVE_EMOJI = new Set([..."👍😊😀😃😄😁😍🥰🙂😻💯🎉🙏👏⭐🌟💖💕♥❤"]);
const NEGATIVE_EMOJI = new Set([..."👎😡😠🤬😞😢😭🙁☹😤😒😩😫💩🤮"]);

/** Looks back within the clause, up to `reach` words. */
function lookBack(toks: readonly string[], i: number, reach: number, test: (w: string) => boolean): boolean {
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    const w = toks[j]!;
    if (isMarker(w)) return false;
    if (test(w)) return true;
  }
  return false;
}

// "would order from you again" is coming back; "my order was late again" is not: a sentiment
// word in between means "again" is about that.
function isComingBack(toks: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = toks[j]!;
    if (isMarker(w) || LEXICON.has(w)) return false;
    if (RETURN_VERBS.has(w)) return true;
  }
  return false;
}

function isWish(toks: readonly string[], i: number): boolean {
  let linked = false;
  return lookBack(toks, i, 4, (w) => {
    if (MODAL_LINKS.has(w)) linked = true;
    return WISHES.has(w) || (linked && MODALS.has(w));
  });
}

function intensity(toks: readonly string[], i: number): number {
  const p1 = toks[i - 1] ?? "";
  const p2 = toks[i - 2] ?? "";
  if (INTENSIFIERS.has(p1)) return 1.3;
  if (DIMINISHERS.has(p1)) return 0.5;
  if (p2 === "a" && (p1 === "bit" || p1 === "little")) return 0.5;
  if (p1 === "of" && (p2 === "kind" || p2 === "sort")) return 0.5;
  return 1;
}

/** Sum of weights and number of sentiment hits in one sentence (clause markers kept). */
function scoreSentence(toks: readonly string[]): { sum: number; hits: number } {
  let contrast = -1;
  toks.forEach((w, k) => { if (CONTRASTS.has(w)) contrast = k; });
  let sum = 0;
  let hits = 0;
  let negatedThrough = -1;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!;
    if (w === CLAUSE) { negatedThrough = -1; continue; }
    const next = toks[i + 1] ?? "";
    let span = 1;
    let weight: number;
    let expected = false;
    const phrase = phraseAt(toks, i);
    if (phrase) [span, weight] = phrase;
    else if (isNegator(w)) {
      if (!CANCELS_NEGATION.has(next)) negatedThrough = i + NEGATION_SCOPE;
      continue;
    } else if (w === "again") {
      weight = isComingBack(toks, i) ? 1 : -0.5;
    } else if (REQUEST_VERBS.has(w) && REQUEST_MODALS.has(toks[i - 1] ?? "")) {
      weight = REQUEST_WEIGHT;
    } else if (w === "too" && TOO_WHAT.has(next)) {
      [span, weight] = [2, -1];
    } else if (RISE_WORDS.has(w) && lookBack(toks, i, 4, (p) => PRICE_WORDS.has(p))) {
      weight = -1;
    } else {
      const lw = LEXICON.get(w);
      if (lw !== undefined) weight = lw;
      else if (EXPECTED.has(w)) [weight, expected] = [0, true];
      else continue;
    }

    const negated = i <= negatedThrough;
    if (expected) {
      // Keeps the negation going: "didn't arrive on time" is also not on time.
      if (!negated) continue;
      weight = -1;
    } else {
      weight *= intensity(toks, i);
      if (weight > 0 && isWish(toks, i)) weight *= WISH_FACTOR;
      else if (negated) weight *= weight > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
      if (negated) negatedThrough = -1;
    }
    if (contrast >= 0) weight *= i < contrast ? BEFORE_CONTRAST : AFTER_CONTRAST;
    sum += weight;
    hits++;
    i += span - 1;
  }
  return { sum, hits };
}

/** Lexicon-based sentiment: a small built-in English lexicon of positive/negative words (~150 each, CX-relevant: late, slow, rude, broken, refund, waiting, failing, chase, again…; great, fast, easy, smooth, love, helpful, recommend…), handling simple negation ("not good", "never arrived", "no help" flips/negates the next 1-2 words) and intensifiers lightly. Returns the label plus a score in [-1, 1]. Neutral when |score| < 0.15 or no lexicon words. */
export function sentimentOf(text: string): { label: Sentiment; score: number } {
  const toks = lex(text);
  let sum = 0;
  let hits = 0;
  let start = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i < toks.length && toks[i] !== SENTENCE) continue;
    if (i > start) {
      const s = scoreSentence(toks.slice(start, i));
      sum += s.sum;
      hits += s.hits;
    }
    start = i + 1;
  }
  const head = typeof text === "string" ? text.slice(0, MAX_CHARS) : "";
  // Emoji are not words, so they are counted here; plain ASCII has none to look for.
  if (/[^\x00-\x7f]/.test(head)) {
    for (const ch of head) {
      if (POSITIVE_EMOJI.has(ch)) { sum += 1; hits++; }
      else if (NEGATIVE_EMOJI.has(ch)) { sum -= 1; hits++; }
    }
  }
  if (hits === 0) return { label: "neutral", score: 0 };
  const score = Math.round((1000 * sum) / Math.sqrt(sum * sum + ALPHA)) / 1000 + 0;
  const label: Sentiment = score >= NEUTRAL_BAND ? "positive" : score <= -NEUTRAL_BAND ? "negative" : "neutral";
  return { label, score };
}

// ---------------------------------------------------------------------------------------------
// Themes

const STOPWORDS = new Set(words(`
  a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can cannot could couldn't did didn't do does doesn't doing don't
  down during each even ever every few for from further get gets getting got had hadn't has hasn't
  have haven't having he her here hers herself him himself his how however i if in into is isn't it
  its itself just least less let like made make makes many may me might more most much must my myself
  never no nor not now of off on once one only or other others our ours ourselves out over own per
  quite rather really same she should shouldn't since so some still such than that the their theirs
  them themselves then there these they this those though through thus to too under until up upon us
  very via was wasn't way we well were weren't what when where which while who whom whose why will
  with within without won't would wouldn't yet you your yours yourself yourselves yes etc okay
  dont didnt doesnt isnt wasnt cant wont im ive youre thats theres lot lots bit thing things something
  anything everything nothing someone anyone everyone able always already another around back bit
  sure came come comes done go goes going gone keep keeps kept put said say says see seem seems
  take takes took tell told want wanted went whether
`));
// Praise and blame words name no topic: the sentiment column already says "good", so a theme
// should say what was good. They still count inside phrases ("great quality", "fast delivery").
const EVALUATIVE = new Set(words(`
  good great nice fine decent bad poor excellent amazing awesome fantastic brilliant perfect terrible
  awful horrible love loved loves happy unhappy best worst better worse lovely wonderful superb pleased
  satisfied disappointed thanks thank
`));
// Longer phrases replace their parts when they are in at least this share of the parts' comments.
const COVERAGE = 0.8;
const MAX_N = 3;
const MIN_SHARE = 0.02;

function isContentWord(t: string): boolean {
  if (t.length < 3 || STOPWORDS.has(t)) return false;
  if (/^\p{N}/u.test(t) || !/\p{L}/u.test(t)) return false;
  // Contractions are function words: "we're", "they'll", "you'd".
  return !/'(?:re|ve|ll|d|m|t)$/.test(t);
}

/** The comparable form of a content word: without possessive and plural, so "prices" finds "price". */
function stem(t: string): string {
  let k = t.endsWith("'s") ? t.slice(0, -2) : t;
  if (k.length > 4 && k.endsWith("ies")) k = `${k.slice(0, -3)}y`;
  else if (k.length > 4 && /(?:x|ch|sh|ss)es$/.test(k)) k = k.slice(0, -2);
  else if (k.length > 3 && k.endsWith("s") && !/(?:ss|us|is)$/.test(k)) k = k.slice(0, -1);
  return k;
}

// Function words, numbers and short words keep their own spelling, marked so they never equal a
// content word's key (they still match in themesIn for a caller's own phrase like "out of stock").
const NOT_CONTENT = "\u0001";
// Comments repeat the same few hundred words, so each word is classified once. Bounded: a flood of
// unique words (generated text) must not grow memory without end.
const keyCache = new Map<string, string>();
function keyOf(t: string): string {
  let k = keyCache.get(t);
  if (k === undefined) {
    k = isContentWord(t) ? stem(t) : `${NOT_CONTENT}${t}`;
    if (keyCache.size >= 50_000) keyCache.clear();
    keyCache.set(t, k);
  }
  return k;
}
const isContent = (key: string) => !key.startsWith(NOT_CONTENT);

interface Candidate { count: number; surfaces: Map<string, number> }

/** Recurring themes across comments: candidate phrases are unigrams and bigrams (and trigrams) of content words (a built-in English stopword list; drop numbers and 1-2 letter words); a phrase counts once per comment; prefer longer phrases when they cover (nearly) the same comments as their parts (e.g. "customer service" beats "customer" and "service" when those mostly occur together); keep phrases occurring in at least `minCount` comments (default 3) or 2% of comments, whichever is larger, up to `limit` (default 12), sorted by count desc then phrase asc. Deterministic. Must handle 5,000 comments in well under 100 ms. */
export function extractThemes(comments: readonly string[], opts?: { limit?: number; minCount?: number }): Theme[] {
  const total = Array.isArray(comments) ? comments.length : 0;
  const limitOpt = opts?.limit;
  const limit = limitOpt === undefined || Number.isNaN(limitOpt) ? 12 : Math.max(0, Math.floor(limitOpt));
  const minCountOpt = opts?.minCount;
  const minCount = minCountOpt === undefined || !Number.isFinite(minCountOpt) ? 3 : Math.max(1, Math.ceil(minCountOpt));
  if (total === 0 || limit === 0) return [];
  const threshold = Math.max(minCount, Math.ceil(MIN_SHARE * total));

  const candidates = new Map<string, Candidate>();
  const inComment = new Map<string, string>();
  for (const comment of comments) {
    inComment.clear();
    for (const seg of segments(comment)) {
      // Phrases are runs of adjacent content words; a function word, number or short word ends one.
      let run: string[] = [];
      let keys: string[] = [];
      const flush = () => {
        for (let i = 0; i < run.length; i++) {
          let key = keys[i]!;
          let surface = run[i]!;
          for (let n = 1; n <= MAX_N && i + n <= run.length; n++) {
            if (n > 1) {
              key += ` ${keys[i + n - 1]}`;
              surface += ` ${run[i + n - 1]}`;
            } else if (EVALUATIVE.has(surface)) continue;
            if (!inComment.has(key)) inComment.set(key, surface);
          }
        }
        run = [];
        keys = [];
      };
      for (const t of seg) {
        const key = keyOf(t);
        if (isContent(key)) {
          run.push(t);
          keys.push(key);
        } else if (run.length > 0) flush();
      }
      if (run.length > 0) flush();
    }
    for (const [key, surface] of inComment) {
      let c = candidates.get(key);
      if (!c) candidates.set(key, (c = { count: 0, surfaces: new Map() }));
      c.count++;
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    }
  }

  const kept = new Map<string, number>();
  for (const [key, c] of candidates) if (c.count >= threshold) kept.set(key, c.count);
  // Every comment with "customer service" also has "customer": when the longer phrase holds
  // nearly all of the part's comments, the part adds nothing and is dropped.
  const covered = new Set<string>();
  for (const [key, count] of kept) {
    const ks = key.split(" ");
    for (let n = 1; n < ks.length; n++) {
      for (let i = 0; i + n <= ks.length; i++) {
        const part = ks.slice(i, i + n).join(" ");
        const partCount = kept.get(part);
        if (partCount !== undefined && count >= COVERAGE * partCount) covered.add(part);
      }
    }
  }

  const themes: Theme[] = [];
  for (const [key, count] of kept) {
    if (covered.has(key)) continue;
    // Shown as the customers wrote it most often ("prices", not the key "price").
    let phrase = "";
    let best = -1;
    for (const [surface, n] of candidates.get(key)!.surfaces) {
      if (n > best || (n === best && surface < phrase)) [phrase, best] = [surface, n];
    }
    themes.push({ phrase, count, share: count / total });
  }
  // Code-unit order, not localeCompare: the same on every server and browser.
  themes.sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
  return themes.slice(0, limit);
}

// Keys joined with a separator that cannot occur in a word, so a substring test is a whole-word
// sequence match; runs between punctuation are kept apart by another.
const SEP = "\u0002";
const RUN_SEP = "\u0003";
// The same dozen themes are matched against every row of the table: tokenize each phrase once.
const needleCache = new Map<string, string>();
function needleOf(phrase: string): string {
  let needle = needleCache.get(phrase);
  if (needle === undefined) {
    const keys = tokenize(phrase).map(keyOf);
    needle = keys.length === 0 ? "" : `${SEP}${keys.join(SEP)}${SEP}`;
    if (needleCache.size >= 1_000) needleCache.clear();
    needleCache.set(phrase, needle);
  }
  return needle;
}

/** Which of the given theme phrases this comment contains (token sequence match, same tokenization), in the order given. */
export function themesIn(comment: string, themes: readonly Theme[]): string[] {
  if (!Array.isArray(themes) || themes.length === 0) return [];
  const haystack = segments(comment).map((seg) => `${SEP}${seg.map(keyOf).join(SEP)}${SEP}`).join(RUN_SEP);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const theme of themes) {
    const phrase = theme?.phrase;
    if (typeof phrase !== "string" || seen.has(phrase)) continue;
    const needle = needleOf(phrase);
    if (needle !== "" && haystack.includes(needle)) {
      out.push(phrase);
      seen.add(phrase);
    }
  }
  return out;
}
