import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attachInternals, setCustomStates } from '../../controllers/custom-states.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { MnElement, orEmpty } from '../mn-element.js';
import type { FeedClient } from '../../data/feed-client.js';
import type { Feed, Offer } from '../../data/types.js';
import { MnOfferSelectEvent } from '../../events/mn-offer-select.js';
import { formatDate, formatSalary } from '../../i18n/localize.js';
import { buttonStyles, hostStyles, tagStyles } from '../../styles/shared.styles.js';
import { headingLevelOf } from '../heading.js';
import { build, patch, type Shape } from './card-dom.js';
import { styles } from './offer-card.styles.js';
import { errorMessage } from '../feed-errors.js';
import {
  findOffer,
  offerFlags,
  offerHref,
  organisationLabel,
  placeLabel,
  tradeName,
  type OfferFlags,
} from './offer-view.js';

/**
 * One job offer as a card: its title as a heading link (the whole card is
 * clickable), the organisation, place, salary, dates, contract tags and the
 * "Nouveau" / "Clôture bientôt" badges.
 *
 * Give it an offer (`.offer`, plus `.feedData` so that it can name the
 * organisation, région and trade: lists pass the same feed object to every card,
 * which costs nothing), or an `offer-id`: then it reads the feed itself.
 * A card given `.offer` does no asynchronous work at all.
 *
 * The link goes to `href-template` (with `{id}` replaced) or else to the offer's
 * canonical page. Before it navigates, the card fires the cancelable
 * `mn-offer-select`; cancel it to show the offer your own way. When there is
 * no address at all, the title is a button that only fires the event.
 *
 * @summary A job offer as a card, linking to its page.
 *
 * @event {MnOfferSelectEvent} mn-offer-select - The visitor activated the title link. Cancelable: cancel it and the link does not navigate.
 *
 * @csspart base - The card.
 * @csspart title - The heading (`h1`–`h6`, see `heading-level`).
 * @csspart link - The title's link, or button when the card has no address.
 * @csspart start - The line above the title: badges and trade.
 * @csspart badges - The "Nouveau", "Clôture bientôt", "Pourvue", "Clôturée" badges.
 * @csspart trade - The trade (métier) of the offer.
 * @csspart organisation - The hiring organisation (and its ministry).
 * @csspart meta - The list of place, salary and dates.
 * @csspart excerpt - The short summary (not in the compact variant).
 * @csspart tags - The list of contract, remote work, category and "beginners" tags.
 * @csspart message - The loading, error or "no longer online" message (with `offer-id`).
 *
 * @cssproperty --mn-offer-card-background - Card background.
 * @cssproperty --mn-offer-card-background-hover - Card background under the pointer.
 * @cssproperty --mn-offer-card-border-color - Card border.
 * @cssproperty --mn-offer-card-accent - The thick bottom border (DSFR blue by default).
 * @cssproperty --mn-offer-card-radius - Corner radius (default 0, as in the DSFR).
 * @cssproperty --mn-offer-card-padding - Inner spacing (1.5rem; 1rem when compact).
 * @cssproperty --mn-offer-card-title-color - Title colour.
 * @cssproperty --mn-offer-card-title-size - Title font size (1.25rem; 1.125rem when compact).
 *
 * @cssstate new - The offer was posted less than 7 days ago.
 * @cssstate closing - Its deadline is within 7 days.
 * @cssstate closed - It is filled or its deadline has passed.
 */
export class MnOfferCard extends MnElement {
  static override styles = [hostStyles, tagStyles, buttonStyles, styles];
  static override properties: PropertyDeclarations = {
    offer: { attribute: false },
    offerId: { attribute: 'offer-id', converter: orEmpty },
    feedData: { attribute: false },
    feed: { converter: orEmpty },
    headingLevel: { attribute: 'heading-level', type: Number },
    hrefTemplate: { attribute: 'href-template' },
    compact: { type: Boolean, reflect: true },
    hideTrade: { attribute: 'hide-trade', type: Boolean },
    now: { attribute: false },
    client: { attribute: false },
  };

  protected readonly locale = new LocaleController(this);
  /** Created only when the card must read the feed itself (`offer-id` without `.offer`). */
  #feedController?: FeedController;
  readonly #internals = attachInternals(this);
  /** Badges of the offer shown, computed once per update. */
  #flags?: OfferFlags;
  /** The offer's card, once rendered, and what it shows. */
  #card?: HTMLElement;
  #shape?: Shape;

  /** The offer to show. Takes precedence over `offer-id`. */
  declare offer: Offer | undefined;

  /** Id of the offer to show, read from the feed (when no `.offer` is given). */
  declare offerId: string;

  /** The feed the offer comes from: names of organisations, régions and trades. Also used with `offer-id` (no request then). */
  declare feedData: Feed | undefined;

  /** URL of the feed, for `offer-id` (default: the page configuration, then the central feed). */
  declare feed: string;

  /** Level of the title heading, 1–6. */
  declare headingLevel: number;

  /** Address of the link, `{id}` being replaced by the offer's id, e.g. `/emploi/{id}`. Default: the offer's canonical page. */
  declare hrefTemplate: string | undefined;

  /** A denser card for narrow columns: no excerpt, fewer details. */
  declare compact: boolean;

  /** Leaves the trade out: a list whose offers are all of one trade (a preset, the visitor's choice) says it once. */
  declare hideTrade: boolean;

  /** The time badges are computed at, epoch ms (default: now). For stories, tests, and lists rendering many cards. */
  declare now: number | undefined;

  /** The feed client used with `offer-id` (tests; default: the page's shared client). */
  declare client: FeedClient | undefined;

  constructor() {
    super();
    this.offerId = '';
    this.feed = '';
    this.headingLevel = 3;
    this.compact = false;
    this.hideTrade = false;
  }

  protected override willUpdate(): void {
    if (!this.#feedController && this.offerId && !this.offer && !this.feedData) {
      this.#feedController = new FeedController(this, this.client);
    }
    const offer = this.#currentOffer();
    this.#flags = offer ? offerFlags(offer, this.now ?? Date.now()) : undefined;
    setCustomStates(this.#internals, {
      new: this.#flags?.isNew ?? false,
      closing: this.#flags?.closingSoon ?? false,
      closed: this.#flags?.closed !== undefined,
    });
  }

  #currentOffer(): Offer | undefined {
    if (this.offer) return this.offer;
    if (!this.offerId) return undefined;
    const feed = this.feedData ?? this.#feedController?.value?.feed;
    return feed ? findOffer(feed, this.offerId) : undefined;
  }

  readonly #onActivate = (event: MouseEvent): void => {
    const offer = this.#currentOffer();
    if (!offer) return;
    const link = event.currentTarget as HTMLElement;
    // A modified click opens a new tab or window: the browser's business, no event.
    if (link.localName === 'a' && (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) return;
    const href = link.localName === 'a' ? (link as HTMLAnchorElement).href : undefined;
    if (!this.dispatchEvent(new MnOfferSelectEvent(offer.id, href))) event.preventDefault();
  };

  readonly #onRetry = (): void => {
    this.#feedController?.retry();
  };

  override render() {
    const offer = this.#currentOffer();
    if (offer) return this.#renderOffer(offer, this.feedData ?? this.#feedController?.value?.feed);
    if (!this.offerId) return nothing;
    if (!this.#feedController) return this.#renderMessage(this.locale.t('offerCard.notFound'), 'info');
    const { task } = this.#feedController;
    return task.render({
      initial: () => this.#renderMessage(this.locale.t('offerCard.loading'), 'loading'),
      pending: () => this.#renderMessage(this.locale.t('offerCard.loading'), 'loading'),
      complete: () => this.#renderMessage(this.locale.t('offerCard.notFound'), 'info'),
      error: (error: unknown) =>
        this.#renderMessage(
          errorMessage(this.locale, error),
          'error',
          html`<button type="button" class="button tertiary" @click=${this.#onRetry}>${this.locale.t('common.retry')}</button>`,
        ),
    });
  }

  #renderMessage(text: string, kind: 'loading' | 'info' | 'error', action?: TemplateResult) {
    return html`<div part="base" class="card message-card" lang=${ifDefined(this.locale.own)} aria-busy=${kind === 'loading' ? 'true' : 'false'}>
      <p part="message" class="message ${kind}" role=${kind === 'error' ? 'alert' : 'status'}>${text}</p>
      ${action ?? nothing}
    </div>`;
  }

  /**
   * The card of an offer: one element, built on first render and then patched (see `card-dom.ts`).
   * Lit places it; it keeps it while the value is the same element.
   */
  #renderOffer(offer: Offer, feed: Feed | undefined): HTMLElement {
    const shape = this.#shapeOf(offer, feed);
    this.#card = this.#card && this.#shape ? patch(this.#card, this.#shape, shape) : build(shape);
    this.#shape = shape;
    return this.#card;
  }

  #shapeOf(offer: Offer, feed: Feed | undefined): Shape {
    const { locale, compact } = this;
    const { lang } = locale;
    const flags = this.#flags ?? offerFlags(offer, this.now ?? Date.now());
    const href = offerHref(offer, this.hrefTemplate || undefined);
    const organisation = organisationLabel(feed, offer);
    const place = placeLabel(feed, offer);
    // Fully remote without a place: the place is "Télétravail total" (and not repeated as a tag).
    const remoteAsPlace = !place && offer.remote === 'FULL';
    const salary = compact ? undefined : formatSalary(lang, offer.baseSalary);
    const trade = compact || this.hideTrade ? undefined : tradeName(feed, offer);
    // The feed's texts are in French: on a page in another language, they say so (RGAA 8.7).
    const feedLang = this.feedLang();
    const french = feedLang ? { lang: feedLang } : undefined;
    const fromFeed = (shape: Shape): Shape => (french ? { ...shape, attrs: { ...shape.attrs, ...french } } : shape);

    const meta: Shape[] = [];
    if (place) meta.push(fromFeed(li('place', place)));
    else if (remoteAsPlace) meta.push(li('place', locale.t('remote.FULL')));
    if (salary) meta.push(li('salary', salary));
    if (!compact) meta.push(li('posted', locale.t('offerCard.posted', { date: formatDate(lang, offer.datePosted) })));
    if (offer.validThrough !== undefined && !flags.closed) {
      meta.push(li('deadline', locale.t('offerCard.deadline', { date: formatDate(lang, offer.validThrough) })));
    }
    const link: Shape = {
      ...named(href ? 'a' : 'button', 'link', offer.title),
      attrs: { ...(href ? { href } : { type: 'button' }), ...french },
      click: this.#onActivate,
    };
    const card = [named(`h${headingLevelOf(this.headingLevel, 3)}`, 'title', [link])];
    if (organisation) card.push(fromFeed(named('p', 'organisation', organisation)));
    card.push(named('ul', 'meta', meta));
    if (offer.excerpt && !compact) card.push(fromFeed(named('p', 'excerpt', offer.excerpt)));

    if (!compact) {
      const tags = [
        ...offer.employmentType.map((c) => locale.t(`contract.${c}`)),
        ...(remoteAsPlace ? [] : [locale.t(`remote.${offer.remote}`)]),
        ...offer.category.map((c) => locale.t(`category.${c}`)),
        ...(offer.openToBeginners ? [locale.t('beginners')] : []),
      ];
      if (tags.length) card.push(named('ul', 'tags', tags.map((text) => li('tag', text))));
    }

    // The badges and the trade come first visually (CSS `order`), last in the reading order.
    const badges: Shape[] = [];
    if (flags.closed) badges.push(li('badge closed', locale.t(flags.closed === 'filled' ? 'offerCard.filled' : 'offerCard.expired')));
    if (flags.isNew) badges.push(li('badge new', locale.t('offerCard.new')));
    if (flags.closingSoon) badges.push(li('badge closing', locale.t('offerCard.closingSoon')));
    const start: Shape[] = [];
    if (badges.length) start.push(named('ul', 'badges', badges));
    if (trade) start.push(fromFeed(named('p', 'trade', trade)));
    if (start.length) card.push(named('div', 'start', start));

    // Its own texts in its language, on a page that speaks another one (RGAA 8.7).
    const { own } = locale;
    return { tag: 'div', class: 'card', part: 'base', attrs: own && { lang: own }, children: card };
  }
}

/** An element whose class and part are `name`, holding a text or children. */
function named(tag: string, name: string, content: string | Shape[]): Shape {
  return typeof content === 'string' ? { tag, class: name, part: name, text: content } : { tag, class: name, part: name, children: content };
}

/** A list item with a class and a text. */
function li(cls: string, text: string): Shape {
  return { tag: 'li', class: cls, text };
}
