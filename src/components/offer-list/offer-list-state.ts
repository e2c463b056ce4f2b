/**
 * The state of `<mn-offer-list>` as plain data and pure functions, apart from
 * the element so that it can be tested and reused without a DOM: the
 * visitor's filters, the integrator's presets, their URL form, the offers in
 * scope, and the pagination model. No Lit here.
 */
import { FACET_KEYS, type FacetKey } from '../../data/facets.js';
import { isId, MAX_CODE_LENGTH, MAX_ID_LENGTH } from '../../data/ids.js';
import type { OfferFilters, OfferSort } from '../../data/query.js';
import { CATEGORIES, CONTRACT_TYPES, REMOTE_STATUSES } from '../../data/types.js';
import type { UrlParams } from '../../url-state/url-state.js';

/** The filters a visitor picks one value of, from a select: every facet but the `beginners` checkbox. */
export type SelectFilter = Exclude<FacetKey, 'beginners'>;
export const SELECT_FILTERS: readonly SelectFilter[] = FACET_KEYS.filter((k): k is SelectFilter => k !== 'beginners');

/** The controls the `filters` attribute can name, in the order they show. */
export const FILTER_CONTROLS = ['keywords', ...SELECT_FILTERS, 'beginners', 'sort'] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

export const SORTS: readonly OfferSort[] = ['newest', 'deadline', 'relevance'];

/** What the visitor chose. An empty string means "any". */
export interface OfferListFilters {
  /** Words typed in the search field, trimmed. */
  keywords: string;
  organisation: string;
  trade: string;
  family: string;
  region: string;
  departement: string;
  contract: string;
  remote: string;
  category: string;
  /** Only offers open to beginners. */
  beginners: boolean;
}

/** No filter chosen. */
export function emptyFilters(): OfferListFilters {
  return {
    keywords: '',
    organisation: '',
    trade: '',
    family: '',
    region: '',
    departement: '',
    contract: '',
    remote: '',
    category: '',
    beginners: false,
  };
}

export function sameFilters(a: OfferListFilters, b: OfferListFilters): boolean {
  return (
    a.keywords === b.keywords && a.beginners === b.beginners && SELECT_FILTERS.every((key) => a[key] === b[key])
  );
}

/** Whether the visitor has chosen anything. */
export function hasFilters(f: OfferListFilters): boolean {
  return f.keywords !== '' || f.beginners || SELECT_FILTERS.some((key) => f[key] !== '');
}

/** The filters whose values are enumerations; the others take ids and codes of the feed. */
export type EnumFilter = 'contract' | 'remote' | 'category';

/** Values an enumerated filter accepts, in their declared order (the catalogues translate them). */
export const ENUMS: Readonly<Record<EnumFilter, readonly string[]>> = {
  contract: CONTRACT_TYPES,
  remote: REMOTE_STATUSES,
  category: CATEGORIES,
};

/** True for a filter of enumerated values; the others show the feed's names (organisations, trades, places). */
export const isEnumFilter = (key: SelectFilter): key is EnumFilter => key in ENUMS;

/** The values of a list attribute as written, separated by blanks, commas or semicolons: `"75 92"`, `"75,92"`, `"75; 92"`. */
export const listValues = (value: string | null | undefined): string[] => (value ?? '').split(/[\s,;]+/).filter((v) => v !== '');

/** Longest keyword query kept from the URL. */
const MAX_KEYWORDS = 200;

/** Whether `value` can be an id (organisation, trade, family) or a code (région, département) of the feed, as its reader checks them. */
const feedId = (key: Exclude<SelectFilter, EnumFilter>, value: string): boolean =>
  isId(value, key === 'region' || key === 'departement' ? MAX_CODE_LENGTH : MAX_ID_LENGTH);

/**
 * A value of filter `key` as given by a person (attribute, URL): trimmed, checked, case fixed; `''` when unusable:
 * an unknown enumerated value, or what cannot be an id or code of the feed (the reader refuses it in a feed, data/ids.ts).
 */
export function cleanValue(key: SelectFilter, raw: string): string {
  const value = raw.trim();
  if (value === '') return '';
  if (!isEnumFilter(key)) return feedId(key, value) ? value : '';
  const upper = value.toUpperCase();
  return ENUMS[key].includes(upper) ? upper : '';
}

/**
 * The values of a list attribute: `"75 92"`, `"75,92"` or `"75, 92"`. Unknown enumerated values are dropped. A value
 * that cannot be an id or code of the feed (`region="bretagne!"`) is kept as written: like any id the feed does not
 * know, it matches no offer (and the console says so); dropping it would widen the list the integrator narrowed.
 */
export function parseList(key: SelectFilter, value: string | null | undefined): string[] {
  const out: string[] = [];
  for (const part of listValues(value)) {
    const v = isEnumFilter(key) ? cleanValue(key, part) : part;
    if (v !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

/** What the integrator fixed with attributes. */
export interface OfferListPresets {
  keywords: string;
  lists: Record<SelectFilter, string[]>;
  beginners: boolean;
}

/** The presets as the element's attributes give them. */
export function readPresets(attrs: Record<SelectFilter, string | undefined> & { keywords?: string; beginners: boolean }): OfferListPresets {
  const lists = {} as Record<SelectFilter, string[]>;
  for (const key of SELECT_FILTERS) lists[key] = parseList(key, attrs[key]);
  return { keywords: (attrs.keywords ?? '').trim(), lists, beginners: attrs.beginners };
}

/** A stable text for a set of presets without keywords (they narrow the scope; keywords are searched). */
export function scopeKey(p: OfferListPresets): string {
  const parts = SELECT_FILTERS.filter((k) => p.lists[k].length > 0).map((k) => `${k}=${[...p.lists[k]].sort().join(',')}`);
  if (p.beginners) parts.push('beginners');
  return parts.join('&');
}

/** The query filters for the visitor's choice within a scope (presets' keywords searched with the visitor's). */
export function queryFilters(filters: OfferListFilters, presets: OfferListPresets): OfferFilters {
  const out: Record<string, unknown> = {};
  const keywords = [presets.keywords, filters.keywords].filter((k) => k !== '').join(' ');
  if (keywords !== '') out.keywords = keywords;
  for (const key of SELECT_FILTERS) if (filters[key] !== '') out[key] = [filters[key]];
  if (filters.beginners) out.beginners = true;
  return out as OfferFilters;
}

/**
 * The order the results show in. The visitor's choice first; else relevance
 * while searching; else the integrator's `sort` (relevance without keywords
 * means newest).
 */
export function effectiveSort(preset: OfferSort, chosen: OfferSort | '', searching: boolean): OfferSort {
  if (chosen === 'relevance' && !searching) return preset === 'relevance' ? 'newest' : preset;
  if (chosen !== '') return chosen;
  if (searching) return 'relevance';
  return preset === 'relevance' ? 'newest' : preset;
}

/** A `sort` attribute value, checked. */
export function toSort(value: string | null | undefined, fallback: OfferSort = 'newest'): OfferSort {
  const v = (value ?? '').trim().toLowerCase();
  return (SORTS as readonly string[]).includes(v) ? (v as OfferSort) : fallback;
}

/** The controls a `filters` attribute asks for: `"all"` (default), `"none"`, or a list of names. */
export function parseControls(value: string | null | undefined): Set<FilterControl> {
  const v = (value ?? 'all').trim().toLowerCase();
  if (v === '' || v === 'all') return new Set(FILTER_CONTROLS);
  if (v === 'none') return new Set();
  const names = listValues(v);
  return new Set(FILTER_CONTROLS.filter((c) => names.includes(c.toLowerCase())));
}

/** The element's state in the URL: what the visitor chose, the page, the sort, the offer open. */
export interface UrlListState {
  filters: OfferListFilters;
  sort: OfferSort | '';
  page: number;
  offer: string;
}

/** The URL parameter names (behind the prefix) the element owns. */
export const URL_KEYS = ['q', ...SELECT_FILTERS, 'beginners', 'sort', 'page', 'offer'] as const;

/** The URL parameters of a state; defaults are left out, so that a fresh list has a clean URL. */
export function toUrlParams(state: UrlListState): UrlParams {
  const params: UrlParams = {};
  if (state.filters.keywords !== '') params.q = state.filters.keywords;
  for (const key of SELECT_FILTERS) if (state.filters[key] !== '') params[key] = state.filters[key];
  if (state.filters.beginners) params.beginners = '1';
  if (state.sort !== '') params.sort = state.sort;
  if (state.page > 1) params.page = String(state.page);
  if (state.offer !== '') params.offer = state.offer;
  return params;
}

/** The state from URL parameters; anything unusable (unknown contract, page "abc") is ignored. */
export function fromUrlParams(params: UrlParams): UrlListState {
  const filters = emptyFilters();
  filters.keywords = (params.q ?? '').trim().slice(0, MAX_KEYWORDS);
  for (const key of SELECT_FILTERS) filters[key] = cleanValue(key, params[key] ?? '');
  filters.beginners = params.beginners === '1' || params.beginners === 'true';
  const page = Number.parseInt(params.page ?? '', 10);
  // An offer id the feed's reader would refuse is no offer of the feed: ignored, as an unknown one is.
  const offer = (params.offer ?? '').trim();
  return {
    filters,
    sort: (SORTS as readonly string[]).includes(params.sort ?? '') ? (params.sort as OfferSort) : '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    offer: isId(offer) ? offer : '',
  };
}

/** An entry of the pagination: a page number, or a gap ("…"). */
export type PageItem = number | 'gap';

/**
 * The page numbers to show: always the first and the last, the current one and
 * `siblings` on each side, and gaps for the rest. A gap never hides a single
 * page (that page is shown instead), so the row has a stable length:
 * `1 … 4 5 6 … 20`, `1 2 3 4 5 … 20`.
 */
export function pageItems(current: number, count: number, siblings = 1): PageItem[] {
  const slots = 2 * siblings + 5; // first, last, current, siblings, two gaps
  if (count <= slots) return Array.from({ length: count }, (_, i) => i + 1);
  const page = Math.min(Math.max(current, 1), count);
  let from = Math.max(2, page - siblings);
  let to = Math.min(count - 1, page + siblings);
  // Near an end, show more pages on the other side so that the row keeps its length.
  if (from <= 3) {
    from = 2;
    to = slots - 2;
  } else if (to >= count - 2) {
    to = count - 1;
    from = count - (slots - 3);
  }
  const items: PageItem[] = [1];
  if (from > 2) items.push('gap');
  for (let p = from; p <= to; p++) items.push(p);
  if (to < count - 1) items.push('gap');
  items.push(count);
  return items;
}
