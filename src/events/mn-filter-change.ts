import type { OfferListFilters } from '../components/offer-list/offer-list-state.js';

/**
 * Fired by `<mn-offer-list>` when the visitor changes the filters: keywords
 * (once typing pauses, or on Enter), a select, the "beginners" box, a chip
 * removed, "reset", or back/forward through filters kept in the URL.
 * Not fired for page changes, nor when attributes are set by the page.
 */
export class MnFilterChangeEvent extends Event {
  static readonly eventName = 'mn-filter-change';
  constructor(
    /**
     * What the visitor chose (an empty string means "any"), on top of the filters
     * the integrator fixed with attributes.
     */
    readonly filters: Readonly<OfferListFilters>,
    /** Number of offers matching, over all pages. */
    readonly total: number,
  ) {
    super(MnFilterChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-filter-change': MnFilterChangeEvent;
  }
}
