import { fixture } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { TemplateResult } from 'lit';
import type { MnTradeExplorer } from '../../../src/components/trade-explorer/trade-explorer.component.js';
import '../../../src/components/trade-explorer/mn-trade-explorer.js';
import { textOf } from '../../support/text.js';

export type Explorer = MnTradeExplorer;

/** Renders the explorer and waits until it shows something other than its skeleton. */
export async function explorer(template: TemplateResult): Promise<Explorer> {
  const el = await fixture<Explorer>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('.cards, .empty, .detail, .alert.error'), 'the explorer did not render');
  await el.updateComplete;
  return el;
}

export function $(el: Explorer, selector: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the explorer`);
  return found;
}

export function $$(el: Explorer, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

export const text = textOf;

/** The trade names in the grid, in order. */
export const cardNames = (el: Explorer): string[] => $$(el, '.card-title').map(text);

/** The tabs' visible names (without their counts). */
export const tabNames = (el: Explorer): string[] => $$(el, '[role="tab"] > span:first-child').map(text);

export const selectedTab = (el: Explorer): HTMLElement => $(el, '[role="tab"][aria-selected="true"]');

export const countText = (el: Explorer): string => text($(el, '[role="status"]'));

/** The element focused inside the explorer's shadow root. */
export const focused = (el: Explorer): Element | null => el.shadowRoot?.activeElement ?? null;
