/**
 * A text attribute removed gives its property back its `''` default (Lit would set `null`, which the types do
 * not allow and which made the form throw on `.trim()`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/application-form/mn-application-form.js';
import '../../src/components/offer-card/mn-offer-card.js';
import '../../src/components/offer-detail/mn-offer-detail.js';
import '../../src/components/offer-list/mn-offer-list.js';
import '../../src/components/trade-explorer/mn-trade-explorer.js';
import { makeFeed } from '../fixtures/make-feed.js';

const TEXT_ATTRIBUTES: Record<string, Record<string, string>> = {
  'mn-application-form': { 'offer-id': 'offerId', action: 'action', 'privacy-href': 'privacyHref', 'consent-text': 'consentText', feed: 'feed' },
  'mn-offer-card': { 'offer-id': 'offerId', feed: 'feed' },
  'mn-offer-detail': { 'offer-id': 'offerId', feed: 'feed' },
  'mn-offer-list': {
    feed: 'feed',
    organisation: 'organisation',
    trade: 'trade',
    family: 'family',
    region: 'region',
    departement: 'departement',
    contract: 'contract',
    remote: 'remote',
    category: 'category',
    keywords: 'keywords',
    heading: 'heading',
  },
  'mn-trade-explorer': { feed: 'feed', family: 'family', trade: 'trade' },
};

describe('text attributes removed', () => {
  const feed = makeFeed(3);
  for (const [tag, attributes] of Object.entries(TEXT_ATTRIBUTES)) {
    it(`<${tag}> reads them as empty again, and keeps updating`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean>; feedData: unknown };
      el.feedData = feed;
      wrapper.append(el);
      await el.updateComplete;
      for (const [attribute, property] of Object.entries(attributes)) {
        el.setAttribute(attribute, 'x');
        await el.updateComplete;
        el.removeAttribute(attribute);
        expect(await el.updateComplete, attribute).to.equal(true);
        expect((el as unknown as Record<string, unknown>)[property], attribute).to.equal('');
      }
    });
  }
});
