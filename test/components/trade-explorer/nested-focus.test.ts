/**
 * The explorer inside a component of a framework (in its shadow root): the back and forward buttons move the focus
 * as they do for an explorer in the page, to the trade's card or title.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { moveInHistory } from '../../fixtures/history.js';
import { waitUntil } from '../../support/wait.js';
import { tradesFeed } from './trades-feed.js';
import { $, $$, focused, text, type Explorer } from './helpers.js';

describe('<mn-trade-explorer sync-url> inside a shadow root', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', start);
  });

  it('takes the focus back to the card of the trade left with the back button, and to its title with forward', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('mn-trade-explorer') as Explorer;
    el.setAttribute('sync-url', 'nested');
    el.feedData = tradesFeed();
    host.attachShadow({ mode: 'open' }).append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'the explorer did not render');
    const link = $$(el, '.card').find((c) => c.dataset.trade === 'product-owner')?.querySelector<HTMLElement>('.card-link');
    link?.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('detail-title');

    await moveInHistory(el);
    const card = focused(el)?.closest<HTMLElement>('.card');
    expect(card?.dataset.trade, 'the card focused').to.equal('product-owner');

    await moveInHistory(el, 'forward');
    expect(focused(el)?.id).to.equal('detail-title');
    expect(text($(el, '#detail-title'))).to.equal('Product owner');
  });
});
