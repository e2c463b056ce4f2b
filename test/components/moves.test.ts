import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/components/offer-card/mn-offer-card.js';
import { isOpen } from '../../src/data/feed-lookups.js';
import { formatDate, formatNumber, loadLang, translate, type MessageKey } from '../../src/i18n/localize.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { cards, countText, settled } from './offer-list/helpers.js';
import { collapse as clean } from '../support/text.js';
import { countPushes } from '../fixtures/history.js';


/** Two places of a page to move elements between. */
async function twoPlaces(first: string, second: string): Promise<[HTMLElement, HTMLElement]> {
  const wrap = await fixture<HTMLElement>(html`<div><section lang=${first}></section><section lang=${second}></section></div>`);
  return [...wrap.querySelectorAll('section')] as [HTMLElement, HTMLElement];
}

describe('moving elements in the page', () => {
  before(async () => {
    await loadLang('en');
  });

  it('a list moved while it indexes a big feed still shows its offers', async function () {
    this.timeout(60_000);
    const [from, to] = await twoPlaces('fr', 'fr');
    const feed = makeFeed(3000);
    const open = feed.offers.filter((o) => isOpen(o, FIXTURE_NOW)).length;
    const list = document.createElement('mn-offer-list');
    list.feedData = feed;
    list.now = FIXTURE_NOW;
    from.append(list);
    await list.updateComplete; // first render; the feed's task starts
    await list.updateComplete; // the feed is there: its indexing starts, in slices
    expect(settled(list), 'the list is still indexing when it moves').to.equal(false);
    to.append(list);
    await waitUntil(() => settled(list), 'the moved list stayed on its loading skeleton', { timeout: 30_000 });
    expect(countText(list)).to.match(new RegExp(`^${translate('fr', 'offerList.count', { count: formatNumber('fr', open), n: open })} – `));
    expect(cards(list)).to.have.length(20);
  });

  /** A list of 30 offers shown in `place`, and its search field with words typed in it, not yet searched. */
  async function listTypedIn(place: HTMLElement, attributes: Record<string, string> = {}) {
    const list = document.createElement('mn-offer-list');
    for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
    list.feedData = makeFeed(30);
    list.now = FIXTURE_NOW;
    place.append(list);
    await waitUntil(() => settled(list));
    const all = countText(list);
    const input = list.shadowRoot?.querySelector<HTMLInputElement>('#keywords') as HTMLInputElement;
    input.value = 'introuvablezz';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return { list, input, all };
  }

  it('a list moved while the visitor types searches the words typed', async () => {
    const [from, to] = await twoPlaces('fr', 'fr');
    const { list, input } = await listTypedIn(from);
    // Moved before the pause that commits the words (a keyed re-order in a framework, a CMS preview).
    to.append(list);
    await list.updateComplete;
    expect(input.value).to.equal('introuvablezz');
    expect(countText(list)).to.equal(translate('fr', 'offerList.count', { count: '0', n: 0 }));
  });

  describe('with sync-url', () => {
    const urls = countPushes();

    it('a list put back later takes the URL as it is then, and writes nothing', async () => {
      const [from] = await twoPlaces('fr', 'fr');
      const { list, input } = await listTypedIn(from, { 'sync-url': '' });
      list.remove(); // within the pause after the keystroke
      const url = new URL(location.href);
      url.searchParams.set('mn-q', 'paris');
      history.pushState(null, '', url); // meanwhile, the page moves on
      const pushed = urls.pushes;
      from.append(list);
      await list.updateComplete;
      expect(location.href).to.equal(url.href);
      expect(urls.pushes).to.equal(pushed);
      expect(input.value).to.equal('paris');
    });
  });

  it('a list moved after its search field was hidden does not search the words it had', async () => {
    const [from, to] = await twoPlaces('fr', 'fr');
    const { list, all } = await listTypedIn(from);
    list.setAttribute('filters', 'region contract');
    await list.updateComplete;
    to.append(list);
    await list.updateComplete;
    expect(list.shadowRoot?.querySelector('#keywords')).to.equal(null);
    expect(countText(list)).to.equal(all);
  });

  it('a list moved from an English section into a French one speaks French, and so do its cards', async () => {
    const [english, french] = await twoPlaces('en', 'fr');
    const list = document.createElement('mn-offer-list');
    list.feedData = makeFeed(30);
    list.now = FIXTURE_NOW;
    english.append(list);
    await waitUntil(() => settled(list), 'the list did not show its offers');
    await list.updateComplete;
    expect(countText(list)).to.match(/^\d+ offers – page 1 of 2$/);

    french.append(list);
    await list.updateComplete;
    await Promise.all(cards(list).map((c) => c.updateComplete));
    expect(countText(list)).to.match(/^\d+ offres – page 1 sur 2$/);
    for (const card of cards(list)) {
      const tags = [...(card.shadowRoot?.querySelectorAll('.tag') ?? [])].map((t) => clean(t.textContent));
      const keys = [...(card.offer?.employmentType ?? []).map((c) => `contract.${c}`), ...(card.offer?.category ?? []).map((c) => `category.${c}`)] as MessageKey[];
      expect(tags, card.offer?.id).to.include.members(keys.map((k) => translate('fr', k)));
      // 'Freelance' is the same in both: only the labels that differ tell the language.
      const english = keys.filter((k) => translate('en', k) !== translate('fr', k)).map((k) => translate('en', k));
      for (const label of english) expect(tags, card.offer?.id).not.to.include(label);
    }
  });

  it('a card moved from an English section into a French one speaks French', async () => {
    const [english, french] = await twoPlaces('en', 'fr');
    const feed = makeFeed(1);
    const card = document.createElement('mn-offer-card');
    Object.assign(card, { offer: feed.offers[0], feedData: feed, now: FIXTURE_NOW });
    english.append(card);
    await card.updateComplete;
    const posted = () => clean(card.shadowRoot?.querySelector('.posted')?.textContent);
    const date = feed.offers[0]?.datePosted ?? 0;
    expect(posted()).to.equal(translate('en', 'offerCard.posted', { date: formatDate('en', date) }));

    french.append(card);
    await card.updateComplete;
    expect(posted()).to.equal(translate('fr', 'offerCard.posted', { date: formatDate('fr', date) }));
  });
});
