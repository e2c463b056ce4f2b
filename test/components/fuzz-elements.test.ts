/**
 * Fuzzing the elements, in the browser, with generated hostile feeds: the wire feeds of the feed reader's property
 * tests (test/fixtures/wire-arbitraries.ts, with harsher texts: right-to-left, emoji, combining marks, long unbroken
 * strings, markup), normalised as a page would, then given to each element as `.feedData`. For every run: nothing
 * thrown, no unhandled rejection, no `console.error`; the element settles (no eternal skeleton); its shadow roots
 * (nested ones too) hold no `<script>`, `<iframe>`, `<object>`, `<embed>`, `on*` attribute nor `javascript:` URL, and
 * every link goes to http(s), mailto or the page's own origin; nothing runs past a 360 px column; the list's count
 * is the number of offers its pages show. Then the list's filters get random values and its search random words,
 * and each offer opens in `<mn-offer-detail>` with a hostile document (its sanitised HTML).
 *
 * Runs are bounded and seeded, so that CI sees the same inputs each time; a failure prints its seed and path, and
 * `fc.assert` shrinks it to a small case (add that as a named regression test below).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { html, render, type TemplateResult } from 'lit';
import '../../src/components/application-form/mn-application-form.js';
import '../../src/components/offer-card/mn-offer-card.js';
import '../../src/components/offer-detail/mn-offer-detail.js';
import '../../src/components/offer-list/mn-offer-list.js';
import '../../src/components/trade-explorer/mn-trade-explorer.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { ApplicationClient } from '../../src/data/application.js';
import { FeedError } from '../../src/data/errors.js';
import { FeedClient } from '../../src/data/feed-client.js';
import { normaliseFeed, normaliseOfferDocument } from '../../src/data/normalise.js';
import { SECTION_KEYS, type Feed, type Offer, type OfferDocument } from '../../src/data/types.js';
import { FEED_URL } from '../fixtures/feed.js';
import { jsonResponse, MemoryStorage, stubFetch } from '../fixtures/fetch-stub.js';
import { HOSTILE_HTML, PWNED } from '../fixtures/hostile-html.js';
import { FIXTURE_NOW } from '../fixtures/make-feed.js';
import { makeWireFeedShape, makeWireOffer, orJunk, text, url } from '../fixtures/wire-arbitraries.js';
import { waitUntil } from '../support/wait.js';

/** Fixed seeds: the same inputs on every run and in every engine. */
const SEED = 20261207;
const SCALE = 1;
const WIDTH = 360;
/** Bounds the whole of one property (shrinking included): a failure found is still reported, with what was shrunk. */
const TIME_LIMIT = 60_000;
/** Prints what each property covered and its time (set while tuning the arbitraries). */
const SHOW_STATS = true;
const runs = (numRuns: number, seed = SEED): fc.Parameters<unknown> => ({ numRuns: numRuns * SCALE, seed, interruptAfterTimeLimit: TIME_LIMIT, includeErrorInReport: true });

// ---------------------------------------------------------------------------
// Inputs.

const P = `${PWNED}()`;
/** Texts no feed should send, and some will: scripts of both directions, emoji, combining marks, long unbroken strings. */
const NASTY = [
  'مطوّر برمجيات ومسؤول عن أمن الأنظمة المعلوماتية',
  'מפתח/ת תוכנה בכיר/ה',
  '\u202Eevil.exe\u202C cod\u2066\u2067e\u2069',
  '😀👩🏽‍💻🏳️‍🌈'.repeat(20),
  `Z${'\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308'.repeat(20)}algo`,
  'x'.repeat(300),
  `https://example.org/${'a'.repeat(280)}`,
  'Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement',
  `<img src=x onerror="${P}"><script>${P}</script>`,
  `javascript:${P}`,
  '\u200B\u200C\u200D\uFEFF',
  '\u00AD'.repeat(50),
  '𝕏'.repeat(140),
  'ﷺ'.repeat(100),
] as const;

const nastyText = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')) },
);

/** A normalised feed, or undefined when the reader refused the input (not a feed at all). */
function normalise(input: unknown): Feed | undefined {
  try {
    return normaliseFeed(input, FEED_URL);
  } catch (error) {
    if (error instanceof FeedError && error.code === 'invalid-feed') return undefined;
    throw error;
  }
}

/**
 * An offer the reader keeps, most of the time: a valid base (its texts nasty) with some fields of a generated wire
 * offer put over it. The wire offers alone are refused too often for the elements to show much.
 */
const plausibleOffer = fc
  .record({
    generated: makeWireOffer(nastyText),
    kept: fc.subarray(['url', 'validThrough', 'status', 'employmentType', 'jobLocation', 'remote', 'baseSalary', 'category', 'openTo', 'experienceMonths', 'openToBeginners', 'document', 'apply']),
    title: nastyText,
    excerpt: nastyText,
    locality: nastyText,
    organisation: fc.constantFrom('a', 'b', 'c', 'd'),
    departement: fc.constantFrom('35', '75'),
    posted: fc.integer({ min: -400, max: 10 }),
    closes: fc.integer({ min: -10, max: 400 }),
    document: url,
    apply: fc.oneof(
      fc.constant({ mode: 'platform' }),
      url.map((u) => ({ mode: 'external', url: u })),
      nastyText.map((subject) => ({ mode: 'email', email: 'recrutement@example.gouv.fr', subject })),
    ),
  })
  .map(({ generated, kept, title, excerpt, locality, organisation, departement, posted, closes, document, apply }) => {
    const day = (n: number) => new Date(FIXTURE_NOW + n * 86_400_000).toISOString();
    const offer: Record<string, unknown> = {
      title,
      excerpt,
      datePosted: day(posted),
      validThrough: day(closes),
      hiringOrganization: organisation,
      jobLocation: { addressLocality: locality, departement },
      occupationalCategory: 'a',
      document,
      apply,
    };
    for (const key of kept) if (key in generated) offer[key] = generated[key as keyof typeof generated];
    return offer;
  });

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * A feed: the wire feed of the reader's tests with valid lists of places, organisations and trades first (so that
 * references resolve), and plausible offers (ids `o0`, `o1`…) before its own.
 */
const wireFeed = fc
  .tuple(makeWireFeedShape(nastyText), fc.array(plausibleOffer, { maxLength: 14 }), nastyText, nastyText)
  .map(([shape, offers, orgName, tradeName]) => {
    const wire = typeof shape === 'object' && shape !== null && !Array.isArray(shape) ? (shape as Record<string, unknown>) : {};
    return {
      ...wire,
      version: 1,
      regions: [{ code: '11', name: 'Île-de-France' }, { code: '53', name: 'Bretagne' }, ...asList(wire.regions)],
      departements: [{ code: '35', name: 'Ille-et-Vilaine', region: '53' }, { code: '75', name: 'Paris', region: '11' }, ...asList(wire.departements)],
      organisations: [
        { id: 'a', name: 'Org A' },
        { id: 'b', name: orgName, parent: 'a', acronym: orgName },
        { id: 'c', name: 'Org C', parent: 'b', url: 'https://example.org/c' },
        { id: 'd', name: `${orgName} ${orgName}`, parent: 'c' },
        ...asList(wire.organisations),
      ],
      families: [{ id: 'a', name: 'Family A', description: orgName }, ...asList(wire.families)],
      trades: [{ id: 'a', name: tradeName, family: 'a', missions: [tradeName], skills: [orgName] }, ...asList(wire.trades)],
      offers: [...offers.map((o, i) => ({ ...o, id: `o${i}` })), ...asList(wire.offers)],
    };
  });

/** Search words: the same nasty texts, and a 10,000-character one. */
const keywordText = fc.oneof(
  nastyText.map(String),
  fc.constantFrom('a'.repeat(10_000), `${'مرحبا '.repeat(1000)}`, '👍'.repeat(5000), `e${'\u0301'.repeat(9999)}`, ' ', '*', '"', '\\', '(?:'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** The host page's presets: mostly none, sometimes hostile. */
const preset = (values: readonly string[]) => fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...values) });
const presets = fc.record({
  organisation: preset(['a', 'b c', 'zzz', `<img src=x onerror="${P}">`, ' , ,']),
  region: preset(['53', '11 53', '99', '__proto__']),
  keywords: preset(['org', 'x'.repeat(10_000), '😀', 'مطور']),
  heading: preset([...NASTY]),
  spontaneous: preset([`javascript:${P}`, 'https://example.org/spontanee', '/candidature', 'data:text/html,x']),
});

/** What a visitor does to the list: a filter, words, the beginners box, the reset, the chips. */
type Action =
  | { kind: 'select'; which: number; option: number }
  | { kind: 'keywords'; words: string }
  | { kind: 'beginners' }
  | { kind: 'chip'; which: number }
  | { kind: 'reset' }
  | { kind: 'sort'; option: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('select' as const), which: fc.nat(20), option: fc.nat(50) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('keywords' as const), words: keywordText }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'beginners' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('chip' as const), which: fc.nat(10) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sort' as const), option: fc.nat(3) }) },
);

/** An offer document for `id`: the hostile HTML corpus and nasty texts in its sections, junk now and then. */
const wireDocument = (id: string) =>
  fc.record(
    {
      version: orJunk(fc.constant(1)),
      id: fc.constant(id),
      sections: orJunk(
        fc.dictionary(
          fc.constantFrom(...SECTION_KEYS, 'other', '__proto__'),
          orJunk(
            fc.oneof(
              fc.constantFrom(...HOSTILE_HTML.map((c) => c.html)),
              nastyText,
              fc.array(fc.constantFrom(...HOSTILE_HTML.map((c) => c.html.slice(0, 2000)), ...NASTY), { maxLength: 6 }).map((p) => p.join('')),
              fc.constantFrom(...NASTY).map((s) => `<p>${s}</p><ul><li>${s}</li></ul><a href="https://example.org/">${s}</a>`),
            ),
          ),
        ),
      ),
      education: orJunk(nastyText),
      contractDuration: orJunk(nastyText),
    },
    { requiredKeys: ['id'] },
  );

/** A feed client that answers every request with `body` (JSON), or a 404 without it: no request leaves the page. */
function clientServing(body?: (url: string) => unknown): FeedClient {
  const { fetch } = stubFetch((call) => (body ? jsonResponse(body(call.url)) : new Response('', { status: 404 })));
  return new FeedClient({ fetch, storage: null });
}

function normaliseDocument(input: unknown, id: string): OfferDocument | undefined {
  try {
    return normaliseOfferDocument(input, id);
  } catch (error) {
    if (error instanceof FeedError && error.code === 'invalid-feed') return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------
// What must hold after every step.

/** The shadow roots under `root`, nested ones too, `root` first. */
function shadowRoots(root: ShadowRoot | Element): (ShadowRoot | Element)[] {
  const out: (ShadowRoot | Element)[] = [root];
  if (root instanceof Element && root.shadowRoot) out.push(...shadowRoots(root.shadowRoot));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...shadowRoots(el.shadowRoot));
  return out;
}

const allElements = (root: Element): Element[] => shadowRoots(root).flatMap((r) => [...(r instanceof Element ? [r] : []), ...r.querySelectorAll('*')]);

const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'meta', 'link']);
/** Attributes that take a URL, on any element. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'background', 'ping'];

/** What makes an element unsafe: script-running elements, handlers, `javascript:` URLs, links to elsewhere than the web. */
function unsafe(root: Element): string[] {
  const out: string[] = [];
  for (const el of allElements(root)) {
    const name = el.localName;
    if (FORBIDDEN.has(name)) out.push(`<${name}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) out.push(`<${name} ${attr.name}>`);
      // What the URL parser sees: controls and blanks removed.
      // eslint-disable-next-line no-control-regex -- the controls the URL parser strips
      const bare = attr.value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
      // Text attributes (aria-label, title) may say anything; what is loaded or followed may not.
      const loads = URL_ATTRIBUTES.includes(attr.name) || attr.name === 'style';
      if (loads && (bare.includes('javascript:') || /^(vbscript|data):/.test(bare))) {
        out.push(`<${name} ${attr.name}="${attr.value.slice(0, 60)}">`);
      }
    }
    if ((name === 'a' || name === 'area') && el.hasAttribute('href')) {
      const url = new URL(el.getAttribute('href') as string, document.baseURI);
      const ok = url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
      if (!ok) out.push(`<${name} href="${el.getAttribute('href')?.slice(0, 60)}">`);
    }
  }
  return out;
}

/** An ancestor, across shadow roots. */
const parentOf = (node: Node): Element | null =>
  node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

/** Whether a scrolling box (or one that ends what it cuts with an ellipsis, or one visually hidden) inside the column holds `node`. */
function clippedInside(node: Node, column: Element): boolean {
  for (let el = parentOf(node); el && el !== column; el = parentOf(el)) {
    const style = getComputedStyle(el);
    // Visually hidden (read by screen readers only): clipped to nothing, or a box of a pixel.
    if (style.clip !== 'auto' || style.clipPath !== 'none' || (style.overflowX !== 'visible' && el.getBoundingClientRect().width <= 1)) return true;
    // A box that scrolls keeps what it holds reachable; one that cuts it only with an ellipsis (a text cut on
    // purpose, whole elsewhere). A text cut off without either is lost: that is an overflow too.
    if (style.overflowX === 'auto' || style.overflowX === 'scroll' || (style.overflowX !== 'visible' && style.textOverflow === 'ellipsis')) {
      const box = el.getBoundingClientRect();
      const outer = column.getBoundingClientRect();
      if (box.left >= outer.left - 1 && box.right <= outer.right + 1) return true;
    }
  }
  return false;
}

/** Visible text and controls that run past the column's sides. */
function overflowing(column: Element): string[] {
  const { left, right } = column.getBoundingClientRect();
  const out: string[] = [];
  const skip = '.visually-hidden, [hidden], .hp, option, [aria-hidden="true"]';
  for (const root of shadowRoots(column)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const content = node.textContent?.trim();
      if (!content || node.parentElement?.closest(skip)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && (box.right > right + 1 || box.left < left - 1) && !clippedInside(node, column)) {
        out.push(`"${content.slice(0, 30)}" in <${node.parentElement?.localName}.${node.parentElement?.className}> ${Math.round(box.right - right)} px out`);
      }
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.closest(skip) || el.localName === 'style') continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.right > right + 1 || box.left < left - 1) && !clippedInside(el, column)) {
        out.push(`<${el.localName}.${el.className}> ${Math.round(box.right - right)} px out`);
      }
    }
  }
  return out;
}

/** Whether anything under `root` still loads: a busy region, a skeleton, a loading message. */
function busy(root: Element): string[] {
  return allElements(root)
    .filter((el) => el.matches('[aria-busy="true"], .skeleton, .bone, .mention[role="status"]') && !el.closest('[hidden]'))
    .map((el) => `<${el.localName}.${el.className}>`);
}

/** Errors of the page while a step ran: console.error, uncaught errors, unhandled rejections, payloads that ran. */
class Trouble {
  readonly seen: string[] = [];
  #consoleError: typeof console.error | undefined;
  #consoleWarn: typeof console.warn | undefined;
  readonly #onError = (e: ErrorEvent) => void this.seen.push(`uncaught: ${e.message}`);
  readonly #onRejection = (e: PromiseRejectionEvent) => void this.seen.push(`unhandled rejection: ${String(e.reason)}`);

  start(): void {
    this.seen.length = 0;
    this.#consoleError = console.error;
    console.error = (...args: unknown[]) => void this.seen.push(`console.error: ${args.map(String).join(' ')}`);
    // Warnings are the elements' words to the host page (unknown presets, unreadable feed): expected here, not shown.
    this.#consoleWarn = console.warn;
    console.warn = () => undefined;
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onRejection);
    (window as unknown as Record<string, unknown>)[PWNED] = () => void this.seen.push('a payload ran');
  }

  stop(): void {
    if (this.#consoleError) console.error = this.#consoleError;
    if (this.#consoleWarn) console.warn = this.#consoleWarn;
    window.removeEventListener('error', this.#onError);
    window.removeEventListener('unhandledrejection', this.#onRejection);
    delete (window as unknown as Record<string, unknown>)[PWNED];
  }
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

interface Updatable extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/** Waits for every Lit element under `root` to finish its update. */
async function allUpdated(root: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = allElements(root).filter((el): el is Updatable => 'updateComplete' in el);
    const changed = await Promise.all(els.map((el) => el.updateComplete));
    if (changed.every(Boolean)) break;
  }
}

/** A 360 px column in the page, emptied and removed by `done`. */
function column(): { box: HTMLElement; done: () => void } {
  const box = document.createElement('div');
  box.style.cssText = `width: ${WIDTH}px; box-sizing: border-box;`;
  document.body.append(box);
  return {
    box,
    done: () => {
      render(null, box);
      box.remove();
    },
  };
}

/** Everything that must hold once an element settled; `what` names the step in failures. */
async function expectSound(box: HTMLElement, trouble: Trouble, what: string, settledOf: () => boolean): Promise<void> {
  const el = box.firstElementChild as HTMLElement;
  await waitUntil(() => settledOf() && busy(el).length === 0, `${what}: did not settle (${busy(el).join(' ')})`);
  await allUpdated(el);
  await frames();
  expect(unsafe(el).join('\n'), `${what}: unsafe markup`).to.equal('');
  expect(overflowing(box).join('\n'), `${what}: runs past ${WIDTH} px`).to.equal('');
  expect(trouble.seen.join('\n'), `${what}: errors`).to.equal('');
}

// ---------------------------------------------------------------------------
// The list.

const listRoot = (el: MnOfferList) => el.shadowRoot as ShadowRoot;
const listSettled = (el: MnOfferList) => listRoot(el)?.querySelector('.results:not([aria-busy]), .empty, .alert.error') != null;
const shownIds = (el: MnOfferList) => [...listRoot(el).querySelectorAll<HTMLElement>('mn-offer-card')].map((c) => c.dataset.offerId ?? '');

/** The total the count says ("12 offres – page 1 sur 3"), 0 when it says none. */
function countOf(el: MnOfferList): number {
  const said = listRoot(el).querySelector('#count')?.textContent ?? '';
  const digits = /\d[\d\s\u00A0\u202F]*/.exec(said)?.[0].replace(/\D/g, '');
  return digits ? Number(digits) : 0;
}

/** Pages through the results with "next"; returns the ids shown on every page, and checks each page. */
async function pageThrough(box: HTMLElement, el: MnOfferList, trouble: Trouble, what: string): Promise<string[]> {
  const seen: string[] = [];
  for (let page = 1; page <= 200; page++) {
    seen.push(...shownIds(el));
    const next = listRoot(el).querySelector<HTMLElement>('.pagination .next');
    if (!next || next.getAttribute('aria-disabled') === 'true') return seen;
    const before = shownIds(el).join('\n');
    next.click();
    await waitUntil(() => shownIds(el).join('\n') !== before, `${what}: "next" showed the same page`);
    await expectSound(box, trouble, `${what}, page ${page + 1}`, () => listSettled(el));
  }
  throw new Error(`${what}: more than 200 pages`);
}

async function expectCountShown(box: HTMLElement, el: MnOfferList, trouble: Trouble, what: string): Promise<void> {
  const total = countOf(el);
  const ids = await pageThrough(box, el, trouble, what);
  expect(new Set(ids).size, `${what}: an offer shown twice`).to.equal(ids.length);
  expect(ids.length, `${what}: the count says ${total}, the pages show ${ids.length}`).to.equal(total);
}

async function act(el: MnOfferList, step: Action): Promise<void> {
  const r = listRoot(el);
  switch (step.kind) {
    case 'select': {
      const selects = [...r.querySelectorAll<HTMLSelectElement>('form select[name]')].filter((s) => !s.disabled);
      const select = selects[step.which % Math.max(1, selects.length)];
      if (!select || select.options.length === 0) return;
      select.selectedIndex = step.option % select.options.length;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    case 'keywords': {
      const input = r.querySelector<HTMLInputElement>('#keywords');
      if (!input) return;
      input.value = step.words;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.form?.requestSubmit();
      return;
    }
    case 'beginners':
      r.querySelector<HTMLInputElement>('#beginners:not(:disabled)')?.click();
      return;
    case 'chip': {
      const chips = [...r.querySelectorAll<HTMLButtonElement>('.chip')];
      chips[step.which % Math.max(1, chips.length)]?.click();
      return;
    }
    case 'reset':
      r.querySelector<HTMLButtonElement>('.reset, .empty button')?.click();
      return;
    case 'sort': {
      const select = r.querySelector<HTMLSelectElement>('#sort');
      if (!select) return;
      select.selectedIndex = step.option % select.options.length;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
  }
}

const describeAction = (a: Action): string =>
  a.kind === 'keywords' ? `keywords (${a.words.length} chars: ${JSON.stringify(a.words.slice(0, 20))})` : JSON.stringify(a);

/** Renders `template` in a 360 px column and checks it; returns the column and its element. */
async function mount<T extends HTMLElement>(template: TemplateResult, trouble: Trouble, what: string, settledOf: (el: T) => boolean) {
  const col = column();
  render(template, col.box);
  const el = col.box.firstElementChild as T;
  try {
    await expectSound(col.box, trouble, what, () => settledOf(el));
  } catch (error) {
    col.done();
    throw error;
  }
  return { ...col, el };
}

// ---------------------------------------------------------------------------

describe("the fuzzer's own checks", () => {
  it('see a script, a handler, a javascript: link and a text that runs past the column, in a nested shadow root', async () => {
    const col = column();
    try {
      const outer = document.createElement('div');
      col.box.append(outer);
      const inner = document.createElement('span');
      outer.attachShadow({ mode: 'open' }).append(inner);
      inner.attachShadow({ mode: 'open' }).innerHTML =
        `<script type="x"></script><p onclick="x">${'w'.repeat(200)}</p><a href=" java\tscript:x">a</a><a href="ftp://x">b</a><a href="/ok">c</a>`;
      expect(unsafe(outer)).to.deep.equal(['<script>', '<p onclick>', '<a href=" java\tscript:x">', '<a href=" java\tscript:x">', '<a href="ftp://x">']);
      expect(overflowing(col.box)).to.have.length(1);
      inner.shadowRoot?.querySelector('p')?.setAttribute('style', 'overflow-wrap: anywhere');
      expect(overflowing(col.box)).to.deep.equal([]);
      inner.shadowRoot?.querySelector('p')?.setAttribute('aria-busy', 'true');
      expect(busy(outer)).to.have.length(1);
    } finally {
      col.done();
    }
  });
});

describe('fuzzing the elements with hostile feeds (360 px)', function () {
  this.timeout(TIME_LIMIT + 30_000);
  const trouble = new Trouble();
  let stats: Record<string, number>;
  let started = 0;
  beforeEach(() => {
    trouble.start();
    stats = {};
    started = performance.now();
  });
  afterEach(function () {
    trouble.stop();
    // How much each property covered, and how long it took, in the runner's output (a property that only met empty
    // feeds proves little).
    const ms = Math.round(performance.now() - started);
    if (SHOW_STATS) console.log(`${this.currentTest?.title}: ${ms} ms ${JSON.stringify(stats)}`);
  });
  const tally = (key: string, n = 1) => void (stats[key] = (stats[key] ?? 0) + n);

  // Clicks on links stay on the page.
  const stay = (e: Event) => {
    if (e.composedPath().some((n) => n instanceof HTMLAnchorElement && n.href)) e.preventDefault();
  };
  before(() => window.addEventListener('click', stay));
  after(() => window.removeEventListener('click', stay));

  it('the list renders any feed safely, and its count is what its pages show', async () => {
    await fc.assert(
      fc.asyncProperty(wireFeed, fc.integer({ min: 1, max: 4 }), fc.constantFrom('fr', 'en'), fc.boolean(), presets, async (input, pageSize, lang, compact, preset) => {
        const feed = normalise(input);
        tally('runs');
        if (!feed) return;
        tally('offers', feed.offers.length);
        const what = `list of ${feed.offers.length} offers, ${pageSize} a page`;
        const { el, box, done } = await mount<MnOfferList>(
          html`<mn-offer-list
            .feedData=${feed}
            .now=${FIXTURE_NOW}
            page-size=${pageSize}
            lang=${lang}
            ?compact=${compact}
            organisation=${preset.organisation}
            region=${preset.region}
            keywords=${preset.keywords}
            heading=${preset.heading}
            spontaneous-href=${preset.spontaneous}
          ></mn-offer-list>`,
          trouble,
          what,
          listSettled,
        );
        try {
          await expectCountShown(box, el, trouble, what);
          tally('shown', countOf(el));
        } finally {
          done();
        }
      }),
      runs(40),
    );
    expect(stats.shown ?? 0, 'offers shown over all runs').to.be.above(20);
  });

  it('the list takes random filters and search words (RTL, emoji, combining marks, 10,000 characters)', async () => {
    await fc.assert(
      fc.asyncProperty(wireFeed, fc.array(action, { minLength: 1, maxLength: 5 }), async (input, actions) => {
        const feed = normalise(input);
        tally('runs');
        if (!feed) return;
        const { el, box, done } = await mount<MnOfferList>(
          html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="3"></mn-offer-list>`,
          trouble,
          'list',
          listSettled,
        );
        try {
          // Narrow: the filters are behind a button.
          listRoot(el).querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]')?.click();
          await el.updateComplete;
          const done: string[] = [];
          for (const step of actions) {
            done.push(describeAction(step));
            tally(step.kind);
            await act(el, step);
            await el.updateComplete;
            await expectSound(box, trouble, `after ${done.join(', ')}`, () => listSettled(el));
          }
          await expectCountShown(box, el, trouble, `after ${done.join(', ')}`);
          tally('shown', countOf(el));
        } finally {
          done();
        }
      }),
      runs(30),
    );
    expect(stats.select ?? 0).to.be.above(5);
    expect(stats.keywords ?? 0).to.be.above(5);
  });

  it('the list keeps its filters and search words in the URL (sync-url), and reads them back', async () => {
    const start = location.href;
    // WebKit refuses more than 100 history changes in 10 s (a SecurityError, which the elements catch: the URL then
    // stays behind, and reading it back would fail for that reason only). The changes are counted, and each run
    // waits, when needed, until the last 10 s hold few enough for it.
    const changes: number[] = [];
    const { pushState, replaceState } = history;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      changes.push(performance.now());
      return pushState.apply(this, args);
    };
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      changes.push(performance.now());
      return replaceState.apply(this, args);
    };
    const pace = async () => {
      for (;;) {
        const recent = changes.filter((t) => t > performance.now() - 10_500);
        if (recent.length <= 100 - 12) return;
        await new Promise((r) => setTimeout(r, (recent[0] as number) + 10_500 - performance.now()));
      }
    };
    try {
      await fc.assert(
        fc.asyncProperty(wireFeed, fc.array(action, { minLength: 1, maxLength: 4 }), async (input, actions) => {
          const feed = normalise(input);
          tally('runs');
          if (!feed) return;
          await pace();
          if (location.href !== start) history.replaceState(history.state, '', start);
          const template = () => html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="2" sync-url="fz-"></mn-offer-list>`;
          const first = await mount<MnOfferList>(template(), trouble, 'list', listSettled);
          const done: string[] = [];
          let said = '';
          let shown = '';
          try {
            listRoot(first.el).querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]')?.click();
            for (const step of actions) {
              done.push(describeAction(step));
              tally(step.kind);
              await act(first.el, step);
              await first.el.updateComplete;
              await expectSound(first.box, trouble, `sync-url, after ${done.join(', ')}`, () => listSettled(first.el));
            }
            // The last page: the page is in the URL too.
            listRoot(first.el).querySelector<HTMLElement>('.pagination .last:not([aria-disabled])')?.click();
            await first.el.updateComplete;
            await expectSound(first.box, trouble, `sync-url, last page, after ${done.join(', ')}`, () => listSettled(first.el));
            said = listRoot(first.el).querySelector('#count')?.textContent?.trim() ?? '';
            shown = shownIds(first.el).join(' ');
          } finally {
            first.done();
          }
          // Another list, on the URL the first one left: the same offers, the same count.
          const second = await mount<MnOfferList>(template(), trouble, `sync-url, read back after ${done.join(', ')}`, listSettled);
          try {
            expect(listRoot(second.el).querySelector('#count')?.textContent?.trim(), `count read back after ${done.join(', ')}`).to.equal(said);
            expect(shownIds(second.el).join(' '), `offers read back after ${done.join(', ')}`).to.equal(shown);
            tally('read back');
          } finally {
            second.done();
          }
        }),
        runs(30),
      );
    } finally {
      history.pushState = pushState;
      history.replaceState = replaceState;
      history.replaceState(history.state, '', start);
    }
  });

  it('each offer opens in the detail with a hostile document, sanitised', async () => {
    const offerAndDocument = wireFeed
      .map(normalise)
      .filter((feed): feed is Feed => feed !== undefined && feed.offers.length > 0)
      .chain((feed) =>
        fc.nat(feed.offers.length - 1).chain((i) => {
          const offer = feed.offers[i] as Offer;
          return fc.tuple(fc.constant(feed), fc.constant(offer), wireDocument(offer.id));
        }),
      );
    await fc.assert(
      fc.asyncProperty(offerAndDocument, fc.constantFrom('fr', 'en'), fc.integer({ min: 0, max: 7 }), async ([feed, offer, wireDoc], lang, level) => {
        const doc = normaliseDocument(wireDoc, offer.id);
        tally('runs');
        tally(doc ? `sections ${Object.keys(doc.sections).length}` : 'no document');
        const what = `detail of ${JSON.stringify(offer.id)}`;
        const { done } = await mount<HTMLElement>(
          html`<mn-offer-detail
            .offer=${offer}
            .feedData=${feed}
            .offerDocument=${doc}
            .client=${clientServing()}
            .now=${FIXTURE_NOW}
            lang=${lang}
            heading-level=${level}
            seo
          ></mn-offer-detail>`,
          trouble,
          what,
          (el) => el.shadowRoot?.querySelector('.sections[aria-busy="false"], [part="message"]') != null,
        );
        try {
          // The JSON-LD the detail puts in the page's <head>: data that never leaves its script element.
          const jsonLd = [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
          tally('JSON-LD', jsonLd.length);
          for (const text of jsonLd) {
            expect(text, `${what}: JSON-LD`).not.to.match(/<\/script|<!--|<script/i);
            expect(() => JSON.parse(text), `${what}: JSON-LD`).not.to.throw();
          }
        } finally {
          done();
        }
        expect(document.head.querySelectorAll('script[type="application/ld+json"]'), `${what}: JSON-LD left in the page`).to.have.length(0);
      }),
      runs(50),
    );
  });

  it('the list opens an offer in place', async () => {
    await fc.assert(
      fc.asyncProperty(wireFeed, fc.nat(), wireDocument(''), async (input, which, wireDoc) => {
        const feed = normalise(input);
        tally('runs');
        if (!feed || feed.offers.length === 0) return;
        // The offer's document, as the client fetches it from the offer's `document` URL, made for the offer opened.
        let opened = '';
        const client = clientServing(() => ({ ...(wireDoc as object), id: opened }));
        const { el, box, done } = await mount<MnOfferList>(
          html`<mn-offer-list .feedData=${feed} .client=${client} .now=${FIXTURE_NOW} detail="inline" page-size="50"></mn-offer-list>`,
          trouble,
          'list',
          listSettled,
        );
        try {
          const cards = listRoot(el).querySelectorAll<HTMLElement>('mn-offer-card');
          const card = cards[which % cards.length];
          const link = card?.shadowRoot?.querySelector<HTMLElement>('a, .link');
          if (!link) return;
          tally('opened');
          opened = card?.dataset.offerId ?? '';
          link.click();
          const shown = () => listRoot(el).querySelector('mn-offer-detail') as HTMLElement | null;
          await waitUntil(() => shown(), 'the offer did not open');
          await expectSound(box, trouble, `inline detail of ${card?.dataset.offerId}`, () =>
            shown()?.shadowRoot?.querySelector('.sections[aria-busy="false"], [part="message"]') != null,
          );
        } finally {
          done();
        }
      }),
      runs(20),
    );
  });

  it('the cards render any offer safely', async () => {
    await fc.assert(
      fc.asyncProperty(wireFeed, fc.boolean(), async (input, compact) => {
        const feed = normalise(input);
        tally('runs');
        if (!feed || feed.offers.length === 0) return;
        tally('cards', feed.offers.length);
        const { done } = await mount<HTMLElement>(
          html`<div>
            ${feed.offers.map((o) => html`<mn-offer-card .offer=${o} .feedData=${feed} .now=${FIXTURE_NOW} ?compact=${compact}></mn-offer-card>`)}
          </div>`,
          trouble,
          'cards',
          (el) => [...el.querySelectorAll('mn-offer-card')].every((c) => c.shadowRoot?.querySelector('.card') != null),
        );
        done();
      }),
      runs(40),
    );
  });

  it('the trade explorer renders any feed safely, and takes search words', async () => {
    await fc.assert(
      fc.asyncProperty(wireFeed, keywordText, fc.nat(), async (input, words, which) => {
        const feed = normalise(input);
        tally('runs');
        if (!feed) return;
        tally('trades', feed.trades.length);
        const explorerSettled = (el: HTMLElement) => el.shadowRoot?.querySelector('.cards, .empty, .detail, .alert.error, .panel') != null;
        const { el, box, done } = await mount<HTMLElement>(
          html`<mn-trade-explorer .feedData=${feed}></mn-trade-explorer>`,
          trouble,
          'explorer',
          explorerSettled,
        );
        try {
          const cards = el.shadowRoot?.querySelectorAll<HTMLElement>('.card-link') ?? [];
          const card = cards[which % Math.max(1, cards.length)];
          if (card) {
            tally('opened');
            card.click();
            await expectSound(box, trouble, 'explorer, a trade opened', () => explorerSettled(el));
            el.shadowRoot?.querySelector<HTMLElement>('[part="back"]')?.click();
          }
          const search = el.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
          if (search) {
            search.value = words;
            search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            await expectSound(box, trouble, `explorer, searched ${JSON.stringify(words.slice(0, 20))}`, () => explorerSettled(el));
          }
        } finally {
          done();
        }
      }),
      runs(30),
    );
  });

  it('the application form renders for any offer of any feed, and spontaneous, and takes any answers', async () => {
    const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'linkedin', 'github', 'portfolio', 'coverLetter'] as const;
    const answers = fc.array(fc.tuple(fc.constantFrom(...FIELDS), keywordText), { maxLength: 4 });
    // Nothing is sent (no CV, no consent); were it sent, it fails here, without a request leaving the page.
    const client = new ApplicationClient({ fetch: () => Promise.reject(new TypeError('offline')), sleep: () => Promise.resolve() });
    await fc.assert(
      fc.asyncProperty(wireFeed, fc.nat(), answers, fc.boolean(), async (input, which, typed, submit) => {
        const feed = normalise(input);
        tally('runs');
        if (!feed) return;
        const offer = feed.offers.length > 0 ? feed.offers[which % feed.offers.length] : undefined;
        tally(offer ? `offer ${offer.apply.mode}` : 'spontaneous');
        const formSettled = (el: HTMLElement) => (el.shadowRoot?.childElementCount ?? 0) > 0;
        const { el, box, done } = await mount<HTMLElement & { updateComplete: Promise<boolean> }>(
          html`<mn-application-form
            offer-id=${offer?.id ?? ''}
            .feedData=${feed}
            .now=${FIXTURE_NOW}
            .client=${client}
            .draftStorage=${new MemoryStorage()}
          ></mn-application-form>`,
          trouble,
          offer ? `form for ${JSON.stringify(offer.id)}` : 'spontaneous form',
          formSettled,
        );
        try {
          const steps: string[] = [];
          for (const [name, value] of typed) {
            const field = el.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
            if (!field) continue;
            steps.push(`${name}: ${value.length} chars ${JSON.stringify(value.slice(0, 20))}`);
            tally('answers');
            field.value = value;
            field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            field.dispatchEvent(new Event('change', { bubbles: true }));
            await el.updateComplete;
          }
          if (submit) {
            el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
            steps.push('submit');
            tally('submits');
          }
          if (steps.length > 0) await expectSound(box, trouble, `form, ${steps.join(', ')}`, () => formSettled(el));
        } finally {
          done();
        }
      }),
      runs(30),
    );
  });
});

describe('cases the fuzzer found', () => {
  const trouble = new Trouble();
  beforeEach(() => trouble.start());
  afterEach(() => trouble.stop());

  // Firefox drew the hyphen of a soft hyphen after a space past a full line: a trade's mission, a long URL then
  // " \u00AD", ran 3 px out of the 360 px column. The feed reader now drops soft hyphens that are not inside a word.
  it('a long URL then a soft hyphen after a space, in a trade opened in the explorer, stays in the column', async () => {
    const mission = `https://example.org/${'a'.repeat(280)} \u00AD`;
    const feed = normalise({
      version: 1,
      families: [{ id: 'a', name: 'Family A' }],
      trades: [{ id: 'a', name: 'Trade A', family: 'a', missions: [mission] }],
      offers: [],
    }) as Feed;
    const settled = (el: HTMLElement) => el.shadowRoot?.querySelector('.cards, .detail') != null;
    const { el, box, done } = await mount<HTMLElement>(html`<mn-trade-explorer .feedData=${feed}></mn-trade-explorer>`, trouble, 'explorer', settled);
    try {
      el.shadowRoot?.querySelector<HTMLElement>('.card-link')?.click();
      await waitUntil(() => el.shadowRoot?.querySelector('.detail li'), 'the trade did not open');
      await expectSound(box, trouble, 'explorer, the trade opened', () => settled(el));
    } finally {
      done();
    }
  });


  // WebKit kept a long word in Arabic script on one line in its chip, 1,600 px past the 360 px column.
  it('a search for a long word in Arabic script wraps in its chip (WebKit)', async () => {
    const feed = normalise({
      version: 1,
      organisations: [{ id: 'a', name: 'Org A' }],
      offers: [{ id: 'o0', title: 'Développeur', datePosted: '2024-06-01', hiringOrganization: 'a' }],
    }) as Feed;
    const { el, box, done } = await mount<MnOfferList>(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`, trouble, 'list', listSettled);
    try {
      await act(el, { kind: 'keywords', words: 'مطور'.repeat(60) });
      await el.updateComplete;
      await waitUntil(() => listRoot(el).querySelector('.chip'), 'no chip for the search words');
      await expectSound(box, trouble, 'list, searched a long Arabic word', () => listSettled(el));
    } finally {
      done();
    }
  });
});
