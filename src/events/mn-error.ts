/** Fired by an element when its data could not be loaded (after any retry it made itself). */
export class MnErrorEvent extends Event {
  static readonly eventName = 'mn-error';
  constructor(
    /** The error code: `invalid-url` (the feed address), `network`, `timeout`, `http`, `invalid-json`, `invalid-feed`, `module` (code loaded on demand could not be downloaded: the page must be reloaded), `not-found` (the offer is not in the feed), or `unknown`. */
    readonly code: string,
    /** The translated message shown to the visitor. */
    readonly message: string,
    /** The HTTP status, for `http` errors. */
    readonly status?: number,
  ) {
    super(MnErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-error': MnErrorEvent;
  }
}
