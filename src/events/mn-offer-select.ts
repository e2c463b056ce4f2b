/**
 * Fired by `<mn-offer-card>` when the visitor activates the offer's title link
 * (click, or Enter on the focused link), before any navigation.
 *
 * Cancelable: call `preventDefault()` to handle it yourself (show the offer in a
 * `<mn-offer-detail>`, route in a single-page app…); the link then does not navigate.
 * Clicks with a modifier key (Ctrl, ⌘, Shift, Alt) or another mouse button fire no
 * event: the browser opens the link in a new tab or window as the visitor asked.
 */
export class MnOfferSelectEvent extends Event {
  static readonly eventName = 'mn-offer-select';
  constructor(
    /** The offer's id. */
    readonly offerId: string,
    /**
     * Where the link goes when the event is not cancelled (the `href-template`
     * filled in, else the offer's canonical page), or `undefined` when the card has
     * no address to go to: then nothing happens unless the host handles the event.
     */
    readonly url: string | undefined,
  ) {
    super(MnOfferSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-offer-select': MnOfferSelectEvent;
  }
}
