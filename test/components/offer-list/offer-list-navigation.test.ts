import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import { queryOffers } from '../../../src/data/query.js';
import type { MnFilterChangeEvent } from '../../../src/events/mn-filter-change.js';
import type { MnOfferSelectEvent } from '../../../src/events/mn-offer-select.js';
import { FeedClient } from '../../../src/data/feed-client.js';
import { FIXTURE_NOW, makeFeed, makeOffer } from '../../fixtures/make-feed.js';
import { $, $$, cards, choose, countText, focused, ids, renderList, root, settled, stayOnPageEach } from './helpers.js';
import { countPushes, moveInHistory } from '../../fixtures/history.js';

const feed = makeFeed(120);
const all = queryOffers(feed, {}, { now: FIXTURE_NOW, pageSize: 1000 }).offers;
const page = (n: number, size = 10) => all.slice((n - 1) * size, n * size).map((o) => o.id);
const params = () => new URL(location.href).searchParams;

describe('<mn-offer-list> navigation', () => {
  describe('pagination', () => {
    it('is a labelled navigation with the current page marked and the ends disabled', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      const nav = $(el, 'nav');
      expect(nav.getAttribute('aria-label')).to.equal('Pagination');
      const current = $$(el, 'nav [aria-current="page"]');
      expect(current).to.have.length(1);
      expect(current[0]?.textContent?.trim()).to.equal('1');
      expect(current[0]?.getAttribute('aria-label')).to.equal('Page 1');
      expect($(el, '.page.first').getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '.page.previous').getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '.page.next').getAttribute('aria-disabled')).to.equal(null);
      expect($$(el, 'nav .gap')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('changes page from the keyboard and moves focus to the count', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      const pages = Math.ceil(all.length / 10);
      $(el, '.page.next').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(ids(el)).to.deep.equal(page(2));
      expect(countText(el)).to.equal(`${all.length} offres – page 2 sur ${pages}`);
      expect(focused(el)).to.equal($(el, '#count'));
      // Read once, as the focused element: the live region inside holds the number of offers only, which the page leaves.
      expect($(el, '#count [role="status"]').textContent?.trim()).to.equal(`${all.length} offres`);
      expect($(el, 'nav [aria-current="page"]').textContent?.trim()).to.equal('2');

      $(el, '.page.last').focus();
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(ids(el)).to.deep.equal(page(pages));
      expect($(el, '.page.next').getAttribute('aria-disabled')).to.equal('true');

      // A disabled control does nothing.
      $(el, '.page.next').click();
      await elementUpdated(el);
      expect(countText(el)).to.contain(`page ${pages} sur`);

      $$(el, '.page.number').find((b) => b.textContent?.trim() === '1')?.click();
      await elementUpdated(el);
      expect(ids(el)).to.deep.equal(page(1));
      await expect(el).to.be.accessible();
    });

    it('fires no mn-filter-change on page changes', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      let fired = 0;
      el.addEventListener('mn-filter-change', () => (fired += 1));
      $(el, '.page.next').click();
      await elementUpdated(el);
      expect(fired).to.equal(0);
    });
  });

  describe('URL sync', () => {
    const urls = countPushes();

    it('is off by default', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      await choose(el, 'region', '53');
      $(el, '.page.next').click();
      await elementUpdated(el);
      expect(location.href).to.equal(urls.start);
      expect($(el, '.page.next').localName).to.equal('button');
    });

    it('keeps filters and page in the URL, with links for the pages, and leaves other parameters alone', async () => {
      history.replaceState(history.state, '', `${urls.start}&utm_source=test`);
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      expect(params().get('utm_source')).to.equal('test');
      expect(urls.pushes).to.equal(0);
      await choose(el, 'remote', 'PARTIAL');
      expect(params().get('mn-remote')).to.equal('PARTIAL');
      expect(urls.pushes).to.equal(1);

      const next = $<HTMLAnchorElement>(el, 'a.page.next');
      expect(new URL(next.href).searchParams.get('mn-page')).to.equal('2');
      expect(new URL(next.href).searchParams.get('mn-remote')).to.equal('PARTIAL');
      next.click();
      await elementUpdated(el);
      expect(params().get('mn-page')).to.equal('2');
      expect(params().get('utm_source')).to.equal('test');
      expect(urls.pushes).to.equal(2);
      expect($(el, 'a.page.previous').getAttribute('href')).not.to.equal(null);
      expect(root(el).querySelector('a.page.first[aria-disabled]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('makes one entry while typing', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      $(el, '#keywords').focus();
      const changed = oneEvent(el, 'mn-filter-change');
      await sendKeys({ type: 'data' });
      await changed;
      expect(params().get('mn-q')).to.equal('data');
      expect(urls.pushes).to.equal(1);
    });

    it('starts from the URL', async () => {
      history.replaceState(history.state, '', `${urls.start}&mn-q=data&mn-page=2&mn-sort=newest&mn-contract=intern`);
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW} page-size="5"></mn-offer-list>`);
      const expected = queryOffers(feed, { keywords: 'data', contract: ['INTERN'] }, { now: FIXTURE_NOW, page: 2, pageSize: 5, sort: 'newest' });
      expect(ids(el)).to.deep.equal(expected.offers.map((o) => o.id));
      expect($<HTMLInputElement>(el, '#keywords').value).to.equal('data');
      expect($<HTMLSelectElement>(el, 'select[name="contract"]').value).to.equal('INTERN');
      expect($<HTMLSelectElement>(el, '#sort').value).to.equal('newest');
    });

    it('takes from the URL only the filters the visitor can see', async () => {
      history.replaceState(history.state, '', `${urls.start}&mn-region=53&mn-trade=developpeur&mn-sort=deadline`);
      const el = await renderList(html`<mn-offer-list sync-url filters="keywords trade" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const expected = queryOffers(feed, { trade: ['developpeur'] }, { now: FIXTURE_NOW });
      expect(countText(el)).to.match(new RegExp(`^${expected.total} offres`));
      expect(ids(el)).to.deep.equal(expected.offers.map((o) => o.id));
      expect($$(el, '.chip-label').map((c) => c.textContent)).to.deep.equal(['Développeuse / Développeur']);
    });

    it('follows back and forward without adding entries', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      await choose(el, 'region', '53');
      const inBretagne = ids(el);
      $(el, '.page.next').click();
      await elementUpdated(el);
      expect(urls.pushes).to.equal(2);

      await moveInHistory(el);
      expect(ids(el)).to.deep.equal(inBretagne);

      const changed = oneEvent(el, 'mn-filter-change') as Promise<MnFilterChangeEvent>;
      await moveInHistory(el);
      expect((await changed).filters.region).to.equal('');
      expect(ids(el)).to.deep.equal(page(1));
      expect($<HTMLSelectElement>(el, 'select[name="region"]').value).to.equal('');

      await moveInHistory(el, 'forward');
      expect($<HTMLSelectElement>(el, 'select[name="region"]').value).to.equal('53');
      expect(urls.pushes).to.equal(2);
    });

    it('lets two lists with their own prefixes share the URL', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <mn-offer-list id="a" sync-url="paris" .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>
        <mn-offer-list id="b" sync-url="rennes" .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('mn-offer-list')] as [MnOfferList, MnOfferList];
      await waitUntil(() => settled(a) && settled(b));
      $(a, '.page.next').click();
      await elementUpdated(a);
      await choose(b, 'category', 'B');
      expect(params().get('paris-page')).to.equal('2');
      expect(params().get('rennes-category')).to.equal('B');
      expect(params().has('mn-page')).to.equal(false);

      await moveInHistory(b);
      expect($<HTMLSelectElement>(b, 'select[name="category"]').value).to.equal('');
      expect(countText(a)).to.contain('page 2 sur');
    });

    it('moves to a new prefix, or leaves the URL, when sync-url changes', async () => {
      history.replaceState(history.state, '', `${urls.start}&utm_source=test&rennes-category=A`);
      const el = await renderList(html`<mn-offer-list sync-url="paris" .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      await choose(el, 'region', '53');
      expect(params().get('paris-region')).to.equal('53');

      el.syncUrl = 'rennes';
      await elementUpdated(el);
      expect(params().has('paris-region')).to.equal(false);
      expect($<HTMLSelectElement>(el, 'select[name="category"]').value).to.equal('A');
      expect($<HTMLSelectElement>(el, 'select[name="region"]').value).to.equal('');
      await choose(el, 'remote', 'PARTIAL');
      expect(params().get('rennes-remote')).to.equal('PARTIAL');

      el.removeAttribute('sync-url');
      await elementUpdated(el);
      expect([...params().keys()]).to.deep.equal([...new URL(urls.start).searchParams.keys(), 'utm_source']);
      expect($<HTMLSelectElement>(el, 'select[name="remote"]').value).to.equal('PARTIAL');
    });
  });

  describe('opening an offer', () => {
    const visit = stayOnPageEach();

    const link = (el: MnOfferList, index: number) =>
      cards(el)[index]?.shadowRoot?.querySelector<HTMLAnchorElement>('a.link') as HTMLAnchorElement;

    it('lets mn-offer-select bubble from the card, cancelable by the page', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const selected = new Promise<MnOfferSelectEvent>((resolve) =>
        document.addEventListener(
          'mn-offer-select',
          (e) => {
            e.preventDefault();
            resolve(e);
          },
          { once: true },
        ),
      );
      link(el, 1).click();
      const event = await selected;
      expect(event.offerId).to.equal(ids(el)[1]);
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(root(el).querySelector('mn-offer-detail')).to.equal(null);
    });

    it('inline: shows the offer in place, and "back" returns to the same page with focus on its card', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${feed} .now=${FIXTURE_NOW} page-size="10"></mn-offer-list>`);
      $(el, '.page.next').click();
      await elementUpdated(el);
      const id = ids(el)[3] as string;
      link(el, 3).click();
      await elementUpdated(el);
      const detail = $(el, 'mn-offer-detail') as HTMLElement & { offer?: { id: string } };
      expect(detail.offer?.id).to.equal(id);
      expect($(el, '.list').hidden).to.equal(true);
      expect(el.matches(':state(detail)')).to.equal(true);
      // The focus goes to the offer's title: screen readers say it first.
      await waitUntil(() => detail.shadowRoot?.querySelector('[part="title"]'), 'the detail did not show its title');
      const title = detail.shadowRoot?.querySelector<HTMLElement>('[part="title"]');
      expect(title?.textContent?.trim()).to.equal(all.find((o) => o.id === id)?.title);
      await waitUntil(() => detail.shadowRoot?.activeElement === title, 'the focus did not reach the title');
      await expect(el).to.be.accessible();
      const back = $<HTMLButtonElement>(el, '[part="back"]');
      expect(back.textContent?.trim()).to.equal('← Retour aux offres');
      back.focus();

      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(root(el).querySelector('mn-offer-detail')).to.equal(null);
      expect(countText(el)).to.contain('page 2 sur');
      const card = cards(el).find((c) => c.offer?.id === id);
      expect(card?.shadowRoot?.activeElement).to.equal(link(el, 3));
    });

    it('inline: the detail’s own mn-load stays inside the list', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      let loads = 0;
      el.addEventListener('mn-load', () => (loads += 1));
      link(el, 0).click();
      await elementUpdated(el);
      await oneEvent($(el, 'mn-offer-detail'), 'mn-load');
      expect(loads).to.equal(0);
    });

    it('inline: the detail takes the page’s privacy notice and consent text for its form', async () => {
      const el = await renderList(html`<mn-offer-list
        detail="inline"
        privacy-href="/donnees-personnelles"
        consent-text="Vos données sont traitées par le ministère X."
        .feedData=${feed}
        .now=${FIXTURE_NOW}
      ></mn-offer-list>`);
      link(el, 0).click();
      await elementUpdated(el);
      const detail = $(el, 'mn-offer-detail');
      expect(detail.getAttribute('privacy-href')).to.equal('/donnees-personnelles');
      expect(detail.getAttribute('consent-text')).to.equal('Vos données sont traitées par le ministère X.');
    });

    it('inline: the detail reads the offer’s texts through the list’s client', async () => {
      const DOC = 'https://feeds.example.org/feed/v1/offers/texts.json';
      const requested: string[] = [];
      const client = new FeedClient({
        storage: null,
        fetch: (input) => {
          requested.push(String(input));
          return Promise.resolve(Response.json({ version: 1, id: 'texts', sections: { mission: '<p>Mission lue par le client de la liste.</p>' } }));
        },
      });
      const withTexts = makeFeed(0, { offers: [makeOffer({ id: 'texts', document: DOC })] });
      const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${withTexts} .client=${client} .now=${FIXTURE_NOW}></mn-offer-list>`);
      // Without a link of its own, the offer opens from a button.
      cards(el)[0]?.shadowRoot?.querySelector<HTMLButtonElement>('button.link')?.click();
      await elementUpdated(el);
      const detail = $(el, 'mn-offer-detail');
      await waitUntil(() => detail.shadowRoot?.querySelector('[part="sections"]')?.textContent?.includes('Mission lue par le client de la liste.'), 'the texts did not show');
      expect(requested).to.deep.equal([DOC]);
    });

    it('inline: the page can still take over', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      el.addEventListener('mn-offer-select', (e) => e.preventDefault());
      link(el, 0).click();
      await elementUpdated(el);
      expect(root(el).querySelector('mn-offer-detail')).to.equal(null);
    });

    it('inline turned off while an offer is open: the list shows again', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      link(el, 0).click();
      await elementUpdated(el);
      expect($(el, '.list').hidden).to.equal(true);
      el.removeAttribute('detail');
      await elementUpdated(el);
      expect($(el, '.list').hidden).to.equal(false);
      expect(root(el).querySelector('mn-offer-detail')).to.equal(null);
      expect(el.matches(':state(detail)')).to.equal(false);
    });

    it('inline with sync-url: the offer is in the URL, and back closes it', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const id = ids(el)[2] as string;
      link(el, 2).click();
      await elementUpdated(el);
      expect(params().get('mn-offer')).to.equal(id);

      await moveInHistory(el);
      expect(root(el).querySelector('mn-offer-detail')).to.equal(null);
      expect(params().has('mn-offer')).to.equal(false);
      const card = cards(el).find((c) => c.offer?.id === id);
      expect(card?.shadowRoot?.activeElement).to.equal(link(el, 2));
    });

    it('inline with sync-url: opens the offer of a shared link, or says it is gone', async () => {
      history.replaceState(history.state, '', `${visit.start}&mn-offer=${all[5]?.id}`);
      const el = await renderList(html`<mn-offer-list detail="inline" sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await waitUntil(() => root(el).querySelector('mn-offer-detail'));
      expect(($(el, 'mn-offer-detail') as HTMLElement & { offer?: { id: string } }).offer?.id).to.equal(all[5]?.id);

      history.replaceState(history.state, '', `${visit.start}&mn-offer=no-such-offer`);
      const gone = await renderList(html`<mn-offer-list detail="inline" sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await waitUntil(() => root(gone).querySelector('[part="detail"] .alert'));
      expect($(gone, '[part="detail"] .alert').textContent?.trim()).to.equal('Cette offre n’est plus en ligne.');
      $<HTMLButtonElement>(gone, '[part="back"]').click();
      await elementUpdated(gone);
      expect(cards(gone)).to.have.length(20);
      expect(focused(gone)).to.equal($(gone, '#count'));
    });

    it('link mode ignores an offer in the URL', async () => {
      history.replaceState(history.state, '', `${visit.start}&mn-offer=${all[5]?.id}`);
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(root(el).querySelector('[part="detail"]')).to.equal(null);
    });
  });
});
