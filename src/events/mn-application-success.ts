/**
 * Fired by `<mn-application-form>` once the platform has accepted the application
 * (or the host reported success through `showResult()`). Nothing personal in it:
 * not even the reference, which the form shows to the candidate.
 */
export class MnApplicationSuccessEvent extends Event {
  static readonly eventName = 'mn-application-success';
  constructor(
    /** The offer applied to; `undefined` for a spontaneous application. */
    readonly offerId: string | undefined,
  ) {
    super(MnApplicationSuccessEvent.eventName, { bubbles: true, composed: true });
  }

  /** True for a spontaneous application (no offer). */
  get spontaneous(): boolean {
    return this.offerId === undefined;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mn-application-success': MnApplicationSuccessEvent;
  }
}
