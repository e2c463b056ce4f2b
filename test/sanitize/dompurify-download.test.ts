/**
 * DOMPurify is downloaded the first time an engine without the HTML Sanitizer API (Safari) shows an offer's texts. On
 * a flaky network that download fails: the texts say so, and "Réessayer" downloads it again. This file imports nothing
 * of DOMPurify, so that its download is the sanitiser's own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../src/components/offer-detail/offer-detail.component.js';
import { FeedError } from '../../src/data/errors.js';
import { hasSanitizerApi, sanitizeHtml } from '../../src/sanitize/sanitize.js';
import { makeTestDocument, makeTestOffer, NOW } from '../components/offer-card/fixtures.js';
import { allowDownloads, downloadsFailedModulesAgain, failDownloads } from '../support/flaky-downloads.js';
import { collapse as clean } from '../support/text.js';
import { waitUntil } from '../support/wait.js';

const DOMPURIFY_CODE = '/dompurify/';

describe('sanitizeHtml when DOMPurify cannot be downloaded', () => {
  afterEach(allowDownloads);

  it('rejects with a `module` error', async () => {
    failDownloads(DOMPURIFY_CODE);
    const error = await sanitizeHtml('<p>Mission</p>', { engine: 'dompurify' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('module');
  });
});

// Once downloaded, DOMPurify stays in the page: this test comes after every failed download.
describe('<mn-offer-detail> on an engine that needs DOMPurify, when it cannot be downloaded', () => {
  afterEach(allowDownloads);

  it('says the texts could not be loaded, and shows them after "Réessayer" once the network is back', async function () {
    if (hasSanitizerApi()) this.skip(); // the browser's own sanitiser: nothing to download
    if (!(await downloadsFailedModulesAgain())) this.skip();
    failDownloads(DOMPURIFY_CODE);
    const { feed, offer } = makeTestOffer();
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`,
    );
    const shadow = el.shadowRoot as ShadowRoot;
    await waitUntil(() => shadow.querySelector('.sections [role="alert"]'), 'the texts did not say they failed');
    const alert = shadow.querySelector('.sections [role="alert"]') as HTMLElement;
    expect(clean(alert.textContent)).to.equal('Le descriptif complet de l’offre n’a pas pu être chargé. Réessayer');
    allowDownloads();
    alert.querySelector('button')?.click(); // downloads DOMPurify again (the test before failed it too)
    await waitUntil(() => shadow.querySelector('.sections section'), 'the texts did not show after "Réessayer"');
    expect(shadow.querySelector('.sections [role="alert"]')).to.equal(null);
  });
});
