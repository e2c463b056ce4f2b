import type { ApplicationResultKind } from '../data/application.js';

/** Why an application was not accepted (an `ApplicationResult` kind, or `config`). */
export type ApplicationErrorCode = Exclude<ApplicationResultKind, 'created' | 'aborted'> | 'config';

/**
 * Fired by `<mn-application-form>` when sending failed or the platform refused the
 * application (not for mistakes the form catches before sending). Nothing personal in it.
 */
export class MnApplicationErrorEvent extends Event {
  static readonly eventName = 'mn-application-error';
  constructor(
    /**
     * `invalid` (400/422), `duplicate` (409), `key-reused`, `too-large` (413), `rate-limited` (429),
     * `server` (5xx), `unexpected` (a 2xx that is not the endpoint's JSON answer: a login page after a redirect, a
     * captive portal), `network` (also when the browser could not read the CV any more while sending it: the form
     * then asks for the file again), `timeout`, or `config` (no endpoint to send to).
     */
    readonly code: ApplicationErrorCode,
    /** The offer applied to; `undefined` for a spontaneous application. */
    readonly offerId: string | undefined,
    /** True when the candidate can try again with the same answers (the form keeps them). */
    readonly retryable: boolean,
    /** The HTTP status, for `server` and `unexpected` errors. */
    readonly status?: number,
  ) {
    super(MnApplicationErrorEvent.eventName, { bubbles: true, composed: true });
  }

  /** True for a spontaneous application (no offer). */
  get spontaneous(): boolean {
    return this.offerId === undefined;
  }

  /**
   * True when the platform holds the application all the same: sent before (`duplicate`), or an earlier sending
   * of this one that was stored (`key-reused`). The form then says so in place of the form, as after a success.
   */
  get received(): boolean {
    return this.code === 'duplicate' || this.code === 'key-reused';
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-application-error': MnApplicationErrorEvent;
  }
}
