/**
 * The benchmark page's side: `window.mnBench`, driven by `scripts/bench.mjs`.
 *
 * Every `sample()` call is one measured run. Before it (in `prepare()`, which the
 * harness calls first, outside the measurement) the page clears what the previous
 * run left, runs a full GC (`--expose-gc`) and waits for a frame and a task, so
 * that no run pays for another's garbage or layout.
 * A run is timed with `performance.mark/measure`, from the first line of work
 * to the end of a forced style + layout flush (`document.body.offsetHeight`),
 * after every element involved has finished its update.
 */
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../../src/components/offer-card/mn-offer-card.js';
import '../../src/components/offer-list/mn-offer-list.js';
import type { MnOfferCard } from '../../src/components/offer-card/offer-card.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { FeedClient } from '../../src/data/feed-client.js';
import { normaliseFeed } from '../../src/data/normalise.js';
import { queryOffers } from '../../src/data/query.js';
import { buildIndex, buildIndexAsync } from '../../src/data/search-index.js';
import type { Feed, Offer } from '../../src/data/types.js';
import { naivePrepare, naiveQuery, vanillaCard, vanillaCardList, vanillaCardListConnected, vanillaRenderPage } from './baseline.js';

declare global {
  interface Window {
    mnBench: typeof api;
    /** What the last run built: held until the next run, so that it is not collected while measured. */
    mnBenchKept: unknown;
    gc?: () => void;
  }
}

export interface Sample {
  /** Milliseconds, work + style + layout. */
  ms: number;
  /** Sub-phases (case `index`), milliseconds. */
  phases?: Record<string, number>;
  /** Cards of page 1 that were not shown before the keystroke (case `keystroke`). */
  newCards?: number;
}

const stage = document.getElementById('stage') as HTMLElement;

let url = '';
let text = '';
let now = 0;
let feed: Feed;
let naiveTexts: string[];
let longTextJson = '';

const flush = (): number => document.body.offsetHeight;
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Clears the stage (or hides every slot but one), collects garbage, flushes layout and waits for a frame. */
async function prepare(keepSlot?: string): Promise<void> {
  window.mnBenchKept = undefined;
  if (keepSlot === undefined) stage.replaceChildren();
  for (const slot of stage.querySelectorAll<HTMLElement>(':scope > .slot')) slot.hidden = slot.dataset.slot !== keepSlot;
  flush();
  window.gc?.();
  await frame();
  flush();
  performance.clearMarks();
  performance.clearMeasures();
}

/** Set by `api.prepare()`: the next sample skips its own preparation (so a profiler can start in between). */
let prepared = false;
async function prepareOnce(keepSlot?: string): Promise<void> {
  if (!prepared) await prepare(keepSlot);
  prepared = false;
}

function start(name: string): void {
  performance.mark(`${name}:start`);
}
function end(name: string): number {
  flush();
  const ms = performance.measure(name, `${name}:start`).duration;
  performance.mark(`${name}:end`);
  return ms;
}

/** Every card of a list element, once the list and the cards have rendered. */
async function listSettled(list: MnOfferList): Promise<void> {
  await list.updateComplete;
  const cards = [...(list.shadowRoot?.querySelectorAll<MnOfferCard>('mn-offer-card') ?? [])];
  await Promise.all(cards.map((c) => c.updateComplete));
  // A card's update may have made the list update again (it does not today): wait for that too.
  if (list.isUpdatePending) await listSettled(list);
}

function newList(pageSize: number, filters: string): MnOfferList {
  const list = document.createElement('mn-offer-list');
  list.setAttribute('filters', filters);
  list.setAttribute('heading-level', '3');
  list.pageSize = pageSize;
  list.now = now;
  return list;
}

function loaded(list: MnOfferList): Promise<void> {
  return new Promise((resolve) => list.addEventListener('mn-load', () => resolve(), { once: true }));
}

const pages = new Map<string, Offer[]>();
/** Page `page` (1-based) of the open offers, newest first: what the render cases draw (memoised). */
function pageOf(size: number, page: number): Offer[] {
  const key = `${size}/${page}`;
  let offers = pages.get(key);
  if (offers === undefined) pages.set(key, (offers = queryOffers(feed, {}, { pageSize: size, page, now }).offers));
  return offers;
}

// --- the cases --------------------------------------------------------------

/** (a) Reading the feed: parse + normalise + index, or parse + naive preparation. */
async function caseIndex(variant: string): Promise<Sample> {
  await prepareOnce();
  if (variant === 'ours') {
    start('parse');
    const json: unknown = JSON.parse(text);
    const parse = performance.measure('parse', 'parse:start').duration;
    start('normalise');
    const f = normaliseFeed(json, url);
    const normalise = performance.measure('normalise', 'normalise:start').duration;
    start('index');
    window.mnBenchKept = buildIndex(f);
    const index = performance.measure('index', 'index:start').duration;
    return { ms: parse + normalise + index, phases: { parse, normalise, index } };
  }
  start('parse');
  const json = JSON.parse(text) as Parameters<typeof naivePrepare>[0];
  const parse = performance.measure('parse', 'parse:start').duration;
  start('prepare');
  window.mnBenchKept = naivePrepare(json);
  const prep = performance.measure('prepare', 'prepare:start').duration;
  return { ms: parse + prep, phases: { parse, prepare: prep } };
}

/** (b, c) First render of `size` cards: elements, vanilla, or the list element. */
async function caseRender(size: number, variant: string, i: number): Promise<Sample> {
  const offers = pageOf(size, (i % 5) + 1);
  await prepareOnce();
  if (variant === 'cards') {
    start('render');
    const ul = document.createElement('ul');
    ul.className = 'cards';
    const cards: MnOfferCard[] = [];
    for (const offer of offers) {
      const li = document.createElement('li');
      const card = document.createElement('mn-offer-card');
      card.dataset.offerId = offer.id;
      card.offer = offer;
      card.feedData = feed;
      card.now = now;
      li.append(card);
      ul.append(li);
      cards.push(card);
    }
    stage.append(ul);
    await Promise.all(cards.map((c) => c.updateComplete));
    return { ms: end('render') };
  }
  if (variant === 'vanilla-connected') {
    start('render');
    vanillaCardListConnected(stage, offers, feed, now);
    return { ms: end('render') };
  }
  if (variant === 'vanilla' || variant === 'vanilla-cv') {
    start('render');
    const ul = vanillaCardList(offers, feed, now);
    if (variant === 'vanilla-cv') ul.classList.add('long');
    stage.append(ul);
    return { ms: end('render') };
  }
  // The list element, given the (already indexed) feed: it queries page 1 itself.
  const list = newList(size, 'none');
  list.feedData = feed;
  const ready = loaded(list);
  start('render');
  stage.append(list);
  await ready;
  await listSettled(list);
  return { ms: end('render') };
}

// (d) One keystroke. Each variant keeps its page between runs, as a page being typed into does.
const typing = ['développeur web', 'data paris', 'chef de projet', 'cybersécurité', 'ingénieur cloud']
  .flatMap((phrase) => Array.from({ length: phrase.length - 1 }, (_, k) => phrase.slice(0, k + 2)))
  .filter((q) => !q.endsWith(' '));

interface KeystrokeSlot {
  slot: HTMLElement;
  /** Resolves once the variant can take keystrokes (a list element has loaded). */
  ready?: Promise<void>;
  step(q: string): Promise<void>;
}
const slots = new Map<string, KeystrokeSlot>();

function slotFor(variant: string): KeystrokeSlot {
  let s = slots.get(variant);
  if (s !== undefined) return s;
  const slot = document.createElement('div');
  slot.className = 'slot';
  slot.dataset.slot = variant;
  stage.append(slot);
  if (variant === 'cards') {
    const cardsOf = (offers: readonly Offer[]) =>
      html`<ul class="cards">
        ${repeat(
          offers,
          (o) => o.id,
          (o) => html`<li><mn-offer-card data-offer-id=${o.id} .offer=${o} .feedData=${feed} .now=${now}></mn-offer-card></li>`,
        )}
      </ul>`;
    s = {
      slot,
      async step(q) {
        const { offers } = queryOffers(feed, { keywords: q }, { sort: 'relevance', pageSize: 20, now });
        render(cardsOf(offers), slot);
        await Promise.all([...slot.querySelectorAll<MnOfferCard>('mn-offer-card')].map((c) => c.updateComplete));
      },
    };
  } else if (variant === 'vanilla') {
    const ul = vanillaCardList([], feed, now);
    slot.append(ul);
    s = {
      slot,
      async step(q) {
        vanillaRenderPage(ul, naiveQuery(feed, naiveTexts, q, now, 20).offers, feed, now);
      },
    };
  } else if (variant === 'query') {
    s = {
      slot,
      async step(q) {
        window.mnBenchKept = queryOffers(feed, { keywords: q }, { sort: 'relevance', pageSize: 20, now });
      },
    };
  } else if (variant === 'naive-query') {
    s = {
      slot,
      async step(q) {
        window.mnBenchKept = naiveQuery(feed, naiveTexts, q, now, 20);
      },
    };
  } else if (variant === 'list-keywords') {
    const list = newList(20, 'none');
    list.feedData = feed;
    const ready = loaded(list);
    slot.append(list);
    s = {
      slot,
      ready,
      async step(q) {
        list.keywords = q;
        await listSettled(list);
      },
    };
  } else if (variant === 'list-search') {
    // The visitor's path: type in the search field, then submit (what the 200 ms debounce does).
    const list = newList(20, 'all');
    list.feedData = feed;
    const ready = loaded(list);
    slot.append(list);
    s = {
      slot,
      ready,
      async step(q) {
        const input = list.shadowRoot?.querySelector<HTMLInputElement>('#keywords');
        if (!input) throw new Error('mn-offer-list has no search field');
        input.value = q;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        (input.form as HTMLFormElement).requestSubmit();
        await listSettled(list);
      },
    };
  } else {
    throw new Error(`unknown keystroke variant ${variant}`);
  }
  slots.set(variant, s);
  return s;
}

/** The variant's slot, on the stage and showing the previous query's page. */
async function readySlot(variant: string, i: number): Promise<KeystrokeSlot> {
  const s = slotFor(variant);
  if (!s.slot.isConnected) stage.append(s.slot);
  if (s.slot.dataset.ready !== 'yes') {
    // First use: let the list elements render their first page (not measured).
    await s.ready;
    await s.step(typing[(i + typing.length - 1) % typing.length] as string);
    s.slot.dataset.ready = 'yes';
  }
  return s;
}

/** Ids of the offers a slot shows (its cards, or its list element's). */
function shownIds(slot: HTMLElement): Set<string> {
  const roots: ParentNode[] = [slot, ...[...slot.querySelectorAll('mn-offer-list')].map((l) => l.shadowRoot ?? slot)];
  return new Set(roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>('[data-offer-id]')].map((e) => e.dataset.offerId ?? '')));
}

async function caseKeystroke(variant: string, i: number): Promise<Sample> {
  const s = await readySlot(variant, i);
  await prepareOnce(variant);
  const q = typing[i % typing.length] as string;
  const before = shownIds(s.slot);
  start('keystroke');
  await s.step(q);
  const ms = end('keystroke');
  const renders = variant !== 'query' && variant !== 'naive-query';
  return { ms, newCards: renders ? [...shownIds(s.slot)].filter((id) => !before.has(id)).length : undefined };
}

// --- checks -----------------------------------------------------------------

/** A comparable form of a subtree: elements with sorted attributes, and trimmed non-empty texts. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').trim();
  if (!(node instanceof Element)) return '';
  const attrs = [...node.attributes].map((a) => `${a.name}="${a.value}"`).sort();
  const inner = [...node.childNodes].map(shape).filter((s) => s !== '');
  return `<${node.localName}${attrs.length ? ' ' + attrs.join(' ') : ''}>${inner.join('')}</${node.localName}>`;
}

/** Renders `count` offers both ways and compares the shadow trees; returns the differences. */
async function checkMarkup(count: number): Promise<{ checked: number; mismatches: string[] }> {
  await prepare();
  const step = Math.max(1, Math.floor(feed.offers.length / count));
  const offers = Array.from({ length: count }, (_, k) => feed.offers[(k * step) % feed.offers.length] as Offer);
  const mismatches: string[] = [];
  for (const offer of offers) {
    const card = document.createElement('mn-offer-card');
    card.offer = offer;
    card.feedData = feed;
    card.now = now;
    const vanilla = vanillaCard(offer, feed, now);
    stage.append(card, vanilla);
    await card.updateComplete;
    const a = [...(card.shadowRoot?.childNodes ?? [])].map(shape).join('');
    const b = [...(vanilla.shadowRoot?.childNodes ?? [])].map(shape).join('');
    const sheetsA = card.shadowRoot?.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const sheetsB = vanilla.shadowRoot?.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    if (a !== b) mismatches.push(`${offer.id}:\n  element: ${a}\n  vanilla: ${b}`);
    if (sheetsA !== sheetsB) mismatches.push(`${offer.id}: the adopted stylesheets differ`);
    if (card.getBoundingClientRect().height !== vanilla.getBoundingClientRect().height) {
      mismatches.push(`${offer.id}: heights differ (${card.getBoundingClientRect().height} vs ${vanilla.getBoundingClientRect().height})`);
    }
  }
  stage.replaceChildren();
  return { checked: offers.length, mismatches };
}

// --- long tasks -------------------------------------------------------------

/** The feed with long texts: every excerpt at the reader's limit (500 characters), titles of ~200. */
function longTexts(json: string): string {
  const data = JSON.parse(json) as { offers: { title: string; excerpt?: string }[] };
  const pool = data.offers.map((o) => o.excerpt ?? '').join(' ');
  data.offers.forEach((o, k) => {
    const at = (k * 7919) % Math.max(1, pool.length - 1000);
    o.excerpt = pool.slice(at, at + 500);
    o.title = `${o.title} – ${pool.slice(at + 500, at + 500 + 200 - o.title.length)}`.slice(0, 200);
  });
  return JSON.stringify(data);
}

/** Runs `work` with a long-task observer on; returns its duration and every task over 50 ms. */
async function withLongTasks(name: string, work: () => Promise<unknown>): Promise<{ ms: number; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  await frame();
  performance.mark(`${name}:start`);
  await work();
  const ms = performance.measure(name, `${name}:start`).duration;
  performance.mark(`${name}:end`);
  await frame();
  await frame();
  for (const e of observer.takeRecords()) longTasks.push(e.duration);
  observer.disconnect();
  return { ms, longTasks };
}

/** (f) The main thread while a big feed is indexed in slices, or while a list loads a feed from its URL. */
async function caseLongTasks(variant: string): Promise<{ ms: number; longTasks: number[] }> {
  await prepare();
  if (variant === 'index-async' || variant === 'index-async-long-texts') {
    const f = normaliseFeed(JSON.parse(variant === 'index-async' ? text : longTextJson), url);
    await prepare();
    return withLongTasks(variant, async () => {
      window.mnBenchKept = await buildIndexAsync(f);
    });
  }
  if (variant === 'list-load') {
    const list = newList(20, 'all');
    list.client = new FeedClient({ storage: null });
    list.feed = url;
    const ready = loaded(list);
    return withLongTasks(variant, async () => {
      stage.append(list);
      await ready;
      await listSettled(list);
    });
  }
  throw new Error(`unknown long-task variant ${variant}`);
}

// --- memory -----------------------------------------------------------------

/** (e) Loads the feed one way and keeps it; the harness measures the heap before and after (with GCs). */
async function memoryLoad(variant: string): Promise<{ indexBytes?: number }> {
  const memUrl = `${url}?memory=${variant}`;
  if (variant === 'parse') {
    const res = await fetch(memUrl);
    window.mnBenchKept = JSON.parse(await res.text()) as unknown;
    return {};
  }
  if (variant === 'normalised') {
    const res = await fetch(memUrl);
    window.mnBenchKept = normaliseFeed(JSON.parse(await res.text()), memUrl);
    return {};
  }
  if (variant === 'client-index') {
    const client = new FeedClient({ storage: null });
    const result = await client.load(memUrl);
    const index = buildIndex(result.feed);
    window.mnBenchKept = { client, result, index };
    return { indexBytes: index.approximateBytes };
  }
  if (variant === 'list') {
    const list = newList(20, 'all');
    list.client = new FeedClient({ storage: null });
    list.feed = memUrl;
    const ready = loaded(list);
    stage.append(list);
    await ready;
    await listSettled(list);
    return {};
  }
  throw new Error(`unknown memory variant ${variant}`);
}

// --- API --------------------------------------------------------------------

const api = {
  /** Fetches the feed text and prepares what the timing cases share (not measured). */
  async setup(feedUrl: string, at: number): Promise<{ offers: number; open: number; bytes: number }> {
    url = new URL(feedUrl, document.baseURI).href;
    now = at;
    const res = await fetch(url);
    text = await res.text();
    feed = normaliseFeed(JSON.parse(text), url);
    buildIndex(feed);
    naiveTexts = naivePrepare(feed);
    longTextJson = longTexts(text);
    return { offers: feed.offers.length, open: queryOffers(feed, {}, { now }).total, bytes: text.length };
  },
  /** Only sets the URL and time (memory pages must not hold the feed). */
  init(feedUrl: string, at: number): void {
    url = new URL(feedUrl, document.baseURI).href;
    now = at;
  },
  checkMarkup,
  /** Prepares the next sample of `caseId` now (GC, frame), so that the harness may start a profiler before `sample()`. */
  async prepare(caseId: string, variant: string, i: number): Promise<void> {
    if (caseId === 'keystroke') {
      await readySlot(variant, i);
      await prepare(variant);
    } else {
      await prepare();
    }
    prepared = true;
  },
  async sample(caseId: string, variant: string, i: number): Promise<Sample> {
    switch (caseId) {
      case 'index':
        return caseIndex(variant);
      case 'render-20':
        return caseRender(20, variant, i);
      case 'render-1000':
        return caseRender(1000, variant, i);
      case 'keystroke':
        return caseKeystroke(variant, i);
      default:
        throw new Error(`unknown case ${caseId}`);
    }
  },
  /**
   * The keystroke queries both ways (a check that the work compares): matches, and how
   * many of page 1's 20 cards are new after each keystroke (what must be rendered).
   */
  keystrokeTotals(): { query: string; ours: number; naive: number; oursNew: number; naiveNew: number }[] {
    let oursPrev = new Set<string>();
    let naivePrev = new Set<string>();
    return typing.map((q) => {
      const ours = queryOffers(feed, { keywords: q }, { sort: 'relevance', pageSize: 20, now });
      const naive = naiveQuery(feed, naiveTexts, q, now, 20);
      const oursIds = new Set(ours.offers.map((o) => o.id));
      const naiveIds = new Set(naive.offers.map((o) => o.id));
      const row = {
        query: q,
        ours: ours.total,
        naive: naive.total,
        oursNew: [...oursIds].filter((id) => !oursPrev.has(id)).length,
        naiveNew: [...naiveIds].filter((id) => !naivePrev.has(id)).length,
      };
      oursPrev = oursIds;
      naivePrev = naiveIds;
      return row;
    });
  },
  longTasks: caseLongTasks,
  memoryLoad,
  clear: () => prepare(),
};

window.mnBench = api;
