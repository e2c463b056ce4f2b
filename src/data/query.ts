/**
 * Querying a feed's offers: keywords, filters, facet counts, sort and page,
 * in one pass over the feed's search index (see `search-index.ts`).
 *
 * Within one filter the chosen values are OR'ed, across filters they are
 * AND'ed; an empty list filters nothing. Facet counts are disjunctive: each
 * facet is counted with every other filter applied, but not its own, so that
 * a list of checkboxes shows what ticking one more box would add.
 */
import { FACET_KEYS, type FacetKey } from './facets.js';
import { startOfParisDay } from './feed-lookups.js';
import {
  buildIndex,
  searchScores,
  type MultiFacetKey,
  type SearchIndex,
  type SingleFacetKey,
  type ValueIds,
} from './search-index.js';
import type { Category, ContractType, Feed, Offer, RemoteStatus } from './types.js';

export type { FacetKey } from './facets.js';

export interface OfferFilters {
  /** Words to look for; each must start a word of the offer (title, trade, organisation, place, excerpt). */
  keywords?: string;
  /** Organisation ids; an organisation includes all its services. */
  organisation?: string[];
  /** Trade (métier) ids. */
  trade?: string[];
  /** Trade family ids: offers whose trade belongs to one of them. */
  family?: string[];
  /** Région codes (the offer's own, else its département's). */
  region?: string[];
  /** Département codes. */
  departement?: string[];
  /** Offers open to any of these contracts. */
  contract?: ContractType[];
  remote?: RemoteStatus[];
  /** Offers open to any of these categories. */
  category?: Category[];
  /** Only offers open to beginners. */
  beginners?: boolean;
  /** include filled and expired offers; default false */
  includeClosed?: boolean;
}

export type OfferSort = 'newest' | 'deadline' | 'relevance';

export interface FacetCount {
  value: string;
  count: number;
}

export interface QueryOptions {
  /** `newest` (default), `deadline` (soonest first, none last) or `relevance` (newest without keywords). */
  sort?: OfferSort;
  /** 1-based; clamped to the pages there are. */
  page?: number;
  /** Offers per page, default 20. */
  pageSize?: number;
  /** The time offers are open at, epoch milliseconds; default `Date.now()`. */
  now?: number;
  /** Facets to count: a list, or `true` for all of them. Default none. */
  facets?: FacetKey[] | boolean;
}

export interface QueryResult {
  /** Offers matching, over all pages. */
  total: number;
  /** The page returned, 1-based, within [1, pageCount]. */
  page: number;
  /** At least 1, even when nothing matches. */
  pageCount: number;
  /** The page's offers. */
  offers: Offer[];
  /**
   * The counts asked for; values counting 0 are left out; by count descending, then label. Shared by the pages of a
   * query (the last one of each feed is kept, so that another page only slices it): read them, do not change them.
   */
  readonly facets: Readonly<Partial<Record<FacetKey, readonly FacetCount[]>>>;
}

const DEFAULT_PAGE_SIZE = 20;

const descendantsCache = new WeakMap<Feed, { children: Map<string, string[]>; sets: Map<string, Set<string>> }>();

/**
 * The id and the ids of all the organisation's services, at any depth, via
 * `parent`. Memoised per feed: the set returned is shared, do not change it.
 */
export function organisationAndDescendants(feed: Feed, id: string): Set<string> {
  let cache = descendantsCache.get(feed);
  if (cache === undefined) {
    const children = new Map<string, string[]>();
    for (const o of feed.organisations) {
      if (o.parent === undefined) continue;
      const list = children.get(o.parent);
      if (list === undefined) children.set(o.parent, [o.id]);
      else list.push(o.id);
    }
    cache = { children, sets: new Map() };
    descendantsCache.set(feed, cache);
  }
  let set = cache.sets.get(id);
  if (set === undefined) {
    set = new Set([id]);
    for (const current of set) for (const child of cache.children.get(current) ?? []) set.add(child);
    cache.sets.set(id, set);
  }
  return set;
}

/** Which facet each filter narrows. */
const SINGLE_FILTERS: readonly SingleFacetKey[] = ['organisation', 'trade', 'family', 'region', 'departement', 'remote'];
const FACET_BIT: Readonly<Record<FacetKey, number>> = Object.fromEntries(FACET_KEYS.map((k, i) => [k, i])) as Record<FacetKey, number>;

/** A filter compiled against the index: which values of its facet pass. */
interface CompiledSingle {
  key: SingleFacetKey;
  bit: number;
  values: ValueIds;
  allowed: Uint8Array;
}
interface CompiledMulti {
  key: MultiFacetKey;
  bit: number;
  values: Uint8Array;
  allowed: number;
}

function compileSingle(index: SearchIndex, key: SingleFacetKey, chosen: readonly string[]): CompiledSingle {
  const { lookup, values } = index.dictionaries[key];
  const allowed = new Uint8Array(values.length);
  for (const value of chosen) {
    const ids = key === 'organisation' ? organisationAndDescendants(index.feed, value) : [value];
    for (const id of ids) {
      const v = lookup.get(id);
      if (v !== undefined) allowed[v] = 1;
    }
  }
  return { key, bit: FACET_BIT[key], values: index.single[key], allowed };
}

function compileMulti(index: SearchIndex, key: MultiFacetKey, chosen: readonly string[]): CompiledMulti {
  const all = index.dictionaries[key].values;
  let allowed = 0;
  for (const value of chosen) {
    const at = all.indexOf(value);
    if (at >= 0) allowed |= 1 << at;
  }
  return { key, bit: FACET_BIT[key], values: index.multi[key], allowed };
}

function selectedFacets(option: QueryOptions['facets']): FacetKey[] {
  if (option === true) return [...FACET_KEYS];
  if (Array.isArray(option)) return FACET_KEYS.filter((k) => option.includes(k));
  return [];
}

/** Per facet counts, then the sorted, non-zero result. */
class FacetCounter {
  readonly counts: Partial<Record<FacetKey, Uint32Array>> = {};
  /** Bit set of the facets being counted. */
  readonly wanted: number;

  constructor(
    private readonly index: SearchIndex,
    readonly keys: readonly FacetKey[],
  ) {
    let wanted = 0;
    for (const key of keys) {
      this.counts[key] = new Uint32Array(index.dictionaries[key].values.length);
      wanted |= 1 << FACET_BIT[key];
    }
    this.wanted = wanted;
  }

  /** Counts offer `i` in facet `key`. */
  add(key: FacetKey, i: number): void {
    const counts = this.counts[key] as Uint32Array;
    if (key === 'contract' || key === 'category' || key === 'beginners') {
      for (let b = this.index.multi[key][i] as number, at = 0; b !== 0; b >>>= 1, at++) {
        if ((b & 1) !== 0) counts[at] = (counts[at] as number) + 1;
      }
    } else {
      const v = this.index.single[key][i] as number;
      if (v >= 0) counts[v] = (counts[v] as number) + 1;
    }
  }

  result(): Partial<Record<FacetKey, FacetCount[]>> {
    const out: Partial<Record<FacetKey, FacetCount[]>> = {};
    for (const key of this.keys) {
      const { values, rank } = this.index.dictionaries[key];
      let counts = this.counts[key] as Uint32Array;
      if (key === 'organisation') {
        // A ministry counts its services' offers.
        const direct = counts;
        counts = new Uint32Array(direct.length);
        direct.forEach((c, v) => {
          if (c !== 0) for (const a of this.index.orgAncestors[v] as Int32Array) counts[a] = (counts[a] as number) + c;
        });
      }
      const found: number[] = [];
      counts.forEach((c, v) => {
        if (c !== 0) found.push(v);
      });
      const final = counts;
      found.sort((a, b) => (final[b] as number) - (final[a] as number) || (rank[a] as number) - (rank[b] as number));
      out[key] = found.map((v) => ({ value: values[v] as string, count: final[v] as number }));
    }
    return out;
  }
}

/**
 * The offers of a feed matching `filters`, sorted and paged, with facet
 * counts when asked. Closed offers (filled, or past their deadline at
 * `options.now`) are left out unless `filters.includeClosed`. Unknown ids in
 * filters match nothing; no input makes it throw.
 */
export function queryOffers(feed: Feed, filters: OfferFilters, options: QueryOptions = {}): QueryResult {
  const sort = options.sort ?? 'newest';
  // An offer is open while its deadline's day (Paris time) is not over: its deadline is today or later.
  const today = startOfParisDay(options.now ?? Date.now());
  // Another page of the same query (next page, back to the list) reads the offers matched last time: on a phone,
  // matching and counting 10,000 offers again cost as much script as rendering the page's 20 cards.
  // Filters and options are strings, numbers and booleans: their JSON never throws.
  const queryKey = JSON.stringify([filters, sort, today, options.facets]);
  let last = lastMatch.get(feed);
  if (last?.[0] !== queryKey) {
    const index = buildIndex(feed);
    const includeClosed = filters.includeClosed === true;
    const scores = filters.keywords === undefined ? null : searchScores(index, filters.keywords);

    const singles: CompiledSingle[] = [];
    for (const key of SINGLE_FILTERS) {
      const chosen = filters[key];
      if (chosen !== undefined && chosen.length > 0) singles.push(compileSingle(index, key, chosen));
    }
    const multis: CompiledMulti[] = [];
    if (filters.contract !== undefined && filters.contract.length > 0) multis.push(compileMulti(index, 'contract', filters.contract));
    if (filters.category !== undefined && filters.category.length > 0) multis.push(compileMulti(index, 'category', filters.category));
    if (filters.beginners === true) multis.push(compileMulti(index, 'beginners', ['true']));

    const facets = new FacetCounter(index, selectedFacets(options.facets));
    const order = sort === 'deadline' ? index.deadline : index.newest;
    const matched = new Uint32Array(index.size);
    let total = 0;
    const all = feed.offers;

    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      if (scores !== null && scores[i] === 0) continue;
      if (!includeClosed) {
        const { status, validThrough } = all[i] as Offer;
        if (status !== 'open' || (validThrough !== undefined && validThrough < today)) continue;
      }
      let fails = 0;
      let failed: FacetKey = 'organisation';
      for (const f of singles) {
        const v = f.values[i] as number;
        if (v < 0 || f.allowed[v] === 0) {
          fails++;
          failed = f.key;
        }
      }
      for (const f of multis) {
        if (((f.values[i] as number) & f.allowed) === 0) {
          fails++;
          failed = f.key;
        }
      }
      if (fails === 0) {
        matched[total++] = i;
        for (const key of facets.keys) facets.add(key, i);
      } else if (fails === 1 && (facets.wanted & (1 << FACET_BIT[failed])) !== 0) {
        facets.add(failed, i);
      }
    }

    const hits = sort === 'relevance' && scores !== null ? byScore(matched.subarray(0, total), scores) : matched.subarray(0, total);
    lastMatch.set(feed, (last = [queryKey, hits, facets.result()]));
  }
  const [, hits, facets] = last;
  const total = hits.length;

  const size = Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE);
  const pageSize = size >= 1 ? size : DEFAULT_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const asked = Math.floor(options.page ?? 1);
  const page = Number.isNaN(asked) ? 1 : Math.min(Math.max(asked, 1), pageCount);
  const offers = Array.from(hits.subarray((page - 1) * pageSize, page * pageSize), (i) => feed.offers[i] as Offer);

  return { total, page, pageCount, offers, facets };
}

/** The last query of each feed: its key, what it matched in order, and its facet counts (read-only, shared by its pages). */
const lastMatch = new WeakMap<Feed, [key: string, hits: Uint32Array, facets: QueryResult['facets']]>();

/**
 * `hits` by score, highest first, in a stable counting sort (scores are small
 * integers): offers of equal score keep their order, newest first.
 */
function byScore(hits: Uint32Array, scores: Uint32Array): Uint32Array {
  let max = 0;
  for (const i of hits) max = Math.max(max, scores[i] as number);
  // at[k]: where the offers scoring `max - k` start.
  const at = new Uint32Array(max + 2);
  for (const i of hits) {
    const k = max - (scores[i] as number) + 1;
    at[k] = (at[k] as number) + 1;
  }
  for (let k = 1; k < at.length; k++) at[k] = (at[k] as number) + (at[k - 1] as number);
  const out = new Uint32Array(hits.length);
  for (const i of hits) {
    const k = max - (scores[i] as number);
    out[at[k] as number] = i;
    at[k] = (at[k] as number) + 1;
  }
  return out;
}
