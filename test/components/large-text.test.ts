/**
 * WCAG 1.4.4 and 1.4.10: on a 320 px wide column with the text at 200 %, no text of an element runs past
 * the column's edge (long French words such as « spontanée », « numériques » wrap instead).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { textPastRight } from '../support/overflow.js';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import '../../src/components/application-form/mn-application-form.js';
import '../../src/components/offer-card/mn-offer-card.js';
import '../../src/components/offer-list/mn-offer-list.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { cards, settled } from './offer-list/helpers.js';

async function atDoubleText(template: TemplateResult): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return wrapper;
}

describe('text at 200 % in a 320 px column', () => {
  const feed = makeFeed(3);
  before(() => {
    document.documentElement.style.fontSize = '200%';
  });
  after(() => {
    document.documentElement.style.fontSize = '';
  });

  it('the spontaneous application form wraps its title and legends', async () => {
    const wrapper = await atDoubleText(html`<mn-application-form .feedData=${feed}></mn-application-form>`);
    expect(textPastRight(wrapper, wrapper.getBoundingClientRect().right)).to.deep.equal([]);
  });

  it('the list wraps its texts', async () => {
    const wrapper = await atDoubleText(html`<mn-offer-list heading="Rejoignez nos équipes numériques" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    // The offers, not the loading skeleton, are what is measured.
    const list = wrapper.firstElementChild as MnOfferList;
    await waitUntil(() => settled(list), 'the list did not show its offers');
    await Promise.all(cards(list).map((card) => card.updateComplete));
    const titles = cards(list).map((card) => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim());
    expect(titles).to.not.be.empty;
    expect(titles).to.deep.equal(cards(list).map((card) => card.offer?.title));
    expect(textPastRight(wrapper, wrapper.getBoundingClientRect().right)).to.deep.equal([]);
  });

  it('a card wraps its texts', async () => {
    const wrapper = await atDoubleText(html`<mn-offer-card .offer=${feed.offers[0]} .feedData=${feed}></mn-offer-card>`);
    expect(textPastRight(wrapper, wrapper.getBoundingClientRect().right)).to.deep.equal([]);
  });
});
