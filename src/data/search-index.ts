/**
 * The search index of a feed: built once per `Feed` object (feeds are
 * read-only once normalised), it holds what every keystroke needs so that a
 * query over 10,000 offers is a few passes over typed arrays.
 *
 * - Words: a sorted vocabulary of folded words, and per offer the ids of its
 *   words in one flat `Uint32Array` (the field each word came from rides in the
 *   id's top bits). A query word is a range of the sorted vocabulary (every
 *   word it is a prefix of), so matching an offer is one array lookup per word.
 * - Facets: per offer, the interned value of each facet (organisation, trade,
 *   family, region, département, remote) or a bit set (contracts, categories).
 * - Dates: when each offer closes, and the offers in "newest" order.
 *
 * `buildIndex` builds synchronously; `buildIndexAsync` builds in slices that
 * yield to the event loop, for big feeds. Both memoise on the feed.
 */
import { queryTerms, tokenize } from './text.js';
import { CATEGORIES, CONTRACT_TYPES, REMOTE_STATUSES, type Feed, type Offer, type Organisation } from './types.js';

/** The searchable fields of an offer, from the most to the least telling. */
export const SEARCH_FIELDS = ['title', 'trade', 'organisation', 'location', 'excerpt'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * What a query word scores where it matches: a whole word scores twice the
 * field's weight, the start of a word (prefix) scores the weight. An offer's
 * score is the sum, over the query's words, of each word's best match.
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  title: 8,
  trade: 4,
  organisation: 3,
  location: 2,
  excerpt: 1,
};

/** The facets of an offer that lists can be filtered and counted by. */
export const FACET_KEYS = [
  'organisation',
  'trade',
  'family',
  'region',
  'departement',
  'contract',
  'remote',
  'category',
  'beginners',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Facets holding one value per offer, stored as an interned value index (-1: none). */
export type SingleFacetKey = 'organisation' | 'trade' | 'family' | 'region' | 'departement' | 'remote';
/** Facets holding a set of values per offer, stored as a bit set over `values`. */
export type MultiFacetKey = 'contract' | 'category' | 'beginners';

/** The values one facet takes across the feed. */
export interface FacetDictionary {
  /** Every value, in interning order (for enums: their declared order). */
  readonly values: readonly string[];
  /** The value's human label (an organisation's name…), or the value itself. */
  readonly labels: readonly string[];
  /** Position of each value when sorted by label (French collation), then by value. */
  readonly rank: Uint32Array;
  /** Value → its index in `values`. */
  readonly lookup: ReadonlyMap<string, number>;
}

/** Bits 28–30 of a stored token: the field it came from. */
const FIELD_SHIFT = 28;
const WORD_MASK = (1 << FIELD_SHIFT) - 1;
const FIELD_SCORE = Uint32Array.from(SEARCH_FIELDS, (f) => FIELD_WEIGHTS[f]);

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** When summer time starts (index 2, March) or ends (index 9, October) in the EU: last Sunday, 01:00 UTC. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Offset of Europe/Paris from UTC at instant `t` (EU summer-time rules, in force since 1996). */
function parisOffset(t: number): number {
  const year = new Date(t).getUTCFullYear();
  return t >= lastSundayAt1Utc(year, 2) && t < lastSundayAt1Utc(year, 9) ? 2 * HOUR : HOUR;
}

/** The last millisecond of the Paris calendar day containing `t`. */
function endOfParisDay(t: number): number {
  const nextMidnight = Math.floor((t + parisOffset(t)) / DAY) * DAY + DAY; // Paris wall clock, as if UTC
  // Paris midnight is 22:00 or 23:00 UTC; summer time never changes between 21:00 and 23:00 UTC.
  return nextMidnight - parisOffset(nextMidnight - 2 * HOUR) - 1;
}

/**
 * When an offer stops taking applications, epoch milliseconds: the end of its
 * `validThrough` day in metropolitan France (Europe/Paris), `Infinity` without
 * a deadline, `-Infinity` once filled. An offer is open while `now <= closingTime(offer)`.
 */
export function closingTime(offer: Offer): number {
  if (offer.status !== 'open') return -Infinity;
  return offer.validThrough === undefined ? Infinity : endOfParisDay(offer.validThrough);
}

/** The organisation's words: its name and acronym, then those of each ancestor. */
function organisationText(lookups: FeedLookups, id: string): string[] {
  return ancestry(lookups, id).flatMap((org) => [org.name, org.acronym ?? '']);
}

/** The place's words: city, postcode, département code and name, région name. */
function locationText(lookups: FeedLookups, offer: Offer, region: string | undefined): string[] {
  const { addressLocality, postalCode, departement } = offer.jobLocation;
  return [
    addressLocality ?? '',
    postalCode ?? '',
    departement ?? '',
    departement === undefined ? '' : (lookups.departements.get(departement)?.name ?? ''),
    region === undefined ? '' : (lookups.regions.get(region) ?? ''),
  ];
}

/** Id → item maps of a feed's reference lists. */
export interface FeedLookups {
  organisations: Map<string, Organisation>;
  trades: Map<string, { name: string; family: string }>;
  families: Map<string, string>;
  regions: Map<string, string>;
  departements: Map<string, { name: string; region: string }>;
}

const lookupCache = new WeakMap<Feed, FeedLookups>();

/** The id → item maps of a feed, memoised. */
export function feedLookups(feed: Feed): FeedLookups {
  let l = lookupCache.get(feed);
  if (l === undefined) {
    l = {
      organisations: new Map(feed.organisations.map((o) => [o.id, o])),
      trades: new Map(feed.trades.map((t) => [t.id, t])),
      families: new Map(feed.families.map((f) => [f.id, f.name])),
      regions: new Map(feed.regions.map((r) => [r.code, r.name])),
      departements: new Map(feed.departements.map((d) => [d.code, d])),
    };
    lookupCache.set(feed, l);
  }
  return l;
}

/** The organisation with this id, then its parent, grand-parent… (known ones only, each once). */
function ancestry(lookups: FeedLookups, id: string): Organisation[] {
  const chain: Organisation[] = [];
  const seen = new Set<string>();
  for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); ) {
    seen.add(cur);
    const org = lookups.organisations.get(cur);
    if (org === undefined) break;
    chain.push(org);
    cur = org.parent;
  }
  return chain;
}

/** The offer's région code: its own, or its département's. */
export function regionOf(lookups: FeedLookups, offer: Offer): string | undefined {
  const { region, departement } = offer.jobLocation;
  return region ?? (departement === undefined ? undefined : lookups.departements.get(departement)?.region);
}

/** Interns the values of one facet. */
class Interner {
  readonly lookup = new Map<string, number>();
  readonly values: string[] = [];

  constructor(initial: readonly string[] = []) {
    for (const v of initial) this.id(v);
  }

  id(value: string | undefined): number {
    if (value === undefined) return -1;
    let id = this.lookup.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.lookup.set(value, id);
    }
    return id;
  }

  dictionary(label: (value: string) => string): FacetDictionary {
    const labels = this.values.map(label);
    const byLabel = this.values.map((_, i) => i);
    byLabel.sort((a, b) => compareLabels(labels[a] as string, this.values[a] as string, labels[b] as string, this.values[b] as string));
    const rank = new Uint32Array(this.values.length);
    byLabel.forEach((v, r) => (rank[v] = r));
    return { values: this.values, labels, rank, lookup: this.lookup };
  }
}

/** Facet values order: by label in French collation, then by value. */
function compareLabels(labelA: string, valueA: string, labelB: string, valueB: string): number {
  return collator.compare(labelA, labelB) || (valueA < valueB ? -1 : valueA > valueB ? 1 : 0);
}

/** The search index of one feed. Build it with `buildIndex` or `buildIndexAsync`. */
export class SearchIndex {
  /** The feed indexed; offers are referred to by their position in `feed.offers`. */
  readonly feed: Feed;
  /** Number of offers. */
  readonly size: number;
  /** Every folded word of the feed, sorted by UTF-16 code units (so a prefix's words are contiguous). */
  readonly words: readonly string[];
  /** Offer `i`'s words are `tokens[starts[i]] … tokens[starts[i + 1] - 1]`: word id | field << 28. */
  readonly tokens: Uint32Array;
  readonly starts: Uint32Array;
  /** Per offer: when it closes (see `closingTime`). */
  readonly closesAt: Float64Array;
  /** Offer positions, newest first (`datePosted` descending, then by id). */
  readonly newest: Uint32Array;
  /** Per offer: its position in `newest`. */
  readonly newestRank: Uint32Array;
  /** Per facet: the values it takes. */
  readonly dictionaries: Readonly<Record<FacetKey, FacetDictionary>>;
  /** Per single-valued facet, per offer: the value's index in its dictionary, -1 for none. */
  readonly single: Readonly<Record<SingleFacetKey, Int32Array>>;
  /** Per multi-valued facet, per offer: a bit set over the dictionary's values. */
  readonly multi: Readonly<Record<MultiFacetKey, Uint8Array>>;
  /** Per organisation value: itself and its ancestors' values (for counts that roll up). */
  readonly orgAncestors: readonly Int32Array[];
  #deadline: Uint32Array | undefined;

  /** @internal Use `buildIndex`. */
  constructor(parts: Omit<SearchIndex, 'deadline' | 'approximateBytes'>) {
    this.feed = parts.feed;
    this.size = parts.size;
    this.words = parts.words;
    this.tokens = parts.tokens;
    this.starts = parts.starts;
    this.closesAt = parts.closesAt;
    this.newest = parts.newest;
    this.newestRank = parts.newestRank;
    this.dictionaries = parts.dictionaries;
    this.single = parts.single;
    this.multi = parts.multi;
    this.orgAncestors = parts.orgAncestors;
  }

  /**
   * Offer positions, soonest `validThrough` first, offers without one last,
   * ties newest first; computed on first use.
   */
  get deadline(): Uint32Array {
    if (this.#deadline === undefined) {
      const offers = this.feed.offers;
      const due = Float64Array.from(offers, (o) => o.validThrough ?? Number.MAX_VALUE);
      const rank = this.newestRank;
      const order = Array.from(this.newest).sort((a, b) => (due[a] as number) - (due[b] as number) || (rank[a] as number) - (rank[b] as number));
      this.#deadline = Uint32Array.from(order);
    }
    return this.#deadline;
  }

  /**
   * Rough memory held by the index, in bytes: its typed arrays and words
   * (strings counted at one byte per character plus a 16-byte header; the
   * dictionaries, a few hundred short strings, are left out).
   */
  get approximateBytes(): number {
    let bytes = 0;
    for (const w of this.words) bytes += w.length + 16;
    const arrays = [this.tokens, this.starts, this.closesAt, this.newest, this.newestRank, this.#deadline];
    for (const a of [...arrays, ...Object.values(this.single), ...Object.values(this.multi), ...this.orgAncestors]) {
      bytes += a?.byteLength ?? 0;
    }
    return bytes;
  }
}

/**
 * Builds the index step by step: yields `'offer'` after each offer and
 * `'phase'` between the later whole-feed steps, so that a caller may pause there.
 */
function* steps(feed: Feed): Generator<'offer' | 'phase', SearchIndex> {
  const offers = feed.offers;
  const n = offers.length;
  const lookups = feedLookups(feed);

  // Words, interned in order of appearance, sorted at the end.
  const vocab = new Map<string, number>();
  const words: string[] = [];
  const wordIds = (texts: readonly string[]): number[] => {
    const ids: number[] = [];
    for (const text of texts) {
      for (const w of tokenize(text)) {
        let id = vocab.get(w);
        if (id === undefined) {
          id = words.length;
          words.push(w);
          vocab.set(w, id);
        }
        ids.push(id);
      }
    }
    return ids;
  };
  let tokens = new Uint32Array(Math.max(1024, n * 48));
  let length = 0;
  const push = (ids: readonly number[], field: number): void => {
    if (length + ids.length > tokens.length) {
      const grown = new Uint32Array(Math.max(tokens.length * 2, length + ids.length));
      grown.set(tokens);
      tokens = grown;
    }
    const tag = field << FIELD_SHIFT;
    for (const id of ids) tokens[length++] = id | tag;
  };
  // Organisations, trades and places recur across offers: read each once.
  const memo = new Map<string, number[]>();
  const memoIds = (key: string, texts: () => string[]): number[] => {
    let ids = memo.get(key);
    if (ids === undefined) memo.set(key, (ids = wordIds(texts())));
    return ids;
  };

  const facets = {
    organisation: new Interner(feed.organisations.map((o) => o.id)),
    trade: new Interner(feed.trades.map((t) => t.id)),
    family: new Interner(feed.families.map((f) => f.id)),
    region: new Interner(feed.regions.map((r) => r.code)),
    departement: new Interner(feed.departements.map((d) => d.code)),
    remote: new Interner(REMOTE_STATUSES),
  };
  const single: Record<SingleFacetKey, Int32Array> = {
    organisation: new Int32Array(n),
    trade: new Int32Array(n),
    family: new Int32Array(n),
    region: new Int32Array(n),
    departement: new Int32Array(n),
    remote: new Int32Array(n),
  };
  const multi: Record<MultiFacetKey, Uint8Array> = {
    contract: new Uint8Array(n),
    category: new Uint8Array(n),
    beginners: new Uint8Array(n),
  };
  const closesAt = new Float64Array(n);
  const starts = new Uint32Array(n + 1);

  for (let i = 0; i < n; i++) {
    const offer = offers[i] as Offer;
    const trade = offer.occupationalCategory;
    const tradeInfo = trade === undefined ? undefined : lookups.trades.get(trade);
    const region = regionOf(lookups, offer);
    const { addressLocality, postalCode, departement } = offer.jobLocation;
    starts[i] = length;
    // Fields in SEARCH_FIELDS order; organisations, trades and places recur, so their words are memoised.
    push(wordIds([offer.title]), 0);
    push(memoIds(`t\u0000${trade ?? ''}`, () => [tradeInfo?.name ?? '']), 1);
    push(memoIds(`o\u0000${offer.hiringOrganization}`, () => organisationText(lookups, offer.hiringOrganization)), 2);
    const place = `l\u0000${addressLocality ?? ''}\u0000${postalCode ?? ''}\u0000${departement ?? ''}\u0000${region ?? ''}`;
    push(memoIds(place, () => locationText(lookups, offer, region)), 3);
    push(wordIds([offer.excerpt ?? '']), 4);

    single.organisation[i] = facets.organisation.id(offer.hiringOrganization);
    single.trade[i] = facets.trade.id(trade);
    single.family[i] = facets.family.id(tradeInfo?.family);
    single.region[i] = facets.region.id(region);
    single.departement[i] = facets.departement.id(departement);
    single.remote[i] = facets.remote.id(offer.remote);
    multi.contract[i] = bits(CONTRACT_TYPES, offer.employmentType);
    multi.category[i] = bits(CATEGORIES, offer.category);
    multi.beginners[i] = offer.openToBeginners ? 2 : 1; // values: ['false', 'true']
    closesAt[i] = closingTime(offer);

    yield 'offer';
  }
  starts[n] = length;
  yield 'phase';

  // Sort the vocabulary and renumber the tokens: a prefix's words become one id range.
  const sorted = words.slice().sort();
  const renumber = new Uint32Array(words.length);
  sorted.forEach((w, id) => (renumber[vocab.get(w) as number] = id));
  yield 'phase';
  const stored = tokens.slice(0, length);
  for (let k = 0; k < length; k++) {
    const t = stored[k] as number;
    stored[k] = (t & ~WORD_MASK) | (renumber[t & WORD_MASK] as number);
  }
  yield 'phase';

  // Newest first: sorting on plain arrays of keys is several times faster than comparing offers.
  const posted = Float64Array.from(offers, (o) => o.datePosted);
  const ids = offers.map((o) => o.id);
  const byDate = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (posted[b] as number) - (posted[a] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0),
  );
  const newest = Uint32Array.from(byDate);
  const newestRank = new Uint32Array(n);
  newest.forEach((i, r) => (newestRank[i] = r));
  yield 'phase';

  // Organisations' ancestors, for counts that roll up (parents met on the way are interned too).
  const orgs = facets.organisation;
  const orgAncestors: Int32Array[] = [];
  for (let v = 0; v < orgs.values.length; v++) {
    const chain = [v];
    const seen = new Set<string>([orgs.values[v] as string]);
    for (let p = lookups.organisations.get(orgs.values[v] as string)?.parent; p !== undefined && !seen.has(p); ) {
      seen.add(p);
      chain.push(orgs.id(p));
      p = lookups.organisations.get(p)?.parent;
    }
    orgAncestors.push(Int32Array.from(chain));
  }

  const name = (map: ReadonlyMap<string, { name: string } | string>) => (v: string) => {
    const item = map.get(v);
    return item === undefined ? v : typeof item === 'string' ? item : item.name;
  };
  const dictionaries: Record<FacetKey, FacetDictionary> = {
    organisation: orgs.dictionary(name(lookups.organisations)),
    trade: facets.trade.dictionary(name(lookups.trades)),
    family: facets.family.dictionary(name(lookups.families)),
    region: facets.region.dictionary(name(lookups.regions)),
    departement: facets.departement.dictionary(name(lookups.departements)),
    remote: facets.remote.dictionary(String),
    contract: new Interner(CONTRACT_TYPES).dictionary(String),
    category: new Interner(CATEGORIES).dictionary(String),
    beginners: new Interner(['false', 'true']).dictionary(String),
  };

  return new SearchIndex({
    feed,
    size: n,
    words: sorted,
    tokens: stored,
    starts,
    closesAt,
    newest,
    newestRank,
    dictionaries,
    single,
    multi,
    orgAncestors,
  });
}

function bits<T>(all: readonly T[], chosen: readonly T[]): number {
  let b = 0;
  for (const v of chosen) {
    const at = all.indexOf(v);
    if (at >= 0) b |= 1 << at;
  }
  return b;
}

const built = new WeakMap<Feed, SearchIndex>();

/** The feed's index, built now if it was not yet (memoised on the feed object). */
export function buildIndex(feed: Feed): SearchIndex {
  let index = built.get(feed);
  if (index === undefined) {
    const run = steps(feed);
    let step = run.next();
    while (step.done !== true) step = run.next();
    index = step.value;
    built.set(feed, index);
  }
  return index;
}

/** Whether the feed's index is built (then `buildIndex` returns at once). */
export function hasIndex(feed: Feed): boolean {
  return built.has(feed);
}

export interface BuildIndexOptions {
  /** Stops waiting; the build itself stops once no caller waits for it. */
  signal?: AbortSignal;
  /**
   * Offers indexed between two yields to the event loop. By default a slice
   * lasts about `SLICE_MS` milliseconds, however many offers that is.
   */
  yieldEvery?: number;
}

/** How many callers wait for a build, and whether it was given up. */
interface BuildState {
  waiters: number;
  cancelled: boolean;
}
/** A build in progress, shared by every caller that asked for the same feed. */
interface SharedBuild extends BuildState {
  promise: Promise<SearchIndex>;
}
const building = new WeakMap<Feed, SharedBuild>();

/** Gives the event loop a turn: `scheduler.yield()` where there is one, else a message-channel task. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How long a slice of an asynchronous build lasts by default, in milliseconds. */
export const SLICE_MS = 8;

async function runSliced(feed: Feed, perSlice: number | undefined, state: BuildState): Promise<SearchIndex> {
  const run = steps(feed);
  let pause = true;
  for (let sliceStart = 0, inSlice = 0; ; ) {
    if (pause) {
      await yieldToEventLoop();
      const done = built.get(feed); // a synchronous build may have finished meanwhile
      if (done !== undefined) return done;
      if (state.cancelled) throw new DOMException('The index build was cancelled.', 'AbortError');
      sliceStart = performance.now();
      inSlice = 0;
    }
    const step = run.next();
    if (step.done === true) {
      built.set(feed, step.value);
      return step.value;
    }
    inSlice += 1;
    pause =
      step.value === 'phase' || (perSlice === undefined ? performance.now() - sliceStart >= SLICE_MS : inSlice >= perSlice);
  }
}

/**
 * The feed's index, built in slices (of `yieldEvery` offers, or of about
 * `SLICE_MS` milliseconds) that yield to the event loop in between, so that the page stays responsive while a big feed
 * is indexed. Memoised like `buildIndex`; callers asking for the same feed
 * share one build. Rejects with the signal's reason when it aborts.
 */
export function buildIndexAsync(feed: Feed, options: BuildIndexOptions = {}): Promise<SearchIndex> {
  const { signal } = options;
  const done = built.get(feed);
  if (done !== undefined) return Promise.resolve(done);
  if (signal?.aborted === true) return Promise.reject(signal.reason);
  let shared = building.get(feed);
  if (shared === undefined) {
    const every = Math.floor(options.yieldEvery ?? Number.NaN);
    const perSlice = every >= 1 ? every : undefined;
    const state: BuildState = { waiters: 0, cancelled: false };
    const promise: Promise<SearchIndex> = runSliced(feed, perSlice, state).finally(() => {
      if (building.get(feed)?.promise === promise) building.delete(feed);
    });
    promise.catch(() => undefined); // a cancelled build has nobody left to tell
    shared = Object.assign(state, { promise });
    building.set(feed, shared);
  }
  const s = shared;
  s.waiters += 1;
  if (signal === undefined) return s.promise;
  return new Promise<SearchIndex>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason);
      s.waiters -= 1;
      if (s.waiters === 0) {
        s.cancelled = true;
        if (building.get(feed) === s) building.delete(feed);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    s.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Scores every offer against a keyword query: 0 when the offer does not
 * contain every term of the query (a term matches a word it is the start of),
 * otherwise the sum of each term's best match (see `FIELD_WEIGHTS`).
 * Returns `null` when the query has no term (nothing to filter on).
 */
export function searchScores(index: SearchIndex, keywords: string): Uint32Array | null {
  const terms = queryTerms(keywords);
  if (terms.length === 0) return null;
  const { words, tokens, starts, size } = index;
  const scores = new Uint32Array(size);
  // Per term, per word of the vocabulary: 2 for the term itself, 1 for a word it starts, 0 otherwise.
  const masks: Uint8Array[] = [];
  for (const forms of terms) {
    const mask = new Uint8Array(words.length);
    let any = false;
    for (const form of forms) {
      const lo = lowerBound(words, form);
      const hi = lowerBound(words, `${form}\uffff`);
      if (lo === hi) continue;
      any = true;
      mask.fill(1, lo, hi);
      if (words[lo] === form) mask[lo] = 2;
    }
    if (!any) return scores; // a term no word starts with: nothing matches
    masks.push(mask);
  }
  for (let i = 0; i < size; i++) {
    const from = starts[i] as number;
    const to = starts[i + 1] as number;
    let total = 0;
    for (const mask of masks) {
      let best = 0;
      for (let k = from; k < to; k++) {
        const t = tokens[k] as number;
        const m = mask[t & WORD_MASK] as number;
        if (m !== 0) {
          const s = (FIELD_SCORE[t >>> FIELD_SHIFT] as number) * m;
          if (s > best) best = s;
        }
      }
      if (best === 0) {
        total = 0;
        break;
      }
      total += best;
    }
    scores[i] = total;
  }
  return scores;
}

/** First position in sorted `words` whose word is not below `w` (UTF-16 order). */
function lowerBound(words: readonly string[], w: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
