import { buildFormData, type ApplicationData } from '../data/application.js';

/**
 * Fired by `<mn-application-form>` when a valid application is about to be sent.
 * Cancelable: call `preventDefault()` to send it yourself (read it with
 * `formData()`), then report the outcome with the form's `showResult()`.
 *
 * Its public fields hold nothing personal, so that analytics listeners can log
 * them; the candidate's answers are only reachable through `formData()`.
 */
export class MnApplicationSubmitEvent extends Event {
  static readonly eventName = 'mn-application-submit';
  readonly #data: ApplicationData;

  constructor(
    /** The offer applied to; `undefined` for a spontaneous application. */
    readonly offerId: string | undefined,
    /** The URL the form will POST to. */
    readonly action: string,
    /** The idempotency key of this application (the same for each retry). */
    readonly idempotencyKey: string,
    data: ApplicationData,
  ) {
    super(MnApplicationSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.#data = data;
  }

  /** True for a spontaneous application (no offer). */
  get spontaneous(): boolean {
    return this.offerId === undefined;
  }

  /** The multipart body the form would send (fields and CV), with the protocol's names. */
  formData(): FormData {
    return buildFormData(this.#data);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-application-submit': MnApplicationSubmitEvent;
  }
}
