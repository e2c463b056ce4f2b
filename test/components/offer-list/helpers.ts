/** Helpers shared by the `<mn-offer-list>` tests. */
import { elementUpdated, fixture } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { TemplateResult } from 'lit';
import type { MnOfferCard } from '../../../src/components/offer-card/offer-card.component.js';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import '../../../src/components/offer-list/mn-offer-list.js';
import { collapse } from '../../support/text.js';

export const root = (el: MnOfferList): ShadowRoot => el.shadowRoot as ShadowRoot;

export function $<T extends Element = HTMLElement>(el: MnOfferList, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <mn-offer-list>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(el: MnOfferList, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

/** Whether the list shows something final: cards, the empty state or an error. */
export function settled(el: MnOfferList): boolean {
  return root(el)?.querySelector('.results:not([aria-busy]), .empty, .alert.error') != null;
}

/** Renders a list and waits until its data shows. */
export async function renderList(template: TemplateResult): Promise<MnOfferList> {
  const el = await fixture<MnOfferList>(template);
  await waitUntil(() => settled(el), 'the list did not settle');
  await el.updateComplete;
  await Promise.all(cards(el).map((c) => c.updateComplete));
  return el;
}

export const cards = (el: MnOfferList): MnOfferCard[] => $$<MnOfferCard>(el, 'mn-offer-card');

/** The titles the cards show, as a visitor reads them. */
export const titles = (el: MnOfferList): string[] =>
  cards(el).map((c) => c.shadowRoot?.querySelector('.link')?.textContent?.trim() ?? '');

export const ids = (el: MnOfferList): string[] => cards(el).map((c) => c.offer?.id ?? '');

/** The text of the live region with the count. */
export const countText = (el: MnOfferList): string => $(el, '#count').textContent?.trim() ?? '';

/** Picks a value in a filter select as a visitor would (the change event), then waits for the render. */
export async function choose(el: MnOfferList, key: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select[name="${key}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await elementUpdated(el);
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

/** The option texts of a select, as shown (`text` keeps the no-break spaces of the indentation). */
export const optionTexts = (el: MnOfferList, key: string): string[] =>
  [...$<HTMLSelectElement>(el, `select[name="${key}"]`).options].map((o) => o.text);

/**
 * The name of a control that takes it from its content, as assistive technologies compute it: its text without
 * what is `aria-hidden`, blanks collapsed. Checks that no `aria-label` or `aria-labelledby` overrides it.
 */
export function nameFromContent(control: Element): string {
  if (control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby')) throw new Error('named by an attribute');
  return textWithout(control, () => false);
}

/** The text of `root` without what is `aria-hidden` nor what `skip` says, blanks collapsed. */
export function textWithout(root: Element, skip: (element: Element) => boolean): string {
  const text = (node: Node): string =>
    node instanceof Element
      ? node.getAttribute('aria-hidden') === 'true' || skip(node)
        ? ''
        : [...node.childNodes].map(text).join('')
      : node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : '';
  return collapse(text(root));
}

/** The element focused inside the list's shadow root. */
export const focused = (el: MnOfferList): Element | null => root(el).activeElement;

/**
 * Cards' links navigate when nothing cancels them: in tests that click them, a
 * window listener cancels the click as a last resort, so the test page stays.
 */
export function stayOnPage(): () => void {
  const stop = (e: Event) => {
    if (e.composedPath().some((n) => n instanceof HTMLAnchorElement && n.href)) e.preventDefault();
  };
  window.addEventListener('click', stop);
  return () => window.removeEventListener('click', stop);
}

/**
 * For each test of the enclosing `describe`: link clicks stay on the page, and the page's URL is put back after.
 * Returns the URL each test starts at.
 */
export function stayOnPageEach(): { readonly start: string } {
  const page = { start: '' };
  let restoreClicks: () => void;
  beforeEach(() => {
    page.start = location.href;
    restoreClicks = stayOnPage();
  });
  afterEach(() => {
    restoreClicks();
    history.replaceState(history.state, '', page.start);
  });
  return page;
}
