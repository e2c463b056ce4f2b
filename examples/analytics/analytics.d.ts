/** Types of analytics.js, for TypeScript pages and apps. */

/** What one event gives to count: its name, the element it came from, and short non-personal values. */
export interface WidgetRecord {
  /** The event's name, e.g. `mn-offer-select`. */
  event: string;
  /** The element it came from, as seen from the listener (e.g. `mn-offer-list` for a card of a list). */
  element: string;
  /** `mn-load`: items shown; whether from the saved copy; how many feed items were skipped or repaired. */
  count?: number;
  stale?: boolean;
  issues?: number;
  /** `mn-error`, `mn-application-error`: the error code, and the HTTP status or `null`. */
  code?: string;
  status?: number | null;
  /** `mn-filter-change`: the filters chosen (`region:53 contract:INTERN beginners`), whether words were searched, offers matching. */
  filters?: string;
  searched?: boolean;
  total?: number;
  /** The offer (`mn-load` of a detail placed on its own, `mn-offer-select`, `mn-application-*`; `null`: a spontaneous application). */
  offerId?: string | null;
  /** `mn-trade-select`: the trade and its open offers. */
  tradeId?: string;
  openOffers?: number;
  /** `mn-application-error`: whether the candidate can try again. */
  retryable?: boolean;
}

export const WIDGET_EVENTS: readonly (keyof GlobalEventHandlersEventMap)[];
export function toRecord(event: Event): WidgetRecord;
export function trackWidgets(send: (record: WidgetRecord) => void, target?: EventTarget): () => void;
export function countWidgetEvents(target?: EventTarget): Partial<Record<keyof GlobalEventHandlersEventMap, number>>;
export function beaconSender(url: string, options?: { batch?: number }): { send(record: WidgetRecord): void; flush(): void };
export function matomoSender(paq?: unknown[][]): (record: WidgetRecord) => void;
