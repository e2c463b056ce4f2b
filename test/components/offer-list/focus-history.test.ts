import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { countPushes, moveInHistory } from '../../fixtures/history.js';
import { $, cards, choose, countText, focused, renderList, root, settled, stayOnPageEach } from './helpers.js';

const feed = makeFeed(120);

const go = moveInHistory;

/** The opened offer's detail, once it shows its title. */
async function openedDetail(el: MnOfferList): Promise<{ detail: MnOfferDetail; title: HTMLElement }> {
  await waitUntil(() => root(el).querySelector('mn-offer-detail')?.shadowRoot?.querySelector('[part="title"]'), 'no detail title');
  const detail = $<MnOfferDetail>(el, 'mn-offer-detail');
  return { detail, title: detail.shadowRoot?.querySelector('[part="title"]') as HTMLElement };
}

describe('<mn-offer-list> focus', () => {
  describe('after back and forward (sync-url)', () => {
    countPushes();

    it('goes to the count when the page changes while the focus is on the pagination', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      $(el, '.page.next').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(countText(el)).to.contain('page 2 sur');
      // The visitor goes on to the pagination, where "previous" will lead nowhere on page 1.
      $(el, '.page.previous').focus();

      await go(el, 'back');
      expect(countText(el)).to.contain('page 1 sur');
      expect(focused(el)?.id).to.equal('count');

      $(el, '.page.number[aria-current="page"]').focus();
      await go(el, 'forward');
      expect(countText(el)).to.contain('page 2 sur');
      expect(focused(el)?.id).to.equal('count');
    });

    it('goes to the count when the filter whose chip had the focus is undone', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await choose(el, 'region', '53');
      $(el, '.chip').focus();

      await go(el, 'back');
      expect(root(el).querySelector('.chip')).to.equal(null);
      expect(focused(el)?.id).to.equal('count');
    });

    it('goes to the count when the focus had been lost to the page’s body', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      $(el, '.page.next').click();
      await elementUpdated(el);
      (focused(el) as HTMLElement | null)?.blur();
      expect(document.activeElement?.localName).to.equal('body');

      await go(el, 'back');
      expect(countText(el)).to.contain('page 1 sur');
      expect(focused(el)?.id).to.equal('count');
    });

    it('leaves the focus where it is elsewhere on the page', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <label>Rechercher sur le site <input id="site-search" type="search" /></label>
        <mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>
      </div>`);
      const el = page.querySelector('mn-offer-list') as MnOfferList;
      await waitUntil(() => settled(el), 'the list did not settle');
      $(el, '.page.next').click();
      await elementUpdated(el);
      const search = page.querySelector<HTMLInputElement>('#site-search') as HTMLInputElement;
      search.focus();

      await go(el, 'back');
      expect(countText(el)).to.contain('page 1 sur');
      expect(document.activeElement?.id).to.equal('site-search');
      expect(focused(el)?.id).to.equal(undefined);
    });
  });

  describe('on an offer opened in place', () => {
    stayOnPageEach();

    const link = (el: MnOfferList, index: number) =>
      cards(el)[index]?.shadowRoot?.querySelector<HTMLAnchorElement>('a.link') as HTMLAnchorElement;

    it('goes to the title of an offer opened again by "forward"', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      link(el, 0).click();
      await elementUpdated(el);
      await openedDetail(el);
      await go(el, 'back');
      expect(root(el).querySelector('mn-offer-detail')).to.equal(null);

      await go(el, 'forward');
      const { detail, title } = await openedDetail(el);
      await waitUntil(() => detail.shadowRoot?.activeElement === title, 'the focus did not reach the title');
    });
  });
});
