/**
 * Fired by `<mn-offer-detail>` when the visitor presses "Postuler" on an offer
 * that takes applications on the platform, before the application form opens.
 *
 * Cancelable: call `preventDefault()` to take over (open your own form, a modal,
 * another page…); the detail then does not open its inline `<mn-application-form>`.
 */
export class MnApplicationOpenEvent extends Event {
  static readonly eventName = 'mn-application-open';
  constructor(
    /** The offer's id. */
    readonly offerId: string,
  ) {
    super(MnApplicationOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-application-open': MnApplicationOpenEvent;
  }
}
