import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { attachInternals, setCustomStates } from '../../controllers/custom-states.js';
import { FeedController, type FeedHost } from '../../controllers/feed-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { RetryFocus } from '../../controllers/retry-focus.js';
import { focusIsIn, MnElement, orEmpty } from '../mn-element.js';
import { errorEvent, errorMessage } from '../feed-errors.js';
import type { FeedResult } from '../../data/feed-client.js';
import {
  findTrade,
  isTradeSort,
  openOfferCounts,
  queryTrades,
  type TradeQueryResult,
  type TradeSort,
  type TradeSummary,
} from '../../data/trades.js';
import type { Feed } from '../../data/types.js';
import { MnLoadEvent } from '../../events/mn-load.js';
import { MnTradeSelectEvent } from '../../events/mn-trade-select.js';
import { addFrench, compose, formatNumber } from '../../i18n/localize.js';
import { frTradeExplorer } from '../../i18n/fr-trade-explorer.js';
import { alertStyles, buttonStyles, hostStyles, inputStyles, tagStyles } from '../../styles/shared.styles.js';
import { onUrlStateChange, urlPrefix, UrlState, type UrlParams } from '../../url-state/url-state.js';
import { heading, headingLevelOf } from '../heading.js';
import { safeLink } from '../links.js';
import { warnUnknownPreset } from '../unknown-presets.js';
import { styles } from './trade-explorer.styles.js';

addFrench(frTradeExplorer);

/** In the URL, "every family" and "no trade" when the attributes preset another one. */
const ALL_FAMILIES = 'all';
const NO_TRADE = 'none';
/** Debounce of the search field, in milliseconds. */
const SEARCH_DELAY = 150;
/** Filters the offer list of a trade offers (the trade itself is preset). */
const LIST_FILTERS = 'keywords region contract remote';

type FocusTarget = { to: 'title' } | { to: 'card'; trade: string } | { to: 'tab' } | { to: 'search' };

/**
 * Browse the State's tech trades (métiers) by family: what each one is, its
 * typical missions and skills, and who is hiring for it now. Selecting a trade
 * shows its details and its open offers (an `<mn-offer-list>` preset to it) in
 * place, with a way back.
 *
 * @tag mn-trade-explorer
 * @summary Explore the trades (métiers) of the feed by family, with their open offers.
 *
 * @event {MnTradeSelectEvent} mn-trade-select - The visitor opened a trade (`tradeId`, `trade`, `openOffers`). Cancelable: call `preventDefault()` to navigate yourself.
 * @event {MnLoadEvent} mn-load - The trades are shown (`count`: trades in the grid; `stale`: the saved copy is shown).
 * @event {MnErrorEvent} mn-error - The feed could not be loaded (`code`, `message`, `status`).
 * @event {MnOfferSelectEvent} mn-offer-select - Bubbles from the offers of the opened trade; cancelable, as on `<mn-offer-list>`.
 * @event {MnFilterChangeEvent} mn-filter-change - Bubbles from the offers of the opened trade when the visitor filters them.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The row holding the search field and the sort menu.
 * @csspart search - The search field (label, hint, input).
 * @csspart sort - The sort menu (label, select).
 * @csspart tablist - The row of family tabs.
 * @csspart tab - A family tab.
 * @csspart panel - The tab panel holding the count and the trades.
 * @csspart family-description - The description of the selected family, when the feed gives one.
 * @csspart count - The number of trades shown.
 * @csspart list - The list of trade cards.
 * @csspart card - A trade card.
 * @csspart card-title - The heading of a trade card.
 * @csspart card-description - The description of a trade card.
 * @csspart card-offers - The open-offer count of a trade card.
 * @csspart empty - The message shown when no trade matches.
 * @csspart detail - The trade detail view.
 * @csspart back - The "back to trades" button.
 * @csspart title - The heading of the trade detail.
 * @csspart section-title - The headings of the detail's sections (missions, skills, open offers).
 * @csspart description - The description of the trade detail.
 * @csspart missions - The typical missions of the trade detail.
 * @csspart skills - The skills of the trade detail.
 * @csspart offers - The open offers of the trade detail (heading and list, or the no-offer message).
 * @csspart no-offers - The message (and spontaneous-application link) of a trade without open offer.
 * @csspart stale - The notice shown when the feed is a saved copy (an alert, said as it shows), with its retry button.
 * @csspart error - The error message and its retry button.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssproperty --mn-trade-explorer-card-min-width - Minimum width of a trade card in the grid (default `17rem`).
 * @cssproperty --mn-trade-explorer-gap - Space between trade cards (default `1rem`).
 * @cssproperty --mn-trade-explorer-card-accent - Colour of the bottom border of trade cards (default the action colour).
 *
 * @cssstate loading - The feed is loading.
 * @cssstate error - The feed could not be loaded.
 * @cssstate stale - A saved copy of the feed is shown.
 * @cssstate empty - No trade matches.
 * @cssstate detail - A trade's detail is shown.
 */
export class MnTradeExplorer extends MnElement implements FeedHost {
  static override styles = [hostStyles, buttonStyles, tagStyles, alertStyles, inputStyles, styles];
  static override properties: PropertyDeclarations = {
    feed: { converter: orEmpty },
    feedData: { attribute: false },
    family: { converter: orEmpty },
    trade: { converter: orEmpty },
    hideEmpty: { attribute: 'hide-empty', type: Boolean },
    sort: {},
    syncUrl: { attribute: 'sync-url' },
    spontaneousHref: { attribute: 'spontaneous-href' },
    hrefTemplate: { attribute: 'href-template' },
    headingLevel: { attribute: 'heading-level', type: Number },
    // Internal reactive state.
    currentFamily: { state: true },
    currentTrade: { state: true },
    currentSort: { state: true },
    query: { state: true },
  };

  protected readonly locale = new LocaleController(this);
  readonly #data = new FeedController(this);
  readonly #internals = attachInternals(this);

  /** The family tab shown ('' for every family). */
  private declare currentFamily: string;
  /** The trade whose detail is shown ('' for the grid). */
  private declare currentTrade: string;
  private declare currentSort: TradeSort;
  /** The search applied (debounced from the field). */
  private declare query: string;

  /** URL of the feed to read. Default: the page configuration (`data-mn-feed`, `configure()`, `<meta name="mn-feed">`), then the central feed. */
  declare feed: string;

  /** A feed given directly (stories, tests, a parent that already holds it): no request is made. */
  declare feedData: Feed | undefined;

  /**
   * Id of the family whose tab is selected at first ('' or unknown: every family; surrounding spaces aside). An id
   * the feed does not know is reported with `console.warn`.
   */
  declare family: string;

  /**
   * Id of a trade to open at once: its details and open offers show in place of the grid (surrounding spaces
   * aside). An id the feed does not know is reported with `console.warn`, and the grid shows.
   */
  declare trade: string;

  /** Hides the trades that have no open offer (and the families left empty). */
  declare hideEmpty: boolean;

  /** Initial order of the trades: `name` (A to Z) or `offers` (most open offers first). The visitor can change it. */
  declare sort: TradeSort;

  /**
   * Keeps the open family and trade in the page URL (`?<prefix>family=…&<prefix>trade=…`), so that a view can be
   * shared and the back button works. The value is the parameter prefix (`mn-` when empty). Off when absent. Changed or
   * removed later, the old prefix's parameters leave the URL and the new one's are read.
   */
  declare syncUrl: string | null;

  /** Link offered for trades with no open offer: a page that takes spontaneous applications. */
  declare spontaneousHref: string | undefined;

  /** Link of each open offer of a trade, as on `<mn-offer-list>`: `{id}` is replaced by the offer's id (default: its page on metiers.numerique.gouv.fr). */
  declare hrefTemplate: string | undefined;

  /** Level of the trade headings (cards and detail title), 1–6; the detail's sections use the next levels. */
  declare headingLevel: number;

  constructor() {
    super();
    this.currentFamily = '';
    this.currentTrade = '';
    this.currentSort = 'name';
    this.query = '';
    this.feed = '';
    this.family = '';
    this.trade = '';
    this.hideEmpty = false;
    this.sort = 'name';
    this.syncUrl = null;
    this.headingLevel = 2;
  }

  /** What the field holds (the query follows it after a short delay). */
  #searchText = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The element's URL parameters, when URL sync is on. */
  #url: UrlState | undefined;
  #stopUrlSync: (() => void) | undefined;
  #focusTarget: FocusTarget | undefined;
  /** After "retry", the focus waits on the element, then goes to the new retry button, or to the search field or the opened trade's title. */
  readonly #retryFocus = new RetryFocus(this, {
    pending: () => this.#data.status === TaskStatus.PENDING,
    waitOn: () => this.renderRoot.querySelector<HTMLElement>('[part="base"]'),
    retryButton: () => this.renderRoot.querySelector<HTMLElement>('[part="error"] button, [part="stale"] button'),
    shown: () => this.renderRoot.querySelector<HTMLElement>('#detail-title') ?? this.renderRoot.querySelector<HTMLElement>('#search'),
  });
  /** The tab list last rendered, to tell when a new one appears. */
  #tablist: HTMLElement | undefined;
  /** Derived in willUpdate from the loaded feed and the current choices. */
  #counts: { feed: Feed; counts: Map<string, number> } | undefined;
  #result: TradeQueryResult | undefined;
  #opened: TradeSummary | undefined;
  /** The feed and the `trade` and `family` attributes last checked for warnings. */
  #checked: { feed: Feed; trade: string; family: string } | undefined;
  /** The last result announced by `mn-load`, and the last error announced by `mn-error`. */
  #announced: FeedResult | undefined;
  #reportedError: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listenToUrl();
    // Back in the page: the URL may have changed while the element was out of it (no popstate reached it).
    if (this.hasUpdated) this.#readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopUrlSync?.();
    this.#stopUrlSync = undefined;
    // Moved or removed during the pause after a keystroke: the words typed are searched now, not dropped.
    if (this.#searchTimer !== undefined) this.#applySearch();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('family')) this.currentFamily = this.family;
    if (changed.has('trade')) this.currentTrade = this.trade;
    if (changed.has('sort')) this.currentSort = isTradeSort(this.sort) ? this.sort : 'name';
    const prefix = urlPrefix(this.syncUrl);
    if (prefix !== this.#url?.prefix) {
      // Turned off or given another prefix: the parameters under the old one are no longer the explorer's, and go.
      this.#url?.write({}, 'replace');
      this.#url = prefix === undefined ? undefined : new UrlState(prefix, ['trade', 'family']);
      this.#listenToUrl();
      this.#readUrl();
    }

    const feed = this.#data.value?.feed;
    if (feed === undefined) {
      this.#result = undefined;
      this.#opened = undefined;
      return;
    }
    if (this.#counts?.feed !== feed) this.#counts = { feed, counts: openOfferCounts(feed) };
    const { counts } = this.#counts;
    if (this.#data.status === TaskStatus.COMPLETE) this.#warnAboutPresets(feed);
    const family = this.currentFamily.trim();
    const trade = this.currentTrade.trim();
    this.#result = queryTrades(
      feed,
      {
        family: family || undefined,
        query: this.query,
        sort: this.currentSort,
        hideEmpty: this.hideEmpty,
        lang: this.locale.lang,
      },
      counts,
    );
    this.#opened = trade ? findTrade(feed, trade, counts) : undefined;
  }

  /**
   * Tells the developer about a `trade` or `family` the feed does not know, once per value and feed: the
   * explorer would otherwise show the grid, or every family, with nothing to say why.
   */
  #warnAboutPresets(feed: Feed): void {
    const last = this.#checked;
    const now = { feed, trade: this.trade, family: this.family };
    this.#checked = now;
    const check = (key: 'trade' | 'family', consequence: string) => {
      // One id, not a list: "dev ops" is one unknown id.
      const id = now[key].trim();
      if (last?.feed !== feed || last[key] !== now[key]) warnUnknownPreset('mn-trade-explorer', key, id, feed, consequence, [id]);
    };
    check('trade', 'The explorer shows the trades instead.');
    check('family', 'The explorer shows every family instead.');
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#updateStates();
    this.#announce();
    this.#revealSelectedTab(changed.has('currentFamily' as keyof MnTradeExplorer));
    const target = this.#focusTarget;
    if (target === undefined) return;
    this.#focusTarget = undefined;
    const root = this.renderRoot;
    const selectedTab = () => root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    let el: HTMLElement | null = null;
    if (target.to === 'title') el = root.querySelector<HTMLElement>('#detail-title');
    else if (target.to === 'search') el = root.querySelector<HTMLElement>('#search');
    else if (target.to === 'tab') el = selectedTab();
    else {
      const card = [...root.querySelectorAll<HTMLElement>('.card')].find((c) => c.dataset.trade === target.trade);
      el = card?.querySelector<HTMLElement>('.card-link') ?? selectedTab();
    }
    el?.focus();
  }

  /**
   * Scrolls the tab list (when it scrolls, on narrow elements) so that the selected tab shows, when the
   * family changed or the list just appeared; only the list, never the page.
   */
  #revealSelectedTab(familyChanged: boolean): void {
    const list = this.renderRoot.querySelector<HTMLElement>('[role="tablist"]');
    const appeared = list !== this.#tablist;
    this.#tablist = list ?? undefined;
    if (!list || !(familyChanged || appeared) || list.scrollWidth <= list.clientWidth) return;
    const tab = list.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!tab) return;
    const box = list.getBoundingClientRect();
    const rect = tab.getBoundingClientRect();
    if (rect.left < box.left || rect.right > box.right) {
      list.scrollLeft += rect.left - box.left - (box.width - rect.width) / 2;
    }
  }

  #updateStates(): void {
    const status = this.#data.status;
    const value = this.#data.value;
    const states: Record<string, boolean> = {
      loading: status === TaskStatus.INITIAL || (status === TaskStatus.PENDING && !value),
      error: status === TaskStatus.ERROR,
      stale: status !== TaskStatus.ERROR && value?.stale === true,
      empty: status === TaskStatus.COMPLETE && !this.#opened && this.#result?.trades.length === 0,
      detail: status === TaskStatus.COMPLETE && this.#opened !== undefined,
    };
    setCustomStates(this.#internals, states);
  }

  /** Fires `mn-load` once per loaded feed and `mn-error` once per failure. */
  #announce(): void {
    const status = this.#data.status;
    const value = this.#data.value;
    if (status === TaskStatus.COMPLETE && value && value !== this.#announced) {
      this.#announced = value;
      const event = new MnLoadEvent(this.#result?.trades.length ?? 0, value.stale, value.feed.issues);
      this.dispatchEvent(event);
    } else if (status === TaskStatus.ERROR && this.#data.task.error !== this.#reportedError) {
      const error = this.#data.task.error;
      this.#reportedError = error;
      const event = errorEvent(this.locale, error);
      if (event) this.dispatchEvent(event);
    }
  }

  // --- URL sync ---

  #listenToUrl(): void {
    this.#stopUrlSync?.();
    this.#stopUrlSync = undefined;
    if (this.#url !== undefined && this.isConnected) this.#stopUrlSync = onUrlStateChange(this.#onUrlChange);
  }

  /** Applies the URL's family and trade (the attributes' presets when absent). */
  #readUrl(): void {
    if (this.#url === undefined) return;
    const params = this.#url.read();
    const family = params.family ?? this.family;
    const trade = params.trade ?? this.trade;
    this.currentFamily = family === ALL_FAMILIES ? '' : family;
    this.currentTrade = trade === NO_TRADE ? '' : trade;
  }

  /** The URL parameters of a state: left out when equal to the presets. */
  #urlParams(trade = this.currentTrade, family = this.currentFamily): UrlParams {
    const params: UrlParams = {};
    if (trade !== this.trade) params.trade = trade || NO_TRADE;
    if (family !== this.family) params.family = family || ALL_FAMILIES;
    return params;
  }

  #writeUrl(mode: 'push' | 'replace'): void {
    this.#url?.write(this.#urlParams(), mode);
  }

  /** Back or forward in history: show what the URL says, without writing it. */
  #onUrlChange = (): void => {
    const before = this.currentTrade;
    this.#readUrl();
    if (!focusIsIn(this)) return;
    if (before && !this.currentTrade) this.#focusTarget = { to: 'card', trade: before };
    else if (this.currentTrade && this.currentTrade !== before) this.#focusTarget = { to: 'title' };
  };

  // --- handlers ---

  #selectFamily(family: string): void {
    if (family === this.currentFamily) return;
    this.currentFamily = family;
    this.#writeUrl('replace');
  }

  #onTabClick(event: Event): void {
    const tab = event.currentTarget as HTMLElement;
    this.#selectFamily(tab.dataset.family ?? '');
  }

  /** Tabs per the WAI-ARIA Authoring Practices: arrows (wrapping), Home, End; automatic activation. */
  #onTabKeydown(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(event.target as HTMLElement);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last ? 0 : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0 ? last : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[next] as HTMLElement;
    tab.focus();
    this.#selectFamily(tab.dataset.family ?? '');
  }

  #onSearchInput(event: Event): void {
    this.#searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), SEARCH_DELAY);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    this.#applySearch();
  }

  /** Searches what the field holds now, ending the pause after a keystroke. */
  #applySearch(): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.query = this.#searchText.trim();
  }

  #clearSearch(): void {
    clearTimeout(this.#searchTimer);
    this.#searchTimer = undefined;
    this.#searchText = '';
    this.query = '';
    this.#focusTarget = { to: 'search' };
    this.requestUpdate();
  }

  #searchEveryFamily(): void {
    this.#selectFamily('');
    this.#focusTarget = { to: 'tab' };
  }

  #onSortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.currentSort = isTradeSort(value) ? value : 'name';
  }

  #onCardClick(event: MouseEvent, summary: TradeSummary): void {
    // A link (URL sync on) opened in a new tab or window is the browser's business.
    if (event.currentTarget instanceof HTMLAnchorElement) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    }
    event.preventDefault();
    this.#openTrade(summary);
  }

  #openTrade(summary: TradeSummary): void {
    const { trade, openOffers } = summary;
    const event = new MnTradeSelectEvent(trade.id, trade, openOffers);
    if (!this.dispatchEvent(event)) return;
    this.currentTrade = trade.id;
    this.#focusTarget = { to: 'title' };
    this.#writeUrl('push');
  }

  #closeTrade(): void {
    const trade = this.currentTrade;
    this.currentTrade = '';
    this.#focusTarget = { to: 'card', trade };
    this.#writeUrl('push');
  }

  /** The offer list's own `mn-load`/`mn-error` stay inside: the explorer's mean "the trades". */
  #stopInnerEvent(event: Event): void {
    event.stopPropagation();
  }

  /** "Réessayer": the focus waits on what loads. */
  #onRetry(): void {
    this.#retryFocus.start();
    this.retry();
  }

  /** Loads the feed again from the network. */
  retry(): void {
    this.#data.retry();
  }

  // --- rendering ---

  override render(): TemplateResult {
    const status = this.#data.status;
    const value = this.#data.value;
    const loading = status === TaskStatus.INITIAL || (status === TaskStatus.PENDING && !value);
    let content: unknown;
    if (status === TaskStatus.ERROR) content = this.#renderError();
    else if (loading || !value || !this.#result) content = this.#renderSkeleton();
    else
      content = [
        // Away while "Réessayer" loads: back as a new alert when it fails again, which screen readers then say.
        value.stale && status !== TaskStatus.PENDING ? this.staleNotice('stale', value, this.#onRetry) : nothing,
        this.#opened ? this.#renderDetail(this.#opened, value.feed) : this.#renderGrid(this.#result, value.feed),
      ];
    return html`<div class="base" part="base" lang=${ifDefined(this.locale.own)} aria-busy=${loading ? 'true' : 'false'} tabindex=${ifDefined(this.#retryFocus.active ? '-1' : undefined)}>
      ${content}
    </div>`;
  }

  #renderSkeleton(): TemplateResult {
    return html`
      <p class="visually-hidden" role="status">${this.locale.t('tradeExplorer.loading')}</p>
      <div class="skeleton" part="skeleton" aria-hidden="true">
        <div class="bone bar short"></div>
        <div class="bone bar"></div>
        <div class="bones">${[0, 1, 2, 3, 4, 5].map(() => html`<div class="bone tile"></div>`)}</div>
      </div>
    `;
  }

  #renderError(): TemplateResult {
    return html`
      <div class="alert error" part="error" role="alert">
        <p>${errorMessage(this.locale, this.#data.task.error)}</p>
        <button type="button" class="button secondary" @click=${this.#onRetry}>${this.locale.t('common.retry')}</button>
      </div>
    `;
  }

  #renderGrid(result: TradeQueryResult, feed: Feed): TemplateResult {
    const feedLang = this.feedLang();
    const t = this.locale.t.bind(this.locale);
    if (result.families.length === 0) {
      const message = this.hideEmpty && feed.trades.length > 0 ? t('tradeExplorer.empty.noOpen') : t('tradeExplorer.empty.none');
      return html`<div class="empty" part="empty"><p>${message}</p></div>`;
    }
    const tabs = [
      { id: '', name: t('tradeExplorer.all'), count: result.total },
      ...result.families.map(({ family, count }) => ({ id: family.id, name: family.name, count })),
    ];
    const selected = Math.max(0, tabs.findIndex((tab) => tab.id === (result.family ?? '')));
    const family = result.families.find((f) => f.family.id === result.family)?.family;
    return html`
      <div class="toolbar" part="toolbar">
        <div class="field search" part="search">
          <label for="search">${t('tradeExplorer.search.label')}</label>
          <span class="hint" id="search-hint">${t('tradeExplorer.search.hint')}</span>
          <input
            id="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="search-hint"
            .value=${live(this.#searchText)}
            @input=${this.#onSearchInput}
            @keydown=${this.#onSearchKeydown}
          />
        </div>
        <div class="field sort" part="sort">
          <label for="sort">${t('tradeExplorer.sort.label')}</label>
          <select id="sort" @change=${this.#onSortChange}>
            <option value="name" .selected=${live(this.currentSort === 'name')}>${t('tradeExplorer.sort.name')}</option>
            <option value="offers" .selected=${live(this.currentSort === 'offers')}>${t('tradeExplorer.sort.offers')}</option>
          </select>
        </div>
      </div>
      <div class="tabs">
        <div class="tablist" part="tablist" role="tablist" aria-label=${t('tradeExplorer.families')} @keydown=${this.#onTabKeydown}>
          ${tabs.map(
            (tab, i) => html`<button
              type="button"
              role="tab"
              class="tab"
              part="tab"
              id="tab-${i}"
              data-family=${tab.id}
              aria-selected=${i === selected ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${i === selected ? '0' : '-1'}
              @click=${this.#onTabClick}
            >
              <span lang=${ifDefined(tab.id ? feedLang : undefined)}>${tab.name}</span>
              <span class="tab-count" aria-hidden="true">${formatNumber(this.locale.lang, tab.count)}</span>
              <span class="visually-hidden">(${t('tradeExplorer.tabCount', { count: tab.count })})</span>
            </button>`,
          )}
        </div>
        <div class="panel" part="panel" role="tabpanel" id="panel" aria-labelledby="tab-${selected}">
          ${family?.description
            ? html`<p class="family-description" part="family-description" lang=${ifDefined(feedLang)}>${family.description}</p>`
            : nothing}
          ${
            // A new region per family: the selected tab's name says the count, the region speaks for the searches.
            keyed(result.family, html`<p class="count" part="count" role="status">${t('tradeExplorer.count', { count: result.trades.length })}</p>`)
          }
          ${result.trades.length > 0
            ? html`<ul class="cards" part="list">
                ${repeat(
                  result.trades,
                  (summary) => summary.trade.id,
                  (summary) => this.#renderCard(summary, result.family === undefined),
                )}
              </ul>`
            : this.#renderNoMatch(result)}
        </div>
      </div>
    `;
  }

  #renderCard(summary: TradeSummary, showFamily: boolean): TemplateResult {
    const feedLang = this.feedLang();
    const { trade, family, openOffers } = summary;
    const link =
      this.#url !== undefined
        ? html`<a
            class="card-link"
            href=${this.#url.href(this.#urlParams(trade.id))}
            lang=${ifDefined(feedLang)}
            @click=${(e: MouseEvent) => this.#onCardClick(e, summary)}
            >${trade.name}</a
          >`
        : html`<button
            type="button"
            class="card-link"
            lang=${ifDefined(feedLang)}
            @click=${(e: MouseEvent) => this.#onCardClick(e, summary)}
          >
            ${trade.name}
          </button>`;
    return html`<li class="card" part="card" data-trade=${trade.id}>
      ${heading(headingLevelOf(this.headingLevel, 2), link, { part: 'card-title' })}
      ${showFamily && family ? html`<p class="card-family" lang=${ifDefined(feedLang)}>${family.name}</p>` : nothing}
      ${trade.description
        ? html`<p class="card-description" part="card-description" lang=${ifDefined(feedLang)}>${trade.description}</p>`
        : nothing}
      <p class="card-offers ${openOffers === 0 ? 'none' : ''}" part="card-offers">
        ${this.locale.t('tradeExplorer.openOffers', { count: openOffers })}
      </p>
    </li>`;
  }

  /** A name from the feed inside a translated sentence, marked as French when the element speaks another language. */
  #feedName(name: string): TemplateResult {
    return html`<span lang=${ifDefined(this.feedLang())}>${name}</span>`;
  }

  #renderNoMatch(result: TradeQueryResult): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const family = result.families.find((f) => f.family.id === result.family)?.family;
    const elsewhere = family !== undefined && result.total > 0;
    const message =
      family !== undefined
        ? compose(this.locale.lang, 'tradeExplorer.empty.searchFamily', { query: this.query, family: this.#feedName(family.name) })
        : t('tradeExplorer.empty.search', { query: this.query });
    return html`<div class="empty" part="empty">
      <p>${message}</p>
      <div class="actions">
        ${elsewhere
          ? html`<button type="button" class="button" @click=${this.#searchEveryFamily}>${t('tradeExplorer.searchAll')}</button>`
          : nothing}
        <button type="button" class="button secondary" @click=${this.#clearSearch}>${t('tradeExplorer.clearSearch')}</button>
      </div>
    </div>`;
  }

  #renderDetail(summary: TradeSummary, feed: Feed): TemplateResult {
    const feedLang = this.feedLang();
    const t = this.locale.t.bind(this.locale);
    const { trade, family, openOffers } = summary;
    const level = headingLevelOf(this.headingLevel, 2);
    const sub = (content: unknown, className: string) => heading(level + 1, content, { part: 'section-title', className });
    return html`<div class="detail" part="detail">
      <p>
        <button type="button" class="button tertiary" part="back" @click=${this.#closeTrade}>
          <span aria-hidden="true">←</span> ${t('tradeExplorer.back')}
        </button>
      </p>
      ${heading(level, html`<span lang=${ifDefined(feedLang)}>${trade.name}</span>`, {
        part: 'title',
        className: 'detail-title',
        id: 'detail-title',
        focusable: true,
      })}
      ${family
        ? html`<p class="detail-family">${compose(this.locale.lang, 'tradeExplorer.family', { family: this.#feedName(family.name) })}</p>`
        : nothing}
      ${trade.description ? html`<p class="description" part="description" lang=${ifDefined(feedLang)}>${trade.description}</p>` : nothing}
      ${trade.missions.length > 0 || trade.skills.length > 0
        ? html`<div class="facts">
            ${trade.missions.length > 0
              ? html`<div part="missions">
                  ${sub(t('tradeExplorer.missions'), 'fact-title')}
                  <ul class="missions" lang=${ifDefined(feedLang)}>${trade.missions.map((m) => html`<li>${m}</li>`)}</ul>
                </div>`
              : nothing}
            ${trade.skills.length > 0
              ? html`<div part="skills">
                  ${sub(t('tradeExplorer.skills'), 'fact-title')}
                  <ul class="skills" lang=${ifDefined(feedLang)}>${trade.skills.map((s) => html`<li class="tag">${s}</li>`)}</ul>
                </div>`
              : nothing}
          </div>`
        : nothing}
      <div class="offers" part="offers">
        ${sub(
          html`${t('tradeExplorer.offers')} <span class="offers-count">(${formatNumber(this.locale.lang, openOffers)})</span>`,
          'offers-title',
        )}
        ${openOffers > 0
          ? html`<mn-offer-list
              trade=${trade.id}
              filters=${LIST_FILTERS}
              heading-level=${Math.min(6, level + 2)}
              spontaneous-href=${ifDefined(safeLink(this.spontaneousHref))}
              href-template=${ifDefined(this.hrefTemplate)}
              .feedData=${feed}
              @mn-load=${this.#stopInnerEvent}
              @mn-error=${this.#stopInnerEvent}
            ></mn-offer-list>`
          : this.#renderNoOffers()}
      </div>
    </div>`;
  }

  #renderNoOffers(): TemplateResult {
    const href = safeLink(this.spontaneousHref);
    const t = this.locale.t.bind(this.locale);
    // One text: Chromium leaves out of the accessibility tree a space alone between two of Lit's markers
    // (`${a} ${b}`), and screen readers would say « moment.De nouvelles offres ».
    return html`<div class="alert info" part="no-offers">
      <p>${href ? t('tradeExplorer.noOffers') : `${t('tradeExplorer.noOffers')} ${t('tradeExplorer.later')}`}</p>
      ${href ? html`<a class="button secondary" href=${href}>${this.locale.t('tradeExplorer.spontaneous')}</a>` : nothing}
    </div>`;
  }
}
