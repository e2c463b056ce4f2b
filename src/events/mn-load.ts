import type { FeedIssue, Offer } from '../data/types.js';

/** Fired by an element once its data has loaded and rendered. */
export class MnLoadEvent extends Event {
  static readonly eventName = 'mn-load';
  constructor(
    /** Number of items shown (offers, trades…) after presets and filters. */
    readonly count: number,
    /** True when the data came from the saved copy because the network failed. */
    readonly stale = false,
    /**
     * What the feed reader skipped or repaired (invalid offers, unsafe URLs…), for
     * integrators and monitoring: visitors only see the valid rest. Empty for a clean feed.
     */
    readonly issues: readonly FeedIssue[] = [],
    /**
     * The offer shown, on `<mn-offer-detail>`'s event (`offer.id`, `offer.title`…): what a page needs for its
     * `<title>` or an "offer viewed" measure. Undefined on the list's and the explorer's. The feed's own object,
     * shared by every element of the page: read it, do not change it.
     */
    readonly offer?: Readonly<Offer>,
  ) {
    super(MnLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-load': MnLoadEvent;
  }
}
