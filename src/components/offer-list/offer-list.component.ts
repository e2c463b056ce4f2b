import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { attachInternals, setCustomStates } from '../../controllers/custom-states.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { RetryFocus } from '../../controllers/retry-focus.js';
import { heading, headingLevelOf } from '../heading.js';
import { focusIsIn, MnElement, orEmpty } from '../mn-element.js';
import { warnUnknownPreset } from '../unknown-presets.js';
import { isAbortError } from '../../data/errors.js';
import { onDemand } from '../../data/on-demand.js';
import type { FeedClient, FeedResult } from '../../data/feed-client.js';
import { feedLookups } from '../../data/feed-lookups.js';
import type { FacetKey, OfferSort, QueryResult } from '../../data/query.js';
import type { Feed, Offer } from '../../data/types.js';
import { MnFilterChangeEvent } from '../../events/mn-filter-change.js';
import { MnLoadEvent } from '../../events/mn-load.js';
import type { MnApplicationErrorEvent } from '../../events/mn-application-error.js';
import type { MnApplicationSubmitEvent } from '../../events/mn-application-submit.js';
import type { MnApplicationSuccessEvent } from '../../events/mn-application-success.js';
import type { MnOfferSelectEvent } from '../../events/mn-offer-select.js';
import type { MnOfferDetail } from '../offer-detail/offer-detail.component.js';
import { addFrench, compose, formatNumber, type MessageKey } from '../../i18n/localize.js';
import { frOfferList } from '../../i18n/fr-offer-list.js';
import { alertStyles, buttonStyles, hostStyles, inputStyles } from '../../styles/shared.styles.js';
import { onUrlStateChange, UrlState, urlPrefix } from '../../url-state/url-state.js';
import {
  effectiveSort,
  emptyFilters,
  ENUMS,
  fromUrlParams,
  hasFilters,
  isEnumFilter,
  pageItems,
  parseControls,
  queryFilters,
  readPresets,
  sameFilters,
  SELECT_FILTERS,
  toSort,
  toUrlParams,
  URL_KEYS,
  type EnumFilter,
  type FilterControl,
  type OfferListFilters,
  type OfferListPresets,
  type SelectFilter,
} from './offer-list-state.js';
import { errorEvent, errorMessage } from '../feed-errors.js';
import { safeLink } from '../links.js';
import { loadEngine, type Engine } from './load-engine.js';
import { styles } from './offer-list.styles.js';

addFrench(frOfferList);

/**
 * `<mn-offer-detail>` (and the sanitiser and form it brings) is only needed by lists that
 * open offers in place: loaded then, in the background, not by every page with a list.
 */
const loadDetail = onDemand(() => import('../offer-detail/mn-offer-detail.js'));

/** One choice of a filter select. */
interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** An active filter, shown as a removable chip. */
interface Chip {
  key: SelectFilter | 'keywords' | 'beginners';
  label: string;
  /** `fr` for a name from the feed on an element in another language. */
  feedLang?: 'fr';
}

/** Where focus goes once the next render is done. */
type FocusTarget = 'count' | 'keywords' | 'detail' | { chip: number } | { offer: string };

const KEYWORDS_DEBOUNCE = 200;
const SKELETONS = 6;
/** From this many cards on a page, off-screen cards skip layout and paint (`content-visibility`). */
const LONG_PAGE = 50;
/** Below this width, in em, the element lays out for a phone. */
const NARROW_EM = 36;
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * A searchable, filterable, paginated list of the job offers of the feed,
 * as cards (`<mn-offer-card>`), optionally opening an offer in place
 * (`<mn-offer-detail>`).
 *
 * Presets: the `organisation`, `trade`, `family`, `region`, `departement`,
 * `contract`, `remote`, `category`, `beginners` and `keywords` attributes fix
 * the scope of the list (values separated by spaces or commas; an organisation
 * includes its services). The visitor's filters apply within that scope; the
 * counts in the selects count only offers in it. Presets are never shown as
 * chips nor reset; one set while the page runs takes over the visitor's choice
 * for a filter it leaves nothing to choose in. Once the feed is loaded, a preset value it does not know
 * (an organisation id with a typo, `region="bretagne"`) is reported to the
 * developer with `console.warn`, once per value and feed, saying what is
 * expected; visitors see the list as it is (no offer for an unknown id).
 *
 * Search: every word typed must be the start of a word of the offer (its title, trade, organisation,
 * place or excerpt), whatever the case and accents. Inclusive writing is read (`développeur·se`,
 * `développeur-euse`: both forms), French stop words are skipped, a plural also finds its singular
 * (`développeurs`; `régionaux` and `régional` find each other), and compounds are found however they are written (`frontend`, `front-end`,
 * `front end`; `nodejs`, `Node.js`). Matches in the title rank first with `sort="relevance"`.
 *
 * URL: with `sync-url`, the visitor's keywords, filters, sort, page and open
 * offer live in the page URL (`?mn-q=data&mn-region=53&mn-page=2`), so the
 * list can be shared as a link and back/forward work. Give each list of a page
 * its own prefix (`sync-url="paris"` → `?paris-q=…`); other parameters of
 * the URL are kept.
 *
 * Inline detail (`detail="inline"`): opening an offer shows `<mn-offer-detail>` in place of
 * the list, with a "back to offers" button that restores the list as it was (filters, page,
 * focus on the card). The detail's `mn-load` stays inside the list; its other events
 * (`mn-error`, `mn-application-*`) bubble out as usual.
 *
 * Loading a big feed: its search index is built in slices, the skeleton shows meanwhile.
 * Problems found in the feed are not shown to visitors, who see the valid rest: `mn-load`
 * carries them (`event.issues`: JSON pointer, code, offer id, skipped or dropped).
 *
 * @summary Job offers of the feed, with search, filters and pagination.
 *
 * @event {MnLoadEvent} mn-load - The offers are loaded and shown. `count`: offers matching (all pages); `stale`: from the saved copy. An offer opened in place sends none (see `mn-offer-select`).
 * @event {MnErrorEvent} mn-error - The feed could not be loaded and no saved copy exists; or, from an offer opened in place, its texts could not be loaded. `code`, `message`, `status`.
 * @event {MnFilterChangeEvent} mn-filter-change - The visitor changed the filters. `filters`: what they chose; `total`: offers matching.
 * @event {MnOfferSelectEvent} mn-offer-select - Bubbles from a card when the visitor opens an offer; cancelable: call `preventDefault()` to handle it yourself (then no navigation, no inline detail).
 * @event {MnApplicationOpenEvent} mn-application-open - Bubbles from the inline detail (`detail="inline"`); cancelable, as on `<mn-offer-detail>`.
 * @event {MnApplicationSubmitEvent} mn-application-submit - Bubbles from the inline detail's application form; cancelable, as on `<mn-application-form>`.
 * @event {MnApplicationSuccessEvent} mn-application-success - Bubbles from the inline detail's application form.
 * @event {MnApplicationErrorEvent} mn-application-error - Bubbles from the inline detail's application form.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The list's heading (with the `heading` attribute).
 * @csspart form - The search and filter bar.
 * @csspart chips - The active filters and the reset button.
 * @csspart notice - The "saved copy" notice (an alert, said as it shows), with its retry button.
 * @csspart count - The number of offers and the page; the number is a live region, the focus comes here after a change of page.
 * @csspart results - The list of offers.
 * @csspart empty - What shows when no offer matches.
 * @csspart error - The error message and its retry button.
 * @csspart pagination - The page links.
 * @csspart detail - The offer opened in place (`detail="inline"`).
 * @csspart back - The "back to offers" button of the inline detail.
 * @csspart sent - What became of an application sent from an inline offer the visitor left before its outcome (in a live region).
 *
 * @cssproperty --mn-offer-list-gap - Space between cards. Default `1rem`.
 * @cssproperty --mn-offer-list-card-min-width - Narrowest card column; set e.g. `18rem` for a grid. Default `100%` (one column).
 * @cssproperty --mn-offer-list-skeleton-height - Height of the placeholder cards shown while loading. Default: the rows of a typical card.
 * @cssproperty --mn-offer-list-filters-background - Background of the filter bar. Default the alternative grey.
 *
 * @cssstate loading - The feed (or its index) is loading.
 * @cssstate empty - Loaded, no offer matches.
 * @cssstate error - The feed could not be loaded.
 * @cssstate stale - Showing the saved copy of the feed.
 * @cssstate detail - An offer is open in place.
 */
export class MnOfferList extends MnElement {
  static override styles = [hostStyles, buttonStyles, alertStyles, inputStyles, styles];
  static override properties: PropertyDeclarations = {
    feed: { converter: orEmpty },
    feedData: { attribute: false },
    organisation: { converter: orEmpty },
    trade: { converter: orEmpty },
    family: { converter: orEmpty },
    region: { converter: orEmpty },
    departement: { converter: orEmpty },
    contract: { converter: orEmpty },
    remote: { converter: orEmpty },
    category: { converter: orEmpty },
    beginners: { type: Boolean },
    keywords: { converter: orEmpty },
    filters: {},
    sort: {},
    pageSize: { attribute: 'page-size', type: Number },
    syncUrl: { attribute: 'sync-url' },
    detail: {},
    hrefTemplate: { attribute: 'href-template' },
    headingLevel: { attribute: 'heading-level', type: Number },
    heading: { converter: orEmpty },
    spontaneousHref: { attribute: 'spontaneous-href' },
    privacyHref: { attribute: 'privacy-href' },
    consentText: { attribute: 'consent-text' },
    compact: { type: Boolean, reflect: true },
    now: { attribute: false },
    client: { attribute: false },
    // Internal reactive state.
    choice: { state: true },
    chosenSort: { state: true },
    page: { state: true },
    openOfferId: { state: true },
    scope: { state: true },
    narrow: { state: true },
    filtersOpen: { state: true },
    detailFailed: { state: true },
  };

  protected readonly locale = new LocaleController(this);
  /** Created on the first update, with `client` (see there). */
  #feedController: FeedController | undefined;
  readonly #internals = attachInternals(this);

  get #countEl(): HTMLElement | null {
    return this.renderRoot?.querySelector('#count') ?? null;
  }
  get #keywordsEl(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('#keywords') ?? null;
  }

  /** What the visitor chose. */
  private declare choice: OfferListFilters;
  /** The sort the visitor chose ('' = automatic). */
  private declare chosenSort: OfferSort | '';
  /** The page asked for (clamped by the query). */
  private declare page: number;
  /** The offer shown in place, by id ('' = the list). */
  private declare openOfferId: string;
  /** The offers in the presets' scope, once indexed. */
  private declare scope: Feed | undefined;
  /** The element is narrow (a phone, a side column): fewer page numbers, filters behind a button. */
  private declare narrow: boolean;
  /** On narrow screens, whether the visitor opened the filters. */
  private declare filtersOpen: boolean;
  /** The inline detail's code could not be downloaded (`detail="inline"`); "retry" downloads it again. */
  private declare detailFailed: boolean;

  /** URL of the feed (default: the page's configuration, else the central feed). */
  declare feed: string;
  /** A feed given directly (normalised): no request is made. */
  declare feedData: Feed | undefined;
  /** Preset: organisation ids (each with its services), separated by spaces or commas. */
  declare organisation: string;
  /** Preset: trade (métier) ids. */
  declare trade: string;
  /** Preset: trade family ids. */
  declare family: string;
  /** Preset: région codes (INSEE, e.g. `53`). */
  declare region: string;
  /** Preset: département codes (e.g. `35 2A 971`). */
  declare departement: string;
  /** Preset: contract types (`NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER`, `CONTRACT_WORKER_ONLY`, `FREELANCER`, `APPRENTICESHIP`, `INTERN`, `INTERNATIONAL_VOLUNTEER`). */
  declare contract: string;
  /** Preset: remote work (`FULL`, `PARTIAL`, `NONE`). */
  declare remote: string;
  /** Preset: civil-service categories (`A`, `B`, `C`). */
  declare category: string;
  /** Preset: only offers open to beginners. */
  declare beginners: boolean;
  /** Preset: words each of which must start a word of every offer shown (searched as the visitor's are). */
  declare keywords: string;
  /** Filter controls the visitor sees: `all` (default), `none`, or a list of `keywords organisation trade family region departement contract remote category beginners sort`. */
  declare filters: string;
  /** Order of the offers: `newest` (default), `deadline` (soonest first) or `relevance` (while searching). */
  declare sort: OfferSort;
  /** Offers per page. */
  declare pageSize: number;
  /** Keeps filters, page and open offer in the URL; the value is the parameter prefix (empty: `mn-`). Changed or removed later, the old prefix's parameters leave the URL and the new one's are read. */
  declare syncUrl: string | null;
  /** Opening an offer: `link` (default) follows its link; `inline` shows it in place of the list. */
  declare detail: 'link' | 'inline';
  /** Link of each offer, passed to the cards: `{id}` is replaced by the offer's id (default: its page on metiers.numerique.gouv.fr). */
  declare hrefTemplate: string | undefined;
  /** Heading level of the cards' titles and of the inline detail's title, 1–6 (3 for anything else); the list's own heading, if any, is one level above, and the cards are then 2 at least. */
  declare headingLevel: number;
  /** Text of a heading above the list (none by default). */
  declare heading: string;
  /** Link to a spontaneous application page, offered when no offer matches. */
  declare spontaneousHref: string | undefined;
  /** With `detail="inline"`: the page that says how candidates' personal data is processed, linked from the application form. */
  declare privacyHref: string | undefined;
  /** With `detail="inline"`: the text above the application form's consent checkbox (default: a generic text). */
  declare consentText: string | undefined;
  /** Narrow layout: one column of filters, compact cards. */
  declare compact: boolean;
  /** The time offers are open at, epoch milliseconds (stories, tests). Default: now. */
  declare now: number | undefined;
  /** The feed client, set before the element first renders (tests, stories; default: the page's shared client). An offer opened in place reads its texts through it too. */
  declare client: FeedClient | undefined;

  constructor() {
    super();
    this.choice = emptyFilters();
    this.chosenSort = '';
    this.page = 1;
    this.openOfferId = '';
    this.narrow = false;
    this.filtersOpen = false;
    this.feed = '';
    this.organisation = '';
    this.trade = '';
    this.family = '';
    this.region = '';
    this.departement = '';
    this.contract = '';
    this.remote = '';
    this.category = '';
    this.beginners = false;
    this.keywords = '';
    this.filters = 'all';
    this.sort = 'newest';
    this.pageSize = 20;
    this.syncUrl = null;
    this.detail = 'link';
    this.headingLevel = 3;
    this.heading = '';
    this.compact = false;
  }

  /** Read from the preset properties by `willUpdate` (set in the constructor: all changed at the first update). */
  #presets!: OfferListPresets;
  /** The feed, and the value of each preset attribute, last checked for warnings. */
  #checkedFeed: Feed | undefined;
  #checked: Partial<Record<SelectFilter, string>> = {};
  /** The filter controls shown, read from `filters` by `willUpdate` (set in the constructor: changed at the first update). */
  #controls!: Set<FilterControl>;
  #url: UrlState | undefined;
  /** The scope, search and query code, loaded with the feed (see `load-engine.ts`). */
  #engine: Engine | undefined;
  #stopUrl: (() => void) | undefined;
  /** The text of the search field, committed to `choice` after a pause. */
  #draft = '';
  #debounce: ReturnType<typeof setTimeout> | undefined;
  /** The page URL when leaving the page cut the pause after a keystroke (see `connectedCallback`). */
  #cutPause: string | undefined;
  #result: QueryResult | undefined;
  #queryKey: unknown[] = [];
  #options: Partial<Record<SelectFilter, FilterOption[]>> = {};
  #beginnersCount = 0;
  #chips: Chip[] = [];
  #scopeSource: Feed | undefined;
  #scopeKey = '';
  #preparing: AbortController | undefined;
  #offers = new WeakMap<Feed, Map<string, Offer>>();
  #loaded: FeedResult | undefined;
  #announcedError: unknown;
  #filterChanged = false;
  /** Counts the visitor's changes of filters: the count's text is written anew at each, so that it is announced even when it reads the same. */
  #choices = 0;
  #focus: FocusTarget | undefined;
  /** `#focus` comes from a move in history, after which the browser scrolls the page itself (see `#moveFocus`). */
  #focusFromHistory = false;
  /**
   * The control whose run of changes made the last history entry, which its next change of the run replaces:
   * a select changed by its keys, the search field while the visitor types. The run ends when the control
   * loses the focus, a search is submitted or anything else changes the URL.
   */
  #run: SelectFilter | 'keywords' | undefined;
  /** A key is down on a filter select: its change comes from the keyboard, not from a pick in its popup. */
  #selectKeyDown = false;
  /** After "retry", the focus waits on the count, then goes to the new retry button, or stays on the count. */
  #retryFocus = new RetryFocus(this, {
    pending: () => this.#feedController?.status === TaskStatus.PENDING,
    waitOn: () => this.#countEl,
    retryButton: () => this.renderRoot.querySelector<HTMLElement>('[part="error"] button, [part="notice"] button'),
    shown: () => this.#countEl,
  });
  /** The offer opened last, to give focus back to its card. */
  #lastOpened = '';
  /** The last `mn-application-submit` of the inline detail's form, until its outcome. */
  #submitted: MnApplicationSubmitEvent | undefined;
  /**
   * The offer whose application the inline detail is sending: its detail stays in the page, hidden, until the
   * outcome, even if the visitor goes back to the list, so that the sending ends and its events reach the page.
   * Not an application a host sends itself (it cancelled the event): that one is left to the host. Read once the
   * event has gone all the way up (in an update, or at the outcome), when `defaultPrevented` is final.
   */
  get #sendingFor(): string {
    return (this.#submitted?.defaultPrevented === false && this.#submitted.offerId) || '';
  }
  /** What became of an application sent from an offer the visitor has left meanwhile. */
  #sentNotice: { title: string; received: boolean } | undefined;
  #resizeObserver: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#url) this.#listenToUrl();
    if (this.hasUpdated) {
      // Back after a move, or later: leaving cancelled the scope's indexing, which the next update starts again.
      this.requestUpdate();
      const cut = this.#cutPause;
      this.#cutPause = undefined;
      // What the URL says now (another list or the page may have changed it meanwhile).
      if (this.#url) this.#applyUrl(false);
      // Leaving cut the pause after a keystroke: its words are searched now, unless the URL changed meanwhile.
      if (cut !== undefined && (this.#url === undefined || cut === location.href) && this.#draft.trim() !== this.choice.keywords) {
        this.#commitKeywords();
      }
    }
    if (typeof ResizeObserver === 'function') {
      this.#resizeObserver ??= new ResizeObserver(([entry]) => {
        if (entry === undefined) return;
        // In em, so that text zoom counts as narrowing.
        const em = Number.parseFloat(getComputedStyle(this).fontSize) || 16;
        const narrow = entry.contentRect.width > 0 && entry.contentRect.width / em < NARROW_EM;
        // Next frame: re-rendering inside the observer's callback would resize what it observes.
        if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
      });
      this.#resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#stopUrl?.();
    this.#stopUrl = undefined;
    if (this.#debounce !== undefined) this.#cutPause = location.href;
    this.#cancelPause();
    this.#preparing?.abort();
    this.#preparing = undefined;
    this.#scopeSource = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The list's engine (scope, index, query) is loaded with the feed: the feed is ready when both are.
    this.#feedController ??= new FeedController(this, this.client, () => loadEngine().then((engine) => (this.#engine = engine)));
    if (this.detail === 'inline') {
      // Downloaded once turned on (then "Réessayer" does): until it is there, an offer opened says "Chargement…".
      if (changed.has('detail') && !customElements.get('mn-offer-detail')) {
        loadDetail().then(
          () => this.requestUpdate(),
          () => (this.detailFailed = true),
        );
      }
    }
    // Turned off while an offer is open: the list shows again (an application being sent still ends, hidden).
    else this.openOfferId = '';
    const presetsChanged = SELECT_FILTERS.some((k) => changed.has(k)) || changed.has('beginners') || changed.has('keywords');
    if (presetsChanged) {
      this.#presets = readPresets({ ...this.#presetAttributes(), beginners: this.beginners, keywords: this.keywords });
    }
    const loaded = this.#loadedResult?.feed;
    if (loaded !== undefined) this.#warnAboutPresets(loaded);
    if (changed.has('filters')) this.#controls = parseControls(this.filters);
    // A choice the visitor can no longer see goes (a control hidden, or a preset now deciding it).
    if (changed.has('filters') || presetsChanged) this.choice = this.#visible(this.choice);
    if (changed.has('filters')) {
      // And so do words typed in a field now hidden.
      if (!this.#controls.has('keywords')) {
        this.#draft = '';
        this.#cancelPause();
      }
      if (!this.#controls.has('sort')) this.chosenSort = '';
    }
    if (changed.has('syncUrl')) this.#setUpUrl();
    this.#updateScope();
    this.#updateResult();
  }

  protected override updated(): void {
    this.#setStates();
    this.#announce();
    const focus = this.#focus;
    const fromHistory = this.#focusFromHistory;
    this.#focus = undefined;
    this.#focusFromHistory = false;
    if (focus !== undefined) this.#moveFocus(focus, fromHistory);
  }

  // --- data ---------------------------------------------------------------

  #presetAttributes(): Record<SelectFilter, string> {
    return {
      organisation: this.organisation,
      trade: this.trade,
      family: this.family,
      region: this.region,
      departement: this.departement,
      contract: this.contract,
      remote: this.remote,
      category: this.category,
    };
  }

  /**
   * Tells the developer about preset values the feed does not know, once per value and feed: a typo would
   * otherwise show "no offer" with nothing to say why. Not the visitors' business: nothing shows in the page.
   */
  #warnAboutPresets(feed: Feed): void {
    const attrs = this.#presetAttributes();
    const newFeed = feed !== this.#checkedFeed;
    this.#checkedFeed = feed;
    if (newFeed && noOfferRead(feed)) {
      console.warn('mn-offer-list: the feed has offers, but none could be read: each was skipped (see event.issues of mn-load).');
    }
    for (const key of SELECT_FILTERS) {
      if (!newFeed && this.#checked[key] === attrs[key]) continue;
      this.#checked[key] = attrs[key];
      warnUnknownPreset('mn-offer-list', key, attrs[key], feed, 'The list shows no offer for it.');
    }
  }

  /** The loaded feed, when the task completed. */
  get #loadedResult(): FeedResult | undefined {
    return this.#status === TaskStatus.COMPLETE ? this.#feedController?.value : undefined;
  }

  get #status(): TaskStatus {
    return this.#feedController?.status ?? TaskStatus.INITIAL;
  }

  /** Restricts the feed to the presets, at once for small feeds, in slices for big ones. */
  #updateScope(): void {
    // The engine has loaded when the feed has (see the FeedController).
    const engine = this.#engine;
    const feed = engine && this.#loadedResult?.feed;
    const presetsKey = JSON.stringify(this.#presets);
    if (feed === this.#scopeSource && presetsKey === this.#scopeKey) return;
    const samePresets = presetsKey === this.#scopeKey;
    this.#scopeSource = feed;
    this.#scopeKey = presetsKey;
    this.#preparing?.abort();
    this.#preparing = undefined;
    if (feed === undefined || engine === undefined) {
      this.scope = undefined;
      return;
    }
    const now = engine.scopeNow(feed, this.#presets);
    // A new copy of the feed (a retry, another element's load) to index in slices: the results of the last one stay
    // meanwhile, rather than a loading state that would take away the focus and what the visitor was reading.
    if (now !== undefined || !samePresets) this.scope = now;
    if (now !== undefined) return;
    const controller = new AbortController();
    this.#preparing = controller;
    engine.prepareScope(feed, this.#presets, controller.signal).then(
      (scope) => {
        if (this.#preparing !== controller) return;
        this.#preparing = undefined;
        this.scope = scope;
      },
      (error: unknown) => {
        if (this.#preparing === controller && !isAbortError(error)) throw error;
      },
    );
  }

  #updateResult(): void {
    const scope = this.scope;
    const engine = this.#engine;
    if (scope === undefined || engine === undefined) {
      this.#result = undefined;
      return;
    }
    const searching = this.choice.keywords !== '' || this.#presets.keywords !== '';
    const sort = effectiveSort(toSort(this.sort), this.chosenSort, searching);
    // The language too: option and chip labels are translated here.
    const key = [scope, this.choice, this.#presets, sort, this.page, this.pageSize, this.now, this.#controls, this.locale.lang];
    if (this.#result !== undefined && key.every((v, i) => v === this.#queryKey[i])) return;
    this.#queryKey = key;
    const facets: FacetKey[] = SELECT_FILTERS.filter((k) => this.#controls.has(k));
    if (this.#controls.has('beginners')) facets.push('beginners');
    const result = engine.queryOffers(scope, queryFilters(this.choice, this.#presets), {
      sort,
      page: this.page,
      pageSize: this.pageSize,
      now: this.now ?? Date.now(),
      facets,
    });
    this.#result = result;
    this.#options = {};
    for (const k of SELECT_FILTERS) if (this.#controls.has(k)) this.#options[k] = this.#optionsOf(k, result, engine);
    this.#beginnersCount = result.facets.beginners?.find((c) => c.value === 'true')?.count ?? 0;
    this.#chips = this.#chipsOf();
  }

  /** The label of a value of a filter, from the feed's reference lists or the catalogue. */
  #label(key: SelectFilter, value: string): string {
    const feed = this.scope;
    if (isEnumFilter(key)) {
      return this.locale.t(`${key}.${value}` as MessageKey);
    }
    if (feed === undefined) return value;
    const l = feedLookups(feed);
    switch (key) {
      case 'organisation':
        return l.organisations.get(value)?.name ?? value;
      case 'trade':
        return l.trades.get(value)?.name ?? value;
      case 'family':
        return l.families.get(value) ?? value;
      case 'region':
        return l.regions.get(value) ?? value;
      case 'departement': {
        const d = l.departements.get(value)?.name;
        return d === undefined ? value : `${d} (${value})`;
      }
    }
  }

  /** Depth of an organisation under its ministry, and its names from the top (for a tree order). */
  #organisationPath(id: string): string[] {
    const l = feedLookups(this.scope as Feed);
    const path: string[] = [];
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); ) {
      seen.add(cur);
      const org = l.organisations.get(cur);
      path.unshift(org?.name ?? cur);
      cur = org?.parent;
    }
    return path;
  }

  /** The choices of a select: values with offers (plus the chosen one), ordered for reading. */
  #optionsOf(key: SelectFilter, result: QueryResult, { organisationAndDescendants }: Engine): FilterOption[] {
    const counts = result.facets[key] ?? [];
    let options = counts.map((c) => ({ value: c.value, label: this.#label(key, c.value), count: c.count }));
    const chosen = this.choice[key];
    // With presets, offer only their values: an offer both "Stage" and "Freelance" would
    // otherwise bring "Freelance" into a list preset to internships; a service's
    // ministry would come with the service.
    const preset = this.#presets.lists[key];
    if (preset.length > 0) {
      const allowed =
        key === 'organisation'
          ? new Set(preset.flatMap((id) => [...organisationAndDescendants(this.scope as Feed, id)]))
          : new Set(preset);
      options = options.filter((o) => allowed.has(o.value));
    }
    if (chosen !== '' && !options.some((c) => c.value === chosen)) {
      options.push({ value: chosen, label: this.#label(key, chosen), count: 0 });
    }
    if (isEnumFilter(key)) {
      // Enumerations keep their declared order.
      return options.sort((a, b) => enumRank(key, a.value) - enumRank(key, b.value));
    }
    if (key === 'organisation') {
      const paths = new Map(options.map((o) => [o.value, this.#organisationPath(o.value)]));
      options.sort((a, b) => comparePaths(paths.get(a.value) as string[], paths.get(b.value) as string[]));
      for (const o of options) o.label = '\u00a0\u00a0'.repeat((paths.get(o.value)?.length ?? 1) - 1) + o.label;
      return options;
    }
    return options.sort((a, b) => collator.compare(a.label, b.label));
  }

  #chipsOf(): Chip[] {
    const chips: Chip[] = [];
    const f = this.choice;
    if (f.keywords !== '') chips.push({ key: 'keywords', label: this.locale.t('offerList.keywordsChip', { keywords: f.keywords }) });
    for (const key of SELECT_FILTERS) {
      if (f[key] !== '') chips.push({ key, label: this.#label(key, f[key]), feedLang: isEnumFilter(key) ? undefined : this.feedLang() });
    }
    if (f.beginners) chips.push({ key: 'beginners', label: this.locale.t('beginners') });
    return chips;
  }

  /** The offer with this id in the loaded feed (open or not). */
  #offer(id: string): Offer | undefined {
    const feed = this.#loadedResult?.feed;
    if (feed === undefined || id === '') return undefined;
    let byId = this.#offers.get(feed);
    if (byId === undefined) {
      byId = new Map(feed.offers.map((o) => [o.id, o]));
      this.#offers.set(feed, byId);
    }
    return byId.get(id);
  }

  /** `filters` without the values of controls that are not shown. */
  #visible(filters: OfferListFilters): OfferListFilters {
    const out = { ...filters };
    if (!this.#controls.has('keywords')) out.keywords = '';
    // (The organisation's select also depends on the scope, which may not be the presets' yet.)
    for (const key of SELECT_FILTERS) if (!(key === 'organisation' ? this.#controls.has(key) : this.#showsSelect(key))) out[key] = '';
    if (!this.#controls.has('beginners') || this.#presets.beginners) out.beginners = false;
    return sameFilters(out, filters) ? filters : out;
  }

  /** Loaded, and no offer in scope at all (not even before the visitor's filters): nothing to search. */
  get #nothingPublished(): boolean {
    return this.#result?.total === 0 && !hasFilters(this.choice);
  }

  /** Whether a select of this filter is worth showing. */
  #showsSelect(key: SelectFilter): boolean {
    if (!this.#controls.has(key)) return false;
    const preset = this.#presets.lists[key];
    if (preset.length !== 1) return true;
    // One preset value leaves nothing to choose, except among an organisation's services.
    if (key !== 'organisation') return false;
    if (this.scope === undefined) return true; // while loading: the usual case, ministries have services
    const id = preset[0] as string;
    return this.scope.organisations.some((o) => o.parent === id);
  }

  /** The level of the list's own heading: one above the cards'. */
  #outerLevel(): number {
    return this.#cardLevel() - 1;
  }

  /**
   * The level of the cards' titles, and of the inline detail's title, which takes their place (3 unless 1–6):
   * 2 at least under the list's own heading, which is one level above.
   */
  #cardLevel(): number {
    const level = headingLevelOf(this.headingLevel, 3);
    return this.heading ? Math.max(2, level) : level;
  }

  /** Drops the pause after a keystroke: the words typed are searched now, or not at all. */
  #cancelPause(): void {
    clearTimeout(this.#debounce);
    this.#debounce = undefined;
  }

  // --- URL ----------------------------------------------------------------

  #setUpUrl(): void {
    const prefix = urlPrefix(this.syncUrl);
    this.#stopUrl?.();
    this.#stopUrl = undefined;
    // Turned off or given another prefix: the parameters under the old one are no longer the list's, and go.
    if (this.#url !== undefined && this.#url.prefix !== prefix) this.#url.write({}, 'replace');
    this.#url = prefix === undefined ? undefined : new UrlState(prefix, URL_KEYS);
    if (this.#url === undefined) return;
    if (this.isConnected) this.#listenToUrl();
    this.#applyUrl(false);
  }

  #listenToUrl(): void {
    this.#stopUrl?.();
    this.#stopUrl = onUrlStateChange(() => this.#applyUrl(true));
  }

  /** Takes the state from the URL (on start, and on back/forward). */
  #applyUrl(fromHistory: boolean): void {
    this.#run = undefined;
    if (this.#url === undefined) return;
    const s = fromUrlParams(this.#url.read());
    // Only filters the visitor can see (and undo) are taken from a link.
    const filters = this.#visible(s.filters);
    const filtersChanged = !sameFilters(filters, this.choice);
    const sort = this.#controls.has('sort') ? s.sort : '';
    const resultsChanged = filtersChanged || sort !== this.chosenSort || s.page !== this.page;
    if (filtersChanged) {
      this.choice = filters;
      this.#draft = filters.keywords;
      this.#cancelPause();
      if (fromHistory) {
        this.#filterChanged = true;
        this.#choices++;
      }
    }
    this.chosenSort = sort;
    this.page = s.page;
    const offer = this.detail === 'inline' ? s.offer : '';
    if (offer !== this.openOfferId) {
      if (fromHistory) {
        this.#focus = offer === '' ? { offer: this.openOfferId } : 'detail';
        this.#focusFromHistory = true;
      }
      if (offer !== '') this.#lastOpened = offer;
      this.openOfferId = offer;
    } else if (fromHistory && resultsChanged && offer === '' && focusIsIn(this)) {
      // As after a page link: the control the visitor was on may be re-rendered away, and the count says where they are.
      this.#focus = 'count';
      this.#focusFromHistory = true;
    }
  }

  #writeUrl(mode: 'push' | 'replace'): void {
    this.#run = undefined;
    this.#url?.write(
      toUrlParams({ filters: this.choice, sort: this.chosenSort, page: this.page, offer: this.openOfferId }),
      mode,
    );
  }

  /** The URL of a page of results, for the pagination links. */
  #pageHref(page: number): string | undefined {
    return this.#url?.href(
      toUrlParams({ filters: this.choice, sort: this.chosenSort, page, offer: '' }),
    );
  }

  // --- events out -----------------------------------------------------------

  #setStates(): void {
    const status = this.#status;
    setCustomStates(this.#internals, {
      loading: this.#result === undefined && status !== TaskStatus.ERROR,
      error: status === TaskStatus.ERROR,
      empty: this.#result?.total === 0,
      stale: this.#loadedResult?.stale === true,
      detail: this.openOfferId !== '',
    });
  }

  #announce(): void {
    const loaded = this.#loadedResult;
    // Once the results are those of the feed loaded (not of the last one, while the new one is indexed).
    if (loaded !== undefined && loaded !== this.#loaded && this.#result !== undefined && this.#preparing === undefined) {
      this.#loaded = loaded;
      this.#emit(new MnLoadEvent(this.#result.total, loaded.stale, loaded.feed.issues));
    }
    if (this.#status === TaskStatus.ERROR) {
      const error = this.#feedController?.task.error;
      const event = error === this.#announcedError ? undefined : errorEvent(this.locale, error);
      if (event) {
        this.#announcedError = error;
        this.#emit(event);
      }
    }
    if (this.#filterChanged && this.#result !== undefined) {
      this.#filterChanged = false;
      this.#emit(new MnFilterChangeEvent({ ...this.choice }, this.#result.total));
    }
  }

  /** Dispatches an event (documented in the class JSDoc, which the manifest reads). */
  #emit(event: Event): void {
    this.dispatchEvent(event);
  }

  #moveFocus(target: FocusTarget, fromHistory = false): void {
    const root = this.renderRoot as ShadowRoot;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    const show = (el: HTMLElement, options: ScrollIntoViewOptions) => {
      if (!fromHistory) {
        el.scrollIntoView(options);
        return;
      }
      // After back or forward, the browser puts back the scroll position of the entry once the page has changed,
      // over what was scrolled before (WebKit in a task, Firefox in the next frame, Chromium at its layout): the
      // focus is shown after that, unless the visitor has taken it out of the list meanwhile.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (root.activeElement !== null) el.scrollIntoView(options);
        }),
      );
    };
    const focusAndShow = (el: HTMLElement | null | undefined) => {
      if (!el) return false;
      el.focus({ preventScroll: true });
      show(el, { block: 'start', behavior: reduced ? 'auto' : 'smooth' });
      return true;
    };
    if (target === 'count') {
      focusAndShow(this.#countEl);
    } else if (target === 'keywords') {
      const first = this.#keywordsEl ?? root.querySelector<HTMLElement>('form select, form input');
      (first ?? this.#countEl)?.focus();
    } else if (target === 'detail') {
      const back = root.querySelector<HTMLElement>('.detail-back');
      focusAndShow(back);
      void this.#focusDetailTitle(back);
    } else if ('chip' in target) {
      const chips = [...root.querySelectorAll<HTMLElement>('.chip')];
      const next = chips[target.chip] ?? chips[target.chip - 1];
      if (next) next.focus();
      else this.#moveFocus('keywords');
    } else {
      const card = [...root.querySelectorAll<HTMLElement>('mn-offer-card')].find((c) => c.dataset.offerId === target.offer);
      if (!card) {
        focusAndShow(this.#countEl);
        return;
      }
      const link = card.shadowRoot?.querySelector<HTMLElement>('a[href], a, button');
      (link ?? card).focus({ preventScroll: true });
      show(card, { block: 'nearest', behavior: 'auto' });
    }
  }

  /**
   * Takes the focus on to the opened offer's title, as the trade explorer does: screen readers then say the
   * offer first. The detail renders after the list (its module may still be loading): the focus waits on
   * "back" meanwhile, and stays wherever the visitor takes it.
   */
  async #focusDetailTitle(back: HTMLElement | null): Promise<void> {
    const detail = this.renderRoot.querySelector('mn-offer-detail');
    if (back === null || detail === null) return;
    await customElements.whenDefined('mn-offer-detail');
    await (detail as MnOfferDetail).updateComplete;
    if (detail.isConnected && (this.renderRoot as ShadowRoot).activeElement === back) {
      await (detail as MnOfferDetail).focusTitle({ preventScroll: true });
    }
  }

  // --- visitor actions --------------------------------------------------------

  /** Downloads the inline detail's code again; the focus waits on "back", then goes to the offer's title (see `downloadAgain`). */
  readonly #onRetryDetail = async (): Promise<void> => {
    const back = this.renderRoot.querySelector<HTMLElement>('.detail-back');
    if (await this.downloadAgain(loadDetail, (yes) => (this.detailFailed = yes), back)) void this.#focusDetailTitle(back);
  };

  /** Returns whether the choice changed. */
  #setChoice(choice: OfferListFilters, mode: 'push' | 'replace'): boolean {
    if (sameFilters(choice, this.choice)) return false;
    this.choice = choice;
    this.page = 1;
    this.#filterChanged = true;
    this.#choices++;
    this.#writeUrl(mode);
    return true;
  }

  /** One history entry for a run of typing: its first pause pushes one, the next ones replace it. */
  #commitKeywords(): void {
    this.#cancelPause();
    const mode = this.#run === 'keywords' ? 'replace' : 'push';
    if (this.#setChoice({ ...this.choice, keywords: this.#draft.trim() }, mode)) this.#run = 'keywords';
  }

  #onKeywordsInput = (e: Event): void => {
    this.#draft = (e.target as HTMLInputElement).value;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => {
      this.#commitKeywords();
      // The visitor left the field before the pause: these were the last words of the run.
      if ((this.renderRoot as ShadowRoot).activeElement !== this.#keywordsEl && this.#run === 'keywords') this.#run = undefined;
    }, KEYWORDS_DEBOUNCE);
  };

  #onKeywordsBlur = (): void => {
    // With words still to commit, the run ends with them (above).
    if (this.#debounce === undefined && this.#run === 'keywords') this.#run = undefined;
  };

  #onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    if (this.#keywordsEl) this.#draft = this.#keywordsEl.value;
    this.#commitKeywords();
    // A submitted search is a choice of its own: the next one makes a new entry.
    this.#run = undefined;
  };

  #onSelectKey = (e: KeyboardEvent): void => {
    this.#selectKeyDown = e.type === 'keydown';
  };

  #onSelectBlur = (e: FocusEvent): void => {
    this.#selectKeyDown = false;
    if (this.#run === (e.target as HTMLSelectElement).name) this.#run = undefined;
  };

  #onSelectChange = (e: Event): void => {
    const select = e.target as HTMLSelectElement;
    const key = select.name as SelectFilter;
    // The arrow keys on a closed select change it at each press (Chromium, Firefox): one history entry for a run
    // of them, so that "back" undoes the choice, not each option passed. A pick with the mouse, or after the
    // select lost the focus, is a choice of its own.
    const keyed = this.#selectKeyDown;
    const changed = this.#setChoice({ ...this.choice, [key]: select.value }, keyed && this.#run === key ? 'replace' : 'push');
    if (changed) this.#run = keyed ? key : undefined;
  };

  #onBeginnersChange = (e: Event): void => {
    this.#setChoice({ ...this.choice, beginners: (e.target as HTMLInputElement).checked }, 'push');
  };

  #onSortChange = (e: Event): void => {
    this.chosenSort = (e.target as HTMLSelectElement).value as OfferSort | '';
    this.page = 1;
    this.#writeUrl('push');
  };

  #onChipClick = (e: Event): void => {
    const button = e.currentTarget as HTMLButtonElement;
    const key = button.value as Chip['key'];
    const index = this.#chips.findIndex((c) => c.key === key);
    const next = { ...this.choice };
    if (key === 'keywords') {
      next.keywords = '';
      this.#draft = '';
    } else if (key === 'beginners') next.beginners = false;
    else next[key] = '';
    this.#focus = { chip: index };
    this.#setChoice(next, 'push');
  };

  #onToggleFilters = (): void => {
    this.filtersOpen = !this.filtersOpen;
  };

  #onReset = (): void => {
    this.#draft = '';
    this.#cancelPause();
    this.#focus = 'keywords';
    this.#setChoice(emptyFilters(), 'push');
  };

  #onPageClick = (e: MouseEvent): void => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // new tab: the browser's job
    e.preventDefault();
    const target = e.currentTarget as HTMLElement;
    if (target.getAttribute('aria-disabled') === 'true') return;
    const page = Number(target.dataset.page);
    if (!Number.isInteger(page) || page === this.#result?.page) return;
    this.page = page;
    this.#writeUrl('push');
    this.#focus = 'count';
  };

  #onRetry = (): void => {
    this.#retryFocus.start();
    this.#feedController?.retry();
  };

  #onOfferSelect = (e: MnOfferSelectEvent): void => {
    if (this.detail !== 'inline') return;
    // The host page may take over: decide once the event has gone all the way up.
    const decide = (ev: Event) => {
      if (ev !== e) return;
      window.removeEventListener('mn-offer-select', decide);
      if (e.defaultPrevented || this.#offer(e.offerId) === undefined) return;
      e.preventDefault();
      this.#openOffer(e.offerId);
    };
    window.addEventListener('mn-offer-select', decide);
    // If someone stops the event on its way, forget it.
    queueMicrotask(() => window.removeEventListener('mn-offer-select', decide));
  };

  #onApplicationSubmit = (e: MnApplicationSubmitEvent): void => {
    this.#submitted = e;
    this.#sentNotice = undefined;
    this.requestUpdate(); // the live region that will tell the outcome is there before it
  };

  /** The outcome of an application sent from the inline detail: told here when the visitor has left its offer. */
  #onApplicationOutcome = (e: MnApplicationSuccessEvent | MnApplicationErrorEvent): void => {
    const sentFor = this.#sendingFor;
    if (!sentFor || e.offerId !== sentFor) return;
    this.#submitted = undefined;
    if (this.openOfferId === sentFor) return; // the detail's form shows it
    const received = e.type === 'mn-application-success' || (e as MnApplicationErrorEvent).received;
    this.#sentNotice = { title: this.#offer(sentFor)?.title ?? sentFor, received };
    this.requestUpdate();
  };

  #openOffer(id: string): void {
    this.#sentNotice = undefined;
    this.openOfferId = id;
    this.#lastOpened = id;
    this.#focus = 'detail';
    this.#writeUrl('push');
  }

  #onBack = (): void => {
    this.#focus = { offer: this.#lastOpened || this.openOfferId };
    this.openOfferId = '';
    this.#writeUrl('push');
  };

  // --- public ---------------------------------------------------------------

  /** Loads the feed again from the network. */
  retry(): void {
    this.#feedController?.retry();
  }

  // --- render -----------------------------------------------------------------

  override render(): TemplateResult {
    const open = this.openOfferId !== '';
    const sendingFor = this.#sendingFor;
    const detailFor = open ? this.openOfferId : sendingFor;
    return html`
      <div part="base" class="base" lang=${ifDefined(this.locale.own)}>
        ${this.heading ? heading(this.#outerLevel(), this.heading, { part: 'heading' }) : nothing}
        ${sendingFor || this.#sentNotice ? html`<div role="status">${this.#renderSentNotice()}</div>` : nothing}
        ${detailFor ? this.#renderDetail(detailFor, !open) : nothing}
        <div class="list" ?hidden=${open}>
          ${this.#controls.size > 0 && !this.#nothingPublished ? this.#renderForm() : nothing} ${this.#renderChips()}
          ${this.#renderNotice()}
          ${this.#renderResults()}
        </div>
      </div>
    `;
  }

  #renderForm(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const selects = SELECT_FILTERS.filter((k) => this.#showsSelect(k));
    const beginners = this.#controls.has('beginners') && !this.#presets.beginners;
    const active = selects.filter((k) => this.choice[k] !== '').length + (beginners && this.choice.beginners ? 1 : 0);
    const more = selects.length > 0 || beginners;
    return html`
      <form part="form" class="filters" role="search" aria-label=${t('offerList.search')} novalidate @submit=${this.#onSubmit}>
        ${this.#controls.has('keywords')
          ? html`<div class="field keywords">
              <label for="keywords">${t('offerList.keywords')}</label>
              <span class="hint" id="keywords-hint">${t('offerList.keywordsHint')}</span>
              <div class="search-row">
                <input
                  id="keywords"
                  name="keywords"
                  type="search"
                  autocomplete="off"
                  enterkeyhint="search"
                  aria-describedby="keywords-hint"
                  .value=${live(this.#draft)}
                  @input=${this.#onKeywordsInput}
                  @blur=${this.#onKeywordsBlur}
                />
                <button class="button" type="submit">${t('offerList.submit')}</button>
              </div>
            </div>`
          : nothing}
        ${more && this.narrow
          ? html`<button
              class="button tertiary toggle"
              type="button"
              aria-expanded=${this.filtersOpen ? 'true' : 'false'}
              aria-controls="more-filters"
              @click=${this.#onToggleFilters}
            >
              ${active > 0 ? t('offerList.moreFiltersActive', { count: active }) : t('offerList.moreFilters')}
            </button>`
          : nothing}
        ${more
          ? html`<div id="more-filters" class="more" ?hidden=${this.narrow && !this.filtersOpen}>
              ${selects.length > 0 ? html`<div class="selects">${selects.map((key) => this.#renderSelect(key))}</div>` : nothing}
              ${beginners ? this.#renderBeginners() : nothing}
            </div>`
          : nothing}
      </form>
    `;
  }

  #renderSelect(key: SelectFilter): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const options = this.#options[key] ?? [];
    const chosen = this.choice[key];
    // The names of organisations, trades and places are the feed's, in French: said so on a page in another language.
    const feedLang = isEnumFilter(key) ? undefined : this.feedLang();
    return html`<div class="field">
      <label for=${`filter-${key}`}>${t(`offerList.filter.${key}` as MessageKey)}</label>
      <select
        id=${`filter-${key}`}
        name=${key}
        ?disabled=${this.#result === undefined}
        @change=${this.#onSelectChange}
        @keydown=${this.#onSelectKey}
        @keyup=${this.#onSelectKey}
        @blur=${this.#onSelectBlur}
      >
        <option value="" .selected=${live(chosen === '')}>${t(`offerList.any.${key}` as MessageKey)}</option>
        ${options.map(
          (o) =>
            html`<option value=${o.value} lang=${ifDefined(feedLang)} .selected=${live(o.value === chosen)}>${t('offerList.option', {
              label: o.label,
              count: formatNumber(this.locale.lang, o.count),
            })}</option>`,
        )}
      </select>
    </div>`;
  }

  #renderBeginners(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const loading = this.#result === undefined;
    return html`<div class="checkbox">
      <input
        id="beginners"
        type="checkbox"
        .checked=${live(this.choice.beginners)}
        ?disabled=${loading}
        @change=${this.#onBeginnersChange}
      />
      <label for="beginners"
        >${loading
          ? t('beginners')
          : t('offerList.option', { label: t('beginners'), count: formatNumber(this.locale.lang, this.#beginnersCount) })}</label
      >
    </div>`;
  }

  #renderChips(): TemplateResult | typeof nothing {
    if (this.#chips.length === 0 || this.#controls.size === 0) return nothing;
    const t = this.locale.t.bind(this.locale);
    return html`
      <div part="chips" class="chips">
        <ul aria-label=${t('offerList.activeFilters')}>
          ${repeat(
            this.#chips,
            (c) => c.key,
            (c) => html`<li>
              <button class="chip" type="button" value=${c.key} @click=${this.#onChipClick}>
                ${this.#chipName(c)}<span class="chip-x" aria-hidden="true">✕</span>
              </button>
            </li>`,
          )}
        </ul>
        <button class="button tertiary reset" type="button" @click=${this.#onReset}>${t('offerList.reset')}</button>
      </div>
    `;
  }

  /**
   * "Retirer le filtre : Bretagne", of which only the label shows: the name comes from the content, not from an
   * `aria-label`, which would hide the label's `lang` from screen readers.
   */
  #chipName(c: Chip): unknown[] {
    const label = html`<span class="chip-label" lang=${ifDefined(c.feedLang)}>${c.label}</span>`;
    return compose(this.locale.lang, 'offerList.removeFilter', { label }).map((part, i) =>
      i % 2 === 1 ? part : part === '' ? nothing : html`<span class="visually-hidden">${part}</span>`,
    );
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const loaded = this.#loadedResult;
    if (loaded?.stale !== true) return nothing;
    return this.staleNotice('notice', loaded, this.#onRetry);
  }

  #renderResults(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const result = this.#result;
    const failed = this.#status === TaskStatus.ERROR;
    let count = '';
    let page = '';
    if (result !== undefined) {
      count = t('offerList.count', { count: formatNumber(this.locale.lang, result.total), n: result.total });
      if (result.pageCount > 1) page = ` – ${t('offerList.pageOf', { page: result.page, count: result.pageCount })}`;
    } else if (!failed) {
      count = t('offerList.loading');
    }
    const sortShown = this.#controls.has('sort') && result !== undefined && result.total > 1;
    // Only the number of offers is a live region: after a change of page the focus comes to the count, which is then
    // read once, as the focused element, not a second time as a live change.
    return html`
      <div class="results-head">
        <p
          id="count"
          part="count"
          class=${this.#nothingPublished ? 'count visually-hidden' : 'count'}
          tabindex="-1"
        ><span role="status">${keyed(this.#choices, count)}</span>${page}</p>
        ${sortShown ? this.#renderSort() : nothing}
      </div>
      ${failed
        ? this.#renderError()
        : result === undefined
          ? this.#renderSkeleton()
          : result.total === 0
            ? this.#renderEmpty()
            : html`${this.#renderCards(result)} ${this.#renderPagination(result)}`}
    `;
  }

  #renderSort(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const searching = this.choice.keywords !== '' || this.#presets.keywords !== '';
    const current = effectiveSort(toSort(this.sort), this.chosenSort, searching);
    const sorts: OfferSort[] = searching ? ['relevance', 'newest', 'deadline'] : ['newest', 'deadline'];
    return html`<div class="sort">
      <label for="sort">${t('offerList.sort')}</label>
      <select id="sort" @change=${this.#onSortChange}>
        ${sorts.map((s) => html`<option value=${s} .selected=${live(s === current)}>${t(`offerList.sort.${s}` as MessageKey)}</option>`)}
      </select>
    </div>`;
  }

  #renderCards(result: QueryResult): TemplateResult {
    const feed = this.#loadedResult?.feed;
    const level = this.#cardLevel();
    // Offers all of one trade (a preset, the visitor's choice): the cards leave it out.
    const oneTrade = this.#presets.lists.trade.length === 1 || this.choice.trade !== '';
    return html`<ul
      part="results"
      class=${result.offers.length > LONG_PAGE ? 'results long' : 'results'}
      aria-labelledby="count"
      @mn-offer-select=${this.#onOfferSelect}
    >
      ${repeat(
        result.offers,
        (o) => o.id,
        (o) => html`<li>
          <mn-offer-card
            data-offer-id=${o.id}
            .offer=${o}
            .feedData=${feed}
            .now=${this.now}
            heading-level=${level}
            href-template=${ifDefined(this.hrefTemplate)}
            ?compact=${this.compact}
            ?hide-trade=${oneTrade}
          ></mn-offer-card>
        </li>`,
      )}
    </ul>`;
  }

  #renderSkeleton(): TemplateResult {
    const n = Math.max(1, Math.min(SKELETONS, Math.floor(this.pageSize) || SKELETONS));
    return html`<ul part="results" class="results" aria-busy="true" aria-labelledby="count">
      ${Array.from(
        { length: n },
        () => html`<li class="skeleton" aria-hidden="true">
          ${this.compact
            ? nothing
            : html`<span class="bone badge"></span>`}<span class="bone title"></span><span class="bone title short narrow"></span
          ><span class="bone organisation"></span><span class="bone line narrow"></span><span class="bone line short narrow"></span
          ><span class="bone meta"></span><span class="bone meta"></span>${this.compact
            ? nothing
            : html`<span class="bone meta"></span><span class="bone excerpt"></span><span class="bone excerpt short"></span
                ><span class="bone tags"></span>`}
        </li>`,
      )}
    </ul>`;
  }

  #renderEmpty(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const filtered = hasFilters(this.choice);
    const spontaneous = safeLink(this.spontaneousHref);
    const feed = this.#loadedResult?.feed;
    const none = feed !== undefined && noOfferRead(feed) ? 'offerList.empty.unreadable' : 'offerList.empty.none';
    return html`<div part="empty" class="empty">
      <p class="empty-title">${t(filtered ? 'offerList.empty.filtered' : none)}</p>
      ${filtered ? html`<p>${t('offerList.empty.filteredHint')}</p>` : nothing}
      ${filtered || spontaneous
        ? html`<div class="actions">
            ${filtered && this.#controls.size > 0
              ? html`<button class="button secondary" type="button" @click=${this.#onReset}>${t('offerList.reset')}</button>`
              : nothing}
            ${spontaneous ? html`<a class="button" href=${spontaneous}>${t('offerList.spontaneous')}</a>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  #renderError(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    return html`<div part="error" class="alert error" role="alert">
      <p>${errorMessage(this.locale, this.#feedController?.task.error)}</p>
      <button class="button secondary" type="button" @click=${this.#onRetry}>${t('common.retry')}</button>
    </div>`;
  }

  #renderPagination(result: QueryResult): TemplateResult | typeof nothing {
    if (result.pageCount <= 1) return nothing;
    const t = this.locale.t.bind(this.locale);
    const { page, pageCount } = result;
    const link = (target: number, label: string, content: TemplateResult | string, cls: string, current = false) => {
      const disabled = target < 1 || target > pageCount || (target === page && !current);
      if (this.#url) {
        return html`<a
          class=${`page ${cls}`}
          href=${ifDefined(disabled ? undefined : this.#pageHref(target))}
          role=${ifDefined(disabled ? 'link' : undefined)}
          aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
          aria-current=${ifDefined(current ? 'page' : undefined)}
          aria-label=${label}
          data-page=${target}
          @click=${this.#onPageClick}
          >${content}</a
        >`;
      }
      return html`<button
        class=${`page ${cls}`}
        type="button"
        aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
        aria-current=${ifDefined(current ? 'page' : undefined)}
        aria-label=${label}
        data-page=${target}
        @click=${this.#onPageClick}
      >
        ${content}
      </button>`;
    };
    const step = (target: number, key: MessageKey, icon: string, cls: string) =>
      link(
        target,
        t(key),
        html`<span aria-hidden="true" class="icon">${icon}</span><span class="step-label">${t(key)}</span>`,
        cls,
      );
    return html`<nav part="pagination" class="pagination" aria-label=${t('offerList.pagination')}>
      <ul>
        <li class="edge">${step(1, 'offerList.first', '«', `first${page === 1 ? ' off' : ''}`)}</li>
        <li>${step(page - 1, 'offerList.previous', '‹', `previous${page === 1 ? ' off' : ''}`)}</li>
        ${pageItems(page, pageCount, this.narrow ? 0 : 1).map((item) =>
          item === 'gap'
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>${link(item, t('offerList.page', { page: item }), String(item), 'number', item === page)}</li>`,
        )}
        <li>${step(page + 1, 'offerList.next', '›', `next${page === pageCount ? ' off' : ''}`)}</li>
        <li class="edge">${step(pageCount, 'offerList.last', '»', `last${page === pageCount ? ' off' : ''}`)}</li>
      </ul>
    </nav>`;
  }

  #renderSentNotice(): TemplateResult | typeof nothing {
    const sent = this.#sentNotice;
    if (!sent) return nothing;
    const title = html`<span lang=${ifDefined(this.feedLang())}>${sent.title}</span>`;
    const key = sent.received ? 'applicationForm.previous.received' : 'applicationForm.previous.failed';
    return html`<div part="sent" class="alert ${sent.received ? 'info' : 'warning'}"><p>${compose(this.locale.lang, key, { title })}</p></div>`;
  }

  /** The offer `id` in place of the list; `hidden` while an application from it is still being sent. */
  #renderDetail(id: string, hidden: boolean): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const offer = this.#offer(id);
    const loaded = this.#loadedResult;
    return html`<div part="detail" class="detail" ?hidden=${hidden}>
      <button part="back" class="button tertiary detail-back" type="button" @click=${this.#onBack}>
        <span aria-hidden="true">←</span> ${t('offerList.back')}
      </button>
      ${offer === undefined
        ? loaded !== undefined
          ? html`<div class="alert info"><p>${t('offerList.offerGone')}</p></div>`
          : this.#renderSkeleton()
        : this.detailFailed
          ? this.codeAlert('offerList.detailError', this.#onRetryDetail)
          : html`<mn-offer-detail
              .offer=${offer}
              .feedData=${loaded?.feed}
              .client=${this.client}
              .now=${this.now}
              heading-level=${this.#cardLevel()}
              privacy-href=${ifDefined(this.privacyHref)}
              consent-text=${ifDefined(this.consentText)}
              @mn-load=${stopEvent}
              @mn-application-submit=${this.#onApplicationSubmit}
              @mn-application-success=${this.#onApplicationOutcome}
              @mn-application-error=${this.#onApplicationOutcome}
            ></mn-offer-detail
            >${customElements.get('mn-offer-detail') ? nothing : html`<p role="status">${t('offerCard.loading')}</p>`}`}
    </div>`;
  }
}

/**
 * The feed lists offers, but each was skipped as unreadable: not the same as none published. A feed with so many
 * problems that their list was cut (`too-many-issues`) and no offer is unreadable too.
 */
function noOfferRead(feed: Feed): boolean {
  return (
    feed.offers.length === 0 &&
    feed.issues.some((issue) => (issue.action === 'skipped' && issue.path.startsWith('/offers/')) || issue.code === 'too-many-issues')
  );
}

/** Keeps an event of the inline detail inside the list (its `mn-load` is not the list's). */
function stopEvent(e: Event): void {
  e.stopPropagation();
}

function enumRank(key: EnumFilter, value: string): number {
  const order = ENUMS[key];
  const at = order.indexOf(value);
  return at < 0 ? order.length : at;
}

function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = collator.compare(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
