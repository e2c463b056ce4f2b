/**
 * A trade, family or skill name made of one long word (no space to break at) wraps inside the element on a
 * phone-sized column: nothing of the explorer runs past its container, and the page does not widen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { tradesFeed } from './trades-feed.js';
import { $, $$, text, type Explorer } from './helpers.js';

/** A name of `length` characters with no break opportunity after its first letters. */
const longWord = (start: string, length: number) => start + 'X'.repeat(length - start.length);

function longFeed(length: number) {
  const feed = tradesFeed();
  const dev = feed.trades.find((t) => t.id === 'developpeur');
  const family = feed.families.find((f) => f.id === 'developpement');
  if (!dev || !family) throw new Error('the trades feed changed');
  dev.name = longWord('Développeur', length);
  dev.skills = [...dev.skills, longWord('Accessibilité', length)];
  dev.missions = [...dev.missions, longWord('Maintenance', length)];
  family.name = longWord('Développement', length);
  family.description = longWord('Description', length);
  return { feed, trade: dev.name, family: family.name, skill: longWord('Accessibilité', length) };
}

/** Renders the explorer in a column `width` px wide, and waits until it shows what `ready` finds. */
async function inColumn(width: number, content: ReturnType<typeof html>, ready: string): Promise<{ column: HTMLElement; el: Explorer }> {
  const column = await fixture<HTMLElement>(html`<div style="width: ${width}px">${content}</div>`);
  const el = column.firstElementChild as Explorer;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `the explorer did not show ${ready}`);
  await el.updateComplete;
  return { column, el };
}

/** What of the explorer runs past the column's edges: its texts, boxes of `selector`, then the host's own scroll width. */
function overflowing(column: HTMLElement, el: Explorer, selector: string): string[] {
  const box = column.getBoundingClientRect();
  const out: string[] = [];
  const root = el.shadowRoot as ShadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = node.textContent?.trim();
    if (!words || node.parentElement?.closest('.visually-hidden, [hidden]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1)) {
      out.push(`text "${words.slice(0, 20)}…" ${Math.round(rect.right - box.right)} px out`);
    }
  }
  for (const part of $$(el, selector)) {
    const rect = part.getBoundingClientRect();
    if (rect.left < box.left - 1 || rect.right > box.right + 1) {
      out.push(`${part.className || part.tagName} "${text(part).slice(0, 20)}…" ${Math.round(rect.width)} px wide`);
    }
  }
  if (el.getBoundingClientRect().width > box.width + 1) out.push(`host ${Math.round(el.getBoundingClientRect().width)} px wide`);
  if (el.scrollWidth > el.clientWidth + 1) out.push(`host scrolls to ${el.scrollWidth} px`);
  if (column.scrollWidth > column.clientWidth + 1) out.push(`column scrolls to ${column.scrollWidth} px`);
  return out;
}

describe('<mn-trade-explorer> with names of one long word', () => {
  for (const width of [320, 360]) {
    for (const length of [40, 300]) {
      describe(`${length} characters, ${width} px wide`, () => {
        it('wraps the tabs, cards and family names of the grid inside the column', async () => {
          const { feed, trade, family } = longFeed(length);
          const { column, el } = await inColumn(width, html`<mn-trade-explorer .feedData=${feed}></mn-trade-explorer>`, '.cards');
          // The whole names show, wrapped.
          const tab = $$(el, '[role="tab"]').find((t) => t.dataset.family === 'developpement');
          expect(text(tab?.querySelector('span') as HTMLElement)).to.equal(family);
          const card = $$(el, '.card').find((c) => c.dataset.trade === 'developpeur');
          expect(text(card?.querySelector('.card-link') as HTMLElement)).to.equal(trade);
          expect(text(card?.querySelector('.card-family') as HTMLElement)).to.equal(family);
          expect(overflowing(column, el, '.toolbar, [role="tab"], .card, .card-link, .card-family, .cards')).to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);

          // The family's tab, with its description.
          tab?.click();
          await el.updateComplete;
          expect(overflowing(column, el, '[role="tab"], .family-description, .card, .card-link')).to.deep.equal([]);
        });

        it('wraps the title, family and skills of the opened trade inside the column', async () => {
          const { feed, trade, skill } = longFeed(length);
          const { column, el } = await inColumn(
            width,
            html`<mn-trade-explorer trade="developpeur" .feedData=${feed}></mn-trade-explorer>`,
            '.detail',
          );
          expect(text($(el, '#detail-title'))).to.equal(trade);
          expect($$(el, '.skills .tag').map(text)).to.include(skill);
          expect(overflowing(column, el, '.detail-title, .detail-family, .facts > *, .missions li, .skills .tag, .detail')).to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        });
      });
    }
  }
});
