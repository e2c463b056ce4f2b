/**
 * What a page puts inside an element (say a link to the offers) shows until the element's code runs: a browser that
 * cannot run it (blocked script, failed download, no JavaScript) still gives the visitor a way to the offers. Once the
 * element runs, that content is neither shown nor read (no element has a default slot). This file imports the
 * elements only in its tests, so that each one is first seen undefined.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { makeTestDocument, makeTestOffer, NOW } from './offer-card/fixtures.js';

const FALLBACK = 'https://metiers.numerique.gouv.fr/emplois';

interface Case {
  tag: string;
  load: () => Promise<unknown>;
  /** Properties set before the element is defined (as a framework or a page script may do). */
  props: () => Record<string, unknown>;
  attrs?: Record<string, string>;
}

// In an order where no element is defined by one before it (the list brings the card; the explorer, the list).
const cases: Case[] = [
  {
    tag: 'mn-offer-card',
    load: () => import('../../src/components/offer-card/mn-offer-card.js'),
    props: () => {
      const feed = makeFeed(1);
      return { offer: feed.offers[0], feedData: feed, now: FIXTURE_NOW };
    },
  },
  {
    tag: 'mn-offer-detail',
    load: () => import('../../src/components/offer-detail/mn-offer-detail.js'),
    props: () => {
      const { feed, offer } = makeTestOffer();
      return { offer, feedData: feed, offerDocument: makeTestDocument(), now: NOW };
    },
  },
  {
    tag: 'mn-application-form',
    load: () => import('../../src/components/application-form/mn-application-form.js'),
    props: () => ({ feedData: makeFeed(3) }),
    attrs: { action: '/api/applications' },
  },
  { tag: 'mn-offer-list', load: () => import('../../src/components/offer-list/mn-offer-list.js'), props: () => ({ feedData: makeFeed(3), now: FIXTURE_NOW }) },
  { tag: 'mn-trade-explorer', load: () => import('../../src/components/trade-explorer/mn-trade-explorer.js'), props: () => ({ feedData: makeFeed(3), now: FIXTURE_NOW }) },
];

describe('content put inside an element: shown until the element runs, then not', () => {
  for (const { tag, load, props, attrs = {} } of cases) {
    it(`<${tag}>`, async () => {
      expect(customElements.get(tag) === undefined, 'not defined yet').to.equal(true);
      const box = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      Object.assign(el, props());
      const link = document.createElement('a');
      link.href = FALLBACK;
      link.textContent = 'Les offres d’emploi sur metiers.numerique.gouv.fr';
      el.append(link);
      box.append(el);
      expect(link.getClientRects().length, 'the link shows while the element is not defined').to.be.greaterThan(0);

      await load();
      await customElements.whenDefined(tag);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('slot:not([name])'), 'no default slot').to.equal(null);
      expect(link.getClientRects().length, 'the link is no longer shown').to.equal(0);
      expect(el.shadowRoot?.textContent?.trim(), 'the element shows its own content').to.not.equal('');
      await expect(box).to.be.accessible();
    });
  }
});
