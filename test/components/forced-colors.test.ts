/**
 * Windows high contrast (forced colours) drops backgrounds and box-shadows: every field and button keeps a
 * border of its own, and the current page one that does not rest on its background (WCAG 1.4.11, 1.4.1).
 * In dark mode, the active-filter chips and the light buttons' hover states keep their text readable
 * (WCAG 1.4.3: 4.5:1).
 *
 * Forced colours: in Chromium, the `emulate-forced-colors` command (test/support/wtr-base.mjs) forces them over
 * CDP, and the tests check the real rendering: the borders, and every text readable in the system's colours.
 * Firefox (Puppeteer over WebDriver BiDi) and WebKit (WebDriver) have no such emulation: there, the tests switch
 * the elements' own `@media (forced-colors: active)` blocks on, and check the borders those blocks draw.
 */
import { elementUpdated, expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { emulateMedia, executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { mount } from './application-form/helpers.js';
import { $, $$, cards, choose, renderList } from './offer-list/helpers.js';
import { explorer, $ as inExplorer, $$ as allInExplorer } from './trade-explorer/helpers.js';
import { tradesFeed } from './trade-explorer/trades-feed.js';

const feed = makeFeed(120);

// ---------------------------------------------------------------- colours

type RGB = [number, number, number];

/** A computed colour, `rgb()`/`rgba()` (0–255) or `color(srgb …)` (0–1), as opaque RGB; null when transparent. */
function parseColor(value: string): RGB | null {
  const numbers = (value.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  let channels: number[];
  if (value.startsWith('rgb')) channels = numbers;
  else if (value.startsWith('color(srgb')) channels = numbers.map((n, i) => (i < 3 ? n * 255 : n));
  else throw new Error(`unexpected computed colour ${value}`);
  if (channels.length > 3 && (channels[3] as number) < 0.5) return null;
  return [channels[0] as number, channels[1] as number, channels[2] as number];
}

function luminance([r, g, b]: RGB): number {
  const f = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

function contrast(a: RGB, b: RGB): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const up = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The colour behind an element: its own background, else the first opaque one of its ancestors (across shadow roots). */
function backgroundOf(element: Element): RGB {
  for (let node: Element | null = element; node; node = up(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color) return color;
  }
  return canvas();
}

/** The page's canvas, under every transparent background: the system's `Canvas` colour. */
function canvas(): RGB {
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.body.append(probe);
  const color = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  if (!color) throw new Error('no colour for Canvas');
  return color;
}

/** Contrast of an element's text with what is behind it, two decimals. */
function textContrast(element: Element): number {
  const ratio = contrast(parseColor(getComputedStyle(element).color) as RGB, backgroundOf(element));
  return Math.round(ratio * 100) / 100;
}

/** Text under 4.5:1 (3:1 when large) in `root` and the shadow roots under it: "selector «text» ratio". */
function lowContrastText(root: ParentNode): string[] {
  const out: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) out.push(...lowContrastText(element.shadowRoot));
    const text = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
    const box = element.getBoundingClientRect();
    if (!text || box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
    const ratio = textContrast(element);
    if (ratio < (large ? 3 : 4.5)) out.push(`${element.localName}.${[...element.classList].join('.')} «${text.slice(0, 30)}» ${ratio}`);
  }
  return out;
}

/** Moves the mouse onto the middle of an element. */
async function hover(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

// ---------------------------------------------------------------- palettes

/** The DSFR variables a page sets (the demo's ministry site: dark, its action-low is #2f2f50). */
const DEMO_DARK = `color-scheme: dark; background: #161616;
  --text-title-grey: #eeeeee; --text-default-grey: #cecece; --text-mention-grey: #929292;
  --text-action-high-blue-france: #8585f6; --text-inverted-blue-france: #000091;
  --background-default-grey: #161616; --background-default-grey-hover: #343434; --background-alt-grey: #1e1e1e;
  --background-contrast-grey: #242424; --background-action-high-blue-france: #8585f6;
  --background-action-high-blue-france-hover: #b1b1f9; --background-action-low-blue-france: #2f2f50;
  --border-default-grey: #353535; --border-plain-grey: #cecece;`;
/** DSFR's own dark action-low (blue-france-125). */
const DSFR_DARK = `${DEMO_DARK} --background-action-low-blue-france: #272747;`;
/** No page palette: the elements' own dark values. */
const OWN_DARK = 'color-scheme: dark; background: #161616;';
const DEMO_LIGHT = `color-scheme: light; background: #ffffff;
  --text-action-high-blue-france: #000091; --background-action-low-blue-france: #e3e3fd;
  --background-default-grey: #ffffff; --background-default-grey-hover: #f6f6f6; --background-alt-grey: #f6f6f6;`;

/** A list on a page styled `style`, with two active filters (two chips). */
async function listIn(style: string): Promise<MnOfferList> {
  const el = await renderList(html`<mn-offer-list style=${style} .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
  await choose(el, 'region', '84');
  await choose(el, 'contract', 'CONTRACT_WORKER_ONLY');
  return el;
}

describe('dark mode: active-filter chips and hovered buttons (WCAG 1.4.3)', () => {
  afterEach(async () => {
    await resetMouse();
  });

  const palettes: [string, string][] = [
    ['a page with the demo’s dark palette (action-low #2f2f50)', DEMO_DARK],
    ['a DSFR page in dark (action-low #272747)', DSFR_DARK],
    ['a dark page without DSFR variables', OWN_DARK],
    ['a light page', DEMO_LIGHT],
  ];
  for (const [name, style] of palettes) {
    it(`keep chip text at 4.5:1 or more, hovered or not, on ${name}`, async () => {
      const el = await listIn(style);
      const chips = $$(el, '.chip');
      expect(chips).to.have.length(2);
      for (const chip of chips) {
        expect(textContrast(chip), `${chip.textContent?.trim()}`).to.be.at.least(4.5);
        await hover(chip);
        expect(textContrast(chip), `${chip.textContent?.trim()}, hovered`).to.be.at.least(4.5);
      }
    });

    it(`keep a hovered secondary or tertiary button’s text at 4.5:1 or more on ${name}`, async () => {
      const el = await listIn(style);
      const reset = $(el, '.button.tertiary.reset');
      await hover(reset);
      expect(getComputedStyle(reset).backgroundColor, 'the hover background shows').to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(textContrast(reset)).to.be.at.least(4.5);
    });
  }

  it('leave no text of the list, the explorer or the form under 4.5:1 on the demo’s dark palette', async () => {
    const list = await listIn(DEMO_DARK);
    expect(lowContrastText(list.shadowRoot as ShadowRoot), 'list').to.deep.equal([]);
    const trades = await explorer(html`<mn-trade-explorer style=${DEMO_DARK} .feedData=${tradesFeed()}></mn-trade-explorer>`);
    expect(lowContrastText(trades.shadowRoot as ShadowRoot), 'explorer').to.deep.equal([]);
    const { el: form } = await mount();
    form.setAttribute('style', DEMO_DARK);
    await form.updateComplete;
    expect(lowContrastText(form.shadowRoot as ShadowRoot), 'form').to.deep.equal([]);
  });

  it('follow the system’s dark mode on a page that lets it choose (`color-scheme: light dark`)', async function () {
    let emulated = false;
    try {
      await emulateMedia({ colorScheme: 'dark' });
      emulated = matchMedia('(prefers-color-scheme: dark)').matches;
    } catch {
      /* WebDriver: no media emulation */
    }
    try {
      if (!emulated) this.skip();
      const el = await listIn('color-scheme: light dark; background: Canvas;');
      const chip = $(el, '.chip');
      // The elements' own dark values: the action blue, lightened, on its dark tint.
      expect(parseColor(getComputedStyle(chip).backgroundColor)).to.deep.equal([27, 27, 53]);
      expect(textContrast(chip)).to.be.at.least(4.5);
    } finally {
      if (emulated) await emulateMedia({ colorScheme: 'no-preference' });
    }
  });
});

// ---------------------------------------------------------------- forced colours

/** `@media (forced-colors: active)` rules of a shadow root's style sheets. */
function forcedColorRules(root: ShadowRoot): CSSMediaRule[] {
  // A set: WebKit lists the adopted sheets in `styleSheets` too.
  const sheets = new Set([...(root.adoptedStyleSheets ?? []), ...root.styleSheets]);
  const rules: CSSMediaRule[] = [];
  const walk = (list: CSSRuleList) => {
    for (const rule of list) {
      if (rule instanceof CSSMediaRule && /forced-colors:\s*active/.test(rule.media.mediaText)) rules.push(rule);
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  for (const sheet of sheets) walk(sheet.cssRules);
  return rules;
}

const restore: (() => void)[] = [];
/** Whether the browser emulates forced colours: asked once, at the first test. */
let emulation: 'unknown' | 'yes' | 'no' = 'unknown';

/** Forced colours for an element: emulated by the browser where it can, else its forced-colours blocks switched on. */
async function forceColors(el: Element): Promise<void> {
  if (emulation !== 'no') {
    await executeServerCommand('emulate-forced-colors', { active: true });
    emulation = matchMedia('(forced-colors: active)').matches ? 'yes' : 'no';
  }
  if (emulation === 'yes') return;
  const rules = forcedColorRules(el.shadowRoot as ShadowRoot);
  expect(rules.length, `${el.localName} has forced-colours rules`).to.be.greaterThan(0);
  for (const rule of rules) {
    const before = rule.media.mediaText;
    rule.media.mediaText = 'all';
    restore.push(() => {
      rule.media.mediaText = before;
    });
  }
}

/**
 * Where the browser really forces the colours (Chromium, over CDP), every text of the element is readable in the
 * system's colours: nothing opts out of them (`forced-color-adjust: none`) with colours of its own.
 */
function readableWhenForced(el: Element): void {
  if (emulation !== 'yes') return;
  expect(lowContrastText(el.shadowRoot as ShadowRoot), `${el.localName}, colours forced`).to.deep.equal([]);
}

/** The line around a control: its border (every side, drawn) or its outline. */
function outlineOf(element: Element): string {
  const style = getComputedStyle(element);
  const sides = ['top', 'right', 'bottom', 'left'].map((side) => [
    parseFloat(style.getPropertyValue(`border-${side}-width`)),
    style.getPropertyValue(`border-${side}-style`),
  ]);
  if (sides.every(([width, lineStyle]) => (width as number) > 0 && lineStyle !== 'none' && lineStyle !== 'hidden')) {
    return `border ${(sides[0] as [number, string]).join(' ')}`;
  }
  return 'none';
}

/** A border on every side: an outline would not do, as the focus ring is one. */
const bordered = (element: Element, what: string) => expect(outlineOf(element), what).to.match(/^border /);
const unbordered = (element: Element, what: string) =>
  expect(getComputedStyle(element).borderTopWidth, `${what}, outside forced colours`).to.equal('0px');

describe('forced colours: fields, buttons and the current page keep a visible line (WCAG 1.4.11, 1.4.1)', () => {
  afterEach(async () => {
    for (const undo of restore.splice(0).reverse()) undo();
    if (emulation === 'yes') await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('are really forced in Chromium, where CDP emulates them; elsewhere the forced-colours blocks are switched on', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    const submit = $(el, '.search-row .button');
    const blue = getComputedStyle(submit).backgroundColor;
    await forceColors(el);
    const chromium = /Chrome\//.test(navigator.userAgent);
    expect(emulation, 'emulated by the browser').to.equal(chromium ? 'yes' : 'no');
    // Forced: the action blue gives way to a system colour; switched on: the element's own rules only.
    if (chromium) expect(getComputedStyle(submit).backgroundColor).to.not.equal(blue);
  });

  it('the list: search field, selects, buttons, chips, the current page, the checkbox', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    await choose(el, 'region', '84');
    const keywords = $(el, '#keywords');
    const select = $(el, 'select[name="region"]');
    const sort = $(el, '#sort');
    const submit = $(el, '.search-row .button');
    const reset = $(el, '.button.tertiary.reset');
    const chip = $(el, '.chip');
    const current = $(el, '.page[aria-current="page"]');
    const checkbox = $(el, 'input[type="checkbox"]');
    // Outside forced colours, nothing moves: the lines there are box-shadows and backgrounds.
    for (const [element, what] of [[keywords, 'search field'], [select, 'select'], [submit, '.button'], [chip, 'chip'], [current, 'current page']] as const) {
      unbordered(element, what);
    }

    await forceColors(el);
    bordered(keywords, 'the "Mots-clés" search field');
    bordered(select, 'the region select');
    bordered(sort, 'the sort select');
    bordered(submit, 'the "Rechercher" button');
    bordered(reset, 'the tertiary "Réinitialiser" button');
    bordered(chip, 'an active-filter chip');
    bordered(current, 'the current page');
    readableWhenForced(el);
    expect(parseFloat(getComputedStyle(current).borderTopWidth), 'the current page’s border is thicker than a button’s').to.be.at.least(2);
    expect(getComputedStyle(current).textDecorationLine).to.equal('underline');
    // The other pages: no border, so that the current one stands out.
    const other = $$(el, '.page.number').find((p) => !p.hasAttribute('aria-current')) as HTMLElement;
    expect(getComputedStyle(other).borderTopWidth).to.equal('0px');
    // Native checkbox, drawn by the system in forced colours.
    expect(getComputedStyle(checkbox).appearance).to.not.equal('none');
    expect(checkbox.getBoundingClientRect().width).to.be.at.least(16);
  });

  it('the list’s empty state and the back button of an offer opened in place', async () => {
    const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    await forceColors(el);
    const keywords = $<HTMLInputElement>(el, '#keywords');
    keywords.value = 'zzzqqq';
    keywords.form?.requestSubmit();
    await waitUntil(() => el.shadowRoot?.querySelector('.empty .button'), 'no empty state with its button');
    bordered($(el, '.empty .button.secondary'), 'the secondary "Réinitialiser les filtres" button');

    keywords.value = '';
    keywords.form?.requestSubmit();
    await waitUntil(() => cards(el).length > 0, 'the offers did not come back');
    await Promise.all(cards(el).map((c) => c.updateComplete));
    (cards(el)[0]?.shadowRoot?.querySelector('.link') as HTMLElement).click();
    await elementUpdated(el);
    bordered($(el, '[part="back"]'), 'the tertiary "← Retour aux offres" button');
    const detail = $(el, 'mn-offer-detail');
    await waitUntil(() => detail.shadowRoot?.querySelector('.button'), 'the offer shows no button');
    await forceColors(detail);
    for (const button of detail.shadowRoot?.querySelectorAll('.button') ?? []) {
      bordered(button, `the offer’s ${button.className} "${button.textContent?.trim()}"`);
    }
    readableWhenForced(detail);
  });

  it('the trade explorer: its search field, sort select and tabs', async () => {
    const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
    const search = inExplorer(el, '#search');
    unbordered(search, 'the explorer’s search field');
    await forceColors(el);
    bordered(search, 'the "Rechercher un métier" field');
    bordered(inExplorer(el, 'select'), 'the sort select');
    for (const tab of allInExplorer(el, '[role="tab"]')) bordered(tab, `the tab "${tab.textContent?.trim()}"`);
    readableWhenForced(el);
  });

  it('the application form: its fields, its submit button, radios and checkboxes', async () => {
    const { el } = await mount();
    const root = el.shadowRoot as ShadowRoot;
    const submit = root.querySelector('[part="submit"]') as HTMLElement;
    unbordered(submit, 'the submit button');
    await forceColors(el);
    bordered(submit, 'the "Envoyer ma candidature" button');
    const fields = [...root.querySelectorAll<HTMLElement>('input:not([type="radio"], [type="checkbox"], [type="file"]), textarea, select')]
      .filter((f) => f.getBoundingClientRect().width > 1 && !f.closest('.hp'));
    expect(fields.length).to.be.greaterThan(3);
    for (const field of fields) bordered(field, `the field ${field.id || field.getAttribute('name')}`);
    readableWhenForced(el);
    for (const choice of root.querySelectorAll('input[type="radio"], input[type="checkbox"]')) {
      expect(getComputedStyle(choice).appearance, `${choice.id} stays a native control`).to.not.equal('none');
      expect(choice.getBoundingClientRect().width, `${choice.id} is drawn`).to.be.at.least(16);
    }
  });
});
