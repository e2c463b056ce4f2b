import type { FeedErrorCode } from '../data/errors.js';

/** Why an element's data could not be loaded (a `FeedError` code, `not-found` or `unknown`). */
export type LoadErrorCode = Exclude<FeedErrorCode, 'aborted'> | 'not-found' | 'unknown';

/** Fired by an element when its data could not be loaded (after any retry it made itself). */
export class MnErrorEvent extends Event {
  static readonly eventName = 'mn-error';
  constructor(
    /** The error code: `invalid-url` (the feed address), `network`, `timeout`, `http`, `invalid-json`, `invalid-feed`, `module` (code loaded on demand could not be downloaded: the page must be reloaded), `not-found` (the offer is not in the feed), or `unknown`. */
    readonly code: LoadErrorCode,
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
