import type { Trade } from '../data/types.js';

/**
 * Fired by `<mn-trade-explorer>` when the visitor opens a trade, before its
 * details show. Cancelable: call `preventDefault()` to navigate to a page of your
 * own instead (the explorer then stays as it was).
 */
export class MnTradeSelectEvent extends Event {
  static readonly eventName = 'mn-trade-select';
  constructor(
    /** The trade's id (the `occupationalCategory` of its offers). */
    readonly tradeId: string,
    /** The trade, as read from the feed. */
    readonly trade: Trade,
    /** Its number of open offers. */
    readonly openOffers: number,
  ) {
    super(MnTradeSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-trade-select': MnTradeSelectEvent;
  }
}
