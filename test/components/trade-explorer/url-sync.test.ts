import { expect, html } from '@open-wc/testing';
import { moveInHistory } from '../../fixtures/history.js';
import { tradesFeed } from './trades-feed.js';
import { $, $$, cardNames, explorer, focused, selectedTab, text } from './helpers.js';

describe('<mn-trade-explorer sync-url>', () => {
  let start: string;
  beforeEach(() => {
    start = location.href;
  });
  afterEach(() => {
    history.replaceState(history.state, '', start);
  });

  const param = (name: string) => new URL(location.href).searchParams.get(name);
  /** `from` (the test's starting URL) with `params` set. */
  const urlWith = (params: Record<string, string>, from = start) => {
    const url = new URL(from);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url;
  };

  it('writes the family and the open trade to the URL, under its prefix', async () => {
    const el = await explorer(html`<mn-trade-explorer sync-url="jobs" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    // Count new history entries (history.length is capped by browsers, at 50 in Chromium).
    let pushes = 0;
    const pushState = history.pushState;
    history.pushState = function (...args: Parameters<History['pushState']>) {
      pushes += 1;
      return pushState.apply(this, args);
    };
    try {
      $$(el, '[role="tab"]')[2]?.click();
      await el.updateComplete;
      expect(param('jobs-family')).to.equal('donnees');
      expect(pushes).to.equal(0); // a tab replaces the entry

      const link = $(el, '.card-link') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(new URL(link.href).searchParams.get('jobs-trade')).to.equal('data-scientist');
      link.click();
      await el.updateComplete;
      expect(param('jobs-trade')).to.equal('data-scientist');
      expect(param('jobs-family')).to.equal('donnees');
      expect(pushes).to.equal(1); // opening a trade is a step back can undo
    } finally {
      history.pushState = pushState;
    }

    $(el, '[part="back"]').click();
    await el.updateComplete;
    expect(param('jobs-trade')).to.equal(null);
    expect(param('jobs-family')).to.equal('donnees');
  });

  it('reads its state from the URL, before the attributes', async () => {
    history.replaceState(history.state, '', urlWith({ 'mn-trade': 'rssi', other: 'kept' }).href);
    const el = await explorer(html`<mn-trade-explorer sync-url trade="developpeur" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    expect(text($(el, '#detail-title'))).to.equal('Responsable de la sécurité des systèmes d’information');
    $(el, '[part="back"]').click();
    await el.updateComplete;
    // Back from a preset trade: the URL says "no trade", so that a reload keeps the grid.
    expect(param('mn-trade')).to.equal('none');
    expect(param('other')).to.equal('kept');
    expect(cardNames(el)).to.have.length(7);
  });

  it('follows the back and forward buttons', async () => {
    const el = await explorer(html`<mn-trade-explorer sync-url="te" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    const card = $$(el, '.card').find((c) => c.dataset.trade === 'product-owner');
    (card?.querySelector('.card-link') as HTMLElement).click();
    await el.updateComplete;
    expect(text($(el, '#detail-title'))).to.equal('Product owner');

    await moveInHistory(el);
    expect($$(el, '.detail')).to.have.length(0);
    expect(cardNames(el)).to.have.length(7);
    const again = $$(el, '.card').find((c) => c.dataset.trade === 'product-owner');
    expect(focused(el)).to.equal(again?.querySelector('.card-link'));

    await moveInHistory(el, 'forward');
    expect(text($(el, '#detail-title'))).to.equal('Product owner');
  });

  it('moves to a new prefix, or leaves the URL, when sync-url changes', async () => {
    history.replaceState(history.state, '', urlWith({ 'te-family': 'donnees', other: 'kept' }).href);
    const el = await explorer(html`<mn-trade-explorer sync-url="jobs" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    $$(el, '[role="tab"]')[3]?.click();
    await el.updateComplete;
    expect(param('jobs-family')).to.equal('securite');

    // Another prefix: the old one's parameters go, the new one's are read.
    el.syncUrl = 'te';
    await el.updateComplete;
    expect(param('jobs-family')).to.equal(null);
    expect(text($(el, '[role="tab"][aria-selected="true"] > span'))).to.equal('Données');
    ($(el, '.card-link') as HTMLElement).click();
    await el.updateComplete;
    expect(param('te-trade')).to.equal('data-scientist');

    // Turned off: the parameters go, the view stays.
    el.removeAttribute('sync-url');
    await el.updateComplete;
    expect([...new URL(location.href).searchParams.keys()].filter((k) => k.startsWith('te-'))).to.deep.equal([]);
    expect(param('other')).to.equal('kept');
    expect(text($(el, '#detail-title'))).to.equal('Data scientist');
  });

  it('leaves the URL alone without sync-url', async () => {
    const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
    $$(el, '[role="tab"]')[1]?.click();
    await el.updateComplete;
    ($(el, '.card-link') as HTMLElement).click();
    await el.updateComplete;
    expect(location.href).to.equal(start);
    expect(text($(el, '#detail-title'))).to.equal('Architecte logiciel');
    $(el, '[part="back"]').click();
    await el.updateComplete;
    expect($(el, '.card-link').tagName).to.equal('BUTTON');
    expect(text(selectedTab(el))).to.match(/^Développement/);
    expect(location.href).to.equal(start);
  });

  // Taken out of the page and put back (a move in the DOM, a framework re-parenting it).
  it('shows what the URL says once back, and writes from there', async () => {
    const el = await explorer(html`<mn-trade-explorer sync-url .feedData=${tradesFeed()}></mn-trade-explorer>`);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    // The page opens a trade while the explorer is out of it.
    history.pushState(null, '', urlWith({ 'mn-trade': 'rssi', other: 'kept' }, location.href).href);
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
    const url = urlWith({ 'mn-trade': 'rssi', 'mn-family': 'securite' });
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
