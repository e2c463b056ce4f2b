/** A search without a word (emoji, symbols, lone accents) matches no offer: the list says so, as for any word. */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MnFilterChangeEvent } from '../../../src/events/mn-filter-change.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { $, $$, cards, countText, renderList } from './helpers.js';

const feed = makeFeed(20);

describe('<mn-offer-list> search without a word', () => {
  it('shows the empty state with its way out for "🦄" typed in the search field', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    expect(cards(el).length).to.be.greaterThan(0);
    const input = $<HTMLInputElement>(el, '#keywords');
    input.focus();
    const changed = oneEvent(el, 'mn-filter-change') as Promise<MnFilterChangeEvent>;
    // Entered at once, as an emoji picker does (WebKitWebDriver types nothing beyond the BMP), then Enter.
    input.value = '🦄';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: '🦄' }));
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    expect([event.filters.keywords, event.total]).to.deep.equal(['🦄', 0]);
    await el.updateComplete;
    expect(input.value).to.equal('🦄');
    expect(cards(el)).to.have.length(0);
    expect(countText(el)).to.equal('Aucune offre');
    expect($(el, '.empty-title').textContent?.trim()).to.equal('Aucune offre ne correspond à votre recherche.');
    const reset = $$<HTMLButtonElement>(el, '.empty .actions button');
    expect(reset).to.have.length(1);
    await expect(el).to.be.accessible();
    reset[0]?.click();
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(input.value).to.equal('');
    expect(cards(el).length).to.be.greaterThan(0);
  });
});
