/**
 * What `<mn-offer-list>` needs only once it has a feed: the scope of its presets, the search index, the query.
 * Imported on demand (see `load-engine.ts`), in parallel with the feed: a page with a list loads this
 * code after it starts, not before its skeleton shows.
 */
import { queryOffers, type OfferFilters } from '../../data/query.js';
import { buildIndexAsync, hasIndex } from '../../data/search-index.js';
import type { Feed } from '../../data/types.js';
import { scopeKey, SELECT_FILTERS, type OfferListPresets } from './offer-list-state.js';

export { organisationAndDescendants, queryOffers } from '../../data/query.js';

/** The presets (keywords aside) as query filters. */
function presetFilters(p: OfferListPresets): OfferFilters {
  const filters: Record<string, unknown> = { includeClosed: true };
  for (const key of SELECT_FILTERS) if (p.lists[key].length > 0) filters[key] = p.lists[key];
  if (p.beginners) filters.beginners = true;
  return filters as OfferFilters;
}

const scopes = new WeakMap<Feed, Map<string, Feed>>();

/**
 * The feed restricted to the offers the presets allow (all of them, open or
 * not, so that the scope does not depend on the time); the feed itself when
 * there is no preset. Memoised per feed and presets, so that its search index
 * is built once. Visitor filters then apply within this scope, and their
 * facet counts only count offers of the scope: on a ministry's page, the
 * "organisation" select lists that ministry's services only.
 */
export function scopeFeed(feed: Feed, presets: OfferListPresets): Feed {
  const key = scopeKey(presets);
  if (key === '') return feed;
  let byKey = scopes.get(feed);
  if (byKey === undefined) scopes.set(feed, (byKey = new Map()));
  let scope = byKey.get(key);
  if (scope === undefined) {
    const { offers } = queryOffers(feed, presetFilters(presets), { pageSize: Math.max(1, feed.offers.length) });
    scope = { ...feed, offers };
    byKey.set(key, scope);
  }
  return scope;
}

/**
 * Feeds up to this many offers are indexed at once, in the task that renders the list (300 offers: about 25 ms here,
 * 110 ms on an emulated mid-range phone, docs/benchmarks.md); bigger ones in slices that leave the page responsive
 * (see `buildIndexAsync`): at 2,000 offers, one task would take most of a second on a phone.
 */
const SYNC_INDEX_LIMIT = 500;

/** The scope at once, when indexing it costs little or is done; `undefined` when it needs `prepareScope`. */
export function scopeNow(feed: Feed, presets: OfferListPresets): Feed | undefined {
  if (!hasIndex(feed) && feed.offers.length > SYNC_INDEX_LIMIT) return undefined;
  const scope = scopeFeed(feed, presets);
  if (!hasIndex(scope) && scope.offers.length > SYNC_INDEX_LIMIT) return undefined;
  return scope;
}

/** The scope of a big feed, its indexes built in slices. Rejects with the signal's reason when it aborts. */
export async function prepareScope(feed: Feed, presets: OfferListPresets, signal: AbortSignal): Promise<Feed> {
  await buildIndexAsync(feed, { signal });
  const scope = scopeFeed(feed, presets);
  await buildIndexAsync(scope, { signal });
  return scope;
}
