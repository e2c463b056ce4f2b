/**
 * The application form's code is downloaded when a visitor first presses "Postuler" (`mn-offer-detail` alone, or
 * through the loader): on a slow network, the form's place says "Chargement…" until it is there. This file imports
 * nothing of the form, so that its download is the detail's own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import { holdDownloads, releaseDownloads } from '../../support/flaky-downloads.js';
import { collapse as clean } from '../../support/text.js';
import { waitUntil } from '../../support/wait.js';
import { makeTestDocument, makeTestOffer, NOW } from '../offer-card/fixtures.js';

describe('<mn-offer-detail> while the application form’s code downloads', () => {
  afterEach(releaseDownloads);

  it('says "Chargement…" in the form’s place, then shows the form', async () => {
    const { feed, offer } = makeTestOffer();
    const el = await fixture<MnOfferDetail>(
      html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>`,
    );
    const shadow = el.shadowRoot as ShadowRoot;
    holdDownloads('/src/components/application-form/');
    shadow.querySelector<HTMLButtonElement>('button[part="apply-button"]')?.click();
    await el.updateComplete;
    const status = shadow.querySelector('#application [role="status"]');
    expect(clean(status?.textContent)).to.equal('Chargement…');
    expect(status?.getClientRects().length, 'shown').to.be.greaterThan(0);
    expect(customElements.get('mn-application-form') === undefined, 'the form’s code is still on its way').to.equal(true);
    await expect(el).to.be.accessible();

    await releaseDownloads();
    await customElements.whenDefined('mn-application-form');
    await waitUntil(() => !shadow.querySelector('#application [role="status"]'), '"Chargement…" stayed');
    const form = shadow.querySelector('#application mn-application-form') as HTMLElement & { updateComplete: Promise<unknown> };
    await form.updateComplete;
    expect(form.shadowRoot?.querySelector('form'), 'the form’s fields').to.not.equal(null);
  });
});
