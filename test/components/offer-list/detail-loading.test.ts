/**
 * `detail="inline"`: the detail's code is downloaded with the list. On a slow network a visitor may open an offer
 * before it is there: the list says "Chargement de l’offre…" in its place until it is. This file imports nothing of
 * the detail, so that its download is the list's own.
 */
import { expect, html } from '@open-wc/testing';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { holdDownloads, releaseDownloads } from '../../support/flaky-downloads.js';
import { collapse as clean } from '../../support/text.js';
import { waitUntil } from '../../support/wait.js';
import { $, cards, renderList, root, stayOnPageEach } from './helpers.js';

describe('<mn-offer-list detail="inline"> while the detail’s code downloads', () => {
  stayOnPageEach();
  afterEach(releaseDownloads);

  it('says "Chargement de l’offre…" in place of the offer, then shows it, the focus on its title', async () => {
    holdDownloads('/src/components/offer-detail/');
    const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${makeFeed(6)} .now=${FIXTURE_NOW}></mn-offer-list>`);
    const title = cards(el)[1]?.offer?.title;
    cards(el)[1]?.shadowRoot?.querySelector<HTMLElement>('a.link')?.click();
    await el.updateComplete;
    const status = root(el).querySelector('[part="detail"] [role="status"]');
    expect(clean(status?.textContent)).to.equal('Chargement de l’offre…');
    expect(status?.getClientRects().length, 'shown').to.be.greaterThan(0);
    expect($(el, '.list').hidden, 'the list makes way').to.equal(true);
    expect(customElements.get('mn-offer-detail') === undefined, 'the detail’s code is still on its way').to.equal(true);
    await expect(el).to.be.accessible();

    await releaseDownloads();
    await customElements.whenDefined('mn-offer-detail');
    await waitUntil(() => !root(el).querySelector('[part="detail"] [role="status"]'), '"Chargement de l’offre…" stayed');
    const detail = $(el, 'mn-offer-detail');
    await waitUntil(() => detail.shadowRoot?.activeElement?.matches('[part="title"]'), 'the focus did not reach the offer’s title');
    expect(clean(detail.shadowRoot?.activeElement?.textContent)).to.equal(title);
  });
});
