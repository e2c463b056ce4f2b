import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { attachInternals, setCustomStates } from '../../controllers/custom-states.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { heading, headingLevelOf } from '../heading.js';
import { MnElement, orEmpty } from '../mn-element.js';
import {
  APPLICANT_STATUSES,
  APPLICATION_FIELDS,
  APPLICATION_LIMITS,
  checkCv,
  defaultApplicationClient,
  defaultDraftStorage,
  draftKey,
  emptyValues,
  isEmptyValues,
  isOutcomeUnknown,
  newIdempotencyKey,
  readDraft,
  readSent,
  removeDraft,
  sentKey,
  textLength,
  validateApplication,
  validateField,
  writeDraft,
  writeSent,
  type ApplicationClient,
  type ApplicationData,
  type ApplicationField,
  type ApplicationResult,
  type ApplicationValues,
  type DraftStorage,
  type FieldErrorCode,
  type SentRecord,
} from '../../data/application.js';
import { errorMessage } from '../feed-errors.js';
import { isOpen } from '../../data/feed-lookups.js';
import { JudgedAt } from '../../data/judged-at.js';
import { findOffer } from '../offer-card/offer-view.js';
import type { Feed, Offer, Trade } from '../../data/types.js';
import { MnApplicationErrorEvent } from '../../events/mn-application-error.js';
import { MnApplicationSubmitEvent } from '../../events/mn-application-submit.js';
import { MnApplicationSuccessEvent } from '../../events/mn-application-success.js';
import { addFrench, compose, formatDateTime, formatNumber, type MessageKey } from '../../i18n/localize.js';
import { frApplicationForm } from '../../i18n/fr-application-form.js';
import { alertStyles, buttonStyles, hostStyles, inputStyles } from '../../styles/shared.styles.js';
import { mailtoHref, safeLink, safeWebUrl } from '../links.js';
import { safeEndpoint } from './endpoint.js';
import { styles } from './application-form.styles.js';

addFrench(frApplicationForm);

type Phase = 'idle' | 'sending' | 'success' | 'failed';

/** An application being sent: its offer and its draft, which its outcome is about. */
interface SentApplication {
  offerId: string | undefined;
  offer?: Offer | undefined;
  draftKey: string;
  cv?: File | undefined;
}
type TextField = 'firstName' | 'lastName' | 'email' | 'phone' | 'linkedin' | 'github' | 'portfolio';
/**
 * The autocomplete tokens of RGAA criterion 11.13. TypeScript's `AutoFill` lacks the HTML `url`
 * token, hence this type and a cast; the `section-*` prefixes keep the three links apart.
 */
type Token = 'given-name' | 'family-name' | 'email' | 'tel' | `section-${string} url`;
type Failure = Exclude<ApplicationResult, { kind: 'created' } | { kind: 'aborted' }> | { kind: 'config' };

/** Messages by field and code; codes not listed fall back to the generic ones. */
const MESSAGES: Partial<Record<ApplicationField, Partial<Record<FieldErrorCode, MessageKey>>>> = {
  firstName: { required: 'applicationForm.error.firstName.required' },
  lastName: { required: 'applicationForm.error.lastName.required' },
  email: { required: 'applicationForm.error.email.required', invalid: 'applicationForm.error.email.invalid' },
  phone: { invalid: 'applicationForm.error.phone.invalid' },
  status: { required: 'applicationForm.error.status.required', invalid: 'applicationForm.error.status.required' },
  trades: { required: 'applicationForm.error.trades.required' },
  coverLetter: {
    required: 'applicationForm.error.coverLetter.required',
    'too-long': 'applicationForm.error.coverLetter.too-long',
  },
  cv: {
    required: 'applicationForm.error.cv.required',
    'file-type': 'applicationForm.error.cv.file-type',
    'file-size': 'applicationForm.error.cv.file-size',
    'file-unreadable': 'applicationForm.error.cv.file-unreadable',
    invalid: 'applicationForm.error.cv.file-type',
  },
  linkedin: { invalid: 'applicationForm.error.link.invalid' },
  github: { invalid: 'applicationForm.error.link.invalid' },
  portfolio: { invalid: 'applicationForm.error.link.invalid' },
  consent: { required: 'applicationForm.error.consent.required', invalid: 'applicationForm.error.consent.required' },
};

const LABELS: Record<ApplicationField, MessageKey> = {
  firstName: 'applicationForm.firstName',
  lastName: 'applicationForm.lastName',
  email: 'applicationForm.email',
  phone: 'applicationForm.phone',
  status: 'applicationForm.status',
  trades: 'applicationForm.trades',
  regions: 'applicationForm.regions',
  coverLetter: 'applicationForm.coverLetter',
  cv: 'applicationForm.cv',
  linkedin: 'applicationForm.linkedin',
  github: 'applicationForm.github',
  portfolio: 'applicationForm.portfolio',
  consent: 'applicationForm.consent',
};

const KNOWN_CODES: readonly string[] = ['required', 'invalid', 'too-long', 'file-type', 'file-size'];
const isField = (name: string): name is ApplicationField => (APPLICATION_FIELDS as readonly string[]).includes(name);
const isRetryable = (f: Failure): boolean => f.kind !== 'config' && isOutcomeUnknown(f);
/**
 * What became of an application sent before `offer-id` changed: one sentence each, the reference inside, so that
 * the notice is one text (a space between two sentences, alone between Lit's markers, is lost to screen readers).
 */
const previousKey = (received: boolean, reference: string | undefined): MessageKey =>
  !received ? 'applicationForm.previous.failed' : reference ? 'applicationForm.previous.receivedReference' : 'applicationForm.previous.received';
/** Trades and regions are asked in spontaneous applications only. */
const fieldShown = (field: ApplicationField, spontaneous: boolean): boolean =>
  spontaneous || (field !== 'trades' && field !== 'regions');

/** Remaining characters at which the counter is announced (then at the limit, and past it). */
const COUNTER_THRESHOLDS = [500, 100];
const DRAFT_DELAY_MS = 400;

/**
 * An application form: to an offer of the feed (`offer-id`), or spontaneous
 * (no offer: the candidate picks trades and régions). It validates as the
 * candidate goes, keeps a draft of the answers in `sessionStorage`, and sends
 * the application once to the platform, even on a flaky connection, following
 * the protocol of `docs/application-protocol.md` (multipart POST with an
 * `Idempotency-Key`).
 *
 * Where it sends: the `action` attribute, else the feed's `applicationEndpoint`.
 * The feed is loaded (through the page's shared feed client) for the offer's
 * title, the endpoint, and the trades and régions of a spontaneous application;
 * give `.feedData`, or `.offer` with `action`, to skip the request (`.offer` alone
 * still needs the feed for the endpoint).
 *
 * Its `<form>` lives in the shadow root: it never submits a `<form>` of the host page.
 *
 * Once the platform holds an application, the form remembers it in `draftStorage` (the date and the reference,
 * none of the answers): a form shown again for the same offer (or spontaneous application) in this tab says that it
 * was sent, with a button that shows the form for another one.
 *
 * @summary Application form (to an offer, or spontaneous), with drafts and safe retries.
 *
 * @event {MnApplicationSubmitEvent} mn-application-submit - A valid application is about to be sent. Cancelable: `preventDefault()` to send it yourself (`event.formData()`), then call `showResult()`. No personal data in its fields.
 * @event {MnApplicationSuccessEvent} mn-application-success - The platform accepted the application. Carries `offerId` and `spontaneous`, nothing personal.
 * @event {MnApplicationErrorEvent} mn-application-error - Sending failed or the platform refused it: `code`, `retryable`, `status`, `offerId`. With `duplicate` and `key-reused` (`received` is then true) the platform already holds the application: the form says so in place of the form, and deletes the draft.
 *
 * @slot consent - Replaces the text above the consent checkbox (rich text, links). Default: the `consent-text` attribute, or a generic text.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The heading of the form.
 * @csspart offer - The reminder of the offer applied to.
 * @csspart draft - The notice of a restored draft.
 * @csspart sent - The notice that an application was already sent for this offer (or a spontaneous one) from this tab: its date and reference, with a button that shows the form for another one.
 * @csspart previous - What became of an application sent for another offer, when `offer-id` changed while it was sent.
 * @csspart summary - The error summary shown after a submission with errors.
 * @csspart form - The `<form>`.
 * @csspart error - Each field's error message.
 * @csspart counter - The character counter of the cover letter.
 * @csspart consent - The consent block.
 * @csspart failure - The message shown when sending failed.
 * @csspart submit - The submit button.
 * @csspart success - The confirmation shown once the application is accepted.
 * @csspart reference - The reference number in the confirmation.
 *
 * @cssproperty --mn-application-form-gap - Space between the blocks of the form. Default 1.5rem.
 * @cssproperty --mn-application-form-input-background - Background of text inputs. Default: DSFR's contrast grey.
 * @cssproperty --mn-application-form-input-border - The 2px line under text inputs. Default: DSFR's plain grey border.
 *
 * @cssstate sending - While the application is being sent.
 * @cssstate success - Once the application is accepted, or found already received (`duplicate`, `key-reused`).
 * @cssstate failed - After a failed attempt (the answers are kept).
 * @cssstate invalid - While the form shows errors.
 */
export class MnApplicationForm extends MnElement {
  static override styles = [hostStyles, buttonStyles, alertStyles, inputStyles, styles];
  static override properties: PropertyDeclarations = {
    offerId: { attribute: 'offer-id', converter: orEmpty },
    action: { converter: orEmpty },
    privacyHref: { attribute: 'privacy-href', converter: orEmpty },
    consentText: { attribute: 'consent-text', converter: orEmpty },
    feed: { converter: orEmpty },
    feedData: { attribute: false },
    offer: { attribute: false },
    now: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    timeout: { type: Number },
    client: { attribute: false },
    draftStorage: { attribute: false },
    // Internal reactive state.
    values: { state: true },
    errors: { state: true },
    otherErrors: { state: true },
    showSummary: { state: true },
    phase: { state: true },
    failure: { state: true },
    reference: { state: true },
    receivedBefore: { state: true },
    sentBefore: { state: true },
    formRevealed: { state: true },
    draftRestoredAt: { state: true },
    waitMs: { state: true },
    announcement: { state: true },
    openFamilies: { state: true },
    previous: { state: true },
  };

  protected readonly locale = new LocaleController(this);
  #feedController?: FeedController;
  readonly #internals = attachInternals(this);

  get #summaryElement(): HTMLElement | null {
    return this.renderRoot?.querySelector('.summary') ?? null;
  }
  get #successTitle(): HTMLElement | null {
    return this.renderRoot?.querySelector('.success-title') ?? null;
  }

  private declare values: ApplicationValues;
  /** Errors shown, by field. */
  private declare errors: Partial<Record<ApplicationField, FieldErrorCode>>;
  /** Server errors about fields the form does not know. */
  private declare otherErrors: string[];
  private declare showSummary: boolean;
  private declare phase: Phase;
  private declare failure: Failure | undefined;
  private declare reference: string | undefined;
  /** The platform already held the application: as a duplicate (409), or an earlier version under the same key. */
  private declare receivedBefore: 'duplicate' | 'key-reused' | undefined;
  private declare draftRestoredAt: number | undefined;
  /** An application for this offer (or a spontaneous one) the platform already holds, sent from this tab. */
  private declare sentBefore: SentRecord | undefined;
  /** The candidate asked for the form after the notice of an application already sent. */
  private declare formRevealed: boolean;
  private declare waitMs: number | undefined;
  private declare announcement: string;
  private declare openFamilies: Set<string>;
  /** The outcome of an application sent for another offer, when `offer-id` changed while it was sent. */
  private declare previous: { received: boolean; title: string; reference?: string | undefined } | undefined;

  /** Id of the offer applied to (an offer of the feed). Without it (and without `.offer`), the application is spontaneous. */
  declare offerId: string;

  /**
   * URL the application is POSTed to. Default: the feed's `applicationEndpoint`. An https address, or one on the page's
   * own origin (or localhost); any other is refused, and the form says it is not set up.
   */
  declare action: string;

  /** URL of the page explaining how personal data is processed (opens in a new window). */
  declare privacyHref: string;

  /** Plain text above the consent checkbox (the `consent` slot takes precedence). */
  declare consentText: string;

  /** URL of the offers feed (default: the page configuration, then the central feed). */
  declare feed: string;

  /** A feed given directly: no request is made. */
  declare feedData: Feed | undefined;

  /** The offer given directly (then `offer-id` is not needed). */
  declare offer: Offer | undefined;

  /** The time the offer is judged open or closed at, epoch ms (default: now). `<mn-offer-detail>` gives its own. */
  declare now: number | undefined;

  /** Level of the form's heading (1–6); the confirmation and the error summary use the next level. */
  declare headingLevel: number;

  /** Time limit of one sending attempt, in milliseconds (60 000 when the value is not a positive number; at most about 24 days). */
  declare timeout: number;

  /** The client that sends applications (tests and hosts may pass their own, e.g. with another `fetch`). */
  declare client: ApplicationClient;

  /**
   * Where drafts are kept, and the date and reference of the applications sent (default `sessionStorage`;
   * `null` for nowhere).
   */
  declare draftStorage: DraftStorage | null;

  constructor() {
    super();
    this.values = emptyValues();
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.phase = 'idle';
    this.formRevealed = false;
    this.announcement = '';
    this.openFamilies = new Set<string>();
    this.offerId = '';
    this.action = '';
    this.privacyHref = '';
    this.consentText = '';
    this.feed = '';
    this.headingLevel = 2;
    this.timeout = 60_000; // a literal: the manifest and the README show it as the default
    this.client = defaultApplicationClient;
    this.draftStorage = defaultDraftStorage();
  }

  #cv: File | undefined = undefined;
  #cvCheck: Promise<FieldErrorCode | undefined> | undefined = undefined;
  #honeypot = '';
  #idempotencyKey: string | undefined = undefined;
  #busy = false;
  #loadedDraftKey: string | undefined = undefined;
  #draftTimer: ReturnType<typeof setTimeout> | undefined = undefined;
  #counterBand = 0;
  #openFamiliesPending = false;
  /** Counts the live region's messages: one still waiting to be said gives way to a later one, or to silence. */
  #announcements = 0;
  /** Fields typed in since the form was shown. */
  readonly #touched = new Set<ApplicationField>();
  readonly #judgedAt = new JudgedAt();
  /** The application being sent: its offer and draft, which the outcome is about. */
  #sent: SentApplication | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A page that goes away (closed, reloaded, navigated, or put in the background and killed, as mobile browsers
    // do) does not disconnect its elements: what was typed in the last moments is saved then.
    window.addEventListener('pagehide', this.#onPageHidden);
    document.addEventListener('visibilitychange', this.#onPageHidden);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('pagehide', this.#onPageHidden);
    document.removeEventListener('visibilitychange', this.#onPageHidden);
    this.#flushDraft();
    super.disconnectedCallback();
  }

  /** `pagehide`, or `visibilitychange` to hidden: a draft waiting to be saved is saved now. */
  readonly #onPageHidden = (event: Event): void => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    if (this.#draftTimer !== undefined) this.#flushDraft();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#feedController && this.#needsFeed()) this.#feedController = new FeedController(this);
    if (changed.has('offerId') || changed.has('offer') || changed.has('draftStorage')) this.#loadDraft();
    // Families holding restored choices open once the trades are known.
    if (this.#openFamiliesPending && this.#currentFeed) {
      this.#openFamiliesPending = false;
      this.openFamilies = new Set(this.#familiesOf(this.values.trades));
    }
  }

  protected override updated(): void {
    setCustomStates(this.#internals, {
      sending: this.phase === 'sending',
      success: this.phase === 'success',
      failed: this.phase === 'failed',
      invalid: Object.keys(this.errors).length > 0 || this.otherErrors.length > 0,
    });
  }

  // --- derived data ---------------------------------------------------------------

  #needsFeed(): boolean {
    return this.feedData !== undefined || !(this.offer && this.action);
  }

  get #currentFeed(): Feed | undefined {
    return this.feedData ?? this.#feedController?.value?.feed;
  }

  /** The application being sent, while it is: what the form shows until its outcome, whatever `offer-id` says. */
  get #sending(): SentApplication | undefined {
    return this.phase === 'sending' ? this.#sent : undefined;
  }

  /** The id of the offer applied to, or `undefined` for a spontaneous application. */
  get #currentOfferId(): string | undefined {
    const sending = this.#sending;
    if (sending) return sending.offerId;
    return this.offer?.id ?? (this.offerId.trim() || undefined);
  }

  get #currentOffer(): Offer | undefined {
    const sending = this.#sending;
    if (sending) return sending.offer;
    if (this.offer) return this.offer;
    const id = this.#currentOfferId;
    const feed = this.#currentFeed;
    return id && feed ? findOffer(feed, id) : undefined;
  }

  get #spontaneous(): boolean {
    return this.#currentOfferId === undefined;
  }

  get #endpoint(): string | undefined {
    const url = this.action.trim() || this.#currentFeed?.applicationEndpoint;
    return url ? safeEndpoint(url) : undefined;
  }

  get #draftKey(): string {
    return draftKey(this.#currentOfferId);
  }


  // --- drafts ------------------------------------------------------------------------

  #loadDraft(): void {
    const key = this.#draftKey;
    if (this.phase === 'sending') return;
    this.sentBefore = readSent(this.draftStorage, sentKey(this.#currentOfferId));
    if (key === this.#loadedDraftKey) return;
    if (this.#loadedDraftKey !== undefined) {
      // The last keystrokes, still waiting to be saved, belong to the previous offer's draft.
      if (this.#draftTimer !== undefined) this.#flushDraft();
      // Another offer: another application. What was typed stays (it is about the same person).
      this.#idempotencyKey = undefined;
      this.draftRestoredAt = undefined;
      this.errors = {};
      this.otherErrors = [];
      this.showSummary = false;
      this.failure = undefined;
      this.reference = undefined;
      this.receivedBefore = undefined;
      this.previous = undefined;
      this.formRevealed = false;
      this.phase = 'idle';
    }
    this.#loadedDraftKey = key;
    const draft = readDraft(this.draftStorage, key);
    if (draft) {
      this.values = draft.values;
      this.#idempotencyKey = draft.idempotencyKey;
      this.draftRestoredAt = isEmptyValues(draft.values) ? undefined : draft.savedAt;
      this.#openFamiliesPending = draft.values.trades.length > 0;
    }
    // Decided once per offer: the form waits behind the notice of an application sent, unless the candidate comes
    // with answers (a draft, or what they typed for another offer). Emptying a field later does not take it away.
    if (!isEmptyValues(this.values)) this.formRevealed = true;
  }

  #scheduleDraft(): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => this.#flushDraft(), DRAFT_DELAY_MS);
  }

  #flushDraft(): void {
    clearTimeout(this.#draftTimer);
    this.#draftTimer = undefined;
    if (this.phase === 'success' || this.#loadedDraftKey === undefined) return;
    if (isEmptyValues(this.values) && !this.#idempotencyKey) {
      removeDraft(this.draftStorage, this.#loadedDraftKey);
      return;
    }
    const draft = { savedAt: Date.now(), values: this.values, ...(this.#idempotencyKey ? { idempotencyKey: this.#idempotencyKey } : {}) };
    writeDraft(this.draftStorage, this.#loadedDraftKey, draft);
  }

  async #clearDraft(): Promise<void> {
    clearTimeout(this.#draftTimer);
    removeDraft(this.draftStorage, this.#draftKey);
    this.values = emptyValues();
    this.#touched.clear();
    this.errors = {};
    this.otherErrors = [];
    this.showSummary = false;
    this.failure = undefined;
    this.phase = 'idle';
    this.#idempotencyKey = undefined;
    this.draftRestoredAt = undefined;
    this.formRevealed = true; // the candidate was working in the form: it stays, even after an application sent
    this.openFamilies = new Set();
    this.#forgetCv();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#f-firstName')?.focus();
    void this.#announce(this.locale.t('applicationForm.draft.cleared'));
  }

  // --- field events --------------------------------------------------------------------

  readonly #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = target.name;
    if (name === 'mn-hp') {
      this.#honeypot = target.value;
      return;
    }
    if (!isField(name) || name === 'cv') return;
    this.values = this.#readValue(name, target);
    this.#touched.add(name);
    // A field that shows an error is checked again as the candidate types, so the error goes away once fixed.
    if (this.errors[name]) this.#setFieldError(name, validateField(name, this.values, { spontaneous: this.#spontaneous }));
    if (name === 'coverLetter') this.#announceCounter();
    this.#scheduleDraft();
  };

  /** `change`: the candidate left a changed text field, or ticked a box, or picked a file. */
  readonly #onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = target.name;
    if (!isField(name)) return;
    if (name === 'cv') {
      void this.#onFile(target as HTMLInputElement);
      return;
    }
    this.values = this.#readValue(name, target);
    this.#judge(name);
    this.#flushDraft();
  };

  /**
   * Leaving a text field that was typed in: judged even when its value ends as it began
   * (typed, then erased), where no `change` event fires.
   */
  readonly #onFocusOut = (event: FocusEvent): void => {
    const name = (event.target as HTMLInputElement).name;
    if (isField(name) && this.#touched.has(name) && name !== 'cv') this.#judge(name);
  };

  /** Validates one field and shows (and announces) its error. */
  #judge(name: Exclude<ApplicationField, 'cv'>): void {
    const code = validateField(name, this.values, { spontaneous: this.#spontaneous });
    const before = this.errors[name];
    this.#setFieldError(name, code);
    if (code && code !== before) void this.#announce(this.#message(name, code));
  }

  #readValue(name: Exclude<ApplicationField, 'cv'>, target: HTMLInputElement | HTMLTextAreaElement): ApplicationValues {
    const v = this.values;
    switch (name) {
      case 'trades':
      case 'regions': {
        const checked = (target as HTMLInputElement).checked;
        const rest = v[name].filter((x) => x !== target.value);
        return { ...v, [name]: checked ? [...rest, target.value] : rest };
      }
      case 'consent':
        return { ...v, consent: (target as HTMLInputElement).checked };
      case 'status':
        return { ...v, status: (APPLICANT_STATUSES as readonly string[]).includes(target.value) ? (target.value as ApplicationValues['status']) : '' };
      default:
        return { ...v, [name]: target.value };
    }
  }

  async #onFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    this.#cv = file;
    const check = checkCv(file);
    this.#cvCheck = check;
    const code = await check;
    if (this.#cvCheck !== check) return; // another file was picked meanwhile
    if (code === 'file-unreadable') this.#forgetCv();
    const before = this.errors.cv;
    this.#setFieldError('cv', code);
    if (code && code !== before) void this.#announce(this.#message('cv', code));
  }

  /**
   * Drops the CV, and empties its input: so that picking the same file again (a file changed since it was
   * picked, which can no longer be read) is a change, and is read anew.
   */
  #forgetCv(): void {
    this.#cv = undefined;
    this.#cvCheck = undefined;
    const input = this.renderRoot?.querySelector<HTMLInputElement>('#f-cv');
    if (input) input.value = '';
  }

  #setFieldError(field: ApplicationField, code: FieldErrorCode | undefined): void {
    if (this.errors[field] === code) return;
    const errors = { ...this.errors };
    if (code) errors[field] = code;
    else delete errors[field];
    this.errors = errors;
    if (this.showSummary && Object.keys(errors).length === 0 && this.otherErrors.length === 0) this.showSummary = false;
  }

  #announceCounter(): void {
    const remaining = APPLICATION_LIMITS.coverLetter - textLength(this.values.coverLetter.trim());
    const band = remaining < 0 ? 4 : remaining === 0 ? 3 : remaining <= COUNTER_THRESHOLDS[1] ? 2 : remaining <= COUNTER_THRESHOLDS[0] ? 1 : 0;
    if (band === this.#counterBand) return;
    this.#counterBand = band;
    if (band > 0) void this.#announce(this.#counterText(remaining));
  }

  #counterText(remaining: number): string {
    const lang = this.locale.lang;
    return remaining < 0
      ? this.locale.t('applicationForm.counter.over', { count: formatNumber(lang, -remaining) })
      : this.locale.t('applicationForm.counter.remaining', { count: formatNumber(lang, remaining) });
  }

  /** Says `text` in the polite live region (emptied first, so the same text is said again). */
  async #announce(text: string): Promise<void> {
    const turn = ++this.#announcements;
    this.announcement = '';
    await this.updateComplete;
    if (turn === this.#announcements) this.announcement = text;
  }

  /** Empties the live region, and drops a message still waiting to be said. */
  #silence(): void {
    this.#announcements += 1;
    this.announcement = '';
  }

  #message(field: ApplicationField, code: string): string {
    const key = MESSAGES[field]?.[code as FieldErrorCode];
    const max = formatNumber(this.locale.lang, APPLICATION_LIMITS.coverLetter);
    if (key) return this.locale.t(key, { max });
    const label = this.locale.t(LABELS[field]);
    return this.locale.t(code === 'too-long' ? 'applicationForm.error.too-long' : 'applicationForm.error.invalid', { field: label });
  }

  readonly #onSummaryLink = (event: Event): void => {
    event.preventDefault();
    const field = (event.currentTarget as HTMLElement).dataset.field;
    if (field && isField(field)) void this.#focusField(field);
  };

  /** Focuses a field (the first choice of a group), opening its family when needed. */
  async #focusField(field: ApplicationField): Promise<void> {
    let target: HTMLElement | null = null;
    if (field === 'trades') {
      const groups = this.#tradeGroups();
      const family = groups.find((g) => g.trades.some((t) => this.values.trades.includes(t.id))) ?? groups[0];
      if (family && !this.openFamilies.has(family.id)) {
        this.openFamilies = new Set([...this.openFamilies, family.id]);
        await this.updateComplete;
      }
      target = this.renderRoot.querySelector<HTMLElement>(`details[data-family="${CSS.escape(family?.id ?? '')}"] input`);
    }
    target ??=
      this.renderRoot.querySelector<HTMLElement>(`#f-${field}`) ??
      this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]:checked`) ??
      this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center', behavior: 'auto' });
  }

  readonly #onToggleFamily = (event: Event): void => {
    const details = event.currentTarget as HTMLDetailsElement;
    const id = details.dataset.family ?? '';
    if (details.open === this.openFamilies.has(id)) return;
    const open = new Set(this.openFamilies);
    if (details.open) open.add(id);
    else open.delete(id);
    this.openFamilies = open;
  };

  // --- submission ----------------------------------------------------------------------

  readonly #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // One submission at a time: `#busy` while checking (the CV is read), then the `sending` phase.
    if (this.#busy || this.phase === 'sending' || this.phase === 'success') return;
    this.#busy = true;
    let valid = false;
    try {
      valid = await this.#validateAll();
    } finally {
      this.#busy = false;
    }
    // `#send()` enters the `sending` phase before its first await: no second submission can slip in.
    if (valid) await this.#send();
  };

  /** Checks every field (the CV fully), shows the errors, and the summary when there are some. */
  async #validateAll(): Promise<boolean> {
    const errors = validateApplication({ ...this.values, cv: this.#cv }, { spontaneous: this.#spontaneous });
    if (!errors.cv) {
      const cv = await checkCv(this.#cv);
      if (cv) errors.cv = cv;
      if (cv === 'file-unreadable') this.#forgetCv();
    }
    this.errors = errors;
    this.otherErrors = [];
    if (Object.keys(errors).length === 0) {
      this.showSummary = false;
      return true;
    }
    this.failure = undefined;
    if (this.phase === 'failed') this.phase = 'idle';
    await this.#revealSummary();
    return false;
  }

  async #revealSummary(): Promise<void> {
    this.showSummary = true;
    await this.updateComplete;
    this.#summaryElement?.focus();
  }

  async #send(): Promise<void> {
    const endpoint = this.#endpoint;
    const offerId = this.#currentOfferId;
    if (!endpoint) {
      this.#fail({ kind: 'config' });
      return;
    }
    // The outcome belongs to this offer, even if `offer-id` changes meanwhile.
    this.#sent = { offerId, offer: this.#currentOffer, draftKey: this.#draftKey, cv: this.#cv };
    this.previous = undefined;
    this.#idempotencyKey ??= newIdempotencyKey();
    const key = this.#idempotencyKey;
    const data: ApplicationData = { ...this.values, cv: this.#cv, honeypot: this.#honeypot, lang: this.locale.lang };
    if (offerId) Object.assign(data, { offerId, trades: [], regions: [] });
    // Saved with its key before sending: after a reload, a retry reuses the key.
    this.#flushDraft();
    this.phase = 'sending';
    this.failure = undefined;
    const submit = new MnApplicationSubmitEvent(offerId, endpoint, key, data);
    this.dispatchEvent(submit);
    if (submit.defaultPrevented) return; // the host sends it, then calls showResult()
    void this.#announce(this.locale.t('applicationForm.sending.announce'));
    let result: ApplicationResult;
    try {
      result = await this.client.submit(endpoint, data, {
        idempotencyKey: key,
        timeoutMs: this.timeout, // checked by the client: not a positive number, its default
        onWait: (ms) => {
          this.waitMs = ms;
          void this.#announce(this.#waitingText(ms));
        },
      });
    } catch {
      // The built-in client never throws; one given by the page may. The outcome is unknown: sent again, the key
      // makes the platform take it once.
      result = { kind: 'network' };
    }
    await this.showResult(result);
  }

  /**
   * Shows the outcome of a submission, as if the form had sent it itself: for hosts
   * that cancelled `mn-application-submit` and sent the application their own way.
   * Fires `mn-application-success` or `mn-application-error`. After a `network` failure,
   * the form reads the CV again: one that can no longer be read is asked for again.
   */
  async showResult(result: ApplicationResult): Promise<void> {
    const sent = this.#sent ?? { offerId: this.#currentOfferId, draftKey: this.#draftKey, cv: this.#cv };
    // A CV that can no longer be read (moved, deleted or changed since it was picked) fails the request as the
    // network would, with a bare TypeError: reading it again tells the two apart.
    const cvUnreadable = result.kind === 'network' && (await checkCv(sent.cv)) === 'file-unreadable';
    this.#sent = undefined; // from here, the form's offer is the one `offer-id` names
    const offerId = sent.offerId;
    this.waitMs = undefined;
    // The sending is over: no "sending…" left in the live region beside what shows the outcome (the focused
    // confirmation or error summary, the alert), nor after an abort.
    this.#silence();
    if (result.kind === 'aborted') {
      this.phase = 'idle';
      this.#loadDraft();
      return;
    }
    // `offer-id` changed while sending: the outcome is recorded for the offer sent (its events, its draft), then the
    // form serves the new offer and says what became of the other (`#showPrevious`), instead of showing it here.
    const moved = sent.draftKey !== this.#draftKey;
    switch (result.kind) {
      case 'created':
      case 'duplicate':
      case 'key-reused': {
        // The platform holds the application (a duplicate or an earlier version of it): done, no second sending.
        clearTimeout(this.#draftTimer);
        removeDraft(this.draftStorage, sent.draftKey);
        this.#idempotencyKey = undefined;
        this.values = emptyValues();
        this.#touched.clear();
        this.#forgetCv(); // also empties the file input, which the next offer's form would still show
        const reference = result.kind === 'created' ? result.reference : undefined;
        this.#recordSent(sent.offerId, reference, result.kind === 'created');
        this.dispatchEvent(
          result.kind === 'created' ? new MnApplicationSuccessEvent(offerId) : new MnApplicationErrorEvent(result.kind, offerId, false),
        );
        if (moved) {
          this.#showPrevious(sent, true, reference);
          return;
        }
        this.reference = reference;
        this.receivedBefore = result.kind === 'created' ? undefined : result.kind;
        this.phase = 'success';
        this.failure = undefined;
        this.draftRestoredAt = undefined;
        await this.updateComplete;
        this.#successTitle?.focus();
        return;
      }
      case 'invalid':
      case 'too-large': {
        // A definite refusal: nothing was stored, a corrected application gets a new key.
        this.#idempotencyKey = undefined;
        this.phase = 'idle';
        const refused = new MnApplicationErrorEvent(result.kind, offerId, false);
        this.dispatchEvent(refused);
        const fieldErrors = result.kind === 'too-large' ? [{ field: 'cv', code: 'file-size' }] : result.fieldErrors;
        const errors: Partial<Record<ApplicationField, FieldErrorCode>> = {};
        const others: string[] = [];
        for (const e of fieldErrors) {
          if (isField(e.field) && fieldShown(e.field, sent.offerId === undefined)) {
            errors[e.field] ??= (KNOWN_CODES.includes(e.code) ? e.code : 'invalid') as FieldErrorCode;
          } else {
            // `offerId`: the offer no longer takes applications (its deadline passed while the form was filled).
            others.push(e.message ?? this.locale.t(e.field === 'offerId' ? 'applicationForm.closed' : 'applicationForm.error.other'));
          }
        }
        if (Object.keys(errors).length === 0 && others.length === 0) {
          this.#fail(result, offerId, false);
        } else if (moved) {
          this.#flushDraft();
        } else {
          this.errors = errors;
          this.otherErrors = others;
          this.failure = undefined;
          this.#flushDraft();
          await this.#revealSummary();
          return;
        }
        break;
      }
      default:
        this.#fail(result, offerId);
        if (cvUnreadable && !moved) {
          // The outcome is as unknown as after any network failure (the key is kept), but what to do is known:
          // attach the file again. Said as the field's error, as a failed check before sending is.
          this.failure = undefined;
          this.phase = 'idle';
          this.#forgetCv();
          this.errors = { ...this.errors, cv: 'file-unreadable' };
          this.otherErrors = [];
          await this.#revealSummary();
          return;
        }
    }
    if (moved) this.#showPrevious(sent, false);
  }

  /**
   * Remembers that the platform holds the application for `offerId`: so that a form shown again for it says so.
   * A duplicate or an earlier version keeps the record of the sending that stored it, when there is one.
   */
  #recordSent(offerId: string | undefined, reference: string | undefined, fresh: boolean): void {
    const key = sentKey(offerId);
    if (!fresh && readSent(this.draftStorage, key)) return;
    // A 409 or 422 with no record here: the platform holds an application sent on a day this tab does not know.
    writeSent(this.draftStorage, key, fresh ? { sentAt: Date.now(), ...(reference ? { reference } : {}) } : {});
  }

  /** Shows the form of the offer now given, with what became of the application sent for the previous one. */
  #showPrevious(sent: SentApplication, received: boolean, reference?: string): void {
    this.phase = 'idle'; // no longer sending: the new offer's draft may load
    this.#loadDraft();
    const title = sent.offer?.title ?? sent.offerId ?? this.locale.t('applicationForm.title.spontaneous');
    this.previous = { received, title, reference };
    const t = this.locale.t.bind(this.locale);
    void this.#announce(t(previousKey(received, reference), { title, reference: reference ?? '' }));
  }

  #fail(failure: Failure, offerId = this.#currentOfferId, notify = true): void {
    const retryable = isRetryable(failure);
    // Outcome unknown: keep the key, so that a retry cannot store the application twice.
    if (!retryable) this.#idempotencyKey = undefined;
    this.failure = failure;
    this.phase = 'failed';
    this.#flushDraft();
    if (notify) {
      const status = failure.kind === 'server' || failure.kind === 'unexpected' ? failure.status : undefined;
      const error = new MnApplicationErrorEvent(failure.kind, offerId, retryable, status);
      this.dispatchEvent(error);
    }
  }

  #waitingText(ms: number): string {
    return this.locale.t('applicationForm.waiting', { seconds: Math.max(1, Math.ceil(ms / 1000)) });
  }

  #familiesOf(tradeIds: string[]): string[] {
    const trades = this.#currentFeed?.trades ?? [];
    return [...new Set(trades.filter((t) => tradeIds.includes(t.id)).map((t) => t.family))];
  }

  #tradeGroups(): Array<{ id: string; name: string; trades: Trade[] }> {
    const feed = this.#currentFeed;
    if (!feed) return [];
    const groups = feed.families.map((f) => ({ id: f.id, name: f.name, trades: feed.trades.filter((t) => t.family === f.id) }));
    const known = new Set(feed.families.map((f) => f.id));
    const orphans = feed.trades.filter((t) => !known.has(t.family));
    if (orphans.length > 0) groups.push({ id: '', name: this.locale.t('applicationForm.trades.otherFamily'), trades: orphans });
    return groups.filter((g) => g.trades.length > 0);
  }

  // --- rendering -------------------------------------------------------------------------

  /** The level of the form's heading; the error summary and the confirmation use the next one. */
  #level(): number {
    return headingLevelOf(this.headingLevel, 2);
  }

  #describedBy(...ids: Array<string | false | undefined>): string | undefined {
    const list = ids.filter(Boolean).join(' ');
    return list || undefined;
  }

  /**
   * A name followed by « (facultatif) ». The space ends the name's own text: Chromium leaves out of accessible names
   * a text of white space alone that follows a comment (as Lit's markers are), giving « Téléphone(facultatif) ».
   */
  #withOptional(name: string): TemplateResult {
    return html`${`${name} `}<span class="mention">${this.locale.t('applicationForm.optional')}</span>`;
  }

  #renderError(field: ApplicationField): TemplateResult | typeof nothing {
    const code = this.errors[field];
    if (!code) return nothing;
    return html`<p class="error-message" id="f-${field}-error" part="error">${this.#message(field, code)}</p>`;
  }

  #renderTextField(
    name: TextField,
    options: { type: 'text' | 'email' | 'tel' | 'url'; autocomplete: Token; optional?: boolean; hint?: MessageKey; spellcheck?: boolean },
  ): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const id = `f-${name}`;
    const invalid = Boolean(this.errors[name]);
    return html`
      <div class="field ${invalid ? 'invalid' : ''}">
        <label for=${id}>${options.optional ? this.#withOptional(t(LABELS[name])) : t(LABELS[name])}</label>
        ${options.hint ? html`<p class="hint" id="${id}-hint">${t(options.hint)}</p>` : nothing}
        <input
          id=${id}
          name=${name}
          type=${options.type}
          .autocomplete=${options.autocomplete as string as AutoFill}
          spellcheck=${ifDefined(options.spellcheck === false ? 'false' : undefined)}
          ?required=${!options.optional}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.#describedBy(options.hint && `${id}-hint`, invalid && `${id}-error`))}
          .value=${live(this.values[name])}
        />
        ${this.#renderError(name)}
      </div>
    `;
  }

  #renderStatus(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const invalid = Boolean(this.errors.status);
    return html`
      <fieldset class="field ${invalid ? 'invalid' : ''}" aria-describedby=${ifDefined(invalid ? 'f-status-error' : undefined)}>
        <legend>${t('applicationForm.status')}</legend>
        ${this.#renderError('status')}
        <ul class="choices" role="list">
          ${APPLICANT_STATUSES.map(
            (s, i) => html`
              <li class="choice">
                <input
                  type="radio"
                  id=${i === 0 ? 'f-status' : `f-status-${s}`}
                  name="status"
                  value=${s}
                  required
                  aria-invalid=${invalid ? 'true' : 'false'}
                  .checked=${live(this.values.status === s)}
                />
                <label for=${i === 0 ? 'f-status' : `f-status-${s}`}>${t(`applicationForm.status.${s}` as MessageKey)}</label>
              </li>
            `,
          )}
        </ul>
      </fieldset>
    `;
  }

  #renderTrades(): TemplateResult | typeof nothing {
    const groups = this.#tradeGroups();
    if (groups.length === 0) return nothing;
    const t = this.locale.t.bind(this.locale);
    const invalid = Boolean(this.errors.trades);
    let index = 0;
    return html`
      <fieldset
        class="field ${invalid ? 'invalid' : ''}"
        aria-describedby=${ifDefined(this.#describedBy('f-trades-hint', invalid && 'f-trades-error'))}
      >
        <legend>${t('applicationForm.trades')}</legend>
        <p class="hint" id="f-trades-hint">${t('applicationForm.trades.hint')}</p>
        ${this.#renderError('trades')}
        <div>
          ${groups.map((g, i) => {
            const chosen = g.trades.filter((tr) => this.values.trades.includes(tr.id)).length;
            // The visible name (marked as French on English forms) labels the list: one text for both.
            const nameId = `f-family-${i}`;
            return html`
              <details class="family" data-family=${g.id} ?open=${this.openFamilies.has(g.id)} @toggle=${this.#onToggleFamily}>
                <summary>
                  <span id=${nameId} lang=${ifDefined(g.id ? this.feedLang() : undefined)}>${g.name}</span>
                  ${chosen > 0 ? html`<span class="mention">(${t('applicationForm.trades.chosen', { count: chosen })})</span>` : nothing}
                </summary>
                <ul class="choices columns" role="list" aria-labelledby=${nameId}>
                  ${g.trades.map((tr) => {
                    const id = index++ === 0 ? 'f-trades' : `f-trades-${index}`;
                    return html`
                      <li class="choice">
                        <input
                          type="checkbox"
                          id=${id}
                          name="trades"
                          value=${tr.id}
                          aria-invalid=${invalid ? 'true' : 'false'}
                          .checked=${live(this.values.trades.includes(tr.id))}
                        />
                        <label for=${id} lang=${ifDefined(this.feedLang())}>${tr.name}</label>
                      </li>
                    `;
                  })}
                </ul>
              </details>
            `;
          })}
        </div>
      </fieldset>
    `;
  }

  #renderRegions(): TemplateResult | typeof nothing {
    const regions = this.#currentFeed?.regions ?? [];
    if (regions.length === 0) return nothing;
    const t = this.locale.t.bind(this.locale);
    const sorted = [...regions].sort((a, b) => a.name.localeCompare(b.name, this.locale.lang));
    return html`
      <fieldset class="field" aria-describedby="f-regions-hint">
        <legend>${this.#withOptional(t('applicationForm.regions'))}</legend>
        <p class="hint" id="f-regions-hint">${t('applicationForm.regions.hint')}</p>
        <ul class="choices columns" role="list">
          ${sorted.map(
            (r, i) => html`
              <li class="choice">
                <input
                  type="checkbox"
                  id=${i === 0 ? 'f-regions' : `f-regions-${r.code}`}
                  name="regions"
                  value=${r.code}
                  .checked=${live(this.values.regions.includes(r.code))}
                />
                <label for=${i === 0 ? 'f-regions' : `f-regions-${r.code}`} lang=${ifDefined(this.feedLang())}>${r.name}</label>
              </li>
            `,
          )}
        </ul>
      </fieldset>
    `;
  }

  #renderCoverLetter(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const invalid = Boolean(this.errors.coverLetter);
    const remaining = APPLICATION_LIMITS.coverLetter - textLength(this.values.coverLetter.trim());
    return html`
      <div class="field ${invalid ? 'invalid' : ''}">
        <label for="f-coverLetter">${t('applicationForm.coverLetter')}</label>
        <p class="hint" id="f-coverLetter-hint">
          ${t('applicationForm.coverLetter.hint', { max: formatNumber(this.locale.lang, APPLICATION_LIMITS.coverLetter) })}
        </p>
        <textarea
          id="f-coverLetter"
          name="coverLetter"
          rows="10"
          required
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.#describedBy('f-coverLetter-hint', 'f-coverLetter-counter', invalid && 'f-coverLetter-error'))}
          .value=${live(this.values.coverLetter)}
        ></textarea>
        <p class="counter ${remaining < 0 ? 'over' : ''}" id="f-coverLetter-counter" part="counter">${this.#counterText(remaining)}</p>
        ${this.#renderError('coverLetter')}
      </div>
    `;
  }

  #renderCv(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const invalid = Boolean(this.errors.cv);
    return html`
      <div class="field ${invalid ? 'invalid' : ''}">
        <label for="f-cv">${t('applicationForm.cv')}</label>
        <p class="hint" id="f-cv-hint">${t('applicationForm.cv.hint')}</p>
        <input
          id="f-cv"
          name="cv"
          type="file"
          accept="application/pdf,.pdf"
          required
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.#describedBy('f-cv-hint', invalid && 'f-cv-error'))}
        />
        ${this.#renderError('cv')}
      </div>
    `;
  }

  #renderConsent(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const invalid = Boolean(this.errors.consent);
    const privacy = safeLink(this.privacyHref);
    return html`
      <div class="consent field ${invalid ? 'invalid' : ''}" part="consent">
        <div class="text" id="f-consent-text">
          <slot name="consent">${this.consentText.trim() || t('applicationForm.consent.text')}</slot>
        </div>
        ${privacy
          ? html`<p class="text">
              <a href=${privacy} target="_blank" rel="noopener"
                >${t('applicationForm.consent.privacy')}<span class="visually-hidden"> (${t('common.newTab')})</span></a
              >
            </p>`
          : nothing}
        <div class="choice">
          <input
            type="checkbox"
            id="f-consent"
            name="consent"
            required
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(this.#describedBy('f-consent-text', invalid && 'f-consent-error'))}
            .checked=${live(this.values.consent)}
          />
          <label for="f-consent">${t('applicationForm.consent')}</label>
        </div>
        ${this.#renderError('consent')}
      </div>
    `;
  }

  #renderSummary(): TemplateResult | typeof nothing {
    if (!this.showSummary) return nothing;
    const fields = APPLICATION_FIELDS.filter((f) => this.errors[f]);
    const count = fields.length + this.otherErrors.length;
    if (count === 0) return nothing;
    return html`
      <div class="summary" part="summary" role="group" aria-labelledby="summary-title" tabindex="-1">
        ${heading(this.#level() + 1, this.locale.t('applicationForm.summary', { count }), {
          id: 'summary-title',
          className: 'summary-title',
        })}
        <ul>
          ${fields.map(
            (f) => html`<li>
              <a href="#f-${f}" data-field=${f} @click=${this.#onSummaryLink}>${this.#message(f, this.errors[f] as string)}</a>
            </li>`,
          )}
          ${this.otherErrors.map((m) => html`<li>${m}</li>`)}
        </ul>
      </div>
    `;
  }

  #renderFailure(): TemplateResult | typeof nothing {
    const f = this.failure;
    if (!f || this.phase !== 'failed') return nothing;
    const t = this.locale.t.bind(this.locale);
    let text: string;
    switch (f.kind) {
      case 'server':
        text = t('applicationForm.failure.server', { status: f.status });
        break;
      case 'rate-limited':
        text = t('applicationForm.failure.rate-limited', { seconds: Math.max(1, Math.ceil(f.retryAfterMs / 1000)) });
        break;
      default:
        text = t(`applicationForm.failure.${f.kind}` as MessageKey);
    }
    return html`<div class="alert error" part="failure" role="alert"><p>${text}</p></div>`;
  }

  #renderPrevious(): TemplateResult | typeof nothing {
    const p = this.previous;
    if (!p) return nothing;
    const lang = this.locale.lang;
    const title = html`<span lang=${ifDefined(this.feedLang())}>${p.title}</span>`;
    return html`<div class="alert ${p.received ? 'info' : 'warning'}" part="previous">
      <p>
        ${compose(lang, previousKey(p.received, p.reference), { title, reference: html`<span class="reference">${p.reference}</span>` })}
      </p>
    </div>`;
  }

  #renderDraftNotice(): TemplateResult | typeof nothing {
    if (this.draftRestoredAt === undefined || this.phase === 'success') return nothing;
    const t = this.locale.t.bind(this.locale);
    return html`
      <div class="alert info" part="draft">
        <p>${t('applicationForm.draft.restored', { date: formatDateTime(this.locale.lang, this.draftRestoredAt) })}</p>
        <button type="button" class="button tertiary" @click=${() => void this.#clearDraft()}>${t('applicationForm.draft.clear')}</button>
      </div>
    `;
  }

  /**
   * The form waits behind the notice of an application already sent, until the candidate asks for it: unless they
   * came with answers in it (a draft restored, or what they typed for another offer; see `#loadDraft`).
   */
  get #formHeld(): boolean {
    return this.sentBefore !== undefined && !this.formRevealed;
  }

  #renderSentNotice(): TemplateResult | typeof nothing {
    const sent = this.sentBefore;
    // A draft in progress has its own notice: the candidate is already writing another application.
    if (!sent || this.draftRestoredAt !== undefined) return nothing;
    const lang = this.locale.lang;
    const t = this.locale.t.bind(this.locale);
    const kind = this.#spontaneous ? 'spontaneous' : 'offer';
    const date = sent.sentAt === undefined ? undefined : formatDateTime(lang, sent.sentAt);
    const said =
      date === undefined
        ? t(`applicationForm.sent.${kind}.known`)
        : sent.reference
          ? compose(lang, `applicationForm.sent.${kind}.reference`, {
              date,
              reference: html`<span class="reference">${sent.reference}</span>`,
            })
          : t(`applicationForm.sent.${kind}`, { date });
    return html`
      <div class="alert info sent" part="sent">
        <p id="sent-text">${said}${` ${t('applicationForm.sent.again')}`}</p>
        ${this.#formHeld
          ? html`<button type="button" class="button secondary" aria-describedby="sent-text" @click=${() => void this.#revealForm()}>
              ${t('applicationForm.sent.reveal')}
            </button>`
          : nothing}
      </div>
    `;
  }

  /** Shows the form held behind the notice of an application sent, and puts the focus in its first field. */
  async #revealForm(): Promise<void> {
    this.formRevealed = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#f-firstName')?.focus();
  }

  #renderOfferReminder(offer: Offer | undefined): TemplateResult | typeof nothing {
    if (!offer) return nothing;
    const organisation = this.#currentFeed?.organisations.find((o) => o.id === offer.hiringOrganization);
    return html`
      <p class="offer" part="offer">
        <span class="mention">${this.locale.t('applicationForm.offer')}</span>
        <strong lang=${ifDefined(this.feedLang())}>${offer.title}</strong>
        ${organisation ? html`<span class="organisation" lang=${ifDefined(this.feedLang())}>${organisation.name}</span>` : nothing}
      </p>
    `;
  }

  #renderForm(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const sending = this.phase === 'sending';
    const retry = this.phase === 'failed' && this.failure !== undefined && isRetryable(this.failure);
    if (this.#formHeld) return html`${this.#renderSentNotice()}`;
    return html`
      ${this.#renderSentNotice()} ${this.#renderDraftNotice()}
      <form
        part="form"
        novalidate
        @submit=${this.#onSubmit}
        @input=${this.#onInput}
        @change=${this.#onChange}
        @focusout=${this.#onFocusOut}
      >
        ${this.#renderSummary()}
        <p class="mention">${t('applicationForm.requiredNote')}</p>
        <fieldset class="group">
          <legend>${t('applicationForm.identity')}</legend>
          <div class="row">
            ${this.#renderTextField('firstName', { type: 'text', autocomplete: 'given-name', spellcheck: false })}
            ${this.#renderTextField('lastName', { type: 'text', autocomplete: 'family-name', spellcheck: false })}
          </div>
          ${this.#renderTextField('email', { type: 'email', autocomplete: 'email', hint: 'applicationForm.email.hint', spellcheck: false })}
          ${this.#renderTextField('phone', { type: 'tel', autocomplete: 'tel', optional: true, hint: 'applicationForm.phone.hint' })}
        </fieldset>
        ${this.#renderStatus()}
        ${this.#spontaneous
          ? html`<div class="group">${this.#renderTrades()} ${this.#renderRegions()}</div>`
          : nothing}
        ${this.#renderCoverLetter()} ${this.#renderCv()}
        <fieldset class="group" aria-describedby="f-links-hint">
          <legend>${this.#withOptional(t('applicationForm.links'))}</legend>
          <p class="hint" id="f-links-hint">${t('applicationForm.links.hint')}</p>
          ${this.#renderTextField('linkedin', { type: 'url', autocomplete: 'section-linkedin url', optional: true, hint: 'applicationForm.linkedin.hint' })}
          ${this.#renderTextField('github', { type: 'url', autocomplete: 'section-github url', optional: true, hint: 'applicationForm.github.hint' })}
          ${this.#renderTextField('portfolio', { type: 'url', autocomplete: 'section-portfolio url', optional: true, hint: 'applicationForm.portfolio.hint' })}
        </fieldset>
        <div class="hp" aria-hidden="true">
          <label for="f-hp">${t('applicationForm.honeypot')}</label>
          <input id="f-hp" name="mn-hp" type="text" tabindex="-1" autocomplete="off" .value=${live(this.#honeypot)} />
        </div>
        ${this.#renderConsent()}
        <div class="actions">
          ${this.#renderFailure()}
          <button type="submit" class="button" part="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending
              ? html`<span class="spinner" aria-hidden="true"></span>${t('applicationForm.sending')}`
              : retry
                ? t('applicationForm.submit.retry')
                : t('applicationForm.submit')}
          </button>
          ${sending && this.waitMs !== undefined ? html`<p class="waiting">${this.#waitingText(this.waitMs)}</p>` : nothing}
        </div>
      </form>
    `;
  }

  #renderSuccess(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    // Received before: said as such, not as a new sending.
    const before = this.receivedBefore;
    return html`
      <div class="success" part="success">
        ${heading(this.#level() + 1, t(before ? 'applicationForm.received.title' : 'applicationForm.success.title'), {
          id: 'success-title',
          className: 'success-title',
          focusable: true,
        })}
        ${before ? html`<p>${t(`applicationForm.failure.${before}`)}</p>` : nothing}
        ${this.reference
          ? html`
              <p>${t('applicationForm.success.reference')} <span class="reference" part="reference">${this.reference}</span></p>
              <p>${t('applicationForm.success.keep')}</p>
            `
          : nothing}
      </div>
    `;
  }

  /** What to show in place of the form, when it cannot be used. */
  #renderBlocked(offer: Offer | undefined): TemplateResult | undefined {
    const t = this.locale.t.bind(this.locale);
    const feed = this.#currentFeed;
    const task = this.#feedController?.task;
    if (this.#needsFeed() && !feed && task?.status !== TaskStatus.ERROR) {
      return html`<p class="mention" role="status">${t('common.loading')}</p>`;
    }
    // Without the feed, an offer form still works when it knows where to send; a spontaneous one needs the trades.
    if (!feed && task?.status === TaskStatus.ERROR && (this.#spontaneous || !this.action.trim())) {
      return html`<div class="alert error" role="alert">
        <p>${errorMessage(this.locale, task.error)}</p>
        <button type="button" class="button secondary" @click=${() => this.#feedController?.retry()}>${t('common.retry')}</button>
      </div>`;
    }
    if (!this.#spontaneous && feed && !offer) return html`<div class="alert warning"><p>${t('applicationForm.notFound')}</p></div>`;
    if (offer && !isOpen(offer, this.#judgedAt.of(offer, this.now))) return html`<div class="alert warning"><p>${t('applicationForm.closed')}</p></div>`;
    if (offer && offer.apply.mode === 'external') {
      // A link only when it is safe: an `.offer` given directly may hold anything.
      const url = safeWebUrl(offer.apply.url);
      return html`<div class="alert info">
        <p>${t('applicationForm.external')}</p>
        ${url ? html`<a class="button" href=${url} target="_blank" rel="noopener noreferrer"
          >${t('applicationForm.external.link')}<span class="visually-hidden"> (${t('common.newTab')})</span></a
        >` : nothing}
      </div>`;
    }
    if (offer && offer.apply.mode === 'email') {
      const { email, subject } = offer.apply;
      const href = mailtoHref(email, subject);
      return html`<div class="alert info">
        <p>${`${t('applicationForm.email.apply')} `}${href ? html`<a href=${href}>${email}</a>` : email}</p>
      </div>`;
    }
    if (!this.#endpoint) return html`<div class="alert error"><p>${t('applicationForm.failure.config')}</p></div>`;
    return undefined;
  }

  override render(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const offer = this.#currentOffer;
    const title = this.#spontaneous ? t('applicationForm.title.spontaneous') : t('applicationForm.title.offer');
    const body =
      this.phase === 'success' ? this.#renderSuccess() : (this.#renderBlocked(offer) ?? this.#renderForm());
    return html`
      <section part="base" aria-labelledby="title" lang=${ifDefined(this.locale.own)}>
        ${heading(this.#level(), title, { id: 'title', part: 'title' })}
        ${this.#renderOfferReminder(offer)}
        ${this.#spontaneous && this.phase !== 'success' ? html`<p>${t('applicationForm.spontaneousIntro')}</p>` : nothing}
        ${this.#renderPrevious()} ${body}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }
}
