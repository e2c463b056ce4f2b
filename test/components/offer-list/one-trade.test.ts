/**
 * When every offer of a list is of one trade (the page's preset, the visitor's choice), the list says the trade once
 * (its preset, its filter tag), and its cards leave it out: it is not read again on each card.
 */
import { expect, html } from '@open-wc/testing';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { collapse as clean } from '../../support/text.js';
import { cards, choose, renderList } from './helpers.js';

const feed = makeFeed(60);
const tradesShown = (el: MnOfferList) => cards(el).map((c) => clean(c.shadowRoot?.querySelector('[part="trade"]')?.textContent));

describe('<mn-offer-list> whose offers are all of one trade', () => {
  it('shows each card’s trade when the offers are of several', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    const shown = tradesShown(el);
    expect(shown.length).to.be.greaterThan(3);
    expect(new Set(shown.filter(Boolean)).size, 'several trades').to.be.greaterThan(1);
  });

  it('leaves the trade out of the cards with a preset of one trade (the trade explorer’s lists)', async () => {
    const el = await renderList(html`<mn-offer-list trade="developpeur" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    expect(cards(el).length).to.be.greaterThan(0);
    expect(tradesShown(el).every((t) => t === ''), tradesShown(el).join(' | ')).to.equal(true);
    // Two trades: each card says its own.
    el.setAttribute('trade', 'developpeur architecte-logiciel');
    await el.updateComplete;
    await Promise.all(cards(el).map((c) => c.updateComplete));
    expect(tradesShown(el).some((t) => t !== ''), 'the trades are back').to.equal(true);
  });

  it('leaves the trade out once the visitor chooses one, and shows it again when the choice goes', async () => {
    const el = await renderList(html`<mn-offer-list filters="trade" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    await choose(el, 'trade', 'data-scientist');
    expect(cards(el).length).to.be.greaterThan(0);
    expect(tradesShown(el).every((t) => t === '')).to.equal(true);
    await choose(el, 'trade', '');
    expect(new Set(tradesShown(el).filter(Boolean)).size).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });
});
