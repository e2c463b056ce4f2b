/**
 * The data layer, framework-free: the feed contract's domain model, the feed
 * client, the normaliser and the pure query functions. Usable without any
 * element: `import { defaultFeedClient, queryOffers } from '@metiers-numeriques/widgets/data'`.
 */
export * from './types.js';
export { FeedError, isFeedError, isAbortError, type FeedErrorCode, type FeedErrorOptions } from './errors.js';
export {
  normaliseFeed,
  normaliseFeedAsync,
  normaliseOfferDocument,
  safeHttpUrl,
  safeEmail,
  parseIsoDate,
  LIMITS,
  ISSUE_CODES,
  type FeedIssueCode,
} from './normalise.js';
export {
  FeedClient,
  defaultFeedClient,
  DEFAULT_TIMEOUT,
  type FeedResult,
  type FeedClientOptions,
  type LoadOptions,
} from './feed-client.js';
export type { FeedStorage } from './storage.js';
export { fold, tokenize } from './text.js';
export { buildIndex, buildIndexAsync, type SearchIndex, type BuildIndexOptions } from './search-index.js';
export type { FacetKey } from './facets.js';
export { isOpen } from './feed-lookups.js';
export {
  queryOffers,
  organisationAndDescendants,
  type OfferFilters,
  type OfferSort,
  type FacetCount,
  type QueryOptions,
  type QueryResult,
} from './query.js';
export {
  openOfferCounts,
  tradesByFamily,
  queryTrades,
  sortTrades,
  findTrade,
  type TradeSort,
  type TradeSummary,
  type FamilySummary,
  type TradeQuery,
  type TradeQueryResult,
} from './trades.js';
export {
  ApplicationClient,
  defaultApplicationClient,
  validateApplication,
  validateField,
  checkCv,
  hasPdfSignature,
  APPLICANT_STATUSES,
  APPLICATION_LIMITS,
  type ApplicantStatus,
  type ApplicationValues,
  type ApplicationData,
  type ApplicationResult,
  type ApplicationClientOptions,
} from './application.js';
