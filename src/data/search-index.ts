/**
 * The search index of a feed: built once per `Feed` object (feeds are
 * read-only once normalised), it holds what every keystroke needs so that a
 * query over 10,000 offers is a few passes over typed arrays.
 *
 * - Words: a sorted vocabulary of folded words. A query word is a range of it
 *   (every word it is a prefix of), so matching a stored word is one array lookup.
 * - An offer's own words (title, excerpt), each once, in the most telling field
 *   it appears in: one byte per word for the 254 most common words of the feed,
 *   the others in a side array. A word the offer's trade, organisation or place
 *   has is not repeated from its excerpt: those fields always score more.
 * - The words of trades, organisations and places, once per distinct value
 *   (not once per offer): an offer reaches them through its facet values.
 * - Facets: per offer, the interned value of each facet (organisation, trade,
 *   family, region, département, remote) or a bit set (contracts, categories).
 * - Dates: the offers in "newest" order (and, on first use, by deadline).
 *
 * `buildIndex` builds synchronously; `buildIndexAsync` builds in slices that
 * yield to the event loop, for big feeds. Both memoise on the feed.
 */
import type { FacetKey } from './facets.js';
import { ancestry, feedLookups, regionOf, type FeedLookups } from './feed-lookups.js';
import { SLICE_MS, yieldToEventLoop } from './slices.js';
import { queryTerms, tokenize } from './text.js';
import { CATEGORIES, CONTRACT_TYPES, REMOTE_STATUSES, type Feed, type Offer } from './types.js';

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

/** Word codes, 16 bits each while the vocabulary allows, else 32. */
export type WordCodes = Uint16Array | Uint32Array;
/** Small interned values: -1 for none. */
export type ValueIds = Int8Array | Int16Array | Int32Array;

/** The words of each distinct value of a field: value `v`'s are `codes[starts[v]] … codes[starts[v + 1] - 1]`. */
export interface ValueWords {
  readonly starts: Uint32Array;
  readonly codes: WordCodes;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

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
  /**
   * The code of each word of `words`: its rank by how many offers have it in their own words
   * (0: the most common), so that common words take less room in `tokens`.
   */
  readonly codes: WordCodes;
  /**
   * The offers' own words (title and excerpt), one byte each, offer `i`'s in
   * `tokens[starts[i]] … tokens[starts[i + 1] - 1]`: the title's words, then byte 254 and the excerpt's
   * words that neither the title nor the offer's trade, organisation and place have. A byte below 254
   * is a word's code; byte 255 stands for the next code of `rare`.
   */
  readonly tokens: Uint8Array;
  readonly starts: Uint32Array;
  /** The codes of the less common words (byte 255 in `tokens`), in the order of `tokens`: read them in order. */
  readonly rare: WordCodes;
  /** Words of each trade and organisation value (see `dictionaries`), and of each place. */
  readonly valueWords: Readonly<Record<'trade' | 'organisation' | 'location', ValueWords>>;
  /** Per offer: its place, an index into `valueWords.location`. */
  readonly place: ValueIds;
  /** Offer positions, newest first (`datePosted` descending, then by id). */
  readonly newest: Uint16Array | Uint32Array;
  /** Per facet: the values it takes. */
  readonly dictionaries: Readonly<Record<FacetKey, FacetDictionary>>;
  /** Per single-valued facet, per offer: the value's index in its dictionary, -1 for none. */
  readonly single: Readonly<Record<SingleFacetKey, ValueIds>>;
  /** Per multi-valued facet, per offer: a bit set over the dictionary's values. */
  readonly multi: Readonly<Record<MultiFacetKey, Uint8Array>>;
  /** Per organisation value: itself and its ancestors' values (for counts that roll up). */
  readonly orgAncestors: readonly Int32Array[];
  #deadline: Uint16Array | Uint32Array | undefined;

  /** @internal Use `buildIndex`. */
  constructor(parts: Omit<SearchIndex, 'deadline' | 'approximateBytes'>) {
    this.feed = parts.feed;
    this.size = parts.size;
    this.words = parts.words;
    this.codes = parts.codes;
    this.tokens = parts.tokens;
    this.starts = parts.starts;
    this.rare = parts.rare;
    this.valueWords = parts.valueWords;
    this.place = parts.place;
    this.newest = parts.newest;
    this.dictionaries = parts.dictionaries;
    this.single = parts.single;
    this.multi = parts.multi;
    this.orgAncestors = parts.orgAncestors;
  }

  /**
   * Offer positions, soonest `validThrough` first, offers without one last,
   * ties newest first; computed on first use.
   */
  get deadline(): Uint16Array | Uint32Array {
    if (this.#deadline === undefined) {
      const offers = this.feed.offers;
      const due = Float64Array.from(offers, (o) => o.validThrough ?? Number.MAX_VALUE);
      const rank = new Uint32Array(this.size);
      this.newest.forEach((i, r) => (rank[i] = r));
      const order = Array.from(this.newest).sort((a, b) => (due[a] as number) - (due[b] as number) || (rank[a] as number) - (rank[b] as number));
      this.#deadline = positions(order);
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
    const arrays = [this.codes, this.tokens, this.starts, this.rare, this.place, this.newest, this.#deadline];
    for (const v of Object.values(this.valueWords)) arrays.push(v.starts, v.codes);
    for (const a of [...arrays, ...Object.values(this.single), ...Object.values(this.multi), ...this.orgAncestors]) {
      bytes += a?.byteLength ?? 0;
    }
    return bytes;
  }
}

/** Offer positions in the smallest array that holds them. */
function positions(list: ArrayLike<number>): Uint16Array | Uint32Array {
  return list.length <= 0x10000 ? Uint16Array.from(list) : Uint32Array.from(list);
}

/** Word codes (below `count`) in the smallest array that holds them. */
function wordCodes(list: ArrayLike<number>, count: number): WordCodes {
  return count <= 0x10000 ? Uint16Array.from(list) : Uint32Array.from(list);
}

const TITLE = FIELD_WEIGHTS.title;
const EXCERPT_WEIGHT = FIELD_WEIGHTS.excerpt;

/** In `SearchIndex.tokens`: the excerpt's words follow. */
const EXCERPT_MARK = 254;
/** In `SearchIndex.tokens`: the word is the next one of `SearchIndex.rare`. */
const RARE = 255;
/** Marks a word of the excerpt while building. */
const EXCERPT = 0x80000000;

/**
 * Builds the index step by step: yields `'offer'` after each offer and
 * `'phase'` between the later whole-feed steps, so that a caller may pause there.
 */
function* steps(feed: Feed): Generator<'offer' | 'phase', SearchIndex> {
  const offers = feed.offers;
  const n = offers.length;
  const lookups = feedLookups(feed);

  // Words, interned in order of appearance (ids), sorted and coded at the end.
  const vocab = new Map<string, number>();
  const words: string[] = [];
  /** Per word id: how many offers have it in their own words. */
  const counts: number[] = [];
  const wordId = (w: string): number => {
    let id = vocab.get(w);
    if (id === undefined) {
      id = words.length;
      words.push(w);
      vocab.set(w, id);
      counts.push(0);
    }
    return id;
  };
  /** The ids of the words of `texts`, each once. */
  const wordIds = (texts: readonly string[]): number[] => [...new Set(texts.flatMap(tokenize).map(wordId))];

  // The offers' own words, as ids (| EXCERPT). `seen[id]` is the last offer (+ 1) that has word `id` so far.
  const seen: number[] = [];
  let ids = new Uint32Array(Math.max(1024, n * 16));
  let length = 0;
  /** Keeps the offer's words of `text` that it does not have yet; `flag` marks the field. */
  const own = (i: number, text: string, flag: number): void => {
    for (const w of tokenize(text)) {
      const id = wordId(w);
      if (seen[id] === i + 1) continue;
      seen[id] = i + 1;
      counts[id] = (counts[id] as number) + 1;
      if (length === ids.length) {
        const grown = new Uint32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[length++] = id | flag;
    }
  };
  // Trades, organisations and places recur across offers: their words are read once per value.
  const tradeWords: number[][] = [];
  const orgWords: number[][] = [];
  const placeWords: number[][] = [];
  const places = new Interner();

  const facets = {
    organisation: new Interner(feed.organisations.map((o) => o.id)),
    trade: new Interner(feed.trades.map((t) => t.id)),
    family: new Interner(feed.families.map((f) => f.id)),
    region: new Interner(feed.regions.map((r) => r.code)),
    departement: new Interner(feed.departements.map((d) => d.code)),
    remote: new Interner(REMOTE_STATUSES),
  };
  const values = {
    organisation: new Int32Array(n),
    trade: new Int32Array(n),
    family: new Int32Array(n),
    region: new Int32Array(n),
    departement: new Int32Array(n),
    remote: new Int32Array(n),
  };
  const place = new Int32Array(n);
  const multi: Record<MultiFacetKey, Uint8Array> = {
    contract: new Uint8Array(n),
    category: new Uint8Array(n),
    beginners: new Uint8Array(n),
  };
  const starts = new Uint32Array(n + 1);

  for (let i = 0; i < n; i++) {
    const offer = offers[i] as Offer;
    const tradeId = offer.occupationalCategory;
    const tradeInfo = tradeId === undefined ? undefined : lookups.trades.get(tradeId);
    const region = regionOf(lookups, offer);
    const { addressLocality, postalCode, departement } = offer.jobLocation;
    const t = facets.trade.id(tradeId);
    const o = facets.organisation.id(offer.hiringOrganization);
    const p = places.id(`${addressLocality ?? ''}\u0000${postalCode ?? ''}\u0000${departement ?? ''}\u0000${region ?? ''}`);
    if (t >= 0) tradeWords[t] ??= wordIds([tradeInfo?.name ?? '']);
    orgWords[o] ??= wordIds(organisationText(lookups, offer.hiringOrganization));
    placeWords[p] ??= wordIds(locationText(lookups, offer, region));

    starts[i] = length;
    own(i, offer.title, 0);
    // The excerpt's words that the trade, organisation or place has score more there: left out.
    for (const list of [t >= 0 ? tradeWords[t] : undefined, orgWords[o], placeWords[p]]) {
      for (const id of list ?? []) seen[id] = i + 1;
    }
    own(i, offer.excerpt ?? '', EXCERPT);

    values.organisation[i] = o;
    values.trade[i] = t;
    values.family[i] = facets.family.id(tradeInfo?.family);
    values.region[i] = facets.region.id(region);
    values.departement[i] = facets.departement.id(departement);
    values.remote[i] = facets.remote.id(offer.remote);
    place[i] = p;
    multi.contract[i] = bits(CONTRACT_TYPES, offer.employmentType);
    multi.category[i] = bits(CATEGORIES, offer.category);
    multi.beginners[i] = offer.openToBeginners ? 2 : 1; // values: ['false', 'true']

    yield 'offer';
  }
  starts[n] = length;
  yield 'phase';

  // Sort the vocabulary (a prefix's words become one range of it); code the words by frequency.
  const sorted = words.slice().sort();
  const byCount = Array.from(words, (_, id) => id).sort(
    (a, b) => (counts[b] as number) - (counts[a] as number) || ((words[a] as string) < (words[b] as string) ? -1 : 1),
  );
  const code = new Uint32Array(words.length);
  byCount.forEach((id, c) => (code[id] = c));
  const codes = wordCodes(
    sorted.map((w) => code[vocab.get(w) as number] as number),
    words.length,
  );
  yield 'phase';

  // Encode each offer's words: title, then EXCERPT_MARK and the excerpt; a code too big for a byte goes to `rare`.
  const bytes = new Uint8Array(length + n);
  const rare: number[] = [];
  let at = 0;
  for (let i = 0, from = 0; i < n; i++) {
    const to = starts[i + 1] as number;
    starts[i] = at;
    let excerpt = false;
    for (let k = from; k < to; k++) {
      const id = ids[k] as number;
      if (!excerpt && (id & EXCERPT) !== 0) {
        excerpt = true;
        bytes[at++] = EXCERPT_MARK;
      }
      const c = code[id & ~EXCERPT] as number;
      if (c < EXCERPT_MARK) bytes[at++] = c;
      else {
        bytes[at++] = RARE;
        rare.push(c);
      }
    }
    from = to;
  }
  starts[n] = at;
  yield 'phase';

  // Newest first: sorting on plain arrays of keys is several times faster than comparing offers.
  const posted = Float64Array.from(offers, (o) => o.datePosted);
  const offerIds = offers.map((o) => o.id);
  const byDate = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      (posted[b] as number) - (posted[a] as number) ||
      ((offerIds[a] as string) < (offerIds[b] as string) ? -1 : (offerIds[a] as string) > (offerIds[b] as string) ? 1 : 0),
  );
  const newest = positions(byDate);
  yield 'phase';

  // Organisations' ancestors, for counts that roll up (parents met on the way are interned too).
  const orgs = facets.organisation;
  const orgAncestors: Int32Array[] = [];
  for (let v = 0; v < orgs.values.length; v++) {
    const chain = [v];
    const met = new Set<string>([orgs.values[v] as string]);
    for (let p = lookups.organisations.get(orgs.values[v] as string)?.parent; p !== undefined && !met.has(p); ) {
      met.add(p);
      chain.push(orgs.id(p));
      p = lookups.organisations.get(p)?.parent;
    }
    orgAncestors.push(Int32Array.from(chain));
  }

  /** The words of each value, coded, in one array. */
  const valueWords = (lists: (number[] | undefined)[], count: number): ValueWords => {
    const from = new Uint32Array(count + 1);
    const flat: number[] = [];
    for (let v = 0; v < count; v++) {
      from[v] = flat.length;
      for (const id of lists[v] ?? []) flat.push(code[id] as number);
    }
    from[count] = flat.length;
    return { starts: from, codes: wordCodes(flat, words.length) };
  };
  /** Interned values in the smallest array that holds them. */
  const narrow = (list: Int32Array, count: number): ValueIds => {
    const out = count <= 0x7f ? new Int8Array(n) : count <= 0x7fff ? new Int16Array(n) : new Int32Array(n);
    out.set(list);
    return out;
  };

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
  const single = {} as Record<SingleFacetKey, ValueIds>;
  for (const key of Object.keys(values) as SingleFacetKey[]) single[key] = narrow(values[key], facets[key].values.length);

  return new SearchIndex({
    feed,
    size: n,
    words: sorted,
    codes,
    tokens: bytes.slice(0, at),
    rare: wordCodes(rare, words.length),
    starts,
    valueWords: {
      trade: valueWords(tradeWords, facets.trade.values.length),
      organisation: valueWords(orgWords, orgs.values.length),
      location: valueWords(placeWords, places.values.length),
    },
    place: narrow(place, places.values.length),
    newest,
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
  const { words, codes, tokens, rare, starts, size, valueWords, single, place } = index;
  const scores = new Uint32Array(size);
  // Per term: per word code, 2 for the term itself, 1 for a word it starts, 0 otherwise;
  // and the best score of each trade, organisation and place value (at index value + 1: 0 is "none").
  const masks: Uint8Array[] = [];
  const tradeScores: Uint8Array[] = [];
  const orgScores: Uint8Array[] = [];
  const placeScores: Uint8Array[] = [];
  for (const forms of terms) {
    const mask = new Uint8Array(words.length);
    let any = false;
    for (const form of forms) {
      const lo = lowerBound(words, form);
      const hi = lowerBound(words, `${form}\uffff`);
      for (let w = lo; w < hi; w++) mask[codes[w] as number] ||= 1;
      if (lo < hi && words[lo] === form) mask[codes[lo] as number] = 2;
      any ||= lo < hi;
    }
    if (!any) return scores; // a term no word starts with: nothing matches
    masks.push(mask);
    tradeScores.push(valueScores(valueWords.trade, mask, FIELD_WEIGHTS.trade));
    orgScores.push(valueScores(valueWords.organisation, mask, FIELD_WEIGHTS.organisation));
    placeScores.push(valueScores(valueWords.location, mask, FIELD_WEIGHTS.location));
  }
  const { trade, organisation } = single;
  for (let i = 0, r = 0; i < size; i++) {
    const from = starts[i] as number;
    const to = starts[i + 1] as number;
    const t = (trade[i] as number) + 1;
    const o = (organisation[i] as number) + 1;
    const p = (place[i] as number) + 1;
    const firstRare = r;
    let total = 0;
    for (let q = 0; q < masks.length; q++) {
      const mask = masks[q] as Uint8Array;
      let best = Math.max((tradeScores[q] as Uint8Array)[t] as number, (orgScores[q] as Uint8Array)[o] as number, (placeScores[q] as Uint8Array)[p] as number);
      // The offer's own words (see `SearchIndex.tokens`); each pass reads its rare words again.
      let weight = TITLE;
      r = firstRare;
      for (let k = from; k < to; k++) {
        let c = tokens[k] as number;
        if (c >= EXCERPT_MARK) {
          if (c === EXCERPT_MARK) {
            weight = EXCERPT_WEIGHT;
            continue;
          }
          c = rare[r++] as number;
        }
        const m = mask[c] as number;
        if (m !== 0 && weight * m > best) best = weight * m;
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

/** The best score of each value's words for one term (at index value + 1; index 0, no value, scores 0). */
function valueScores({ starts, codes }: ValueWords, mask: Uint8Array, weight: number): Uint8Array {
  const out = new Uint8Array(starts.length);
  for (let v = 0; v + 1 < starts.length; v++) {
    let best = 0;
    for (let k = starts[v] as number, end = starts[v + 1] as number; k < end; k++) best = Math.max(best, mask[codes[k] as number] as number);
    out[v + 1] = best * weight;
  }
  return out;
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
