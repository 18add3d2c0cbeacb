import { dateText } from "./encode";
import { hash, Rng, unit } from "./random";
import {
  buildCampaigns, buildProducts, CLASS_BIT, SEGMENTS, SOURCES, SURVEYS,
  type Campaign, type ConsentChannel, type Product, type SegmentKey, type SourceClass, type SourceKey,
  type Staff, type SurveyKey,
} from "./reference";
import { T, TABLES, type Row, type TableKey, type TableSpec } from "./tables";
import {
  CARRIERS, CITIES, COUNTRIES, DEVICES, EMAIL_DOMAINS, FAMILY, GIVEN, INDUSTRIES, NICKNAMES, ORG_NOUN,
  ORG_PREFIX, SEARCH_TERMS, STREET_TYPES, STREETS, STREETS_DE, STREETS_FR, STREETS_NL,
  type City, type Country,
} from "./words";

/** Receives generated rows; the loaders turn them into COPY lines or INSERT parameters. */
export interface RowSink {
  add(table: TableSpec, row: Row): void;
}

export interface GeneratorOptions {
  seed: number;
  /** End of the story, whole seconds since the epoch. */
  now: number;
  /**
   * The database clock, whole seconds: `party_stats.recent_complaints` keeps complaints of the 90
   * days before it, exactly as the triggers (which use now()) would.
   */
  wallNow: number;
  parties: number;
  /** Highest existing id per table; generated ids start above it. */
  base: Partial<Record<TableKey, number>>;
  sourceIds: Record<SourceKey, number>;
  staff: Staff[];
}

type Persona = "loyal" | "regular" | "unhappy" | "lapsed" | "prospect" | "business";
type Tier = "bronze" | "silver" | "gold" | "platinum";

const DAY = 86400;
const HOUR = 3600;
const MIN = 60;
const YEAR = 365 * DAY;
const TIERS: Tier[] = ["bronze", "silver", "gold", "platinum"];
/** Spend thresholds (US dollars, converted to local currency) for silver, gold, platinum. */
const TIER_SPEND = [300, 1000, 2500];
const CURRENCY_SYMBOL: Record<string, string> = { USD: "$", CAD: "CA$", AUD: "A$", GBP: "£", EUR: "€" };

interface Identity {
  i: number;
  id: number;
  org: boolean;
  country: Country;
  city: City;
  gender: string | null;
  given: string | null;
  family: string | null;
  orgName: string | null;
  domain: string | null;
  line1: string;
  line2: string | null;
  postal: string;
  created: number;
  persona: Persona;
}

interface OrderInfo {
  id: number;
  number: string;
  channel: "web" | "app" | "store" | "phone";
  at: number;
  total: number;
  status: string;
  promised: number | null;
  delivered: number | null;
  lateDays: number;
  returnedAt: number | null;
  paymentId: number | null;
  productIds: number[];
  lineTotals: number[];
}

interface CaseIntent {
  kind: "inquiry" | "complaint" | "request";
  category: "delivery" | "billing" | "product" | "account" | "returns" | "other";
  at: number;
  channel: "email" | "call" | "chat" | "sms" | "in_store" | "social_dm";
  subject: string;
  priority: "low" | "normal" | "high" | "urgent";
  order: OrderInfo | null;
  escalated: boolean;
}

interface CaseInfo extends CaseIntent {
  id: number;
  number: string;
  status: string;
  resolvedAt: number | null;
}

interface ConsentEv {
  purpose: string;
  channel: ConsentChannel;
  status: "granted" | "denied" | "withdrawn";
  at: number;
  source: number;
  evidence: string;
}

interface NpsFact {
  id: number;
  at: number;
  score: number;
}

function slug(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
}

function dots(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, ".").replace(/^\.|\.$/g, "");
}

function ageBand(age: number): string {
  if (age < 25) return "18-24";
  if (age < 35) return "25-34";
  if (age < 45) return "35-44";
  if (age < 55) return "45-54";
  if (age < 65) return "55-64";
  return "65+";
}

/** What one party's story sections hand to each other; one instance is reused for every party. */
class PartyState {
  i = 0;
  idn!: Identity;
  id = 0;
  dupIdx = -1;
  householdIdx = -1;
  employerIdx = -1;
  erased = false;
  created = 0;
  persona: Persona = "regular";
  merged = false;
  mergedAt: number | null = null;
  erasureAt: number | null = null;
  erasureDone: number | null = null;
  /** Activity stops here: at erasure or merge, otherwise now. */
  end = 0;
  city!: City;
  line1 = "";
  line2: string | null = null;
  postal = "";
  given: string | null = null;
  family: string | null = null;
  gender: string | null = null;
  homeCountry!: Country;
  cur = "USD";
  fxLocal = 1;
  partySource = 0;
  displayName = "";
  hasEmail = false;
  hasPhone = false;
  hasAddress = false;
  primaryEmail: string | null = null;
  socialHandle: { network: string; handle: string } | null = null;
  pii = true;
  joiner = -1;
  appPlatform: "ios" | "android" | null = null;
  webAccount = false;
  orders: OrderInfo[] = [];
  interactionTimes: number[] = [];
  favCats: number[] = [];
  cases: CaseInfo[] = [];
  current = new Map<string, { ev: ConsentEv; id: number }>();
  complaintTimes: number[] = [];
  nps: NpsFact[] = [];
  tier: Tier | null = null;
  tierSince = 0;
  subscriptionCancelled = false;
}

const countryWeights = COUNTRIES.map((c) => c.weight);
/** Standard-time UTC offsets in hours, close enough to put activity in local daytime. */
const UTC_OFFSET: Record<string, number> = {
  "America/New_York": -5, "America/Toronto": -5, "America/Chicago": -6, "America/Denver": -7, "America/Edmonton": -7,
  "America/Phoenix": -7, "America/Los_Angeles": -8, "America/Vancouver": -8, "Europe/London": 0, "Europe/Dublin": 0,
  "Europe/Berlin": 1, "Europe/Paris": 1, "Europe/Amsterdam": 1, "Australia/Sydney": 10, "Australia/Melbourne": 10,
  "Australia/Brisbane": 10, "Australia/Perth": 8,
};
const citiesByCountry = new Map<string, City[]>(COUNTRIES.map((c) => [c.code, CITIES.filter((x) => x.country === c.code)]));
const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

export class DemoGenerator {
  readonly seed: number;
  readonly now: number;
  readonly start: number;
  readonly wallNow: number;
  readonly parties: number;
  readonly products: Product[];
  readonly campaigns: Campaign[];
  readonly surveyIds: Record<SurveyKey, number>;
  readonly segmentIds: Record<SegmentKey, number>;
  readonly segmentCounts: Record<SegmentKey, number>;
  readonly src: Record<SourceKey, number>;
  private readonly srcBit = new Map<number, number>();
  private readonly staff: Staff[];
  private readonly agents: Staff[];
  private readonly agentWeights: number[];
  private readonly followUpStaff: Staff[];
  private readonly byEmail = new Map<string, Staff>();
  private readonly ids: number[];
  private readonly rng: Rng;
  private readonly irng: Rng;
  private readonly identityCache = new Map<number, Identity>();
  private readonly productsByCategory: Product[][];
  private readonly disabledAt: number;
  private readonly productById = new Map<number, Product>();
  // Per-party accumulators, reset at the start of each party.
  private refundsTotal = 0;
  private readonly contactSources: number[] = [];
  private readonly state = new PartyState();

  constructor(private readonly o: GeneratorOptions) {
    this.seed = o.seed >>> 0;
    this.now = o.now;
    this.start = o.now - 3 * YEAR;
    this.wallNow = o.wallNow;
    this.parties = o.parties;
    this.src = o.sourceIds;
    for (const s of SOURCES) this.srcBit.set(o.sourceIds[s.key], CLASS_BIT[s.class as SourceClass]);
    this.staff = o.staff;
    for (const s of o.staff) this.byEmail.set(s.email, s);
    this.agents = o.staff.filter((s) => s.role === "support_agent" || s.role === "cx_manager");
    this.agentWeights = this.agents.map((s) => (s.email === "agent@example.com" ? 5 : s.role === "cx_manager" ? 0.4 : 2));
    this.followUpStaff = o.staff.filter((s) => (s.role === "cx_manager" || s.role === "support_agent") && !s.disabled);
    this.disabledAt = this.now - 120 * DAY;
    this.ids = TABLES.map((t) => o.base[keyOf(t)] ?? 0);
    const ref = new Rng(hash(this.seed, 0x5eed, 1));
    this.products = buildProducts(ref, o.base.product ?? 0);
    this.campaigns = buildCampaigns(ref, o.base.campaign ?? 0, this.start, this.now);
    this.productsByCategory = [];
    for (const p of this.products) {
      (this.productsByCategory[p.categoryIndex] ??= []).push(p);
      this.productById.set(p.id, p);
    }
    const surveyBase = o.base.survey ?? 0;
    this.surveyIds = Object.fromEntries(SURVEYS.map((s, k) => [s.key, surveyBase + k + 1])) as Record<SurveyKey, number>;
    const segmentBase = o.base.segment ?? 0;
    this.segmentIds = Object.fromEntries(SEGMENTS.map((s, k) => [s.key, segmentBase + k + 1])) as Record<SegmentKey, number>;
    this.segmentCounts = Object.fromEntries(SEGMENTS.map((s) => [s.key, 0])) as Record<SegmentKey, number>;
    this.rng = new Rng(1);
    this.irng = new Rng(1);
  }

  private nextId(t: TableSpec): number {
    return ++this.ids[t.index]!;
  }

  staffBy(email: string): Staff | undefined {
    return this.byEmail.get(email);
  }

  // ---------------------------------------------------------------------------------------------
  // Reference rows

  reference(sink: RowSink): void {
    for (const p of this.products) {
      sink.add(T.product, [p.id, p.sku, p.name, p.category, p.brand, p.price, "USD"]);
    }
    for (const c of this.campaigns) {
      sink.add(T.campaign, [c.id, c.name, c.channel, "marketing", c.start, c.end, c.start - 10 * DAY]);
    }
    SURVEYS.forEach((s) => {
      sink.add(T.survey, [this.surveyIds[s.key], s.name, s.kind, s.touchpoint, this.start - 30 * DAY]);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Pure per-index facts, so related parties (households, employers, duplicates, referrals) agree
  // without being generated together.

  private h(i: number, salt: number): number {
    return unit(hash(this.seed, i, salt));
  }

  isOrg(i: number): boolean {
    return this.h(i, 1) < 0.083;
  }

  private isDupCandidate(i: number): boolean {
    return this.h(i, 4) < 0.03;
  }

  /**
   * Index of the party this one duplicates (the one just before it), or -1. Duplicates and
   * household members are decided from raw per-index flags so the rules never recurse, and an
   * original is never itself a household member (whose address would be the head's).
   */
  dupOf(i: number): number {
    if (i <= 0 || this.isOrg(i) || this.isOrg(i - 1) || !this.isDupCandidate(i)) return -1;
    if (this.isDupCandidate(i - 1) || this.isHouseholdCandidate(i - 1)) return -1;
    return i - 1;
  }

  private isHouseholdCandidate(i: number): boolean {
    return this.h(i, 3) < 0.1;
  }

  /** Index of the household head this person joined, or -1. */
  householdOf(i: number): number {
    if (i <= 0 || this.isOrg(i) || this.isOrg(i - 1) || !this.isHouseholdCandidate(i)) return -1;
    if (this.isHouseholdCandidate(i - 1) || this.isDupCandidate(i) || this.isDupCandidate(i - 1)) return -1;
    return i - 1;
  }

  employerOf(i: number): number {
    if (this.isOrg(i) || this.h(i, 2) >= 0.18 || this.dupOf(i) >= 0) return -1;
    for (let j = i - 1; j >= 0 && j >= i - 40; j--) if (this.isOrg(j)) return j;
    return -1;
  }

  erased(i: number): boolean {
    return !this.isOrg(i) && this.h(i, 10) < 0.002 && this.dupOf(i) < 0 && this.dupOf(i + 1) < 0;
  }

  persona(i: number): Persona {
    if (this.isOrg(i)) return "business";
    const u = this.h(i, 5);
    if (u < 0.22) return "loyal";
    if (u < 0.55) return "regular";
    if (u < 0.67) return "unhappy";
    if (u < 0.82) return "lapsed";
    return "prospect";
  }

  created(i: number): number {
    const dup = this.dupOf(i);
    if (dup >= 0) {
      const orig = this.created(dup);
      return Math.floor(orig + (this.now - orig) * (0.1 + 0.8 * this.h(i, 8)));
    }
    // More sign-ups recently than three years ago.
    return Math.floor(this.start + (this.now - 2 * DAY - this.start) * Math.pow(this.h(i, 8), 0.75));
  }

  /** Index of the promoter who referred this party, or -1. */
  referrerOf(j: number): number {
    if (this.isOrg(j) || this.h(j, 6) >= 0.05 || this.dupOf(j) >= 0) return -1;
    const r = j - 1 - Math.floor(this.h(j, 7) * 40);
    if (r < 0 || this.isOrg(r) || this.dupOf(r) >= 0 || this.erased(r) || this.persona(r) !== "loyal") return -1;
    if (this.created(r) + 30 * DAY > this.created(j)) return -1;
    return r;
  }

  partyId(i: number): number {
    return (this.o.base.party ?? 0) + i + 1;
  }

  identity(i: number): Identity {
    const cached = this.identityCache.get(i);
    if (cached) return cached;
    const r = this.irng;
    r.reseed(hash(this.seed, i, 101));
    const org = this.isOrg(i);
    const country = r.weighted(COUNTRIES, countryWeights);
    const city = r.pick(citiesByCountry.get(country.code)!);
    let gender: string | null = null;
    let given: string | null = null;
    let family: string | null = null;
    let orgName: string | null = null;
    let domain: string | null = null;
    if (org) {
      const noun = r.pick(ORG_NOUN);
      const lead = r.chance(0.3) ? r.pick(FAMILY[country.names]) : r.pick(ORG_PREFIX);
      orgName = `${lead} ${noun} ${country.orgSuffix}`;
      domain = `${slug(lead)}-${slug(noun)}.example`;
    } else {
      const g = r.next();
      gender = g < 0.49 ? "female" : g < 0.97 ? "male" : g < 0.985 ? "non_binary" : "undisclosed";
      const names = GIVEN[country.names];
      given = r.pick(gender === "female" ? names.female : gender === "male" ? names.male : r.chance(0.5) ? names.female : names.male);
      family = r.pick(FAMILY[country.names]);
    }
    const no = r.int(1, 240);
    let line1: string;
    switch (country.code) {
      case "DE":
        line1 = `${r.pick(STREETS_DE)}${r.pick(["straße", "weg", "gasse", "allee"])} ${no}`;
        break;
      case "FR":
        line1 = `${no} ${r.pick(["rue", "avenue", "boulevard"])} ${r.pick(STREETS_FR)}`;
        break;
      case "NL":
        line1 = `${r.pick(STREETS_NL)} ${no}`;
        break;
      default:
        line1 = `${no} ${r.pick(STREETS)} ${r.pick(STREET_TYPES[country.code]!)}`;
    }
    const line2 = r.chance(0.15)
      ? country.code === "DE" ? `${r.int(1, 5)}. OG` : country.code === "FR" ? `Bâtiment ${r.pick(["A", "B", "C"])}` : country.code === "NL" ? null : `${country.code === "US" || country.code === "CA" ? "Apt" : "Flat"} ${r.int(1, 30)}${r.pick(["", "A", "B"])}`
      : null;
    const postal = this.postalCode(r, country.code, city);
    const ident: Identity = {
      i, id: this.partyId(i), org, country, city, gender, given, family, orgName, domain, line1, line2, postal,
      created: this.created(i), persona: this.persona(i),
    };
    if (this.identityCache.size > 512) this.identityCache.clear();
    this.identityCache.set(i, ident);
    return ident;
  }

  private postalCode(r: Rng, country: string, city: City): string {
    const stem = r.pick(city.postal.split("|"));
    const d = () => String(r.int(0, 9));
    const l = () => LETTERS[r.int(0, LETTERS.length - 1)]!;
    switch (country) {
      case "US":
        return stem + d() + d();
      case "GB":
        return `${stem} ${d()}${l()}${l()}`;
      case "CA":
        return `${stem} ${d()}${l()}${d()}`;
      case "DE":
        return stem + d() + d() + d();
      case "FR":
        return stem + String(r.int(1, 20)).padStart(2, "0");
      case "NL":
        return `${stem}${d()}${d()} ${l()}${l()}`;
      case "AU":
        return stem + d() + d();
      default:
        return `${stem} ${l()}${d()}${d()}${l()}`;
    }
  }

  /** A phone number unique per (party index, slot), as E.164 and as someone typed it. */
  private phone(i: number, slot: number, city: City, style: number, avoidStyle = -1): { e164: string; raw: string } {
    const pick = (formats: string[]) => {
      let k = style % formats.length;
      if (k === avoidStyle % formats.length) k = (k + 1) % formats.length;
      return formats[k]!;
    };
    const n = ((i * 4 + slot) * 7368787) % 100000000;
    const s8 = String(n).padStart(8, "0");
    const a = city.area;
    switch (city.country) {
      case "US":
      case "CA": {
        const m = n % 8000000;
        const x = String(200 + Math.floor(m / 10000));
        const line = String(m % 10000).padStart(4, "0");
        const formats = [
          `(${a}) ${x}-${line}`, `+1 ${a} ${x} ${line}`, `${a}.${x}.${line}`, `${a}-${x}-${line}`,
          `+1-${a}-${x}-${line}`, `1 (${a}) ${x}-${line}`, `${a}${x}${line}`, `+1${a}${x}${line}`,
        ];
        return { e164: `+1${a}${x}${line}`, raw: pick(formats) };
      }
      case "GB": {
        const six = s8.slice(2);
        const formats = [`0${a} ${six}`, `+44 ${a} ${six}`, `+44${a}${six}`, `+44 (0)${a} ${six.slice(0, 3)} ${six.slice(3)}`, `0${a}${six}`];
        return { e164: `+44${a}${six}`, raw: pick(formats) };
      }
      case "DE": {
        const formats = [`0${a} ${s8}`, `+49 ${a} ${s8}`, `+49 (0)${a} ${s8.slice(0, 4)} ${s8.slice(4)}`, `0${a}/${s8}`];
        return { e164: `+49${a}${s8}`, raw: pick(formats) };
      }
      case "FR": {
        const p = s8.match(/../g)!.join(" ");
        const formats = [`0${a} ${p}`, `+33 ${a} ${p}`, `0${a}${s8}`, `+33${a}${s8}`];
        return { e164: `+33${a}${s8}`, raw: pick(formats) };
      }
      case "NL": {
        const formats = [`0${a}-${s8}`, `+31 ${a} ${s8}`, `0${a} ${s8.slice(0, 4)} ${s8.slice(4)}`, `+31${a}${s8}`];
        return { e164: `+31${a}${s8}`, raw: pick(formats) };
      }
      case "AU": {
        const formats = [`0${a}${s8.slice(0, 2)} ${s8.slice(2, 5)} ${s8.slice(5)}`, `+61 ${a}${s8.slice(0, 2)} ${s8.slice(2, 5)} ${s8.slice(5)}`, `+61${a}${s8}`];
        return { e164: `+61${a}${s8}`, raw: pick(formats) };
      }
      default: {
        const s7 = s8.slice(1);
        const formats = [`0${a} ${s7.slice(0, 3)} ${s7.slice(3)}`, `+353 ${a} ${s7.slice(0, 3)} ${s7.slice(3)}`, `0${a}${s7}`];
        return { e164: `+353${a}${s7}`, raw: pick(formats) };
      }
    }
  }

  private pickAgent(t: number): Staff {
    const r = this.rng;
    for (;;) {
      const s = r.weighted(this.agents, this.agentWeights);
      if (!s.disabled || t < this.disabledAt) return s;
    }
  }

  /**
   * Moves a time to between 08:00 and 22:00 local time on the same local day (never past
   * `limit`), so store visits and calls do not happen at 3 am. Uses the seconds already drawn.
   */
  private daytime(t: number, city: City, limit: number): number {
    const offset = (UTC_OFFSET[city.timeZone] ?? 0) * HOUR;
    const local = t + offset;
    const day = Math.floor(local / DAY);
    const moved = day * DAY + 8 * HOUR + ((local - day * DAY) % (14 * HOUR)) - offset;
    return moved <= limit ? moved : t;
  }

  private money(minor: number, currency: string): string {
    return `${CURRENCY_SYMBOL[currency] ?? ""}${(minor / 100).toFixed(2)}`;
  }

  // ---------------------------------------------------------------------------------------------
  // One party's whole story.

  party(i: number, sink: RowSink): void {
    const p = this.state;
    p.i = i;
    this.pSetup(p);
    this.pContacts(p, sink);
    this.pRelations(p, sink);
    this.pAccounts(p, sink);
    this.pDemographics(p, sink);
    this.pOrders(p, sink);
    this.pCases(p, sink);
    this.pConsent(p, sink);
    this.pBehaviour(p, sink);
    this.pFeedback(p, sink);
    this.pMembership(p, sink);
    this.pReferrals(p, sink);
    this.pPrivacy(p, sink);
    this.pDerived(p, sink);
  }

  private pSetup(p: PartyState): void {
    const r = this.rng;
    const now = this.now;
    const i = p.i;
    r.reseed(hash(this.seed, i, 9));
    this.refundsTotal = 0;
    this.contactSources.length = 0;
    const idn = this.identity(i);
    const id = idn.id;
    const dupIdx = this.dupOf(i);
    const householdIdx = this.householdOf(i);
    const employerIdx = this.employerOf(i);
    const erased = this.erased(i);
    const created = idn.created;
    let persona = idn.persona;
    if (persona === "lapsed" && now - created < 450 * DAY) persona = "regular";
    const merged = dupIdx >= 0 && r.chance(0.25);
    const mergedAt = merged ? Math.min(now - HOUR, created + r.int(10, 60) * DAY) : null;
    const erasureAt = erased ? Math.floor(created + 60 * DAY + r.next() * Math.max(DAY, now - 40 * DAY - created - 60 * DAY)) : null;
    const erasureDone = erasureAt !== null ? erasureAt + r.int(5, 25) * DAY : null;
    /** Activity stops here: at erasure or merge, otherwise now. */
    const end = erasureAt ?? mergedAt ?? now;

    // Household members and duplicates share the head's / original's identity details.
    let city = idn.city;
    let line1 = idn.line1;
    let line2 = idn.line2;
    let postal = idn.postal;
    let given = idn.given;
    let family = idn.family;
    let gender = idn.gender;
    let homeCountry = idn.country;
    if (householdIdx >= 0) {
      const head = this.identity(householdIdx);
      city = head.city;
      line1 = head.line1;
      line2 = head.line2;
      postal = head.postal;
      homeCountry = head.country;
      if (r.chance(0.7)) family = head.family;
    } else if (dupIdx >= 0) {
      const orig = this.identity(dupIdx);
      city = orig.city;
      line1 = r.chance(0.5) ? orig.line1.replace(/\bStreet\b/, "St").replace(/\bAvenue\b/, "Ave").replace(/straße/, "str.") : orig.line1;
      line2 = orig.line2;
      postal = orig.postal;
      homeCountry = orig.country;
      given = r.chance(0.4) && orig.given && NICKNAMES[orig.given] ? NICKNAMES[orig.given]! : orig.given;
      family = orig.family;
      gender = orig.gender;
    }
    const cur = homeCountry.currency;
    const fxLocal = homeCountry.fx;

    const partySource = this.partySourceOf(i);

    const displayName = erased
      ? `Erased customer ${id}`
      : idn.org ? idn.orgName! : `${given} ${family}`;
    p.idn = idn;
    p.id = id;
    p.dupIdx = dupIdx;
    p.householdIdx = householdIdx;
    p.employerIdx = employerIdx;
    p.erased = erased;
    p.created = created;
    p.persona = persona;
    p.merged = merged;
    p.mergedAt = mergedAt;
    p.erasureAt = erasureAt;
    p.erasureDone = erasureDone;
    p.end = end;
    p.city = city;
    p.line1 = line1;
    p.line2 = line2;
    p.postal = postal;
    p.given = given;
    p.family = family;
    p.gender = gender;
    p.homeCountry = homeCountry;
    p.cur = cur;
    p.fxLocal = fxLocal;
    p.partySource = partySource;
    p.displayName = displayName;
  }

  private pContacts(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const i = p.i;
    const { idn, id, dupIdx, employerIdx, erased, created, city, line1, line2, postal, given, family, homeCountry, partySource } = p;
    // --- Contact points ------------------------------------------------------------------------
    let hasEmail = false;
    let hasPhone = false;
    let hasAddress = false;
    let primaryEmail: string | null = null;
    let socialHandle: { network: string; handle: string } | null = null;
    const pii = !erased;
    const capturedAt = created;
    if (pii) {
      const emailSource = partySource;
      if (idn.org) {
        const addr = `${r.pick(["info", "hello", "office", "accounts", "orders"])}@${idn.domain}`;
        this.contact(sink, T.email, id, "work", true, created, partySource, r.chance(0.7), [addr]);
        hasEmail = true;
        primaryEmail = addr;
        if (r.chance(0.4)) this.contact(sink, T.email, id, "work", false, created + r.int(1, 200) * DAY, partySource, false, [`billing@${idn.domain}`]);
      } else if (r.chance(dupIdx >= 0 ? 0.95 : partySource === this.src.pos ? 0.7 : 0.9)) {
        const g = dots(given ?? "x");
        const f = dots(family ?? "y");
        const style = r.int(0, 6);
        const num = String((id * 37) % 100);
        const local = [`${g}.${f}`, `${g}${f}`, `${g[0]}${f}`, `${g}.${f}${num}`, `${g}_${f}${num}`, `${f}.${g}`, `${g}${num}`][style]!;
        const addr = `${local}@${r.pick(EMAIL_DOMAINS)}`;
        const verified = r.chance(0.75);
        // A few people changed address: the old one is kept with an end date.
        if (r.chance(0.06) && now - created > 200 * DAY) {
          const changedAt = created + r.int(60, Math.floor((now - created) / DAY) - 1) * DAY;
          const oldLocal = `${g}${f}${String((id * 13) % 1000)}`;
          this.contactRow(sink, T.email, id, "home", false, created, created, changedAt, emailSource, created, [`${oldLocal}@${r.pick(EMAIL_DOMAINS)}`]);
          this.contactRow(sink, T.email, id, "home", true, verified ? changedAt + HOUR : null, changedAt, null, this.src.preference_centre, changedAt, [addr]);
        } else {
          this.contact(sink, T.email, id, "home", true, capturedAt, emailSource, verified, [addr]);
        }
        hasEmail = true;
        primaryEmail = addr;
        if (employerIdx >= 0 && r.chance(0.6)) {
          const emp = this.identity(employerIdx);
          const at = Math.max(created, emp.created) + r.int(1, 90) * DAY;
          if (at < now) {
            this.contact(sink, T.email, id, "work", false, at, this.src.crm_import, r.chance(0.5), [`${g}.${f}@${emp.domain}`]);
          }
        } else if (r.chance(0.12)) {
          const at = created + Math.floor(r.next() * (now - created));
          this.contact(sink, T.email, id, "other", false, at, this.src.shop, false, [`${g}${r.int(1, 99)}@${r.pick(EMAIL_DOMAINS)}`]);
        }
      }
      // Phones: the duplicate record has the same number typed differently.
      const phoneIdx = dupIdx >= 0 ? dupIdx : i;
      if (r.chance(idn.org ? 0.95 : dupIdx >= 0 ? 0.8 : 0.75)) {
        // The original's format is a pure function of its index, so the duplicate can avoid it.
        const style = Math.floor(this.h(phoneIdx, 21) * 8);
        const p = dupIdx >= 0 ? this.phone(phoneIdx, 0, city, r.int(0, 7), style) : this.phone(i, 0, city, style);
        this.contact(sink, T.phone, id, idn.org ? "work" : "mobile", true, created, partySource, r.chance(0.5), [p.e164, p.raw]);
        hasPhone = true;
      }
      if (r.chance(0.18)) {
        const p = this.phone(i, 1, city, r.int(0, 7));
        const src = r.chance(0.4) ? this.src.enrichment : this.src.service_desk;
        this.contact(sink, T.phone, id, idn.org ? "work" : r.chance(0.5) ? "home" : "work", !hasPhone, created + r.int(1, 300) * DAY, src, false, [p.e164, p.raw]);
        hasPhone = true;
      }
      // Postal addresses.
      if (r.chance(idn.org ? 1 : 0.85)) {
        const kind = idn.org ? "work" : "home";
        this.contact(sink, T.postalAddress, id, idn.org ? "work" : "home", true, created, partySource, r.chance(0.6),
          [kind, line1, line2, city.name, city.region, postal, homeCountry.code]);
        hasAddress = true;
        if (idn.org && r.chance(0.4)) {
          this.contact(sink, T.postalAddress, id, "work", false, created, partySource, true,
            ["billing", `PO Box ${r.int(100, 9999)}`, null, city.name, city.region, postal, homeCountry.code]);
        }
      }
      if (!idn.org && r.chance(0.2)) {
        // A delivery address: work place, a relative, a parcel locker.
        const other = this.identity((i * 7 + 3) % Math.max(1, this.parties));
        const sameCountry = other.country.code === homeCountry.code;
        const c2 = sameCountry ? other.city : city;
        const src = r.chance(0.7) ? this.src.shop : this.src.preference_centre;
        this.contact(sink, T.postalAddress, id, "other", !hasAddress, created + r.int(1, 400) * DAY, src, false,
          ["delivery", sameCountry ? other.line1 : line1, r.chance(0.3) ? "c/o reception" : null, c2.name, c2.region, sameCountry ? other.postal : postal, homeCountry.code]);
        hasAddress = true;
      }
      if (!idn.org && r.chance(0.1)) {
        // Third-party enrichment supplied an address too (sometimes an outdated one).
        const old = this.identity((i * 11 + 5) % Math.max(1, this.parties));
        const c2 = old.country.code === homeCountry.code ? old.city : city;
        this.contactRow(sink, T.postalAddress, id, "home", false, null, created - r.int(200, 900) * DAY, r.chance(0.6) ? created : null,
          this.src.enrichment, created + r.int(1, 30) * DAY,
          ["home", old.country.code === homeCountry.code ? old.line1 : line1, null, c2.name, c2.region, old.country.code === homeCountry.code ? old.postal : postal, homeCountry.code]);
      }
      // Social profiles.
      if (r.chance(idn.org ? 0.6 : 0.35)) {
        const network = idn.org ? r.pick(["linkedin", "instagram", "facebook"]) : r.pick(["instagram", "x", "tiktok", "facebook", "youtube", "linkedin"]);
        const handle = idn.org ? slug(idn.orgName!).slice(0, 20) : `${slug(given ?? "")}${r.chance(0.5) ? "_" : ""}${slug(family ?? "").slice(0, 8)}${r.chance(0.6) ? String(r.int(1, 99)) : ""}`;
        const src = r.chance(0.5) ? this.src.social_listening : this.src.web_form;
        this.contact(sink, T.socialProfile, id, "other", true, created + r.int(0, 200) * DAY, src, false,
          [network, handle, `https://${network === "x" ? "x.com" : `${network}.com`}/${handle}`]);
        socialHandle = { network, handle };
        if (r.chance(0.2)) {
          const n2 = network === "linkedin" ? "instagram" : "linkedin";
          this.contact(sink, T.socialProfile, id, "other", false, created + r.int(0, 400) * DAY, this.src.social_listening, false,
            [n2, handle, `https://${n2}.com/${handle}`]);
        }
      }
    }
    p.hasEmail = hasEmail;
    p.hasPhone = hasPhone;
    p.hasAddress = hasAddress;
    p.primaryEmail = primaryEmail;
    p.socialHandle = socialHandle;
    p.pii = pii;
  }

  private pRelations(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const i = p.i;
    const { idn, id, dupIdx, householdIdx, employerIdx, created, partySource, pii } = p;
    // --- Relationships and identifiers -------------------------------------------------------------
    if (householdIdx >= 0) {
      const headId = this.partyId(householdIdx);
      const since = Math.max(created, this.created(householdIdx));
      const title = r.pick(["Partner", "Spouse", "Adult child", "Flatmate", null]);
      sink.add(T.partyRelationship, [id, this.nextId(T.partyRelationship), headId, "household_member", title, since, null, this.src.crm_import]);
    }
    const joiner = i + 1 < this.parties && this.householdOf(i + 1) === i ? i + 1 : -1;
    if (joiner >= 0) {
      const since = Math.max(created, this.created(joiner));
      sink.add(T.partyRelationship, [id, this.nextId(T.partyRelationship), this.partyId(joiner), "household_member", null, since, null, this.src.crm_import]);
    }
    if (employerIdx >= 0) {
      const since = Math.max(created, this.created(employerIdx));
      const title = r.pick(["Office Manager", "Procurement Lead", "Founder", "Operations Director", "Buyer", "Account Executive", "Facilities Coordinator", "Owner"]);
      const ended = r.chance(0.1) && now - since > 300 * DAY ? since + r.int(100, Math.floor((now - since) / DAY) - 1) * DAY : null;
      sink.add(T.partyRelationship, [id, this.nextId(T.partyRelationship), this.partyId(employerIdx), "employee_of", title, since, ended, this.src.crm_import]);
    }
    if (idn.org && r.chance(0.15)) {
      // Partner organizations: the one just before this one, if it is also an organization.
      for (let j = i - 1; j >= 0 && j >= i - 60; j--) {
        if (this.isOrg(j)) {
          sink.add(T.partyRelationship, [id, this.nextId(T.partyRelationship), this.partyId(j), "partner_of", "Reseller", Math.max(created, this.created(j)), null, this.src.crm_import]);
          break;
        }
      }
    }
    if (dupIdx < 0 || r.chance(0.5)) {
      if (partySource === this.src.crm_import || r.chance(0.25)) {
        sink.add(T.externalId, [id, this.nextId(T.externalId), this.src.crm_import, "crm", `CRM-${String(1000000 + id * 3)}`, created]);
      }
    }
    if (partySource === this.src.partner_retail || partySource === this.src.partner_loyalty) {
      sink.add(T.externalId, [id, this.nextId(T.externalId), partySource, partySource === this.src.partner_retail ? "partner_retail" : "partner_loyalty", `P${(id * 7919) % 100000000}`, created]);
    }
    if (partySource === this.src.list_broker || (pii && r.chance(0.12))) {
      sink.add(T.externalId, [id, this.nextId(T.externalId), this.src.enrichment, "enrichment_vendor", `ENR-${(hash(this.seed, id, 77) >>> 0).toString(16).toUpperCase()}`, created + DAY]);
    }
    p.joiner = joiner;
  }

  private pAccounts(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const { idn, id, created, persona, merged, end, given, partySource, primaryEmail, pii } = p;
    // --- Accounts on our own platforms ---------------------------------------------------------
    const lastSeenBase = persona === "lapsed" ? created + Math.floor((end - created) * 0.4) : end;
    let appPlatform: "ios" | "android" | null = null;
    let webAccount = false;
    if (pii && !merged) {
      if (r.chance(idn.org ? 0.5 : persona === "prospect" ? 0.3 : 0.6)) {
        webAccount = true;
        const uname = primaryEmail ?? `${slug(given ?? idn.orgName ?? "user")}${id}`;
        const last = Math.max(created, lastSeenBase - r.int(0, 60) * DAY - r.int(0, DAY));
        sink.add(T.userAccount, [id, this.nextId(T.userAccount), "web", uname, created, r.chance(0.95) ? last : null]);
        sink.add(T.externalId, [id, this.nextId(T.externalId), this.src.shop, "shop", `SHOP-${(id * 2654435761 % 4294967296).toString(36).toUpperCase()}`, created]);
      }
      if (!idn.org && r.chance(partySource === this.src.mobile_app ? 1 : 0.22)) {
        appPlatform = r.chance(0.55) ? "ios" : "android";
        const at = partySource === this.src.mobile_app ? created : created + r.int(0, Math.max(0, Math.floor((end - created) / DAY))) * DAY;
        const uname = `${slug(given ?? "user")}${(id % 997) + 1}`;
        sink.add(T.userAccount, [id, this.nextId(T.userAccount), appPlatform, uname, Math.min(at, end), Math.max(at, lastSeenBase - r.int(0, 30) * DAY)]);
      }
    }
    p.appPlatform = appPlatform;
    p.webAccount = webAccount;
  }

  private pDemographics(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const { idn, id, householdIdx, created, persona, merged, city, gender, homeCountry, partySource, pii, joiner } = p;
    // --- Demographics ------------------------------------------------------------------------------
    if (pii && !merged) {
      const prov: Record<string, number> = {};
      const base = partySource;
      let birth: string | null = null;
      let band: string | null = null;
      let income: string | null = null;
      let marital: string | null = null;
      let industry: string | null = null;
      let size: string | null = null;
      let g: string | null = null;
      if (idn.org) {
        industry = r.pick(INDUSTRIES);
        size = r.weighted(["1-10", "11-50", "51-200", "201-1000", "1000+"], [40, 30, 15, 10, 5]);
        const s = r.chance(0.6) ? this.src.enrichment : base;
        prov.industry = s;
        prov.company_size = s;
      } else {
        if (r.chance(0.65)) {
          const age = Math.max(18, Math.min(88, Math.round(42 + r.normal() * 14)));
          const born = now - age * YEAR - r.int(0, 364) * DAY;
          birth = dateText(born);
          band = ageBand(age);
          prov.birth_date = r.chance(0.3) ? this.src.style_quiz : base;
          prov.age_band = prov.birth_date;
        } else if (r.chance(0.5)) {
          band = r.pick(["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]);
          prov.age_band = this.src.enrichment;
        }
        if (gender && r.chance(0.8)) {
          g = gender;
          prov.gender = r.chance(0.4) ? this.src.style_quiz : base;
        }
        if (r.chance(0.4)) {
          income = r.weighted(["low", "lower_middle", "middle", "upper_middle", "high"], persona === "loyal" ? [5, 15, 35, 30, 15] : [15, 25, 35, 18, 7]);
          prov.income_band = this.src.enrichment;
        }
        if (r.chance(0.35)) {
          marital = householdIdx >= 0 || joiner >= 0 ? r.pick(["married", "partnered"]) : r.pick(["single", "married", "partnered", "divorced", "widowed"]);
          prov.marital_status = r.chance(0.7) ? this.src.enrichment : this.src.partner_loyalty;
        }
      }
      prov.language = base;
      prov.time_zone = base;
      sink.add(T.demographics, [
        id, birth, band, g, income, marital, homeCountry.language, city.timeZone, industry, size, JSON.stringify(prov), created + r.int(0, 30) * DAY,
      ]);
    }

  }

  private pOrders(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const { idn, id, dupIdx, created, persona, merged, end, city, cur, fxLocal, hasEmail, hasPhone, appPlatform } = p;
    // --- Orders ------------------------------------------------------------------------------------
    const orders: OrderInfo[] = [];
    const interactionTimes: number[] = [];
    const favCats = [r.int(0, this.productsByCategory.length - 1), r.int(0, this.productsByCategory.length - 1)];
    let nOrders = 0;
    if (!merged) {
      switch (persona) {
        case "loyal": nOrders = r.int(4, 9); break;
        case "regular": nOrders = r.int(1, 4); break;
        case "unhappy": nOrders = r.int(2, 4); break;
        case "lapsed": nOrders = r.int(1, 3); break;
        case "prospect": nOrders = r.chance(0.08) ? 1 : 0; break;
        case "business": nOrders = r.int(3, 8); break;
      }
      if (dupIdx >= 0) nOrders = r.chance(0.4) ? 1 : 0;
    }
    let orderLo = created + r.int(0, 10) * DAY;
    let orderHi = end - HOUR;
    if (persona === "lapsed") orderHi = Math.min(orderHi, Math.max(orderLo + DAY, now - 400 * DAY));
    if (orderHi <= orderLo) {
      orderLo = created;
      orderHi = Math.max(created + HOUR, end - 60);
    }
    const orderTimes: number[] = [];
    for (let k = 0; k < nOrders; k++) orderTimes.push(this.daytime(orderLo + Math.floor(r.next() * (orderHi - orderLo)), city, orderHi));
    orderTimes.sort((a, b) => a - b);
    const channels = orderTimes.map(() =>
      idn.org ? r.weighted(["web", "phone"] as const, [60, 40]) : r.weighted(["web", "app", "store", "phone"] as const, [appPlatform ? 35 : 50, appPlatform ? 35 : 5, 27, 3]),
    );
    let lateIdx = -1;
    if (persona === "unhappy") {
      for (let k = orderTimes.length - 1; k >= 0; k--) {
        if (channels[k] !== "store" && orderTimes[k]! < now - 20 * DAY) {
          lateIdx = k;
          break;
        }
      }
    }
    const cards = [String(r.int(0, 9999)).padStart(4, "0"), String(r.int(0, 9999)).padStart(4, "0")];
    for (let k = 0; k < orderTimes.length; k++) {
      const at = orderTimes[k]!;
      const channel = channels[k]!;
      const oid = this.nextId(T.order);
      const number = `ORD-${100000000 + oid}`;
      const nItems = idn.org ? r.int(1, 4) : r.weighted([1, 2, 3], [35, 40, 25]);
      const productIds: number[] = [];
      const lineTotals: number[] = [];
      let total = 0;
      for (let n = 0; n < nItems; n++) {
        const cat = r.chance(0.7) ? favCats[n % 2]! : r.int(0, this.productsByCategory.length - 1);
        const p = r.pick(this.productsByCategory[cat]!);
        const qty = idn.org ? r.int(1, 12) : r.weighted([1, 2, 3], [85, 12, 3]);
        const unitPrice = Math.max(99, Math.round((p.price * fxLocal) / 100) * 100 - 1);
        sink.add(T.orderItem, [id, oid, this.nextId(T.orderItem), p.id, qty, unitPrice]);
        productIds.push(p.id);
        lineTotals.push(qty * unitPrice);
        total += qty * unitPrice;
      }
      const store = channel === "store";
      const promised = store ? null : at + r.int(3, 6) * DAY;
      const paidAt = at + (store ? r.int(20, 120) : r.int(60, 1800));
      const shippedAt = paidAt + r.int(10, 60) * HOUR;
      let lateDays = 0;
      let deliveredPlan: number;
      if (store) deliveredPlan = paidAt + 60;
      else if (k === lateIdx) {
        lateDays = r.int(3, 10);
        deliveredPlan = promised! + lateDays * DAY + r.int(0, 8) * HOUR;
      } else if (r.chance(0.06)) {
        lateDays = r.int(1, 3);
        deliveredPlan = promised! + lateDays * DAY - r.int(0, 6) * HOUR;
      } else {
        deliveredPlan = Math.min(promised! - r.int(1, 20) * HOUR, shippedAt + r.int(20, 96) * HOUR);
        if (deliveredPlan < shippedAt + 12 * HOUR) deliveredPlan = shippedAt + 12 * HOUR;
      }
      if (!store) lateDays = deliveredPlan > promised! ? Math.ceil((deliveredPlan - promised!) / DAY) : 0;
      const cancelled = !store && k !== lateIdx && r.chance(0.04);
      const returnedPlan = !cancelled && r.chance(persona === "unhappy" ? 0.2 : 0.05) ? deliveredPlan + r.int(3, 20) * DAY : null;
      let status: string;
      const events: [string, number][] = [["pending", at]];
      let delivered: number | null = null;
      let returnedAt: number | null = null;
      if (cancelled) {
        status = "cancelled";
        events.push(["cancelled", at + r.int(1, 48) * HOUR]);
        if (events[1]![1] > end) {
          events.pop();
          status = "pending";
        }
      } else if (paidAt > end) status = "pending";
      else {
        events.push(["paid", paidAt]);
        status = "paid";
        if (store) {
          events.push(["delivered", deliveredPlan]);
          status = "delivered";
          delivered = deliveredPlan;
        } else if (shippedAt <= end) {
          events.push(["shipped", shippedAt]);
          status = "shipped";
          if (deliveredPlan <= end) {
            events.push(["delivered", deliveredPlan]);
            status = "delivered";
            delivered = deliveredPlan;
          }
        }
        if (delivered !== null && returnedPlan !== null && returnedPlan <= end) {
          events.push(["returned", returnedPlan]);
          status = "returned";
          returnedAt = returnedPlan;
        }
      }
      if (delivered === null) lateDays = 0;
      for (const [s, t] of events) sink.add(T.orderStatusEvent, [id, oid, this.nextId(T.orderStatusEvent), s, t]);
      sink.add(T.order, [id, oid, number, status, channel, total, cur, at, promised, delivered, store ? this.src.pos : this.src.shop]);

      // Payment.
      const method = idn.org ? r.weighted(["bank_transfer", "card"] as const, [60, 40])
        : store ? r.weighted(["card", "cash", "gift_card"] as const, [65, 30, 5])
        : r.weighted(["card", "paypal", "gift_card"] as const, [68, 24, 8]);
      const paymentId = this.nextId(T.payment);
      const fullRefund = returnedAt !== null && r.chance(0.7);
      const payStatus = status === "cancelled" ? "failed" : status === "pending" ? "authorized" : fullRefund ? "refunded" : "captured";
      sink.add(T.payment, [id, paymentId, oid, method, payStatus, total, cur, method === "card" ? cards[r.chance(0.8) ? 0 : 1]! : null, status === "cancelled" || status === "pending" ? at + 30 : paidAt]);
      if (returnedAt !== null) {
        const refundAt = returnedAt + r.int(1, 4) * DAY;
        if (refundAt <= end) {
          const amount = fullRefund ? total : lineTotals[0]!;
          const reason = r.pick(["Item damaged on arrival", "Wrong size", "Changed mind", "Not as described", "Arrived too late", "Faulty item"]);
          sink.add(T.refund, [id, this.nextId(T.refund), oid, paymentId, amount, cur, reason, refundAt, refundAt]);
          this.refundsTotal += amount;
        }
      }
      const o: OrderInfo = { id: oid, number, channel, at, total, status, promised, delivered, lateDays, returnedAt, paymentId, productIds, lineTotals };
      orders.push(o);

      // Notifications and store visits.
      if (!store && (hasEmail || hasPhone)) {
        const t = at + r.int(20, 90);
        this.interaction(sink, id, null, hasEmail ? "email" : "sms", "outbound", null,
          `Order ${number} confirmation sent (${nItems} item${nItems > 1 ? "s" : ""}, ${this.money(total, cur)})`, null, null, t, this.src.shop);
        interactionTimes.push(t);
        if (status !== "pending" && status !== "cancelled" && shippedAt <= end) {
          const viaSms = hasPhone && (!hasEmail || r.chance(0.6));
          const t2 = shippedAt + r.int(60, 600);
          if (t2 <= end) {
            this.interaction(sink, id, null, viaSms ? "sms" : "email", "outbound", null,
              `Shipping update for ${number}: handed to ${r.pick(CARRIERS)}, tracking ${(hash(oid, 5) % 900000000) + 100000000}`, null, null, t2, this.src.shop);
            interactionTimes.push(t2);
          }
        }
        if (delivered !== null && r.chance(0.45)) {
          const t3 = delivered + r.int(60, 900);
          if (t3 <= end) {
            this.interaction(sink, id, null, hasPhone && r.chance(0.5) ? "sms" : hasEmail ? "email" : "sms", "outbound", null,
              `Delivery confirmation for ${number}${lateDays > 0 ? ` (${lateDays} day${lateDays > 1 ? "s" : ""} after the promised date)` : ""}`, null, null, t3, this.src.shop);
            interactionTimes.push(t3);
          }
        }
      } else if (store && r.chance(0.5)) {
        this.interaction(sink, id, null, "in_store", "inbound", null,
          `Store purchase ${number} at ${city.name} store (${this.money(total, cur)})`, r.int(120, 1500), "purchase", at, this.src.pos);
        interactionTimes.push(at);
      }
    }
    p.orders = orders;
    p.interactionTimes = interactionTimes;
    p.favCats = favCats;
  }

  private pCases(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const { idn, id, created, persona, merged, end, city, cur, socialHandle, orders, interactionTimes } = p;
    // --- Support cases ---------------------------------------------------------------------------
    const intents: CaseIntent[] = [];
    const caseChannel = (): CaseIntent["channel"] => r.weighted(["email", "call", "chat", "social_dm", "in_store"] as const, [35, 35, 20, socialHandle ? 5 : 0, 5]);
    for (const o of orders) {
      if (o.lateDays > 0 && (persona === "unhappy" || r.chance(0.5))) {
        const at = o.promised! + Math.floor((0.5 + r.next() * Math.max(0.2, Math.min(2, o.lateDays - 0.5))) * DAY);
        if (at < end) {
          intents.push({ kind: "complaint", category: "delivery", at, channel: r.weighted(["call", "email", "chat", "social_dm"] as const, [45, 30, 20, socialHandle ? 5 : 0]), subject: `Order ${o.number} has not arrived`, priority: "normal", order: o, escalated: false });
        }
      }
      if (o.returnedAt !== null && r.chance(persona === "unhappy" ? 0.9 : 0.25)) {
        const complaint = persona === "unhappy";
        const at = complaint ? o.returnedAt + r.int(5, 12) * DAY : o.delivered! + r.int(1, 3) * DAY;
        if (at < end) {
          intents.push(complaint
            ? { kind: "complaint", category: "returns", at, channel: caseChannel(), subject: `Refund for returned order ${o.number} not received`, priority: "high", order: o, escalated: true }
            : { kind: "request", category: "returns", at, channel: caseChannel(), subject: `Return label for order ${o.number}`, priority: "low", order: o, escalated: false });
        }
      }
    }
    if (persona === "unhappy" && intents.filter((c) => c.kind === "complaint").length < 2) {
      const delivered = orders.filter((o) => o.delivered !== null);
      const o = delivered[delivered.length - 1];
      if (o) {
        const at = o.delivered! + r.int(5, 20) * DAY;
        if (at < end) intents.push({ kind: "complaint", category: "product", at, channel: caseChannel(), subject: `Item from order ${o.number} stopped working`, priority: "high", order: o, escalated: true });
      }
    }
    const extra = merged ? 0 : persona === "business" ? r.int(1, 2)
      : persona === "regular" ? (r.chance(0.6) ? 1 : 0) + (r.chance(0.15) ? 1 : 0)
      : persona === "loyal" ? (r.chance(0.5) ? 1 : 0)
      : persona === "lapsed" ? (r.chance(0.35) ? 1 : 0)
      : persona === "unhappy" ? (r.chance(0.3) ? 1 : 0)
      : r.chance(0.22) ? 1 : 0;
    for (let k = 0; k < extra; k++) {
      const at = this.daytime(created + Math.floor(r.next() * Math.max(HOUR, end - created - HOUR)), city, end - 60);
      const o = orders.length > 0 && r.chance(0.6) ? r.pick(orders) : null;
      const options: CaseIntent[] = idn.org ? [
        { kind: "request", category: "billing", at, channel: "email", subject: o ? `Invoice copy for ${o.number}` : "Request for a VAT invoice", priority: "normal", order: o, escalated: false },
        { kind: "request", category: "other", at, channel: "call", subject: "Quote for a bulk order", priority: "normal", order: null, escalated: false },
        { kind: "inquiry", category: "account", at, channel: "email", subject: "Add a colleague to our business account", priority: "low", order: null, escalated: false },
      ] : [
        { kind: "inquiry", category: "product", at, channel: caseChannel(), subject: `Question about sizing for ${this.products[(id * 7) % this.products.length]!.name}`, priority: "low", order: null, escalated: false },
        { kind: "inquiry", category: "delivery", at, channel: caseChannel(), subject: o ? `When will order ${o.number} ship?` : "Do you deliver to my area?", priority: "normal", order: o, escalated: false },
        { kind: "inquiry", category: "billing", at, channel: caseChannel(), subject: o ? `Question about the charge for ${o.number}` : "Question about a card charge", priority: "normal", order: o, escalated: false },
        { kind: "request", category: "account", at, channel: caseChannel(), subject: "Cannot sign in to my account", priority: "normal", order: null, escalated: false },
        { kind: "request", category: "account", at, channel: caseChannel(), subject: "Please update my delivery address", priority: "low", order: null, escalated: false },
        { kind: "inquiry", category: "other", at, channel: caseChannel(), subject: "Store opening hours over the holidays", priority: "low", order: null, escalated: false },
      ];
      const intent = r.pick(options);
      if (intent.order && intent.order.at > at) intent.at = Math.min(end - 60, intent.order.at + r.int(1, 4) * DAY);
      intents.push(intent);
    }
    intents.sort((a, b) => a.at - b.at);
    const cases: CaseInfo[] = [];
    let complaintsSoFar = 0;
    for (const intent of intents) {
      if (intent.at >= end) continue;
      if (intent.kind === "complaint") {
        complaintsSoFar++;
        if (complaintsSoFar >= 2) {
          intent.escalated = true;
          if (intent.priority === "normal") intent.priority = "high";
        }
      }
      cases.push(this.supportCase(sink, id, intent, end, cur, interactionTimes, city.name, socialHandle));
    }

    // Organizations get calls from their account manager.
    if (idn.org && !merged) {
      const n = r.int(1, 3);
      const manager = this.staffBy("manager@example.com") ?? this.agents[0]!;
      for (let k = 0; k < n; k++) {
        const t = this.daytime(created + Math.floor(r.next() * Math.max(HOUR, end - created - HOUR)), city, end - 60);
        this.interaction(sink, id, null, "call", "outbound", r.chance(0.6) ? manager.id : this.pickAgent(t).id,
          r.pick(["Quarterly account review", "Follow-up on bulk pricing", "Introduced the new business catalogue", "Checked satisfaction with recent deliveries"]),
          r.int(300, 2400), r.pick(["reached", "reached", "voicemail", "callback_scheduled"]), t, this.src.service_desk);
        interactionTimes.push(t);
      }
    }
    // Website chat bot and social DMs outside cases.
    if (!merged && r.chance(0.5)) {
      const t = created + Math.floor(r.next() * Math.max(HOUR, end - created - HOUR));
      this.interaction(sink, id, null, "chat", "inbound", null,
        r.pick(["Chat assistant: asked about delivery costs", "Chat assistant: asked about store opening hours", "Chat assistant: asked how to use a gift card", "Chat assistant: asked about the returns window"]),
        r.int(60, 600), "answered_by_bot", t, this.src.shop);
      interactionTimes.push(t);
    }
    if (socialHandle && !merged && r.chance(0.1)) {
      const t = created + Math.floor(r.next() * Math.max(HOUR, end - created - HOUR));
      this.interaction(sink, id, null, "social_dm", "inbound", null, `DM on ${socialHandle.network}: asked whether an item is back in stock`, null, null, t, this.src.social_listening);
      interactionTimes.push(t);
    }
    p.cases = cases;
  }

  private pConsent(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const { idn, id, erased, created, persona, merged, erasureDone, end, city, partySource, hasEmail, hasPhone, hasAddress, pii, appPlatform, cases } = p;
    // --- Consent ledger --------------------------------------------------------------------------
    const consents: ConsentEv[] = [];
    const ev = (purpose: string, channel: ConsentChannel, status: ConsentEv["status"], at: number, source: number, evidence: string) => {
      consents.push({ purpose, channel, status, at: Math.min(at, now), source, evidence });
    };
    const evidenceFor = (source: number, what: string, at: number): string => {
      switch (source) {
        case this.src.web_form: return `Ticked "${what}" on the sign-up form (form v${r.int(2, 4)}, IP 198.51.100.${r.int(1, 254)})`;
        case this.src.pos: return `Customer agreed at the till in the ${city.name} store (receipt ${r.int(10000, 99999)})`;
        case this.src.mobile_app: return `Accepted "${what}" in the ${appPlatform ?? "mobile"} app onboarding`;
        case this.src.crm_import: return `Imported opt-in flag from the legacy CRM (record CRM-${1000000 + id * 3})`;
        case this.src.partner_retail: return "Opt-in collected by partner retailer under data sharing agreement DSA-2023-07";
        case this.src.partner_loyalty: return "Consent passed on by the loyalty coalition partner (coalition terms v5)";
        case this.src.list_broker: return "Broker attests opt-in to third-party offers (list licence LB-2041)";
        case this.src.preference_centre: return `Changed in the preference centre on ${dateText(at)}`;
        case this.src.service_desk: return `Recorded by an agent during a ${r.pick(["call", "chat"])}`;
        default: return `Captured via ${what}`;
      }
    };
    const signupSource = partySource === this.src.service_desk || partySource === this.src.shop ? this.src.web_form : partySource;
    if (hasEmail || (erased && r.chance(0.8))) {
      const p = { loyal: 0.82, regular: 0.65, unhappy: 0.6, lapsed: 0.6, prospect: 0.5, business: 0.6 }[persona];
      const granted = partySource === this.src.list_broker || partySource === this.src.partner_retail ? r.chance(0.9) : r.chance(p);
      ev("marketing", "email", granted ? "granted" : "denied", created + 60, signupSource, evidenceFor(signupSource, "Email me offers and news", created));
      if (r.chance(0.4)) ev("service", "email", "granted", created + 90, signupSource, evidenceFor(signupSource, "Order and service updates by email", created));
      if (r.chance(0.35)) ev("analytics", "email", r.chance(0.7) ? "granted" : "denied", created + 120, signupSource, evidenceFor(signupSource, "Help us improve with usage analytics", created));
      if (r.chance(0.2)) ev("profiling", "email", r.chance(0.6) ? "granted" : "denied", created + 150, signupSource, evidenceFor(signupSource, "Personalised recommendations", created));
      if (partySource === this.src.partner_retail || partySource === this.src.list_broker || r.chance(0.06)) {
        ev("third_party_sharing", "email", partySource === this.src.list_broker || partySource === this.src.partner_retail ? "granted" : r.chance(0.5) ? "granted" : "denied", created + 180, signupSource, evidenceFor(signupSource, "Share my details with partners", created));
      }
    }
    if (hasPhone && r.chance(0.55)) {
      ev("marketing", "sms", r.chance(0.5) ? "granted" : "denied", created + 75, signupSource, evidenceFor(signupSource, "Text me flash sales", created));
    }
    if (idn.org && hasPhone) {
      ev("marketing", "phone", r.chance(0.6) ? "granted" : "denied", created + 80, signupSource, evidenceFor(signupSource, "Account manager may call about offers", created));
    }
    if (appPlatform) {
      const at = Math.max(created, Math.min(end, created + r.int(0, 30) * DAY));
      ev("marketing", "push", r.chance(0.55) ? "granted" : "denied", at, this.src.mobile_app, evidenceFor(this.src.mobile_app, "Allow notifications", at));
    }
    if (hasAddress && r.chance(0.1)) {
      ev("marketing", "post", "granted", created + 100, signupSource, evidenceFor(signupSource, "Send me the printed catalogue", created));
    }
    // Later changes: complaints make some people withdraw; others fine-tune in the preference centre.
    const complaintCases = cases.filter((c) => c.kind === "complaint");
    if (complaintCases.length >= 2 && r.chance(0.4) && consents.some((c) => c.purpose === "marketing" && c.channel === "email" && c.status === "granted")) {
      const c = complaintCases[1]!;
      ev("marketing", "email", "withdrawn", c.at + r.int(1, 6) * HOUR, this.src.service_desk, `Asked the agent to stop marketing emails (case ${c.number})`);
    }
    if (!merged && r.chance(0.1) && end - created > 30 * DAY) {
      const at = created + r.int(30, Math.max(31, Math.floor((end - created) / DAY))) * DAY;
      if (at < end) {
        if (hasPhone && r.chance(0.5)) ev("marketing", "sms", r.chance(0.5) ? "granted" : "withdrawn", at, this.src.preference_centre, evidenceFor(this.src.preference_centre, "", at));
        else if (hasEmail) ev("marketing", "email", r.chance(0.6) ? "granted" : "withdrawn", at, this.src.preference_centre, evidenceFor(this.src.preference_centre, "", at));
      }
    }
    consents.sort((a, b) => a.at - b.at);

    // --- Campaigns, only while marketing consent for the channel is granted ------------------------
    const reach: Record<ConsentChannel, boolean> = { email: hasEmail, sms: hasPhone, push: appPlatform !== null, post: hasAddress, phone: hasPhone };
    const sendP: Record<ConsentChannel, number> = { email: 0.11, sms: 0.2, push: 0.2, post: 0.5, phone: 0 };
    if (!merged && !erased) {
      for (const c of this.campaigns) {
        if (c.start < created || c.start >= end || !reach[c.channel]) continue;
        if (!r.chance(sendP[c.channel])) continue;
        const sent = c.start + r.int(0, 36) * HOUR + r.int(0, 3599);
        if (sent >= end) continue;
        const status = this.consentAt(consents, c.channel, sent);
        if (status !== "granted") continue;
        const windowEnd = Math.min(end, this.nextConsentChange(consents, c.channel, sent));
        const chain: [string, number][] = [["sent", sent]];
        let t = sent;
        if (c.channel !== "push" && r.chance(0.03)) chain.push(["bounced", t + r.int(5, 600)]);
        else {
          t += r.int(5, 300);
          chain.push(["delivered", t]);
          const openP = c.channel === "email" ? 0.35 : c.channel === "push" ? 0.2 : c.channel === "post" ? 0 : 0;
          const clickP = c.channel === "sms" ? 0.08 : c.channel === "post" ? 0 : 0.25;
          const opened = r.chance(openP);
          if (opened) {
            t += r.int(5, 48 * 60) * MIN;
            chain.push(["opened", t]);
          }
          if ((opened || c.channel === "sms") && r.chance(clickP)) {
            t += r.int(5, 600);
            chain.push(["clicked", t]);
            if (r.chance(0.2)) {
              t += r.int(60, 3 * HOUR);
              chain.push(["converted", t]);
            }
          }
          if (c.channel !== "post" && r.chance(c.channel === "sms" ? 0.03 : 0.012)) {
            t += r.int(30, 3 * HOUR);
            chain.push(["unsubscribed", t]);
          }
        }
        // Keep only the part of the chain that happened while consent held and before now.
        for (const [kind, at] of chain) {
          if (at >= windowEnd || at > now) break;
          sink.add(T.campaignResponse, [id, this.nextId(T.campaignResponse), c.id, kind, at]);
          if (kind === "unsubscribed") {
            consents.push({ purpose: "marketing", channel: c.channel, status: "withdrawn", at: at + 60, source: this.src.preference_centre, evidence: `Clicked unsubscribe in "${c.name}"` });
            consents.sort((a, b) => a.at - b.at);
          }
        }
      }
    }
    if (erasureDone !== null && erasureDone <= now) {
      for (const ch of ["email", "sms", "push", "post"] as ConsentChannel[]) {
        if (this.consentAt(consents, ch, erasureDone) === "granted") ev("marketing", ch, "withdrawn", erasureDone, this.src.service_desk, "Withdrawn as part of an erasure request");
      }
      consents.sort((a, b) => a.at - b.at);
    }
    // The ledger and its current state (the latest event per purpose and channel wins).
    const current = new Map<string, { ev: ConsentEv; id: number }>();
    for (const c of consents) {
      const cid = this.nextId(T.consentEvent);
      sink.add(T.consentEvent, [id, cid, c.purpose, c.channel, c.status, c.at, c.source, c.evidence]);
      current.set(`${c.purpose}\t${c.channel}`, { ev: c, id: cid });
    }
    for (const { ev: c, id: cid } of current.values()) {
      sink.add(T.consentCurrent, [id, c.purpose, c.channel, c.status, c.at, cid]);
    }

    // Contact preferences for what they agreed to receive.
    if (pii && !merged) {
      for (const ch of ["email", "sms", "push"] as ConsentChannel[]) {
        const cur2 = current.get(`marketing\t${ch}`);
        if (cur2?.ev.status !== "granted" || !r.chance(ch === "email" ? 0.8 : 0.5)) continue;
        const topics = ["new_arrivals", "sales", "events", "loyalty", "tips"].filter(() => r.chance(0.45));
        if (topics.length === 0) topics.push("sales");
        const src = r.chance(0.5) ? this.src.preference_centre : signupSource;
        sink.add(T.contactPreference, [id, this.nextId(T.contactPreference), ch, r.pick(["weekly", "monthly", "only_important", "daily"]), topics, Math.min(now, cur2.ev.at + r.int(0, 60) * DAY), src]);
      }
    }
    p.current = current;
  }

  private pBehaviour(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const { id, erased, created, persona, merged, end, appPlatform, orders, favCats } = p;
    // --- Web and app behaviour ------------------------------------------------------------------------
    if (!erased && !merged) {
      for (const o of orders) {
        if (o.channel !== "web" && o.channel !== "app") continue;
        const platform = o.channel === "app" && appPlatform ? appPlatform : "web";
        this.session(sink, id, platform, o.at - r.int(3, 25) * MIN, true, o, favCats[0]!);
      }
      const browse = persona === "loyal" ? r.int(1, 4) : persona === "regular" ? r.int(1, 3) : persona === "unhappy" ? r.int(0, 3)
        : persona === "lapsed" ? r.int(0, 2) : persona === "prospect" ? r.int(1, 5) : r.int(0, 2);
      for (let k = 0; k < browse; k++) {
        const hi = persona === "lapsed" ? Math.min(end, created + Math.floor((end - created) * 0.6)) : end;
        const t = created + Math.floor(r.next() * Math.max(HOUR, hi - created - HOUR));
        const platform = appPlatform && r.chance(0.4) ? appPlatform : "web";
        this.session(sink, id, platform, t, false, null, favCats[k % 2]!);
      }
    }

  }

  private pFeedback(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const { id, erased, created, persona, merged, end, city, socialHandle, orders, cases } = p;
    // --- Feedback ---------------------------------------------------------------------------------------
    const complaintTimes = cases.filter((c) => c.kind === "complaint").map((c) => c.at);
    const lateTimes = orders.filter((o) => o.lateDays > 0).map((o) => o.promised!);
    const nps: NpsFact[] = [];
    const respond = (survey: SurveyKey, kind: string, score: number, comment: string | null, touchpoint: string, channel: string, orderId: number | null, caseId: number | null, at: number): number => {
      const rid = this.nextId(T.surveyResponse);
      sink.add(T.surveyResponse, [id, rid, this.surveyIds[survey], kind, score, erased ? null : comment, touchpoint, channel, orderId, caseId, at]);
      return rid;
    };
    const firstOrder = orders.find((o) => o.status !== "cancelled");
    if (firstOrder && !merged) {
      const p = { loyal: 0.8, regular: 0.6, unhappy: 0.8, lapsed: 0.5, prospect: 0.5, business: 0.5 }[persona];
      const lo = firstOrder.at + 14 * DAY;
      if (lo < end && r.chance(p)) {
        const times = [lo + Math.floor(r.next() * (end - lo))];
        if (end - lo > 300 * DAY && r.chance(0.3)) times.push(lo + Math.floor(r.next() * (end - lo)));
        times.sort((a, b) => a - b);
        for (const at of times) {
          const cBefore = complaintTimes.filter((t) => t < at).length;
          const lBefore = lateTimes.filter((t) => t < at).length;
          const base = { loyal: 9.5, regular: 7.9, unhappy: 7.2, lapsed: 6.8, prospect: 7, business: 8 }[persona];
          const score = Math.max(0, Math.min(10, Math.round(base - 1.4 * cBefore - 1.3 * lBefore + r.normal() * 0.8)));
          const comment = r.chance(0.7) ? this.npsComment(score, cBefore, lBefore, orders) : null;
          const rid = respond("nps_relationship", "nps", score, comment, "relationship", r.chance(0.8) ? "email" : "sms", null, null, at);
          nps.push({ id: rid, at, score });
        }
      }
    }
    for (const o of orders) {
      if (o.delivered === null || merged) continue;
      if (o.channel === "store") {
        if (r.chance(0.1) && o.delivered + HOUR < end) {
          const score = persona === "unhappy" ? r.int(2, 4) : persona === "loyal" ? r.int(4, 5) : r.int(3, 5);
          respond("csat_store", "csat", score, r.chance(0.5) ? (score >= 4 ? `Friendly staff in the ${city.name} store.` : "Long queue at the till and nobody to help.") : null, "store_visit", "in_store", o.id, null, o.delivered + HOUR);
        }
        continue;
      }
      if (r.chance(o.lateDays > 0 ? 0.5 : 0.15)) {
        const at = o.delivered + r.int(1, 3) * DAY;
        if (at >= end) continue;
        const score = o.lateDays > 3 ? 1 : o.lateDays > 0 ? r.int(1, 2) : persona === "unhappy" ? r.int(3, 4) : persona === "loyal" ? 5 : r.int(4, 5);
        const comment = r.chance(0.6) ? (o.lateDays > 0 ? `Parcel came ${o.lateDays} day${o.lateDays > 1 ? "s" : ""} after the promised date.` : score >= 4 ? r.pick(["Arrived early and well packed.", "Smooth delivery, courier was friendly.", "Exactly on the promised day."]) : "Delivery was fine but the box was damaged.") : null;
        respond("csat_delivery", "csat", score, comment, "delivery", "email", o.id, null, at);
      } else if (r.chance(0.04)) {
        const at = o.delivered + r.int(2, 7) * DAY;
        if (at >= end) continue;
        const score = Math.max(0, Math.min(10, Math.round({ loyal: 9.5, regular: 8, unhappy: 6, lapsed: 7, prospect: 7, business: 8 }[persona] + r.normal())));
        const rid = respond("nps_post_purchase", "nps", score, r.chance(0.5) ? this.npsComment(score, 0, 0, orders) : null, "post_purchase", "email", o.id, null, at);
        nps.push({ id: rid, at, score });
      }
    }
    for (const c of cases) {
      if (c.resolvedAt === null) continue;
      const at = c.resolvedAt + r.int(1, 30) * HOUR;
      if (at >= end) continue;
      const upset = c.kind === "complaint" && persona === "unhappy";
      if (r.chance(0.35)) {
        const score = upset ? r.int(1, 3) : c.kind === "complaint" ? r.int(2, 4) : r.int(4, 5);
        const comment = r.chance(0.6) ? (score <= 2 ? "Took far too long and I had to chase twice." : score === 3 ? "Sorted in the end, but slowly." : "Quick and friendly help, thank you!") : null;
        respond("csat_case", "csat", score, comment, "case_resolved", c.channel === "chat" ? "chat" : "email", c.order?.id ?? null, c.id, at);
      } else if (r.chance(0.2)) {
        const score = upset ? r.int(1, 3) : c.kind === "complaint" ? r.int(3, 5) : r.int(5, 7);
        respond("ces_case", "ces", score, r.chance(0.4) ? (score <= 3 ? "I had to explain my problem to three people." : "Easy, one contact was enough.") : null, "support_contact", "email", c.order?.id ?? null, c.id, at);
      }
    }
    // Closed loop: every detractor (0-6) has a follow-up; older ones have been worked.
    for (const n of nps) {
      if (n.score > 6) continue;
      const age = now - n.at;
      let status = "open";
      let claimedBy: string | null = null;
      let claimedAt: number | null = null;
      let closedAt: number | null = null;
      let outcome: string | null = null;
      let note: string | null = null;
      if (age > 2 * DAY && r.chance(age > 14 * DAY ? 0.95 : 0.5)) {
        const who = r.pick(this.followUpStaff);
        claimedBy = who.id;
        claimedAt = n.at + r.int(4, 48) * HOUR;
        status = "claimed";
        if (age > 10 * DAY && r.chance(age > 30 * DAY ? 0.95 : 0.5)) {
          status = "closed";
          closedAt = claimedAt + r.int(1, 7) * DAY;
          outcome = r.weighted(["reached", "resolved", "no_answer", "declined"], [30, 40, 20, 10]);
          note = outcome === "resolved" ? "Called, apologised and sent a goodwill voucher."
            : outcome === "reached" ? "Spoke to the customer; feedback passed to logistics."
            : outcome === "no_answer" ? "Two call attempts, left a voicemail and sent an email."
            : "Customer did not want to discuss further.";
        }
      }
      sink.add(T.detractorFollowUp, [id, this.nextId(T.detractorFollowUp), n.id, status, claimedBy, claimedAt, closedAt, outcome, note, n.at]);
    }

    // Reviews and social posts.
    if (!erased && !merged) {
      for (const o of orders) {
        if (o.delivered === null || !r.chance(persona === "loyal" ? 0.2 : 0.1)) continue;
        const at = o.delivered + r.int(3, 15) * DAY;
        if (at >= end) continue;
        const rating = o.lateDays > 0 ? r.int(1, 2) : o.returnedAt !== null ? 2 : persona === "unhappy" ? r.int(2, 3) : persona === "loyal" ? r.int(4, 5) : r.int(3, 5);
        const product = this.productById.get(o.productIds[0]!)!;
        const [title, body] = this.reviewText(rating, product, o);
        sink.add(T.review, [id, this.nextId(T.review), product.id, rating, title, body, at, r.chance(0.5) ? this.src.review_platform : this.src.shop]);
      }
      if (socialHandle && r.chance(0.3)) {
        const n = r.int(1, 2);
        for (let k = 0; k < n; k++) {
          const lateOrder = orders.find((o) => o.lateDays > 0);
          let body: string;
          let sentiment: string;
          let kind: string;
          let at: number;
          if (lateOrder && k === 0) {
            at = lateOrder.promised! + r.int(1, 2) * DAY;
            body = `@cx360shop my order ${lateOrder.number} is ${lateOrder.lateDays} days late and nobody answers. Not impressed.`;
            sentiment = "negative";
            kind = "mention";
          } else if (persona === "loyal" || persona === "business") {
            at = created + Math.floor(r.next() * Math.max(HOUR, end - created));
            body = r.pick(["Loving my new order from @cx360shop, great quality!", "Shout-out to @cx360shop support, sorted in minutes", "Unboxing my @cx360shop haul today"]);
            sentiment = "positive";
            kind = r.pick(["ugc", "share", "mention"]);
          } else {
            at = created + Math.floor(r.next() * Math.max(HOUR, end - created));
            body = r.pick(["Anyone tried the @cx360shop winter range?", "Is the @cx360shop sale on in stores too?", "@cx360shop when is the next restock?"]);
            sentiment = "neutral";
            kind = r.pick(["comment", "mention"]);
          }
          if (at >= end) continue;
          sink.add(T.socialMention, [this.nextId(T.socialMention), id, socialHandle.network, socialHandle.handle, kind, body, `https://${socialHandle.network}.com/${socialHandle.handle}/status/${hash(id, k)}`, sentiment, at, this.src.social_listening]);
        }
      }
    }
    if (r.chance(0.08)) {
      // Posts about the brand from handles no party is known by (yet).
      const network = r.pick(["x", "instagram", "tiktok", "facebook"]);
      const handle = `${r.pick(["sunny", "urban", "the_real", "just", "daily", "mr", "ms"])}_${r.pick(["shopper", "style", "deals", "home", "trailrunner", "foodie", "gamer"])}${r.int(1, 9999)}`;
      const positive = r.chance(0.55);
      const at = this.start + Math.floor(r.next() * (now - this.start));
      sink.add(T.socialMention, [this.nextId(T.socialMention), null, network, handle, r.pick(["mention", "comment", "share"]),
        positive ? r.pick(["Great service at @cx360shop today", "@cx360shop delivery was super fast", "Obsessed with my @cx360shop order"]) : r.pick(["@cx360shop still waiting for my refund", "Why is @cx360shop checkout so slow today?", "@cx360shop parcel arrived damaged"]),
        `https://${network}.com/${handle}`, positive ? "positive" : "negative", at, this.src.social_listening]);
    }
    p.complaintTimes = complaintTimes;
    p.nps = nps;
  }

  private pMembership(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const { idn, id, erased, created, persona, merged, end, cur, fxLocal, partySource, pii, orders, favCats, complaintTimes } = p;
    // --- Membership ------------------------------------------------------------------------------------
    let tier: Tier | null = null;
    let tierSince = 0;
    const live = orders.filter((o) => o.status !== "cancelled" && o.status !== "pending");
    if (!idn.org && !erased && !merged && (live.length > 0 || partySource === this.src.partner_loyalty)) {
      const p = { loyal: 0.95, regular: 0.6, unhappy: 0.5, lapsed: 0.5, prospect: 0.3, business: 0 }[persona];
      if (partySource === this.src.partner_loyalty || r.chance(p)) {
        const joined = live[0] ? live[0].at + r.int(0, 3) * HOUR : created;
        tier = "bronze";
        tierSince = joined;
        sink.add(T.loyaltyTierEvent, [id, this.nextId(T.loyaltyTierEvent), null, "bronze", "Joined the programme", joined]);
        let spend = 0;
        for (const o of live) {
          if (o.at < joined) continue;
          spend += o.total / 100 / fxLocal;
          let want = 0;
          while (want < 3 && spend >= TIER_SPEND[want]!) want++;
          const idx = TIERS.indexOf(tier);
          if (want > idx) {
            const next = TIERS[want]!;
            sink.add(T.loyaltyTierEvent, [id, this.nextId(T.loyaltyTierEvent), tier, next, `Qualifying spend reached ${Math.floor(TIER_SPEND[want - 1]! * fxLocal)} ${cur}`, o.at + 60]);
            tier = next;
            tierSince = o.at + 60;
          }
        }
        // Annual requalification: no spend in the last year drops a tier.
        const last = live[live.length - 1];
        if (last && now - last.at > YEAR && tier !== "bronze") {
          const at = last.at + YEAR + r.int(1, 30) * DAY;
          if (at < now) {
            const lower = TIERS[TIERS.indexOf(tier) - 1]!;
            sink.add(T.loyaltyTierEvent, [id, this.nextId(T.loyaltyTierEvent), tier, lower, "Annual requalification: no qualifying spend", at]);
            tier = lower;
            tierSince = at;
          }
        }
        const points = Math.max(0, Math.floor(spend * (0.6 + 0.4 * r.next())));
        sink.add(T.loyaltyMembership, [id, "cx360 Rewards", `RW-${String(10000000 + id)}`, tier, points, joined, tierSince]);
      }
    }
    let subscriptionCancelled = false;
    if (!erased && !merged && live.length > 0 && r.chance(idn.org ? 0.3 : 0.15)) {
      const plans: [string, number, number][] = idn.org
        ? [["Business Delivery Pass (annual)", 19900, YEAR]]
        : [["Delivery Pass (annual)", 4900, YEAR], ["Care+ Protection (monthly)", 799, 30 * DAY], ["Coffee Club (monthly)", 1499, 30 * DAY], ["Style Box (monthly)", 2999, 30 * DAY]];
      const [plan, price, period] = r.pick(plans);
      const start = live[0]!.at + r.int(1, 60) * DAY;
      if (start < end) {
        let status: string;
        let renews: number | null = null;
        let cancelledAt: number | null = null;
        const nextRenewal = () => start + Math.ceil((now - start) / period) * period;
        if (now - start < 14 * DAY) {
          status = "trial";
          renews = start + 14 * DAY;
        } else if (persona === "unhappy" || persona === "lapsed" || r.chance(0.2)) {
          const c = complaintTimes[complaintTimes.length - 1];
          cancelledAt = Math.min(now - HOUR, c && c > start ? c + r.int(1, 10) * DAY : start + r.int(30, Math.max(31, Math.floor((now - start) / DAY))) * DAY);
          if (period === YEAR && r.chance(0.5)) status = "expired";
          else status = "cancelled";
          subscriptionCancelled = true;
          if (status === "expired") cancelledAt = null;
        } else if (r.chance(0.1)) {
          status = "paused";
          renews = nextRenewal();
        } else {
          status = "active";
          renews = nextRenewal();
        }
        sink.add(T.subscription, [id, this.nextId(T.subscription), plan, status, Math.round(price * fxLocal), cur, start, renews, cancelledAt]);
      }
    }
    if (pii && !merged && !idn.org && r.chance(0.3)) {
      const n = r.int(1, 3);
      for (let k = 0; k < n; k++) {
        const at = created + Math.floor(r.next() * Math.max(HOUR, end - created));
        if (at >= end) continue;
        const kind = r.pick(["preference", "favourite_brand", "planned_purchase", "delivery_place"] as const);
        const src = r.chance(0.5) ? this.src.style_quiz : this.src.preference_centre;
        let value: string;
        let detail: Record<string, string> | null = null;
        switch (kind) {
          case "preference":
            value = r.pick(["Preferred size: M", "Preferred size: L", "Prefers sustainable materials", "Shops for the kids", "Likes minimalist style", "Vegan products only", "Prefers store pickup"]);
            break;
          case "favourite_brand": {
            const p = r.pick(this.productsByCategory[favCats[0]!]!);
            value = p.brand;
            detail = { category: p.category };
            break;
          }
          case "planned_purchase": {
            const p = r.pick(this.productsByCategory[favCats[1]!]!);
            value = p.name;
            detail = { timeframe: r.pick(["this month", "within 3 months", "before the holidays", "next year"]), category: p.category };
            break;
          }
          default:
            value = r.pick(["Leave with the neighbour", "Office reception", "Parcel locker at the station", "Garden shed"]);
            detail = { instructions: r.pick(["Ring twice", "Weekdays only", "Not after 6pm", "Call on arrival"]) };
        }
        sink.add(T.zeroPartyPreference, [id, this.nextId(T.zeroPartyPreference), kind, value, detail ? JSON.stringify(detail) : null, at, src]);
      }
    }
    p.tier = tier;
    p.tierSince = tierSince;
    p.subscriptionCancelled = subscriptionCancelled;
  }

  private pReferrals(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const i = p.i;
    const { idn, id, erased, created, persona } = p;
    // --- Referrals: this promoter's friends who joined ---------------------------------------------
    if (persona === "loyal" && !idn.org && !erased) {
      const code = `REF-${id.toString(36).toUpperCase()}`;
      for (let j = i + 1; j <= i + 40 && j < this.parties; j++) {
        if (this.referrerOf(j) !== i) continue;
        const friendCreated = this.created(j);
        sink.add(T.referral, [id, this.nextId(T.referral), this.partyId(j), code, friendCreated - r.int(1, 10) * DAY, friendCreated]);
      }
      // Shared codes nobody used yet (always among the first parties, so small demos have some).
      if (r.chance(0.25) || i < 20) {
        const at = created + Math.floor(r.next() * Math.max(HOUR, now - created));
        sink.add(T.referral, [id, this.nextId(T.referral), null, code, at, null]);
      }
    }

  }

  private pPrivacy(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const { idn, id, created, merged, erasureAt, erasureDone } = p;
    // --- Privacy requests ------------------------------------------------------------------------------
    if (erasureAt !== null) {
      const done = erasureDone! <= now;
      sink.add(T.privacyRequest, [id, this.nextId(T.privacyRequest), "erasure", done ? "completed" : "in_progress", erasureAt, erasureAt + 30 * DAY, done ? erasureDone : null,
        done ? "Personal data erased; order and payment records kept for tax law" : null, this.staffBy("admin@example.com")?.id ?? null]);
    } else if (!idn.org && !merged && (r.chance(0.012) || p.i % 500 === 7 || p.i % 500 === 11)) {
      const at = created + Math.floor(r.next() * Math.max(HOUR, now - created));
      const kind = r.weighted(["access", "rectification", "restriction"], [60, 25, 15]);
      const age = now - at;
      const rejected = r.chance(0.05);
      const completedAt = at + r.int(2, 25) * DAY;
      const status = age < 3 * DAY ? "received" : completedAt > now ? "in_progress" : rejected ? "rejected" : "completed";
      const outcome = status === "rejected" ? "Identity could not be verified"
        : status !== "completed" ? null
        : kind === "access" ? "Data export delivered through a secure download link"
        : kind === "rectification" ? "Name and address corrected in all systems"
        : "Marketing and profiling restricted while the dispute is open";
      const handler = kind === "access" && r.chance(0.5) ? this.staffBy("manager@example.com") : this.staffBy("admin@example.com");
      sink.add(T.privacyRequest, [id, this.nextId(T.privacyRequest), kind, status, at, at + 30 * DAY, status === "completed" || status === "rejected" ? completedAt : null, outcome, status === "received" ? null : handler?.id ?? null]);
    }

  }

  private pDerived(p: PartyState, sink: RowSink): void {
    const r = this.rng;
    const now = this.now;
    const { idn, id, dupIdx, erased, created, persona, merged, mergedAt, erasureDone, city, postal, given, family, homeCountry, partySource, displayName, appPlatform, webAccount, orders, interactionTimes, cases, current, nps, tier, tierSince, subscriptionCancelled } = p;
    // --- Derived: stats, lifecycle, segments, and the party row itself -------------------------------
    let revenue = 0;
    let orderCount = 0;
    let firstOrderAt: number | null = null;
    let lastOrderAt: number | null = null;
    for (const o of orders) {
      if (o.status === "paid" || o.status === "shipped" || o.status === "delivered" || o.status === "returned") revenue += o.total;
      if (o.status !== "cancelled") orderCount++;
      if (firstOrderAt === null || o.at < firstOrderAt) firstOrderAt = o.at;
      if (lastOrderAt === null || o.at > lastOrderAt) lastOrderAt = o.at;
    }
    const ltv = revenue - this.refundsTotal;
    let lastInteraction: number | null = null;
    for (const t of interactionTimes) if (lastInteraction === null || t > lastInteraction) lastInteraction = t;
    let latestNps: NpsFact | null = null;
    for (const n of nps) if (!latestNps || n.at > latestNps.at || (n.at === latestNps.at && n.id > latestNps.id)) latestNps = n;
    let openCases = 0;
    let complaints = 0;
    const recent: number[] = [];
    for (const c of cases) {
      if (c.status === "new" || c.status === "open" || c.status === "pending") openCases++;
      if (c.kind === "complaint") {
        complaints++;
        if (c.at > this.wallNow - 90 * DAY) recent.push(c.at);
      }
    }
    recent.sort((a, b) => a - b);
    // party_stats.source_classes looks at the party's own source and its contact points.
    let bits = this.srcBit.get(partySource) ?? 0;
    for (const s of this.contactSources) bits |= this.srcBit.get(s) ?? 0;
    sink.add(T.partyStats, [id, ltv, orderCount, firstOrderAt, lastOrderAt, lastInteraction, latestNps?.score ?? null, latestNps?.at ?? null, openCases, complaints, recent, bits, now]);

    let lifecycle: string;
    if (erased) lifecycle = "churned";
    else if (orderCount === 0) lifecycle = partySource === this.src.list_broker || partySource === this.src.partner_retail || (!webAccount && !appPlatform) ? "lead" : "prospect";
    else if (lastOrderAt! < now - YEAR) lifecycle = persona === "unhappy" || subscriptionCancelled ? "churned" : "lapsed";
    else lifecycle = orderCount === 1 ? "customer" : "repeat";

    const status = erased && erasureDone! <= now ? "erased" : merged ? "merged" : "active";
    const updated = Math.min(now, Math.max(created, lastInteraction ?? 0, lastOrderAt ?? 0, mergedAt ?? 0, erasureDone ?? 0));
    const scrub = status === "erased";
    sink.add(T.party, [
      id, idn.org ? "organization" : "person", status, scrub ? `Erased customer ${id}` : displayName,
      scrub || idn.org ? null : given, scrub || idn.org ? null : family, idn.org ? idn.orgName : null, lifecycle,
      merged ? this.partyId(dupIdx) : null,
      homeCountry.code, scrub ? null : city.region, scrub ? null : city.name, scrub ? null : postal, city.timeZone, partySource, created, updated,
    ]);

    // Segment memberships, evaluated at `now` with the same rules as the saved definitions.
    if (status === "active") {
      const member = (key: SegmentKey, at: number) => {
        sink.add(T.segmentMembership, [id, this.segmentIds[key], Math.min(now, Math.max(created, at))]);
        this.segmentCounts[key]++;
      };
      if (ltv >= 150000) {
        member("high_value", lastOrderAt ?? now);
        if (r.chance(0.1)) member("vip_event", now - 20 * DAY);
      }
      if (latestNps && latestNps.score <= 6 && lastOrderAt !== null && lastOrderAt >= now - YEAR) member("at_risk_detractors", latestNps.at);
      if (lifecycle === "lapsed" && current.get("marketing\temail")?.ev.status === "granted") member("lapsed_email", lastOrderAt! + YEAR);
      if (tier === "gold" || tier === "platinum") member("gold_platinum", tierSince);
      if (openCases > 0 && complaints > 0) member("open_complaints", cases[cases.length - 1]!.at);
    }

  }


  // Helpers that write rows ------------------------------------------------------------------------------

  private contact(sink: RowSink, t: TableSpec, partyId: number, label: string, primary: boolean, at: number, source: number, verified: boolean, rest: (string | null)[]): void {
    const r = this.rng;
    this.contactRow(sink, t, partyId, label, primary, verified ? at + r.int(60, 3 * DAY) : null, at, null, source, at, rest);
  }

  private contactRow(sink: RowSink, t: TableSpec, partyId: number, label: string, primary: boolean, verifiedAt: number | null, validFrom: number | null, validTo: number | null, source: number, capturedAt: number, rest: (string | null)[]): void {
    const at = Math.min(capturedAt, this.now);
    sink.add(t, [partyId, this.nextId(t), label, primary, verifiedAt === null ? null : Math.min(verifiedAt, this.now), validFrom === null ? null : Math.min(validFrom, this.now), validTo, source, at, ...rest]);
    this.contactSources.push(source);
  }

  private interaction(sink: RowSink, partyId: number, caseId: number | null, channel: string, direction: string, agentId: string | null, summary: string, duration: number | null, outcome: string | null, at: number, source: number): void {
    sink.add(T.interaction, [partyId, this.nextId(T.interaction), caseId, channel, direction, agentId, summary, duration, outcome, at, source]);
  }

  private consentAt(consents: ConsentEv[], channel: ConsentChannel, at: number): string | null {
    let status: string | null = null;
    for (const c of consents) {
      if (c.at > at) break;
      if (c.purpose === "marketing" && c.channel === channel) status = c.status;
    }
    return status;
  }

  private nextConsentChange(consents: ConsentEv[], channel: ConsentChannel, after: number): number {
    for (const c of consents) {
      if (c.at > after && c.purpose === "marketing" && c.channel === channel && c.status !== "granted") return c.at;
    }
    return Number.POSITIVE_INFINITY;
  }

  /** Where the party record came from; pure, so a duplicate can pick a different source than its original. */
  partySourceOf(i: number): number {
    const s = this.src;
    if (this.isOrg(i)) {
      const u = this.h(i, 13);
      return u < 0.5 ? s.crm_import : u < 0.8 ? s.web_form : s.service_desk;
    }
    if (this.referrerOf(i) >= 0) return s.web_form;
    const dup = this.dupOf(i);
    if (dup >= 0) {
      const original = this.partySourceOf(dup);
      const choices = [s.pos, s.crm_import, s.web_form, s.partner_retail, s.mobile_app].filter((x) => x !== original);
      return choices[Math.floor(this.h(i, 14) * choices.length)]!;
    }
    if (this.persona(i) === "prospect" && this.h(i, 12) < 0.25) return this.h(i, 15) < 0.6 ? s.list_broker : s.partner_retail;
    return this.partySourceGuess(i);
  }

  private partySourceGuess(i: number): number {
    const u = this.h(i, 11);
    const created = this.created(i);
    if (u < 0.3) return this.src.web_form;
    if (u < 0.52) return this.src.pos;
    if (u < 0.66) return this.src.mobile_app;
    if (u < 0.8) return created < this.start + 200 * DAY ? this.src.crm_import : this.src.web_form;
    if (u < 0.9) return this.src.shop;
    if (u < 0.95) return this.src.partner_retail;
    return this.src.partner_loyalty;
  }

  private supportCase(sink: RowSink, partyId: number, intent: CaseIntent, end: number, cur: string, interactionTimes: number[], cityName: string, social: { network: string } | null): CaseInfo {
    const r = this.rng;
    const now = this.now;
    const id = this.nextId(T.supportCase);
    const number = `CASE-${String(100000 + id)}`;
    const opened = intent.at;
    const complaint = intent.kind === "complaint";
    const firstResp = opened + (intent.priority === "high" || intent.priority === "urgent" ? r.int(10, 240) * MIN : r.int(20, 20 * 60) * MIN);
    const resolveAt = firstResp + (complaint ? r.int(8, 7 * 24) : r.int(1, 48)) * HOUR;
    const pendingAt = r.chance(0.2) ? firstResp + Math.floor((resolveAt - firstResp) * 0.4) : null;
    const closeAt = resolveAt + 3 * DAY;
    const stale = r.chance(0.03);
    let status: string;
    if (now < firstResp || end < firstResp) status = "new";
    else if (now < resolveAt || end < resolveAt || stale) status = pendingAt !== null && now >= pendingAt ? "pending" : "open";
    else if (now < closeAt) status = "resolved";
    else status = "closed";
    const assignee = status === "new" && r.chance(0.5) ? null : this.pickAgent(opened);
    const sla = opened + ({ urgent: 4, high: 8, normal: 24, low: 72 }[intent.priority]) * HOUR;
    const resolved = status === "resolved" || status === "closed";
    const o = intent.order;
    let resolutionCode: string | null = null;
    let resolution: string | null = null;
    let goodwill = 0;
    if (resolved) {
      if (intent.category === "delivery" && complaint) {
        resolutionCode = r.chance(0.5) ? "goodwill_refund" : "redelivered";
        resolution = resolutionCode === "goodwill_refund" ? "Parcel located at the depot and delivered; goodwill credit refunded" : "Carrier re-delivered the parcel; customer informed";
        if (resolutionCode === "goodwill_refund" && o) goodwill = Math.max(100, Math.round((o.total * 0.15) / 100) * 100);
      } else if (intent.category === "returns") {
        resolutionCode = complaint ? "refund_issued" : "label_sent";
        resolution = complaint ? "Refund pushed through with the payment provider" : "Prepaid return label emailed";
      } else if (intent.category === "product") {
        resolutionCode = complaint ? "replacement_sent" : "information_provided";
        resolution = complaint ? "Replacement shipped free of charge" : "Sizing guide and product details sent";
      } else if (intent.category === "billing") {
        resolutionCode = "information_provided";
        resolution = "Explained the charge and sent a copy of the invoice";
      } else {
        resolutionCode = r.pick(["information_provided", "account_updated", "no_fault_found"]);
        resolution = resolutionCode === "account_updated" ? "Account details updated as requested" : "Answered the customer's question";
      }
    }

    // Events on the case.
    const events: [string, string | null, string | null, string | null, string | null, number][] = [];
    events.push(["created", null, "new", null, null, opened]);
    if (assignee) events.push(["assigned", null, assignee.name, null, assignee.id, Math.min(opened + r.int(1, 30) * MIN, firstResp)]);
    if (status !== "new") events.push(["status", "new", "open", null, assignee?.id ?? null, firstResp]);
    if (intent.escalated && status !== "new") events.push(["priority", "normal", "high", "Escalated: repeat complaint", assignee?.id ?? null, firstResp + 60]);
    if (r.chance(0.2) && status !== "new") {
      const note = intent.category === "delivery" ? "Checked carrier tracking: parcel held at the regional depot" : intent.category === "billing" ? "Payment provider confirms a single capture" : "Asked the customer for photos / details";
      events.push(["note", null, null, note, assignee?.id ?? null, firstResp + 30 * MIN]);
    }
    if (pendingAt !== null && status !== "new" && pendingAt <= now) events.push(["status", "open", "pending", "Waiting for the customer", assignee?.id ?? null, pendingAt]);
    if (resolved) events.push(["status", pendingAt !== null ? "pending" : "open", "resolved", resolution, assignee?.id ?? null, resolveAt]);
    if (status === "closed") events.push(["status", "resolved", "closed", "Closed automatically after 3 days", null, closeAt]);
    let updated = opened;
    for (const [kind, from, to, note, staff, at0] of events) {
      const at = Math.min(at0, now);
      sink.add(T.caseEvent, [partyId, id, this.nextId(T.caseEvent), kind, from, to, note, staff, at]);
      if (at > updated) updated = at;
    }
    sink.add(T.supportCase, [
      partyId, id, number, intent.kind, status, intent.priority, intent.category, intent.channel, intent.subject,
      assignee?.id ?? null, resolutionCode, resolution, opened, status === "new" ? null : firstResp, resolved ? resolveAt : null, sla, updated, events.length,
    ]);

    // Communications on the case.
    const src = this.src.service_desk;
    const ch = intent.channel;
    const agentId = assignee?.id ?? null;
    const first = ch === "call" ? `Customer called: ${intent.subject[0]!.toLowerCase()}${intent.subject.slice(1)}`
      : ch === "chat" ? `Chat: ${intent.subject}`
      : ch === "social_dm" ? `DM on ${social?.network ?? "social"}: ${intent.subject}`
      : ch === "in_store" ? `At the ${cityName} store: ${intent.subject}`
      : ch === "sms" ? `Text: ${intent.subject}`
      : `Email: ${intent.subject}`;
    const talk = ch === "call" || ch === "chat" || ch === "in_store";
    this.interaction(sink, partyId, id, ch, "inbound", talk && ch !== "in_store" ? agentId : null, first, talk ? r.int(90, 900) : null, ch === "call" ? "logged" : null, opened, src);
    interactionTimes.push(opened);
    if (status !== "new" && firstResp <= end) {
      const byCall = complaint && r.chance(0.5);
      this.interaction(sink, partyId, id, byCall ? "call" : ch === "chat" ? "chat" : "email", "outbound", agentId,
        complaint ? "Apologised and explained the next steps" : "Replied with the information requested",
        byCall ? r.int(120, 900) : null, byCall ? r.pick(["reached", "reached", "voicemail", "callback_scheduled"]) : null, firstResp, src);
      interactionTimes.push(firstResp);
    }
    if (complaint && status !== "new") {
      const mid = firstResp + Math.floor((Math.min(resolveAt, now) - firstResp) / 2);
      if (mid > firstResp && mid <= end) {
        const byCall = r.chance(0.6);
        this.interaction(sink, partyId, id, byCall ? "call" : "email", "inbound", byCall ? agentId : null,
          intent.category === "delivery" ? "Customer chased: parcel still not here" : "Customer asked for an update",
          byCall ? r.int(120, 600) : null, byCall ? "logged" : null, mid, src);
        interactionTimes.push(mid);
        if (r.chance(0.7)) {
          const t = mid + r.int(1, 6) * HOUR;
          if (t <= end && t <= now) {
            this.interaction(sink, partyId, id, "call", "outbound", agentId, "Called the customer with an update", r.int(60, 720),
              r.pick(["reached", "voicemail", "no_answer", "reached"]), t, src);
            interactionTimes.push(t);
          }
        }
      }
    }
    if (resolved && resolveAt <= end) {
      this.interaction(sink, partyId, id, ch === "sms" ? "sms" : "email", "outbound", agentId, `Resolution sent: ${resolution}`, null, null, resolveAt, src);
      interactionTimes.push(resolveAt);
      if (goodwill > 0 && o && o.paymentId !== null && (o.status === "delivered" || o.status === "shipped" || o.status === "returned")) {
        sink.add(T.refund, [partyId, this.nextId(T.refund), o.id, o.paymentId, goodwill, cur, "Goodwill credit for late delivery", resolveAt, resolveAt]);
        this.refundsTotal += goodwill;
      }
    }
    return { ...intent, id, number, status, resolvedAt: resolved ? resolveAt : null };
  }

  private session(sink: RowSink, partyId: number, platform: "web" | "ios" | "android", start: number, checkout: boolean, order: OrderInfo | null, cat: number): void {
    const r = this.rng;
    const sid = this.nextId(T.webSession);
    const device = r.pick(DEVICES[platform]);
    const products = this.productsByCategory[cat]!;
    const events: [string, string | null, string | null][] = [];
    const landing = r.pick(["/", "/", `/c/${products[0]!.category}`, "/sale", "/new"]);
    events.push(["page_view", landing, null]);
    if (r.chance(0.3)) events.push(["search", `/search`, r.pick(SEARCH_TERMS)]);
    if (checkout && order) {
      const p = this.productById.get(order.productIds[0]!)!;
      events.push(["add_to_cart", `/p/${p.sku}`, p.sku]);
      events.push(["checkout", "/checkout", order.number]);
    } else {
      const views = r.int(0, 1);
      for (let k = 0; k < views; k++) events.push(["page_view", `/p/${r.pick(products).sku}`, null]);
      if (r.chance(0.22)) {
        const p = r.pick(products);
        events.push(["add_to_cart", `/p/${p.sku}`, p.sku]);
        if (r.chance(0.7)) events.push(["abandon", "/cart", p.sku]);
      }
    }
    let t = start;
    let pageViews = 0;
    for (const [kind, path, detail] of events) {
      if (kind === "page_view") pageViews++;
      sink.add(T.webEvent, [partyId, sid, this.nextId(T.webEvent), kind, path, detail, t]);
      t += r.int(10, 240);
    }
    const ended = Math.min(this.now, t + r.int(10, 120));
    sink.add(T.webSession, [partyId, sid, platform, device, start, ended, pageViews, events.length, landing]);
  }

  private npsComment(score: number, complaints: number, late: number, orders: OrderInfo[]): string {
    const r = this.rng;
    if (score <= 6) {
      const lateOrder = orders.find((o) => o.lateDays > 0);
      if (late > 0 && lateOrder) return `My order arrived ${lateOrder.lateDays} days late${complaints > 0 ? " and I had to chase customer service" : ""}.`;
      if (complaints >= 2) return "Had to contact support again and again about the same problem.";
      if (complaints === 1) return "Support took too long to sort out my problem.";
      return r.pick(["Prices have gone up and quality has not.", "Website is slow and checkout keeps failing.", "Nothing special compared to other shops."]);
    }
    if (score <= 8) return r.pick(["Good products, but delivery could be faster.", "Fine overall; a bit pricey.", "Decent, would like more sizes in stock.", "OK experience, the app could be easier."]);
    return r.pick(["Fast delivery and great quality, I recommend you to all my friends.", "Always a smooth experience, reordering in the app is easy.", "Customer service sorted my question in minutes.", "Love the loyalty perks and the quality."]);
  }

  private reviewText(rating: number, p: Product, o: OrderInfo): [string, string] {
    if (rating <= 2) {
      return o.lateDays > 0
        ? ["Good product, terrible delivery", `The ${p.name} itself is fine but it arrived ${o.lateDays} days late.`]
        : ["Disappointed", `The ${p.name} did not live up to the description. Sent it back.`];
    }
    if (rating === 3) return ["It's OK", `The ${p.name} does the job, nothing more.`];
    if (rating === 4) return ["Very good", `Happy with the ${p.name}; good value for the price.`];
    return ["Love it!", `The ${p.name} from ${p.brand} is excellent quality. Would buy again.`];
  }

  // ---------------------------------------------------------------------------------------------
  // After all parties: segments with history, audit log, sign-ins, API keys.

  finish(sink: RowSink): void {
    const r = new Rng(hash(this.seed, 0xf1, 2));
    const now = this.now;
    const owner = (email: string) => this.staffBy(email)?.id ?? null;
    SEGMENTS.forEach((s) => {
      const segId = this.segmentIds[s.key];
      const size = this.segmentCounts[s.key];
      const createdAt = s.kind === "static" ? now - 20 * DAY : now - 365 * DAY + r.int(0, 60) * DAY;
      sink.add(T.segment, [segId, s.name, s.description, s.kind, s.definition === null ? null : JSON.stringify(s.definition), owner(s.owner), createdAt, now - r.int(0, 10) * DAY, now - r.int(0, 6) * HOUR, size]);
      // Monthly size history ending at today's size.
      const months = s.kind === "static" ? 1 : Math.min(12, Math.max(1, Math.floor((now - createdAt) / (30 * DAY))));
      const sizes: number[] = [];
      let v = size;
      for (let k = 0; k < months; k++) {
        sizes.unshift(v);
        v = Math.max(0, Math.round(v * (0.9 + r.next() * 0.12)));
      }
      let prev = 0;
      sizes.forEach((sz, k) => {
        const left = k === 0 ? 0 : Math.min(prev, Math.round(prev * r.next() * 0.08));
        const entered = sz - prev + left;
        const at = now - (sizes.length - 1 - k) * 30 * DAY - r.int(0, 3) * HOUR;
        sink.add(T.segmentSizeHistory, [segId, this.nextId(T.segmentSizeHistory), at, sz, Math.max(0, entered), Math.max(0, entered) === entered ? left : left - entered]);
        prev = sz;
      });
    });

    const admin = this.staffBy("admin@example.com");
    const agent = this.staffBy("agent@example.com");
    const manager = this.staffBy("manager@example.com");
    const marketer = this.staffBy("marketer@example.com");
    const keyId = r.uuid();
    const keyId2 = r.uuid();
    sink.add(T.apiKey, [keyId, "Web shop order sync", "cx360_live_7f3a", hex64(r), "cx_manager", admin?.id ?? null, now - 200 * DAY, now - r.int(0, 3) * HOUR, null]);
    sink.add(T.apiKey, [keyId2, "Old marketing export", "cx360_live_2b91", hex64(r), "marketer", admin?.id ?? null, now - 500 * DAY, now - 130 * DAY, now - 120 * DAY]);

    const audit: [number, string, string | null, string | null, string, string | null, string | null, number | null, Record<string, unknown> | null][] = [
      [now - 30 * DAY, "user", admin?.id ?? null, admin?.email ?? null, "api_key.create", "api_key", keyId, null, { name: "Web shop order sync" }],
      [now - 20 * DAY, "user", marketer?.id ?? null, marketer?.email ?? null, "segment.create", "segment", String(this.segmentIds.vip_event), null, { name: "VIP launch event invitees" }],
      [now - 15 * DAY, "user", marketer?.id ?? null, marketer?.email ?? null, "segment.export", "segment", String(this.segmentIds.high_value), null, { rows: this.segmentCounts.high_value, consentFiltered: true }],
      [now - 9 * DAY, "user", manager?.id ?? null, manager?.email ?? null, "party.view", "party", "1", this.partyId(0), null],
      [now - 6 * DAY, "user", agent?.id ?? null, agent?.email ?? null, "party.view", "party", String(this.partyId(Math.min(2, this.parties - 1))), this.partyId(Math.min(2, this.parties - 1)), null],
      [now - 6 * DAY + 300, "user", agent?.id ?? null, agent?.email ?? null, "interaction.create", "party", String(this.partyId(Math.min(2, this.parties - 1))), this.partyId(Math.min(2, this.parties - 1)), { channel: "call" }],
      [now - 2 * DAY, "api_key", keyId, "Web shop order sync", "ingest.orders", null, null, null, { accepted: 128, rejected: 0 }],
      [now - DAY, "user", admin?.id ?? null, admin?.email ?? null, "user.role_change", "staff_user", this.staffBy("jordan.blake@example.com")?.id ?? null, null, { from: "support_agent", to: "cx_manager" }],
      [now - 120 * DAY, "user", admin?.id ?? null, admin?.email ?? null, "user.disable", "staff_user", this.staffBy("sam.lee@example.com")?.id ?? null, null, null],
      [now - 60, "system", null, "seed", "seed.demo_data", null, null, null, { parties: this.parties, seed: this.seed }],
    ];
    audit.sort((a, b) => a[0] - b[0]);
    for (const [at, kind, actorId, label, action, targetType, targetId, partyId, detail] of audit) {
      sink.add(T.auditLog, [this.nextId(T.auditLog), at, kind, actorId, label, action, targetType, targetId, partyId, detail === null ? null : JSON.stringify(detail), kind === "user" ? `10.0.0.${r.int(2, 250)}` : null]);
    }
    for (let k = 0; k < 30; k++) {
      const s = r.pick(this.staff.filter((x) => x.demo));
      const failed = r.chance(0.15);
      sink.add(T.signInAttempt, [this.nextId(T.signInAttempt), failed && r.chance(0.3) ? "unknown@example.com" : s.email, `10.0.0.${r.int(2, 250)}`, !failed, now - r.int(0, 30 * 24) * HOUR - r.int(0, 3599)]);
    }
  }

  /** The next free id per table after generation (for the identity sequences). */
  maxIds(): Map<TableSpec, number> {
    return new Map(TABLES.map((t) => [t, this.ids[t.index]!]));
  }
}

function hex64(r: Rng): string {
  let s = "";
  for (let k = 0; k < 8; k++) s += Math.floor(r.next() * 0xffffffff).toString(16).padStart(8, "0");
  return s;
}

function keyOf(t: TableSpec): TableKey {
  for (const [k, v] of Object.entries(T)) if (v === t) return k as TableKey;
  throw new Error(`unknown table ${t.name}`);
}

