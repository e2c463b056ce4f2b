/** The explorer taken out of the page and put back (a move in the DOM, a framework re-parenting it); with sync-url: url-sync.test.ts. */
import { expect, fixture, html } from '@open-wc/testing';
import { tradesFeed } from './trades-feed.js';
import { $, cardNames, countText, explorer, type Explorer } from './helpers.js';

/** Types `query` at once into the search field, as a paste does: the search follows after its pause. */
function typeInSearch(el: Explorer, query: string): HTMLInputElement {
  const input = $(el, '#search') as HTMLInputElement;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: query }));
  return input;
}

describe('<mn-trade-explorer> moved in the page', () => {
  it('searches the words typed just before a move', async () => {
    const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
    const elsewhere = await fixture<HTMLElement>(html`<section></section>`);
    const input = typeInSearch(el, 'data');
    // Moved (or taken out, then put back) within the pause after the keystroke.
    elsewhere.append(el);
    await el.updateComplete;
    expect(input.isConnected && input.value).to.equal('data');
    expect(countText(el)).to.equal('1 métier');
    expect(cardNames(el)).to.deep.equal(['Data scientist']);
  });
});
