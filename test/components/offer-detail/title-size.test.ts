/** The offer's title is drawn by its level, below the page's own headings, unless the page sets its size. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import { makeTestDocument, makeTestOffer, NOW } from '../offer-card/fixtures.js';

async function titleSize(level: number, style = ''): Promise<number> {
  const { feed, offer } = makeTestOffer();
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 1000px; ${style}"></div>`);
  const el = document.createElement('mn-offer-detail') as MnOfferDetail;
  Object.assign(el, { now: NOW, offer, feedData: feed, offerDocument: makeTestDocument(), headingLevel: level });
  const loaded = oneEvent(el, 'mn-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  const title = el.shadowRoot?.querySelector(`h${level}[part="title"]`) as HTMLElement;
  return parseFloat(getComputedStyle(title).fontSize);
}

describe('<mn-offer-detail> title size', () => {
  it('is smaller under the page’s headings: h1 = h2 > h3 > h4 > h5', async () => {
    const [h1, h2, h3, h4, h5] = [await titleSize(1), await titleSize(2), await titleSize(3), await titleSize(4), await titleSize(5)];
    expect(h1).to.equal(h2);
    expect(h2).to.be.greaterThan(h3);
    expect(h3).to.be.greaterThan(h4);
    expect(h4).to.be.greaterThan(h5);
  });

  it('follows --mn-offer-detail-title-size at every level', async () => {
    expect(await titleSize(3, '--mn-offer-detail-title-size: 40px')).to.equal(40);
    expect(await titleSize(1, '--mn-offer-detail-title-size: 40px')).to.equal(40);
  });
});
