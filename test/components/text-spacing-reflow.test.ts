/**
 * WCAG 1.4.10 (reflow), 1.4.12 (text spacing) and 1.4.4 (resize text), in a browser: the 288 px column of a
 * 320 px wide page with 16 px margins, the
 * text spacing of the criterion (line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em) put into
 * the page and every shadow root, and the text at 200 %. Nothing of an element runs past the column, a chosen
 * filter shows its whole name, and checkboxes stay beside the first line of their labels.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/application-form/mn-application-form.js';
import '../../src/components/offer-list/mn-offer-list.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { textPastRight } from '../support/overflow.js';
import { waitUntil } from '../support/wait.js';
import { $, settled } from './offer-list/helpers.js';

const SPACING = `*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;

/** The page and every shadow root under `root`. */
function roots(root: Document | ShadowRoot = document): (Document | ShadowRoot)[] {
  const out: (Document | ShadowRoot)[] = [root];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...roots(el.shadowRoot));
  return out;
}

/** Puts the text spacing into the page and its shadow roots (a bookmarklet does the same); returns its undoing. */
async function spaceText(): Promise<() => void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const touched = roots();
  for (const root of touched) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return () => {
    for (const root of touched) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Visible text and controls that end right of `right`, in `root` and the shadow roots under it. */
function overflowing(root: ParentNode, right: number): string[] {
  const out = textPastRight(root, right, '.visually-hidden, [hidden], .hp, option');
  const controls = (r: ParentNode) => {
    for (const el of r.querySelectorAll('*')) {
      if (el.matches('button, select, input:not([type="file"]), summary') && !el.closest('[hidden], .hp')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > right + 1) out.push(`<${el.localName}> ${Math.round(box.right - right)} px out`);
      }
      if (el.shadowRoot) controls(el.shadowRoot);
    }
  };
  controls(root);
  return out;
}

/** A 320 px wide page less its margins. */
async function inColumn<T extends HTMLElement>(template: TemplateResult): Promise<{ column: HTMLElement; el: T }> {
  const column = await fixture<HTMLElement>(html`<div style="width: 288px">${template}</div>`);
  const el = column.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return { column, el };
}

/** Opens the list's filters, behind a button on a list this narrow, and waits until they show. */
async function openFilters(el: MnOfferList): Promise<void> {
  await waitUntil(() => {
    const toggle = el.shadowRoot?.querySelector<HTMLButtonElement>('.toggle');
    if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
    const shown = (el.shadowRoot?.querySelector('select[name="region"]')?.getBoundingClientRect().width ?? 0) > 0;
    return toggle?.getAttribute('aria-expanded') === 'true' && shown;
  }, 'the filters did not show');
}

/** A feed whose first family is named with one long French word, as a ministry might. */
function feedWithLongFamily() {
  const feed = makeFeed(3);
  feed.families = feed.families.map((f, i) => (i === 0 ? { ...f, name: 'Interopérabilité' } : f));
  return feed;
}

describe('text spacing and text at 200 % on a 320 px page', () => {
  let unspace: (() => void) | undefined;
  beforeEach(() => {
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(() => {
    unspace?.();
    unspace = undefined;
    document.documentElement.style.fontSize = '';
  });

  it('the application form keeps its family names and its buttons inside the column', async () => {
    const { column, el } = await inColumn(html`<mn-application-form .feedData=${feedWithLongFamily()}></mn-application-form>`);
    await waitUntil(() => el.shadowRoot?.querySelector('details.family'), 'the form did not show the trade families');
    unspace = await spaceText();
    expect(overflowing(column, column.getBoundingClientRect().right)).to.deep.equal([]);
  });

  it("the application form's file field wraps what it says of the file instead of cutting it", async function () {
    // Firefox cuts the text of a file field whatever its CSS: only the form's markup could show it there.
    if (navigator.userAgent.includes('Firefox/')) this.skip();
    const { el } = await inColumn(html`<mn-application-form .feedData=${makeFeed(3)}></mn-application-form>`);
    await waitUntil(() => el.shadowRoot?.querySelector('input[type="file"]'), 'the form did not show its file field');
    const file = el.shadowRoot?.querySelector('input[type="file"]') as HTMLInputElement;
    unspace = await spaceText();
    expect(file.scrollWidth, `${file.scrollWidth} px of text in ${file.clientWidth} px`).to.be.at.most(file.clientWidth + 1);
  });

  it('the list keeps its filters, chips and buttons inside the column', async () => {
    const { column, el } = await inColumn<MnOfferList>(
      html`<mn-offer-list filters="all" .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list>`,
    );
    await waitUntil(() => settled(el), 'the list did not show its offers');
    await openFilters(el);
    // The longest organisation name, chosen: its chip too must wrap.
    const select = $<HTMLSelectElement>(el, 'select[name="organisation"]');
    select.value = [...select.options].reduce((a, b) => (b.text.length > a.text.length ? b : a)).value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.shadowRoot?.querySelector('.chip'), 'the chosen filter did not show as a chip');
    await openFilters(el);
    unspace = await spaceText();
    expect(overflowing(column, column.getBoundingClientRect().right)).to.deep.equal([]);
  });
});

describe('checkboxes beside their labels, text at 200 %', () => {
  afterEach(() => {
    document.documentElement.style.fontSize = '';
    document.documentElement.style.removeProperty('--mn-font-size');
  });

  /** How far (px) each checkbox's middle is from the middle of its label's first line. */
  function offsets(pairs: [HTMLInputElement, HTMLLabelElement][]): number[] {
    return pairs.map(([box, label]) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      const line = range.getClientRects()[0];
      const input = box.getBoundingClientRect();
      return Math.round(Math.abs(input.top + input.height / 2 - (line.top + line.height / 2)));
    });
  }

  for (const [name, fontSize] of [
    ['the page text at 200 %', '200%'],
    ['the text at 200 % and the elements at 20 px', '200%;--mn-font-size:20px'],
  ] as const) {
    it(`${name}: the list's checkbox and the form's checkboxes`, async () => {
      const [size, custom] = fontSize.split(';');
      document.documentElement.style.fontSize = size;
      if (custom) document.documentElement.style.setProperty('--mn-font-size', custom.split(':')[1]);
      const list = await fixture<MnOfferList>(
        html`<mn-offer-list filters="all" .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list>`,
      );
      await waitUntil(() => settled(list), 'the list did not show its offers');
      const checkbox = $<HTMLInputElement>(list, '.checkbox input');
      const pairs: [HTMLInputElement, HTMLLabelElement][] = [[checkbox, $<HTMLLabelElement>(list, `label[for="${checkbox.id}"]`)]];
      const form = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<mn-application-form .feedData=${makeFeed(3)}></mn-application-form>`,
      );
      await waitUntil(() => form.shadowRoot?.querySelector('.choice input'), 'the form did not show its choices');
      for (const details of form.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
      for (const box of form.shadowRoot?.querySelectorAll<HTMLInputElement>('.choice input') ?? []) {
        const label = form.shadowRoot?.querySelector<HTMLLabelElement>(`label[for="${box.id}"]`);
        if (label) pairs.push([box, label]);
      }
      expect(pairs.length).to.be.greaterThan(2);
      expect(offsets(pairs).filter((d) => d > 2)).to.deep.equal([]);
    });
  }
});
