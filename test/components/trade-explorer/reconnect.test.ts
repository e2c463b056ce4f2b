/** The explorer taken out of the page and put back (a move in the DOM, a framework re-parenting it). */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { tradesFeed } from './trades-feed.js';
import { $, cardNames, countText, explorer, text, type Explorer } from './helpers.js';

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
    // Moved within the pause after the keystroke.
    elsewhere.append(el);
    await aTimeout(300);
    await el.updateComplete;
    expect(input.isConnected && input.value).to.equal('data');
    expect(countText(el)).to.equal('1 métier');
    expect(cardNames(el)).to.deep.equal(['Data scientist']);
  });

  it('searches the words typed just before it left the page, once back', async () => {
    const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
    const parent = el.parentElement as HTMLElement;
    typeInSearch(el, 'python');
    el.remove();
    await aTimeout(300);
    parent.append(el);
    await el.updateComplete;
    expect(($(el, '#search') as HTMLInputElement).value).to.equal('python');
    expect(cardNames(el)).to.deep.equal(['Data scientist']);
  });

  describe('with sync-url', () => {
    let start: string;
    beforeEach(() => {
      start = location.href;
    });
    afterEach(() => {
      history.replaceState(history.state, '', start);
    });

    const param = (name: string) => new URL(location.href).searchParams.get(name);

    it('shows what the URL says once back, and writes from there', async () => {
      const el = await explorer(html`<mn-trade-explorer sync-url .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const parent = el.parentElement as HTMLElement;
      el.remove();
      // The page opens a trade while the explorer is out of it.
      const url = new URL(location.href);
      url.searchParams.set('mn-trade', 'rssi');
      url.searchParams.set('other', 'kept');
      history.pushState(null, '', url.href);
      parent.append(el);
      await el.updateComplete;
      expect(text($(el, '#detail-title'))).to.equal('Responsable de la sécurité des systèmes d’information');

      // Its next write starts from that state: back to the grid drops the trade and keeps the rest.
      $(el, '[part="back"]').click();
      await el.updateComplete;
      expect(cardNames(el)).to.have.length(7);
      expect(param('mn-trade')).to.equal(null);
      expect(param('other')).to.equal('kept');
    });

    it('shows the grid once back when the URL closed the trade meanwhile', async () => {
      const url = new URL(start);
      url.searchParams.set('mn-trade', 'rssi');
      url.searchParams.set('mn-family', 'securite');
      history.replaceState(history.state, '', url.href);
      const el = await explorer(html`<mn-trade-explorer sync-url .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(text($(el, '#detail-title'))).to.equal('Responsable de la sécurité des systèmes d’information');
      const parent = el.parentElement as HTMLElement;
      el.remove();
      url.searchParams.delete('mn-trade');
      history.replaceState(history.state, '', url.href);
      parent.append(el);
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Responsable de la sécurité des systèmes d’information']);
      expect(text($(el, '[role="tab"][aria-selected="true"] > span'))).to.equal('Sécurité');
    });
  });
});
