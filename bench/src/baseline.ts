/**
 * The hand-written vanilla baseline: no framework, no custom element.
 *
 * Cards: the same markup as `<mn-offer-card>` (same elements, classes, parts,
 * attributes and texts) in the same kind of DOM, an open shadow root per card
 * on a plain `<div>` host, with the same CSS adopted as shared constructed
 * stylesheets, built with `createElement` / `textContent`. The texts come from
 * the same pure helpers as the element (labels, dates, salary, badges), so the
 * comparison is about how the DOM is built and updated, not about formatting.
 *
 * Search: the naive way, a lowercase + NFD (marks stripped) string per offer
 * over the same fields as the index (title, trade, organisation and its
 * ancestors, place, excerpt), and `includes` for each query word.
 */
import { offerFlags, offerHref, organisationLabel, placeLabel, tradeName } from '../../src/components/offer-card/offer-view.js';
import { styles as cardStyles } from '../../src/components/offer-card/offer-card.styles.js';
import { formatDate, formatSalary, translate, type MessageKey } from '../../src/i18n/localize.js';
import { buttonStyles, hostStyles, tagStyles } from '../../src/styles/shared.styles.js';
import type { Feed, Offer } from '../../src/data/types.js';

interface HasCssText {
  cssText: string;
}

/** The card's CSS, in the element's order, as shared constructed stylesheets (what Lit adopts too). */
let sheets: CSSStyleSheet[] | undefined;
function cardSheets(): CSSStyleSheet[] {
  if (sheets === undefined) {
    const results = [hostStyles, tagStyles, buttonStyles, cardStyles].flat(2) as HasCssText[];
    sheets = results.map((r) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(r.cssText);
      return sheet;
    });
  }
  return sheets;
}

const t = (key: MessageKey, params?: Record<string, string | number>): string => translate('fr', key, params);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, part?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (part !== undefined) e.setAttribute('part', part);
  if (cls !== undefined) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function onActivate(this: HTMLElement, event: Event): void {
  // Same job as the element's handler: tell the page which offer was chosen.
  const host = (this.getRootNode() as ShadowRoot).host as HTMLElement;
  const select = new CustomEvent('mn-offer-select', { bubbles: true, composed: true, cancelable: true, detail: host.dataset.offerId });
  if (!host.dispatchEvent(select)) event.preventDefault();
}

/** Fills a card's shadow root: the markup of `<mn-offer-card>` (not compact, heading level 3). */
function fillCard(root: ShadowRoot, offer: Offer, feed: Feed, now: number): void {
  root.replaceChildren(cardContent(offer, feed, now));
}

/** What a card's shadow root holds, built with the DOM API. */
export function cardContent(offer: Offer, feed: Feed, now: number): HTMLDivElement {
  const flags = offerFlags(offer, now);
  const href = offerHref(offer, undefined);
  const trade = tradeName(feed, offer);
  const organisation = organisationLabel(feed, offer);
  const place = placeLabel(feed, offer);
  const remoteAsPlace = !place && offer.remote === 'FULL';
  const salary = formatSalary('fr', offer.baseSalary);

  const card = el('div', 'card', 'base');
  const h = el('h3', 'title', 'title');
  const link = href ? el('a', 'link', 'link', offer.title) : el('button', 'link', 'link', offer.title);
  if (href) link.setAttribute('href', href);
  else link.setAttribute('type', 'button');
  link.addEventListener('click', onActivate);
  h.append(link);
  card.append(h);
  if (organisation) card.append(el('p', 'organisation', 'organisation', organisation));

  const meta = el('ul', 'meta', 'meta');
  if (place || remoteAsPlace) meta.append(el('li', 'place', undefined, place ?? t('remote.FULL')));
  if (salary) meta.append(el('li', 'salary', undefined, salary));
  meta.append(el('li', 'posted', undefined, t('offerCard.posted', { date: formatDate('fr', offer.datePosted) })));
  if (offer.validThrough !== undefined && !flags.closed) {
    meta.append(el('li', 'deadline', undefined, t('offerCard.deadline', { date: formatDate('fr', offer.validThrough) })));
  }
  card.append(meta);
  if (offer.excerpt) card.append(el('p', 'excerpt', 'excerpt', offer.excerpt));

  const empty = !offer.employmentType.length && remoteAsPlace && !offer.category.length && !offer.openToBeginners;
  if (!empty) {
    const tags = el('ul', 'tags', 'tags');
    for (const c of offer.employmentType) tags.append(el('li', 'tag', undefined, t(`contract.${c}`)));
    if (!remoteAsPlace) tags.append(el('li', 'tag', undefined, t(`remote.${offer.remote}`)));
    for (const c of offer.category) tags.append(el('li', 'tag', undefined, t(`category.${c}`)));
    if (offer.openToBeginners) tags.append(el('li', 'tag', undefined, t('beginners')));
    card.append(tags);
  }

  const badges: HTMLLIElement[] = [];
  if (flags.closed) badges.push(el('li', 'badge closed', undefined, t(flags.closed === 'filled' ? 'offerCard.filled' : 'offerCard.expired')));
  if (flags.isNew) badges.push(el('li', 'badge new', undefined, t('offerCard.new')));
  if (flags.closingSoon) badges.push(el('li', 'badge closing', undefined, t('offerCard.closingSoon')));
  if (badges.length || trade) {
    const start = el('div', 'start', 'start');
    if (badges.length) {
      const ul = el('ul', 'badges', 'badges');
      ul.append(...badges);
      start.append(ul);
    }
    if (trade) start.append(el('p', 'trade', 'trade', trade));
    card.append(start);
  }
  return card;
}

/** One card: a `<div>` host with an open shadow root holding the card. */
export function vanillaCard(offer: Offer, feed: Feed, now: number): HTMLDivElement {
  const host = document.createElement('div');
  host.className = 'vanilla-card';
  host.dataset.offerId = offer.id;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = cardSheets();
  fillCard(root, offer, feed, now);
  return host;
}

/**
 * The same cards, but each shadow root is filled once its host is in the document:
 * the order an element's first render has (it renders after being connected).
 */
export function vanillaCardListConnected(parent: Element, offers: readonly Offer[], feed: Feed, now: number): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'cards';
  const roots: ShadowRoot[] = [];
  for (const offer of offers) {
    const li = document.createElement('li');
    const host = document.createElement('div');
    host.className = 'vanilla-card';
    host.dataset.offerId = offer.id;
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = cardSheets();
    roots.push(root);
    li.append(host);
    ul.append(li);
  }
  parent.append(ul);
  offers.forEach((offer, k) => fillCard(roots[k] as ShadowRoot, offer, feed, now));
  return ul;
}

/** A `<ul>` of cards, each in its `<li>`, as the list element lays them out. */
export function vanillaCardList(offers: readonly Offer[], feed: Feed, now: number): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'cards';
  for (const offer of offers) {
    const li = document.createElement('li');
    li.append(vanillaCard(offer, feed, now));
    ul.append(li);
  }
  return ul;
}

/** The items of each rendered list, by offer id (offers are immutable: an item shown once stays right). */
const itemsById = new WeakMap<HTMLUListElement, Map<string, HTMLLIElement>>();

/**
 * Shows another page in a list, keyed by offer id as Lit's `repeat` does: the
 * cards of offers still shown are kept (left in place, or moved), the others
 * are built, and the DOM is touched only where the page changed.
 */
export function vanillaRenderPage(ul: HTMLUListElement, offers: readonly Offer[], feed: Feed, now: number): void {
  const previous = itemsById.get(ul) ?? new Map<string, HTMLLIElement>();
  const next = new Map<string, HTMLLIElement>();
  for (const offer of offers) {
    let li = previous.get(offer.id);
    if (li === undefined) {
      li = document.createElement('li');
      li.append(vanillaCard(offer, feed, now));
    }
    next.set(offer.id, li);
  }
  itemsById.set(ul, next);
  let ref: ChildNode | null = ul.firstChild;
  for (const li of next.values()) {
    if (li === ref) ref = ref.nextSibling;
    else ul.insertBefore(li, ref);
  }
  // What is left after the last kept item is no longer shown.
  while (ref !== null) {
    const after: ChildNode | null = ref.nextSibling;
    ref.remove();
    ref = after;
  }
}

// --- naive search -----------------------------------------------------------

const MARKS = /\p{M}/gu;

/** Lower case, NFD, combining marks removed. */
export function naiveFold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** What the naive search reads: the feed as JSON gives it, or normalised (same field names). */
interface FeedLike {
  offers: readonly {
    title?: unknown;
    occupationalCategory?: unknown;
    hiringOrganization?: unknown;
    jobLocation?: { addressLocality?: unknown; postalCode?: unknown; departement?: unknown; region?: unknown };
    excerpt?: unknown;
  }[];
  organisations: readonly { id: string; name: string; acronym?: string; parent?: string }[];
  trades: readonly { id: string; name: string }[];
  regions: readonly { code: string; name: string }[];
  departements: readonly { code: string; name: string; region: string }[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** One folded string per offer: title, trade, organisation chain, place, excerpt. */
export function naivePrepare(feed: FeedLike): string[] {
  const orgs = new Map(feed.organisations.map((o) => [o.id, o]));
  const trades = new Map(feed.trades.map((x) => [x.id, x.name]));
  const regions = new Map(feed.regions.map((r) => [r.code, r.name]));
  const deps = new Map(feed.departements.map((d) => [d.code, d]));
  return feed.offers.map((o) => {
    const parts = [str(o.title), trades.get(str(o.occupationalCategory)) ?? ''];
    const seen = new Set<string>();
    for (let id: string | undefined = str(o.hiringOrganization); id && !seen.has(id); ) {
      seen.add(id);
      const org = orgs.get(id);
      if (!org) break;
      parts.push(org.name, org.acronym ?? '');
      id = org.parent;
    }
    const loc = o.jobLocation ?? {};
    const dep = deps.get(str(loc.departement));
    parts.push(str(loc.addressLocality), str(loc.postalCode), str(loc.departement), dep?.name ?? '');
    parts.push(regions.get(str(loc.region) || (dep?.region ?? '')) ?? '');
    parts.push(str(o.excerpt));
    return naiveFold(parts.join('\n'));
  });
}

/** The offers (in feed order: newest first) open at `now` whose text includes every query word, paged. */
export function naiveQuery(
  feed: Feed,
  texts: readonly string[],
  keywords: string,
  now: number,
  pageSize: number,
): { total: number; offers: Offer[] } {
  const words = naiveFold(keywords).split(/\s+/).filter((w) => w !== '');
  const offers = feed.offers;
  const page: Offer[] = [];
  let total = 0;
  for (let i = 0; i < offers.length; i++) {
    const o = offers[i] as Offer;
    if (o.status !== 'open' || (o.validThrough !== undefined && o.validThrough + 86_400_000 < now)) continue;
    const text = texts[i] as string;
    if (!words.every((w) => text.includes(w))) continue;
    total++;
    if (page.length < pageSize) page.push(o);
  }
  return { total, offers: page };
}
