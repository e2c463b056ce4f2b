/**
 * Audience measurement of the mn-* elements without cookies and without personal data.
 * A plain ES module: copy it next to your pages, or import it from your bundle.
 *
 *   import { trackWidgets, beaconSender } from './analytics.js';
 *   trackWidgets(beaconSender('/stats/mn-widgets').send);
 */

/** Every event the elements dispatch. All bubble and cross shadow roots: one listener on `document` hears them. */
export const WIDGET_EVENTS = [
  'mn-load',
  'mn-error',
  'mn-filter-change',
  'mn-offer-select',
  'mn-trade-select',
  'mn-application-open',
  'mn-application-submit',
  'mn-application-success',
  'mn-application-error',
];

/**
 * What is worth counting in an event: short values from the feed (ids, codes) and numbers.
 * Free text is left out: of the search field, only whether the visitor typed something;
 * of an application, never its answers nor its idempotency key (unique to one candidate).
 */
export function toRecord(event) {
  const record = { event: event.type, element: event.target.localName };
  switch (event.type) {
    case 'mn-load':
      return {
        ...record,
        ...(event.offer ? { offerId: event.offer.id } : {}),
        count: event.count,
        stale: event.stale,
        issues: event.issues.length,
      };
    case 'mn-error':
      return { ...record, code: event.code, status: event.status ?? null };
    case 'mn-filter-change': {
      const { keywords, ...chosen } = event.filters;
      const filters = Object.entries(chosen)
        .filter(([, value]) => value !== '' && value !== false)
        .map(([name, value]) => (value === true ? name : `${name}:${value}`));
      return { ...record, filters: filters.join(' '), searched: keywords !== '', total: event.total };
    }
    case 'mn-offer-select':
    case 'mn-application-open':
      return { ...record, offerId: event.offerId };
    case 'mn-trade-select':
      return { ...record, tradeId: event.tradeId, openOffers: event.openOffers };
    case 'mn-application-submit':
    case 'mn-application-success':
      return { ...record, offerId: event.offerId ?? null };
    case 'mn-application-error':
      return { ...record, offerId: event.offerId ?? null, code: event.code, retryable: event.retryable, status: event.status ?? null };
    default:
      return record;
  }
}

/**
 * Calls `send(record)` for each event of the elements in `target` (default: the whole page).
 * Returns a function that stops listening.
 */
export function trackWidgets(send, target = document) {
  const listener = (event) => send(toRecord(event));
  for (const type of WIDGET_EVENTS) target.addEventListener(type, listener);
  return () => {
    for (const type of WIDGET_EVENTS) target.removeEventListener(type, listener);
  };
}

/** Counts the events of this page view by name, e.g. `counts['mn-offer-select']`: the plainest measure. */
export function countWidgetEvents(target = document) {
  const counts = {};
  for (const type of WIDGET_EVENTS) {
    target.addEventListener(type, () => {
      counts[type] = (counts[type] ?? 0) + 1;
    });
  }
  return counts;
}

/**
 * Sends records to your own endpoint with `navigator.sendBeacon`: a JSON array as
 * `text/plain` (no CORS preflight, no cookie needed), when the page is hidden or left,
 * or once `batch` records are waiting.
 */
export function beaconSender(url, { batch = 20 } = {}) {
  let queue = [];
  const flush = () => {
    if (queue.length === 0) return;
    navigator.sendBeacon(url, JSON.stringify(queue));
    queue = [];
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
  window.addEventListener('pagehide', flush);
  return {
    send(record) {
      queue.push(record);
      if (queue.length >= batch) flush();
    },
    flush,
  };
}

/**
 * Sends records to Matomo as events (category `mn-widgets`, action the event's name, name
 * its main value, value its number). Load Matomo with `_paq.push(['disableCookies'])` first.
 */
export function matomoSender(paq = (window._paq = window._paq || [])) {
  return (record) => {
    const name = record.offerId || record.tradeId || record.code || record.filters || record.element;
    const value = record.count ?? record.total ?? record.openOffers;
    paq.push(value === undefined ? ['trackEvent', 'mn-widgets', record.event, name] : ['trackEvent', 'mn-widgets', record.event, name, value]);
  };
}
