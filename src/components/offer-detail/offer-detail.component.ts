import { shallowArrayEquals, Task, TaskStatus } from '@lit/task';
import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attachInternals, setCustomStates } from '../../controllers/custom-states.js';
import { FeedController, ifLeft } from '../../controllers/feed-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { RetryFocus } from '../../controllers/retry-focus.js';
import { MnElement, orEmpty } from '../mn-element.js';
import { defaultFeedClient, type FeedClient } from '../../data/feed-client.js';
import { JudgedAt } from '../../data/judged-at.js';
import { onDemand } from '../../data/on-demand.js';
import { SECTION_KEYS, type Feed, type Offer, type OfferDocument, type SectionKey } from '../../data/types.js';
import type { MnApplicationErrorEvent } from '../../events/mn-application-error.js';
import { MnApplicationOpenEvent } from '../../events/mn-application-open.js';
import type { MnApplicationSubmitEvent } from '../../events/mn-application-submit.js';
import type { MnApplicationSuccessEvent } from '../../events/mn-application-success.js';
import { MnErrorEvent } from '../../events/mn-error.js';
import { MnLoadEvent } from '../../events/mn-load.js';
import { addFrench, formatDate, formatExperience, formatSalary, translate, type Lang } from '../../i18n/localize.js';
import { frOfferDetail } from '../../i18n/fr-offer-detail.js';
import { sanitizeHtml } from '../../sanitize/sanitize.js';
import { alertStyles, buttonStyles, hostStyles, tagStyles } from '../../styles/shared.styles.js';
import { heading, headingLevelOf } from '../heading.js';
import { errorEvent, errorMessage } from '../feed-errors.js';
import {
  findOffer,
  offerFlags,
  organisationsOf,
  placeLabel,
  tradeName,
  type OfferFlags,
} from '../offer-card/offer-view.js';
import { mailtoHref, safeWebUrl } from '../links.js';
import { jobPosting, jsonForScript } from './job-posting.js';
import { styles } from './offer-detail.styles.js';

/** The application form's code, downloaded when a visitor first opens it. */
const loadForm = onDemand(() => import('../application-form/mn-application-form.js'));

addFrench(frOfferDetail);

/** A section of the offer, sanitised once and kept as nodes (never re-serialised into the page). */
interface RenderedSection {
  key: SectionKey;
  body: HTMLElement;
}

/** What the document task gives: the texts of one offer, ready to show. */
interface LoadedDocument {
  offer: Offer;
  document: OfferDocument;
  sections: RenderedSection[];
}

const NEW_WINDOW_ICON = html`<svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M10 6v2H5v11h11v-5h2v7H3V6zm11-3v8h-2V6.4l-7.8 7.8-1.4-1.4L17.6 5H13V3z" />
</svg>`;

/**
 * The whole of one job offer, in one column read in the order it is seen, at
 * every width: title and organisation, key facts, how to apply, then every
 * section of its description.
 *
 * Give it an `offer-id` (it reads the feed, then the offer's own document with
 * the full texts), or the data itself: `.offer`, `.feedData` (names of the
 * organisation, région, trade) and `.offerDocument` (then no request at all).
 * The texts of the feed are sanitised (a strict allow-list, with the browser's
 * HTML Sanitizer API or DOMPurify, loaded only with this element).
 *
 * How to apply depends on the offer: on the platform ("Postuler" opens an
 * `<mn-application-form>` below, unless the host cancels `mn-application-open`),
 * on the recruiter's site (a link, new window), or by e-mail (a prefilled
 * message). Filled or expired offers say so and offer no way to apply. Closed
 * again, the form stays in the element, hidden: an application being sent goes
 * on, and its events and confirmation are not lost. So it does when another
 * offer shows meanwhile: one applied to elsewhere, or none ("not found"), the
 * same form then shows the outcome below the way to apply, or the message. In a list (`detail="inline"`),
 * going back to the offers does the same, and the list then says what became of it.
 *
 * With `seo`, the element adds the offer's schema.org `JobPosting` (JSON-LD) to
 * the page's `<head>`, and removes it when it leaves the page. Use it on the page
 * of one offer, never on lists.
 *
 * @summary One job offer in full, with the way to apply.
 *
 * @event {MnApplicationOpenEvent} mn-application-open - The visitor pressed "Postuler" (platform offers). Cancelable: cancel it to show your own form; the inline form then does not open.
 * @event {MnLoadEvent} mn-load - The offer and its texts are shown: `offer` is the offer (`count` is 1; `stale` when the feed came from the saved copy).
 * @event {MnErrorEvent} mn-error - The feed or the offer's texts could not be loaded (`code` as for `FeedError`), or the offer is not in the feed (`code` is `not-found`).
 * @event {MnApplicationSubmitEvent} mn-application-submit - Bubbles from the inline application form; cancelable, as on `<mn-application-form>`.
 * @event {MnApplicationSuccessEvent} mn-application-success - Bubbles from the inline application form.
 * @event {MnApplicationErrorEvent} mn-application-error - Bubbles from the inline application form.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - The title, organisation and badges.
 * @csspart title - The title heading (see `heading-level`): the offer's title, or why no offer shows ("Offre introuvable" / "Offer not found", "Offre indisponible" / "Offer unavailable").
 * @csspart organisation - The organisation line under the title.
 * @csspart badges - The "Nouveau", "Clôture bientôt", "Pourvue", "Clôturée" badges.
 * @csspart facts - The key facts panel.
 * @csspart facts-title - Its heading.
 * @csspart apply - The block that says how to apply.
 * @csspart apply-title - Its heading.
 * @csspart apply-button - The "Postuler" button or link.
 * @csspart application - The container of the inline application form.
 * @csspart sections - The description, section by section.
 * @csspart section-title - Each section's heading.
 * @csspart section-body - Each section's text.
 * @csspart message - Loading, error and "not found" messages.
 * @csspart stale - The notice shown when the feed is a saved copy (an alert, said as it shows), with its retry button.
 *
 * @cssproperty --mn-offer-detail-facts-background - Background of the key facts panel.
 * @cssproperty --mn-offer-detail-facts-width - Least width of a column of key facts: the panel, above the texts, shows as many columns as fit (default 14rem).
 * @cssproperty --mn-offer-detail-title-size - Font size of the title (default 2rem, 1.75rem on narrow layouts).
 * @cssproperty --mn-offer-detail-title-color - Colour of the title.
 *
 * @cssstate loading - The feed or the offer's texts are loading.
 * @cssstate closed - The offer is filled or its deadline has passed.
 * @cssstate applying - The inline application form is open.
 */
export class MnOfferDetail extends MnElement {
  static override styles = [hostStyles, buttonStyles, tagStyles, alertStyles, styles];
  static override properties: PropertyDeclarations = {
    offer: { attribute: false },
    offerId: { attribute: 'offer-id', converter: orEmpty },
    feedData: { attribute: false },
    offerDocument: { attribute: false },
    feed: { converter: orEmpty },
    headingLevel: { attribute: 'heading-level', type: Number },
    seo: { type: Boolean },
    privacyHref: { attribute: 'privacy-href' },
    consentText: { attribute: 'consent-text' },
    now: { attribute: false },
    client: { attribute: false },
    // Internal reactive state.
    applying: { state: true },
    formFailed: { state: true },
  };

  protected readonly locale = new LocaleController(this);
  /** Created only when the element must read the feed itself (`offer-id` without `.offer` nor `.feedData`). */
  #feedController?: FeedController;
  readonly #documentTask = new Task(this, {
    args: () =>
      [this.#currentOffer(), this.offerDocument, this.client ?? defaultFeedClient, this.locale.lang, this.#level()] as const,
    // A new copy of the same offer (its id and document unchanged) keeps the texts already sanitised: a fresh feed
    // after the saved one, or a framework that gives a new object at each of its renders, costs no work.
    argsEqual: ([offer, ...rest], [next, ...nextRest]) =>
      offer?.id === next?.id && offer?.document === next?.document && rest.every((v, i) => v === nextRest[i]),
    task: async ([offer, given, client, lang, level], { signal }): Promise<LoadedDocument | undefined> => {
      if (offer === undefined) return undefined;
      const document = given !== undefined && given.id === offer.id ? given : await client.loadOfferDocument(offer, { signal });
      const sections = await sanitiseSections(document, lang, Math.min(6, level + 2));
      signal.throwIfAborted();
      return { offer, document, sections };
    },
  });
  readonly #internals = attachInternals(this);
  readonly #judgedAt = new JudgedAt();
  #jsonLd?: HTMLScriptElement;
  /** The document was loading when the element left the page. */
  #abortedOnLeave = false;
  /**
   * After "retry", the focus waits on what is loading, then goes to the new retry button, or to what shows: the offer's
   * title after the feed's retry (the whole offer shows again, or its notice went), its texts after theirs.
   */
  readonly #retryFocus = new RetryFocus(this, {
    // Also the feed's retry from the saved copy's notice, the offer still showing.
    pending: () => this.#isLoading() || this.#feedController?.status === TaskStatus.PENDING,
    waitOn: () => this.#retryTarget(),
    retryButton: () =>
      this.renderRoot.querySelector<HTMLElement>(this.#retriedFeed ? '[part="stale"] button, [part="message"] button' : '.sections button'),
    shown: () => this.#retryTarget(),
  });
  /** The last "retry" pressed was the feed's (not the texts'). */
  #retriedFeed = false;
  /** The last outcome announced by `mn-load` / `mn-error`, so that each is fired once. */
  #announced: readonly unknown[] = [];

  /** The visitor opened the inline application form. */
  private declare applying: boolean;
  /** The application form's module could not be loaded. */
  private declare formFailed: boolean;

  /** The offer to show. Takes precedence over `offer-id`. */
  declare offer: Offer | undefined;

  /** Id of the offer to show, read from the feed (when no `.offer` is given). */
  declare offerId: string;

  /** The feed the offer comes from: names of the organisation, région and trade. With `offer-id`, no request is made then. */
  declare feedData: Feed | undefined;

  /** The offer's full texts, when you have them (otherwise they are fetched from the offer's `document` URL). */
  declare offerDocument: OfferDocument | undefined;

  /** URL of the feed, for `offer-id` (default: the page configuration, then the central feed). */
  declare feed: string;

  /** Level of the title heading, 1–6 (section headings are one level below). */
  declare headingLevel: number;

  /** Adds the offer's schema.org `JobPosting` (JSON-LD) to the page's `<head>`. One offer per page: never on lists. */
  declare seo: boolean;

  /** The page that says how candidates' personal data is processed, linked from the application form. */
  declare privacyHref: string | undefined;

  /** The text above the application form's consent checkbox (default: a generic text). */
  declare consentText: string | undefined;

  /** The time the offer's state is computed at, epoch ms (default: now). For stories and tests. */
  declare now: number | undefined;

  /** The feed client (tests; default: the page's shared client). */
  declare client: FeedClient | undefined;

  constructor() {
    super();
    this.applying = false;
    this.formFailed = false;
    this.offerId = '';
    this.feed = '';
    this.headingLevel = 2;
    this.seo = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: the JSON-LD comes back with the next update,
    // and a loading stopped by the departure starts again.
    if (this.hasUpdated) this.requestUpdate();
    if (this.#abortedOnLeave) {
      this.#abortedOnLeave = false;
      void this.#documentTask.run();
    }
  }

  /**
   * Once opened, the application form stays in the page, hidden while closed: an application being sent when the
   * form is closed keeps its outcome, its events and what was typed. Rendered in this box of its own, so that the
   * same form can go from the apply block to a holder of its own (`#renderHolder`) while it sends, and back.
   */
  #formBox?: HTMLElement | undefined;
  /** The last `mn-application-submit` of the inline form, until its outcome. */
  #formSubmit: MnApplicationSubmitEvent | undefined;
  /**
   * The inline form is sending an application: its own sending, not one a host took over (it cancelled the event).
   * Read once the event has gone all the way up (in an update, or at the outcome), when `defaultPrevented` is final.
   */
  get #formSending(): boolean {
    return this.#formSubmit?.defaultPrevented === false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeJsonLd();
    // Left the page, not moved (out and back in at once): the texts' request stops.
    ifLeft(this, () => {
      if (this.#documentTask.status !== TaskStatus.PENDING) return;
      this.#abortedOnLeave = true;
      this.#documentTask.abort();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#feedController && this.offerId && !this.offer && !this.feedData) {
      this.#feedController = new FeedController(this, this.client);
    }
    // A new copy of the same offer (a fresh feed after the saved one, a framework giving a new object) keeps its form.
    const another = changed.has('offerId') || (changed.has('offer') && changed.get('offer')?.id !== this.offer?.id);
    if (another && this.hasUpdated) {
      this.applying = false;
      this.formFailed = false;
      // Another offer, another form; unless the form is sending: it goes on, then serves the new offer.
      if (!this.#formSending) this.#formBox = undefined;
    }
    this.#syncForm();
  }

  /** True when `offer` is applied to here, with the form (on the platform, open): its apply block holds the form. */
  #appliesHere(offer = this.#currentOffer()): boolean {
    return offer?.apply.mode === 'platform' && !offerFlags(offer, this.#judgedAt.of(offer, this.now)).closed;
  }

  /**
   * Gives the form its offer when the apply block holds it, and its heading level where it shows: one level below
   * the apply block's heading, or below the holder's place. Set here, not in a template: the same form moves
   * between the two, and Lit would keep a value it had committed in the other place.
   */
  #syncForm(): void {
    const box = this.#formBox;
    if (!box) return;
    const offer = this.#currentOffer();
    const inApply = offer !== undefined && this.#appliesHere(offer);
    if (inApply) {
      render(
        html`<mn-application-form
          offer-id=${offer.id}
          feed=${ifDefined(this.feed || undefined)}
          .offer=${offer}
          .feedData=${this.#currentFeed()}
          .now=${this.#judgedAt.of(offer, this.now)}
          privacy-href=${ifDefined(this.privacyHref)}
          consent-text=${ifDefined(this.consentText)}
        ></mn-application-form>`,
        box,
      );
    }
    const level = Math.min(6, this.#level() + 1);
    box.firstElementChild?.setAttribute('heading-level', `${Math.min(6, inApply ? level + 1 : level)}`);
  }

  protected override updated(): void {
    const offer = this.#currentOffer();
    const flags = offer ? offerFlags(offer, this.#judgedAt.of(offer, this.now)) : undefined;
    setCustomStates(this.#internals, {
      loading: this.#isLoading(),
      closed: flags?.closed !== undefined,
      applying: this.applying,
    });
    try {
      this.#syncJsonLd(offer, flags);
    } catch (error) {
      // Structured data is a bonus: whatever the page refuses, the outcome is still announced.
      console.error('mn-offer-detail: the JSON-LD could not be added:', error);
    }
    this.#announce(offer);
  }

  // --- data ------------------------------------------------------------------

  #level(): number {
    return headingLevelOf(this.headingLevel, 2);
  }

  #currentFeed(): Feed | undefined {
    return this.feedData ?? this.#feedController?.value?.feed;
  }

  #currentOffer(): Offer | undefined {
    if (this.offer) return this.offer;
    if (!this.offerId) return undefined;
    const feed = this.#currentFeed();
    return feed ? findOffer(feed, this.offerId) : undefined;
  }

  #isLoading(): boolean {
    const feedPending = this.#feedController !== undefined && this.#feedController.value === undefined && this.#feedController.status !== TaskStatus.ERROR;
    return feedPending || this.#documentTask.status === TaskStatus.PENDING;
  }

  /** Fires `mn-load` / `mn-error` once per outcome of the loading. */
  #announce(offer: Offer | undefined): void {
    const feedError = this.#feedController?.status === TaskStatus.ERROR ? this.#feedController.task.error : undefined;
    const doc = this.#documentTask;
    let outcome: unknown[] | undefined;
    let event: Event | undefined;
    if (feedError !== undefined) {
      outcome = [feedError];
      event = errorEvent(this.locale, feedError);
    } else if (!offer && this.offerId && this.#currentFeed()) {
      outcome = [this.#currentFeed()];
      event = new MnErrorEvent('not-found', this.locale.t('offerDetail.notFound'));
    } else if (doc.status === TaskStatus.ERROR) {
      outcome = [doc.error];
      event = errorEvent(this.locale, doc.error);
    } else if (doc.status === TaskStatus.COMPLETE && doc.value) {
      // The offer and the feed's load, not the texts: a new language or heading level sanitises the texts again, and a
      // new copy of the same offer keeps them, for the same load; a fresh feed after the saved copy is another load.
      const loaded = this.#feedController?.value;
      outcome = [doc.value.offer, loaded];
      event = new MnLoadEvent(1, loaded?.stale ?? false, loaded?.feed.issues ?? [], doc.value.offer);
    }
    if (outcome === undefined || shallowArrayEquals(outcome, this.#announced)) return;
    this.#announced = outcome;
    if (event) this.dispatchEvent(event);
  }

  // --- JSON-LD ----------------------------------------------------------------

  #syncJsonLd(offer: Offer | undefined, flags: OfferFlags | undefined): void {
    const loaded = this.#documentTask.value;
    if (!this.seo || !this.isConnected || offer === undefined || loaded?.offer.id !== offer.id) {
      this.#removeJsonLd();
      return;
    }
    const description = descriptionHtml(loaded.sections, this.locale.lang);
    const data = jobPosting(offer, this.#currentFeed(), description, flags?.closed !== undefined);
    if (data === undefined) {
      this.#removeJsonLd();
      return;
    }
    const text = jsonForScript(data);
    if (this.#jsonLd?.isConnected && this.#jsonLd.textContent === text) return;
    this.#removeJsonLd();
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.mnOffer = offer.id;
    // Under Trusted Types (`require-trusted-types-for 'script'`) setting `textContent` throws: a script's text
    // must be a TrustedScript. Browsers check that text when they prepare the script, as it or a node enters it;
    // inserted empty, then given its text through its text node, this data block (it never runs) needs no policy.
    // Chromium and WebKit report nothing then; Firefox reports the change, without blocking it.
    const content = document.createTextNode('');
    script.append(content);
    this.#jsonLd = script;
    document.head.append(script);
    content.data = text;
  }

  #removeJsonLd(): void {
    this.#jsonLd?.remove();
    this.#jsonLd = undefined;
  }

  // --- visitor actions ----------------------------------------------------------

  readonly #onApply = (event: Event): void => {
    const offer = this.#currentOffer();
    if (!offer) return;
    const button = event.currentTarget as HTMLElement;
    // The form opens below the button, above the texts; the pressed button stays in view (a long form closed from below).
    const keepInView = () => void this.updateComplete.then(() => button.scrollIntoView({ block: 'nearest' }));
    if (this.applying) {
      this.applying = false;
      keepInView();
      return;
    }
    if (!this.dispatchEvent(new MnApplicationOpenEvent(offer.id))) return;
    this.applying = true;
    this.#formBox ??= document.createElement('div');
    keepInView();
    // Shows the form once its code is there (it says "Chargement…" meanwhile).
    loadForm().then(
      () => this.requestUpdate(),
      () => (this.formFailed = true),
    );
  };

  /** Downloads the form's code again; the focus waits on "Postuler" meanwhile (see `downloadAgain`). */
  readonly #onRetryForm = (): void => {
    void this.downloadAgain(loadForm, (yes) => (this.formFailed = yes), this.renderRoot.querySelector('[part="apply-button"]'));
  };

  readonly #onFormSubmit = (e: MnApplicationSubmitEvent): void => {
    this.#formSubmit = e;
  };

  /**
   * The outcome of an application sent from the inline form: the form shows it, opened again if it was closed; also
   * when the offer now shown takes no application here, or when no offer shows (its confirmation, or its error and
   * answers, then show below the way to apply, or below the message). Another platform offer: its form says it.
   */
  readonly #onFormOutcome = (e: MnApplicationSuccessEvent | MnApplicationErrorEvent): void => {
    if (!this.#formSending) return;
    this.#formSubmit = undefined;
    if (e.offerId === this.#currentOffer()?.id || !this.#appliesHere()) this.applying = true;
  };

  readonly #onRetryFeed = (): void => {
    this.#retriedFeed = true;
    this.#retryFocus.start();
    this.#feedController?.retry();
  };

  readonly #onRetryDocument = (): void => {
    this.#retriedFeed = false;
    this.#retryFocus.start();
    void this.#documentTask.run();
  };

  /**
   * Moves the focus to the offer's title (a screen reader then says the title first), as a page does when it
   * shows an offer in place of a list. Waits for the pending update first, so it can follow a change of `.offer`.
   * Resolves to whether the focus is on the title (also the title that says why no offer shows: "Offre introuvable",
   * "Offre indisponible"): false while loading, or when the element is hidden.
   */
  async focusTitle(options?: FocusOptions): Promise<boolean> {
    await this.updateComplete;
    const title = this.renderRoot.querySelector<HTMLElement>('[part="title"]');
    if (title === null) return false;
    title.focus(options);
    return this.shadowRoot?.activeElement === title;
  }

  /** The offer's texts, or the whole element while the feed loads (both focusable by script). */
  #loadingRegion(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.sections') ?? this.renderRoot.querySelector<HTMLElement>('[part="base"]');
  }

  #retryTarget(): HTMLElement | null {
    return (this.#retriedFeed && this.renderRoot.querySelector<HTMLElement>('[part="title"]')) || this.#loadingRegion();
  }

  // --- rendering ----------------------------------------------------------------

  override render() {
    const offer = this.#currentOffer();
    return offer ? this.#renderOffer(offer) : html`${this.#renderNoOffer()}${this.#renderHolder()}`;
  }

  /**
   * The form sending an application, kept while the apply block has no place for it (an offer applied to elsewhere,
   * closed, or none): removed, its outcome would be lost. Hidden until then, it shows the outcome.
   */
  #renderHolder() {
    return this.#formBox && !this.#appliesHere() ? this.#renderApplication(this.#formBox) : nothing;
  }

  #renderApplication(content: unknown) {
    return html`<div
      part="application"
      id="application"
      class="application"
      ?hidden=${!this.applying}
      @mn-application-submit=${this.#onFormSubmit}
      @mn-application-success=${this.#onFormOutcome}
      @mn-application-error=${this.#onFormOutcome}
    >
      ${content}
    </div>`;
  }

  #renderNoOffer() {
    if (!this.offerId) return nothing;
    const t = this.locale.t.bind(this.locale);
    if (!this.#feedController) return this.#renderMessage(t('offerDetail.notFoundTitle'), t('offerDetail.notFound'), 'info');
    return this.#feedController.task.render({
      initial: () => this.#renderSkeleton(),
      pending: () => this.#renderSkeleton(),
      complete: () => this.#renderMessage(t('offerDetail.notFoundTitle'), t('offerDetail.notFound'), 'info'),
      error: (error: unknown) => this.#renderMessage(t('offerDetail.errorTitle'), errorMessage(this.locale, error), 'error', this.#onRetryFeed),
    });
  }

  /** With no offer to show, the title heading says why, so that the page still has its heading (an `h1` on an offer's page). */
  #renderMessage(title: string, text: string, kind: 'info' | 'error', retry?: () => void) {
    return html`<div part="base" class="detail" lang=${ifDefined(this.locale.own)}>
      ${heading(this.#level(), title, { part: 'title', focusable: true })}
      <div part="message" class="alert ${kind}" role=${kind === 'error' ? 'alert' : 'status'}>
        <p>${text}</p>
        ${retry
          ? html`<button type="button" class="button secondary" @click=${retry}>${this.locale.t('common.retry')}</button>`
          : nothing}
      </div>
    </div>`;
  }

  #renderSkeleton() {
    return html`<div part="base" class="detail" lang=${ifDefined(this.locale.own)} aria-busy="true" tabindex="-1">
      <p part="message" class="visually-hidden" role="status">${this.locale.t('offerDetail.loading')}</p>
      <div class="skeleton" aria-hidden="true">
        <span class="bar title-bar"></span>
        <span class="bar"></span>
        <span class="bar short"></span>
      </div>
    </div>`;
  }

  #renderOffer(offer: Offer) {
    const feed = this.#currentFeed();
    const level = this.#level();
    const flags = offerFlags(offer, this.#judgedAt.of(offer, this.now));
    const { organisation, ministry } = organisationsOf(feed, offer);
    // The notice is away while its "Réessayer" loads: back as a new alert when it fails again, which screen readers then say.
    const loader = this.#feedController;
    const stale = loader?.value?.stale && loader.status !== TaskStatus.PENDING ? loader.value : undefined;

    // One reading order at every width, the form open or not, the same as the order seen (WCAG 1.3.2, 2.4.3):
    // header, key facts, how to apply (near the top: no need to go through the whole text), then the texts.
    return html`<article part="base" class="detail" lang=${ifDefined(this.locale.own)}>
      ${stale ? this.staleNotice('stale', stale, this.#onRetryFeed) : nothing}
      <header part="header" class="header">
        ${heading(level, html`<span lang=${ifDefined(this.feedLang())}>${offer.title}</span>`, { part: 'title', focusable: true })}
        ${organisation
          ? html`<p part="organisation" class="organisation" lang=${ifDefined(this.feedLang())}>
              ${organisation.name}${ministry ? html`<span class="ministry">, ${ministry.name}</span>` : nothing}
            </p>`
          : nothing}
        ${this.#renderBadges(flags)}
      </header>
      <div class="layout">
        <div class="overview">${this.#renderFacts(offer, feed, flags)} ${this.#renderApply(offer, flags)} ${this.#renderHolder()}</div>
        ${this.#renderSections(offer)}
      </div>
    </article>`;
  }

  #renderBadges(flags: OfferFlags) {
    const t = this.locale.t.bind(this.locale);
    const badges: TemplateResult[] = [];
    if (flags.closed) badges.push(html`<li class="badge closed">${t(flags.closed === 'filled' ? 'offerCard.filled' : 'offerCard.expired')}</li>`);
    if (flags.isNew) badges.push(html`<li class="badge new">${t('offerCard.new')}</li>`);
    if (flags.closingSoon) badges.push(html`<li class="badge closing">${t('offerCard.closingSoon')}</li>`);
    return badges.length ? html`<ul part="badges" class="badges">${badges}</ul>` : nothing;
  }

  #renderFacts(offer: Offer, feed: Feed | undefined, flags: OfferFlags) {
    const { lang } = this.locale;
    const t = this.locale.t.bind(this.locale);
    const doc = this.#documentTask.value?.offer.id === offer.id ? this.#documentTask.value.document : undefined;
    const { organisation, ministry } = organisationsOf(feed, offer);
    const site = safeWebUrl(organisation?.url ?? ministry?.url);
    const place = placeLabel(feed, offer);
    const salary = formatSalary(lang, offer.baseSalary);
    const posted = formatDate(lang, offer.datePosted);
    // Said only when it is another day than the posting.
    const updated = offer.dateModified !== undefined && offer.dateModified > offer.datePosted ? formatDate(lang, offer.dateModified) : undefined;
    const list = (items: string[]) => (items.length ? items.join(', ') : undefined);
    const feedLang = this.feedLang();
    /** A key fact; `fromFeed` when its value is the feed's own text (in French). */
    const fact = (label: string, value: unknown, className = '', fromFeed = false) =>
      value === undefined || value === ''
        ? nothing
        : html`<div class="fact ${className}"><dt>${label}</dt><dd lang=${ifDefined(fromFeed ? feedLang : undefined)}>${value}</dd></div>`;
    const employer = organisation
      ? site
        ? html`<a href=${site} target="_blank" rel="noopener noreferrer"
            ><span lang=${ifDefined(feedLang)}>${organisation.name}</span
            ><span class="visually-hidden"> (${t('common.newTab')})</span></a
          >${ministry ? html`<span lang=${ifDefined(feedLang)}>, ${ministry.name}</span>` : nothing}`
        : `${organisation.name}${ministry ? `, ${ministry.name}` : ''}`
      : undefined;
    const experience = html`${formatExperience(lang, offer.experienceMonths)}${offer.openToBeginners
      ? html`<br /><span class="beginners">${t('beginners')}</span>`
      : nothing}`;

    return html`<div part="facts" class="facts">
      ${heading(this.#level() + 1, t('offerDetail.facts'), { part: 'facts-title' })}
      <dl>
        ${fact(t('offerDetail.fact.trade'), tradeName(feed, offer), '', true)}
        ${fact(t('offerDetail.fact.organisation'), employer, '', !site)}
        ${place ? fact(t('offerDetail.fact.location'), place, '', true) : fact(t('offerDetail.fact.location'), offer.remote === 'FULL' ? t('remote.FULL') : undefined)}
        ${fact(t('offerDetail.fact.remote'), t(`remote.${offer.remote}`))}
        ${fact(t('offerDetail.fact.contract'), list(offer.employmentType.map((c) => t(`contract.${c}`))))}
        ${fact(t('offerDetail.fact.duration'), doc?.contractDuration, '', true)}
        ${fact(t('offerDetail.fact.category'), list(offer.category.map((c) => t(`category.${c}`))))}
        ${fact(t('offerDetail.fact.openTo'), list(offer.openTo.map((o) => t(`openTo.${o}`))))}
        ${fact(t('offerDetail.fact.salary'), salary)}
        ${fact(t('offerDetail.fact.experience'), experience)}
        ${fact(t('offerDetail.fact.education'), doc?.education, '', true)}
        ${fact(t('offerDetail.fact.posted'), posted)}
        ${updated !== undefined && updated !== posted ? fact(t('offerDetail.fact.updated'), updated) : nothing}
        ${offer.validThrough !== undefined
          ? fact(t('offerDetail.fact.deadline'), formatDate(lang, offer.validThrough), flags.closingSoon ? 'closing' : '')
          : nothing}
        ${fact(t('offerDetail.fact.reference'), offer.id, 'reference')}
      </dl>
    </div>`;
  }

  #renderApply(offer: Offer, flags: OfferFlags) {
    const { lang } = this.locale;
    const t = this.locale.t.bind(this.locale);
    const level = Math.min(6, this.#level() + 1);
    // Only safe addresses make a link (an `.offer` given directly may hold anything).
    const { apply } = offer;
    const external = apply.mode === 'external' ? safeWebUrl(apply.url) : undefined;
    const mailto =
      apply.mode === 'email'
        ? mailtoHref(apply.email, apply.subject || t('offerDetail.apply.emailSubject', { title: offer.title, id: offer.id }))
        : undefined;
    let body: TemplateResult;
    if (flags.closed === 'filled') {
      body = html`<div class="alert info" part="message"><p>${t('offerDetail.closed.filled')}</p></div>`;
    } else if (flags.closed === 'expired') {
      const date = formatDate(lang, offer.validThrough ?? offer.datePosted);
      body = html`<div class="alert info" part="message"><p>${t('offerDetail.closed.expired', { date })}</p></div>`;
    } else if (external) {
      body = html`<a part="apply-button" class="button" href=${external} target="_blank" rel="noopener noreferrer"
        >${t('offerDetail.apply.external')}<span class="visually-hidden"> (${t('common.newTab')})</span>${NEW_WINDOW_ICON}</a
      >`;
    } else if (mailto && apply.mode === 'email') {
      body = html`<a part="apply-button" class="button" href=${mailto}>${t('offerDetail.apply.email')}</a>
        <p class="hint">${t('offerDetail.apply.emailAddress', { email: apply.email })}</p>`;
    } else if (apply.mode === 'platform') {
      const box = this.#formBox;
      body = html`<button
          part="apply-button"
          class="button"
          type="button"
          aria-expanded=${this.applying ? 'true' : 'false'}
          aria-controls="application"
          @click=${this.#onApply}
        >
          ${t('offerDetail.apply.platform')}
        </button>
        ${this.#renderApplication(
          box &&
            (this.formFailed
              ? this.codeAlert('offerDetail.apply.formError', this.#onRetryForm)
              : customElements.get('mn-application-form')
                ? box
                : html`${box}<p role="status">${t('common.loading')}</p>`),
        )}`;
    } else {
      // An address that is not safe to use (an `.offer` given directly may hold anything): no way to apply here.
      return nothing;
    }
    return html`<div part="apply" class="apply">${heading(level, t('offerDetail.apply'), { part: 'apply-title' })} ${body}</div>`;
  }

  #renderSections(offer: Offer) {
    const t = this.locale.t.bind(this.locale);
    const level = Math.min(6, this.#level() + 1);
    const task = this.#documentTask;
    // The texts of the offer with this id: a new copy of it keeps them (see the task's `argsEqual`).
    const loaded = task.value?.offer.id === offer.id ? task.value : undefined;
    const feedLang = this.feedLang();
    const excerpt = offer.excerpt ? html`<p class="excerpt" lang=${ifDefined(feedLang)}>${offer.excerpt}</p>` : nothing;
    let content: unknown;
    if (task.status === TaskStatus.ERROR && !loaded) {
      content = html`${excerpt}
        <div part="message" class="alert error" role="alert">
          <p>${t('offerDetail.documentError')}</p>
          <button type="button" class="button secondary" @click=${this.#onRetryDocument}>${t('common.retry')}</button>
        </div>`;
    } else if (!loaded) {
      content = html`<p class="visually-hidden" role="status">${t('offerDetail.loading')}</p>
        <div class="skeleton" aria-hidden="true"><span class="bar"></span><span class="bar"></span><span class="bar short"></span></div>`;
    } else if (!loaded.sections.length) {
      content = offer.excerpt ? excerpt : html`<p class="empty">${t('offerDetail.noDescription')}</p>`;
    } else {
      content = loaded.sections.map(
        (s) =>
          html`<section class="section">
            ${heading(level, t(`section.${s.key}`), { part: 'section-title' })}
            <div class="section-body" lang=${ifDefined(feedLang)}>${s.body}</div>
          </section>`,
      );
    }
    // Focusable by script only: the focus waits here while the texts load again after "retry".
    return html`<div part="sections" class="sections" tabindex="-1" aria-busy=${loaded || task.status === TaskStatus.ERROR ? 'false' : 'true'}>
      ${content}
    </div>`;
  }
}

/** Sanitises the sections of a document, in display order. */
async function sanitiseSections(document: OfferDocument, lang: Lang, headingLevel: number): Promise<RenderedSection[]> {
  const newWindowHint = translate(lang, 'common.newTab');
  const keys = SECTION_KEYS.filter((key) => document.sections[key]);
  return Promise.all(
    keys.map(async (key) => {
      const body = globalThis.document.createElement('div');
      body.className = 'rich';
      body.setAttribute('part', 'section-body');
      // The texts are French; the hint is in the element's language, and says so when it is another.
      const newWindowHintLang = lang === 'fr' ? undefined : lang;
      body.append(await sanitizeHtml(document.sections[key] ?? '', { headingLevel, newWindowHint, newWindowHintLang }));
      return { key, body };
    }),
  );
}

/** The full description for the JSON-LD: each section's title and sanitised HTML. */
function descriptionHtml(sections: RenderedSection[], lang: Lang): string {
  const box = document.createElement('div');
  for (const { key, body } of sections) {
    const title = document.createElement('h2');
    title.textContent = translate(lang, `section.${key}`);
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hint) => hint.remove());
    box.append(title, ...copy.childNodes);
  }
  return box.innerHTML;
}
