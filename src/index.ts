/**
 * @metiers-numeriques/widgets — the element classes, their events, the page
 * configuration and the data API, with no side effect: nothing is registered.
 *
 * To register the elements, import `@metiers-numeriques/widgets/all.js`, or one
 * element at a time: `@metiers-numeriques/widgets/mn-offer-list.js`.
 */
export { MnOfferList } from './components/offer-list/offer-list.component.js';
export { MnOfferCard } from './components/offer-card/offer-card.component.js';
export { MnOfferDetail } from './components/offer-detail/offer-detail.component.js';
export { MnApplicationForm } from './components/application-form/application-form.component.js';
export { MnTradeExplorer } from './components/trade-explorer/trade-explorer.component.js';

export { MnLoadEvent } from './events/mn-load.js';
export { MnErrorEvent, type LoadErrorCode } from './events/mn-error.js';
export { MnFilterChangeEvent } from './events/mn-filter-change.js';
export { MnOfferSelectEvent } from './events/mn-offer-select.js';
export { MnTradeSelectEvent } from './events/mn-trade-select.js';
export { MnApplicationOpenEvent } from './events/mn-application-open.js';
export { MnApplicationSubmitEvent } from './events/mn-application-submit.js';
export { MnApplicationSuccessEvent } from './events/mn-application-success.js';
export { MnApplicationErrorEvent, type ApplicationErrorCode } from './events/mn-application-error.js';

export { configure, DEFAULT_FEED_URL, type WidgetsConfig } from './config.js';
export type { Lang } from './i18n/types.js';
export * from './data/index.js';
