import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/components/offer-list/mn-offer-list.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { countText, renderList, root, settled } from '../components/offer-list/helpers.js';

/** The English messages are their own module: has this page fetched it? */
const englishFetched = () => performance.getEntriesByType('resource').some((r) => /\/i18n\/en\.(ts|js)\b/.test(r.name));

// The tests of this file run in order, in one page: the first one needs the English messages not loaded yet.
describe('languages', () => {
  it('a French page does not download the English messages', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list>`);
    expect(countText(el)).to.match(/^\d+ offres – page 1 sur 2$/);
    expect(englishFetched()).to.equal(false);
  });

  it('an English element waits for its messages, then shows English only, never French first', async () => {
    const el = document.createElement('mn-offer-list');
    el.lang = 'en';
    el.feedData = makeFeed(30);
    el.now = FIXTURE_NOW;
    const seen: string[] = [];
    document.body.append(el);
    // Every text the element ever shows, as it shows it.
    const observer = new MutationObserver(() => seen.push(root(el).textContent ?? ''));
    observer.observe(root(el), { childList: true, subtree: true, characterData: true });
    expect(root(el).textContent?.trim()).to.equal('');
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Loading offers…');
    await waitUntil(() => settled(el), 'the list did not show its offers');
    observer.disconnect();
    expect(englishFetched()).to.equal(true);
    expect(countText(el)).to.match(/^\d+ offers – page 1 of 2$/);
    expect(seen.join(' ')).not.to.match(/offres|Chargement|Rechercher/);
    el.remove();
  });

  it('follows its container when the language of the page changes, both ways', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="fr"><mn-offer-list .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list></section>`);
    const list = section.querySelector('mn-offer-list') as MnOfferList;
    await waitUntil(() => settled(list), 'the list did not show its offers');
    const count = countText(list).split(' ')[0];
    expect(countText(list)).to.equal(`${count} offres – page 1 sur 2`);
    section.lang = 'en-GB';
    await waitUntil(() => countText(list) === `${count} offers – page 1 of 2`, 'the list did not switch to English');
    section.lang = 'fr-FR';
    await waitUntil(() => countText(list) === `${count} offres – page 1 sur 2`, 'the list did not switch back to French');
  });
});
