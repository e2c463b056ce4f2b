/**
 * The detail's texts are in its language, which may not be the page's (a page in Spanish gets French; the
 * configuration may choose English on a French page): the element says which, for screen readers (RGAA 8.7).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import { configure } from '../../../src/config.js';
import { loadLang } from '../../../src/i18n/localize.js';
import { collapse as clean, langOf } from '../../support/text.js';
import { makeTestDocument, makeTestOffer, NOW, stubClient, wireFeed } from '../offer-card/fixtures.js';

async function detailIn(lang: string, offerId?: string): Promise<MnOfferDetail> {
  const { feed, offer } = makeTestOffer();
  const outcome = oneEvent(document, offerId ? 'mn-error' : 'mn-load');
  const server = stubClient({ 'offers.json': wireFeed() });
  const page = await fixture<HTMLElement>(
    offerId
      ? html`<div lang=${lang}><mn-offer-detail .now=${NOW} offer-id=${offerId} feed="https://feeds.example.org/feed/v1/offers.json" .client=${server.client}></mn-offer-detail></div>`
      : html`<div lang=${lang}><mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail></div>`,
  );
  await outcome;
  const el = page.querySelector('mn-offer-detail') as MnOfferDetail;
  await el.updateComplete;
  return el;
}

const $ = (el: MnOfferDetail, selector: string) => el.shadowRoot?.querySelector(selector) as Element;

describe('<mn-offer-detail> language of its texts', () => {
  before(() => loadLang('en'));

  it('says its French is French on a page in another language, also with no offer to show', async () => {
    const el = await detailIn('es');
    expect(clean($(el, '[part=apply-title]').textContent)).to.equal('Candidater');
    expect(langOf($(el, '[part=apply-title]'))).to.equal('fr');
    expect(langOf($(el, '.fact dt'))).to.equal('fr');
    const missing = await detailIn('es', 'gone');
    expect(clean($(missing, '[part=title]').textContent)).to.equal('Offre introuvable');
    expect(langOf($(missing, '[part=title]'))).to.equal('fr');
  });

  it('says its English is English when the configuration chooses it on a French page', async () => {
    configure({ lang: 'en' });
    try {
      const el = await detailIn('fr');
      expect(clean($(el, '[part=apply-title]').textContent)).to.equal('Apply');
      expect(langOf($(el, '[part=apply-title]'))).to.equal('en');
      expect(langOf($(el, '[part=title] span')), 'the offer’s title, from the feed').to.equal('fr');
    } finally {
      configure({ lang: undefined });
    }
  });
});
