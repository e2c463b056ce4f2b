import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { queryOffers } from '../../../src/data/query.js';
import { normaliseFeed } from '../../../src/data/normalise.js';
import { FeedClient } from '../../../src/data/feed-client.js';
import { storageKey } from '../../../src/data/storage.js';
import type { MnErrorEvent } from '../../../src/events/mn-error.js';
import type { MnLoadEvent } from '../../../src/events/mn-load.js';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import { wireFeed, wireOffer } from '../../fixtures/feed.js';
import { DAY, FIXTURE_NOW, makeFeed, makeOffer } from '../../fixtures/make-feed.js';
import { $, $$, cards, countText, ids, optionTexts, renderList, root, settled, titles } from './helpers.js';
import { collectWarnings } from '../../support/console-warnings.js';

describe('<mn-offer-list>', () => {
  describe('rendering', () => {
    it('shows the first page of open offers as cards in a list, newest first, with the count', async () => {
      const feed = makeFeed(60);
      const expected = queryOffers(feed, {}, { now: FIXTURE_NOW });
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(root(el).querySelector('ul.results')?.getAttribute('aria-busy')).to.equal(null);
      expect($$(el, 'ul.results > li > mn-offer-card')).to.have.length(20);
      expect(ids(el)).to.deep.equal(expected.offers.map((o) => o.id));
      expect(titles(el)[0]).to.equal(expected.offers[0]?.title);
      expect(countText(el)).to.equal(`${expected.total} offres – page 1 sur ${expected.pageCount}`);
      await expect(el).to.be.accessible();
    });

    it('says "1 offre" and "Aucune offre"', async () => {
      const one = await renderList(html`<mn-offer-list .feedData=${makeFeed(0, { offers: [makeOffer()] })} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(countText(one)).to.equal('1 offre');
      expect(root(one).querySelector('nav')).to.equal(null);
      const none = await renderList(html`<mn-offer-list .feedData=${makeFeed(0)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(countText(none)).to.equal('Aucune offre');
    });

    it('speaks English when asked', async () => {
      const el = await renderList(html`<mn-offer-list lang="en" .feedData=${makeFeed(60)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(countText(el)).to.match(/^\d+ offers – page 1 of \d+$/);
      expect($(el, 'label[for="keywords"]').textContent).to.equal('Keywords');
      expect($(el, 'nav').getAttribute('aria-label')).to.equal('Pagination');
      expect($(el, '.page.next').getAttribute('aria-label')).to.equal('Next page');
    });

    it('passes heading level, link template, compact and time to the cards', async () => {
      const el = await renderList(html`<mn-offer-list
        .feedData=${makeFeed(5)}
        .now=${FIXTURE_NOW}
        heading-level="4"
        href-template="/emploi/{id}"
        compact
      ></mn-offer-list>`);
      const card = cards(el)[0];
      expect(card?.headingLevel).to.equal(4);
      expect(card?.hrefTemplate).to.equal('/emploi/{id}');
      expect(card?.compact).to.equal(true);
      expect(card?.now).to.equal(FIXTURE_NOW);
      expect(card?.shadowRoot?.querySelector('h4 a')?.getAttribute('href')).to.match(new RegExp(`/emploi/${card?.offer?.id}$`));
    });

    it('has an optional heading one level above the cards', async () => {
      const el = await renderList(html`<mn-offer-list heading="Nos offres" heading-level="4" .feedData=${makeFeed(3)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect($(el, 'h3[part="heading"]').textContent).to.equal('Nos offres');
      const none = await renderList(html`<mn-offer-list .feedData=${makeFeed(3)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(root(none).querySelector('[part="heading"]')).to.equal(null);
    });

    it('keeps its heading one level above the cards for a level removed or out of 1–6', async () => {
      const el = await renderList(html`<mn-offer-list heading="Nos offres" heading-level="4" .feedData=${makeFeed(3)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const levels = () => [
        root(el).querySelector('[part="heading"]')?.localName,
        cards(el)[0]?.shadowRoot?.querySelector('[part="title"]')?.localName,
      ];
      expect(levels()).to.deep.equal(['h3', 'h4']);
      for (const value of [null, '9', '0', 'trois']) {
        if (value === null) el.removeAttribute('heading-level');
        else el.setAttribute('heading-level', value);
        await el.updateComplete;
        await cards(el)[0]?.updateComplete;
        expect(levels(), `heading-level=${value}`).to.deep.equal(['h2', 'h3']);
      }
    });

    it('puts its cards under its heading at heading-level 1: the heading h1, the cards h2', async () => {
      const el = await renderList(html`<mn-offer-list heading="Nos offres" heading-level="1" .feedData=${makeFeed(3)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await cards(el)[0]?.updateComplete;
      expect(root(el).querySelector('[part="heading"]')?.localName).to.equal('h1');
      expect(cards(el)[0]?.shadowRoot?.querySelector('[part="title"]')?.localName).to.equal('h2');
      // Without a heading of its own, level 1 is the cards'.
      el.heading = '';
      await el.updateComplete;
      await cards(el)[0]?.updateComplete;
      expect(cards(el)[0]?.shadowRoot?.querySelector('[part="title"]')?.localName).to.equal('h1');
    });

    it('shows very long titles and missing optional fields without overflowing', async () => {
      const long = makeOffer({
        id: 'long',
        title: `${'Responsable de la transformation numérique '.repeat(7)}Anticonstitutionnellementsupercalifragilistique`,
        jobLocation: {},
        remote: 'NONE',
        category: [],
        employmentType: [],
      });
      const el = await renderList(
        html`<mn-offer-list style="width: 320px" .feedData=${makeFeed(0, { offers: [long] })} .now=${FIXTURE_NOW}></mn-offer-list>`,
      );
      expect(titles(el)[0]).to.contain('Anticonstitutionnellement');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('presets', () => {
    it('keeps to the preset organisation and its services; its select lists only them', async () => {
      const feed = makeFeed(150);
      const el = await renderList(html`<mn-offer-list organisation="min-interieur" page-size="200" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const inside = new Set(['min-interieur', 'dnum-interieur', 'bureau-si', 'ants']);
      expect(cards(el).length).to.be.greaterThan(0);
      for (const c of cards(el)) expect(inside.has(c.offer?.hiringOrganization ?? '')).to.equal(true);
      const options = optionTexts(el, 'organisation');
      expect(options[0]).to.equal('Toutes les organisations');
      expect(options.slice(1).map((o) => o.replace(/\s*\(\d+\)$/, '').trim())).to.deep.equal(
        ['Ministère de l’Intérieur et des Outre-mer', 'Agence nationale des titres sécurisés', 'Direction du numérique', 'Bureau des systèmes d’information et de communication'],
      );
    });

    it('accepts lists, hides a select with a single preset value, and shows no chip or reset for presets', async () => {
      const feed = makeFeed(150);
      const el = await renderList(html`<mn-offer-list region="53" contract="FREELANCER, intern" page-size="200" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      for (const c of cards(el)) {
        expect(c.offer?.jobLocation.region).to.equal('53');
        expect(c.offer?.employmentType.some((t) => t === 'FREELANCER' || t === 'INTERN')).to.equal(true);
      }
      expect(root(el).querySelector('select[name="region"]')).to.equal(null);
      expect(optionTexts(el, 'contract').slice(1).map((o) => o.replace(/\s*\(\d+\)$/, ''))).to.deep.equal(['Freelance', 'Stage']);
      expect(root(el).querySelector('.chips')).to.equal(null);
    });

    it('searches the preset keywords, and only offers open to beginners with `beginners`', async () => {
      const feed = makeFeed(150);
      const el = await renderList(html`<mn-offer-list keywords="data" beginners page-size="200" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(cards(el).length).to.be.greaterThan(0);
      for (const c of cards(el)) expect(c.offer?.openToBeginners).to.equal(true);
      expect(ids(el)).to.deep.equal(queryOffers(feed, { keywords: 'data', beginners: true }, { now: FIXTURE_NOW, sort: 'relevance', pageSize: 200 }).offers.map((o) => o.id));
      expect(root(el).querySelector('#beginners')).to.equal(null);
      expect(($(el, '#keywords') as HTMLInputElement).value).to.equal('');
    });

    it('shows the controls `filters` names, or none', async () => {
      const some = await renderList(html`<mn-offer-list filters="keywords region contract" .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect($$(some, 'form select').map((s) => (s as HTMLSelectElement).name)).to.deep.equal(['region', 'contract']);
      expect(root(some).querySelector('#keywords')).not.to.equal(null);
      expect(root(some).querySelector('#sort')).to.equal(null);
      const none = await renderList(html`<mn-offer-list filters="none" .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(root(none).querySelector('form')).to.equal(null);
      expect(cards(none)).to.have.length(20);
      await expect(none).to.be.accessible();
    });
  });

  describe('states', () => {
    /** A feed client over a stubbed `fetch` and a storage of its own: no network, nothing left behind. */
    const client = (fetch: (url: string) => Promise<Response>, saved: Record<string, string> = {}) => {
      const store = new Map(Object.entries(saved));
      const storage = {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
        removeItem: (k: string) => void store.delete(k),
      };
      return new FeedClient({ fetch: (input) => fetch(String(input)), storage });
    };
    const URL_ = 'https://feeds.example.org/feed/v1/offers.json';

    it('loading: skeleton cards in a busy list, the live region says so', async () => {
      const el = await fixture<MnOfferList>(
        html`<mn-offer-list feed=${URL_} .client=${client(() => new Promise<Response>(() => undefined))}></mn-offer-list>`,
      );
      await el.updateComplete;
      const list = $(el, 'ul.results');
      expect(list.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, 'li.skeleton')).to.have.length(6);
      expect(countText(el)).to.equal('Chargement des offres…');
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(($(el, 'select[name="region"]') as HTMLSelectElement).disabled).to.equal(true);
      expect(($(el, '#keywords') as HTMLInputElement).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('error: says what happened, fires mn-error, and retries', async () => {
      let calls = 0;
      const requested: string[] = [];
      const stub = client((url) => {
        calls += 1;
        requested.push(url);
        return Promise.resolve(
          calls === 1
            ? new Response('down', { status: 503 })
            : new Response(JSON.stringify(wireFeed({ offers: [wireOffer({ validThrough: undefined })] })), { status: 200 }),
        );
      });
      const el = document.createElement('mn-offer-list');
      el.feed = URL_;
      el.client = stub;
      const failed = oneEvent(el, 'mn-error') as Promise<MnErrorEvent>;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const error = await failed;
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(503);
      expect(error.message).to.equal('Le serveur des offres a répondu par une erreur (503).');
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.contain('Le serveur des offres a répondu par une erreur (503).');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();

      const loaded = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      $<HTMLButtonElement>(el, '[role="alert"] button').click();
      expect((await loaded).count).to.equal(1);
      await el.updateComplete;
      expect(cards(el)).to.have.length(1);
      expect(root(el).activeElement).to.equal($(el, '#count'));
      expect(requested).to.deep.equal([URL_, URL_]);
    });

    it('stale: the saved copy with its date when the network fails', async () => {
      const savedAt = Date.UTC(2025, 2, 4, 15, 30);
      const saved = {
        [storageKey(URL_)]: JSON.stringify({ fetchedAt: savedAt, etag: '"v1"' }),
        [`${storageKey(URL_)}#body`]: JSON.stringify(wireFeed()),
      };
      const el = document.createElement('mn-offer-list');
      el.feed = URL_;
      el.client = client(() => Promise.reject(new TypeError('Failed to fetch')), saved);
      el.now = Date.UTC(2025, 2, 10);
      const loaded = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const event = await loaded;
      expect(event.stale).to.equal(true);
      expect(event.count).to.equal(1);
      await el.updateComplete;
      expect($(el, '[part="notice"]').textContent).to.contain('Connexion impossible\u00a0: voici les offres enregistrées le 4 mars 2025');
      expect($(el, '[part="notice"]').getAttribute('role'), 'said to screen readers as it shows').to.equal('alert');
      expect(el.matches(':state(stale)')).to.equal(true);
      expect(cards(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('stale: says the server failed, not the connection, when it answered with an error or an unreadable feed', async () => {
      const saved = {
        [storageKey(URL_)]: JSON.stringify({ fetchedAt: Date.UTC(2025, 2, 4, 15, 30), etag: '"v1"' }),
        [`${storageKey(URL_)}#body`]: JSON.stringify(wireFeed()),
      };
      for (const answer of [new Response('down', { status: 503 }), new Response('{"version": 1, "offers": [', { status: 200 })]) {
        const el = document.createElement('mn-offer-list');
        el.feed = URL_;
        el.client = client(() => Promise.resolve(answer.clone()), saved);
        el.now = Date.UTC(2025, 2, 10);
        const loaded = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        expect((await loaded).stale).to.equal(true);
        await el.updateComplete;
        expect($(el, '[part="notice"]').textContent?.trim()).to.match(
          /^Le serveur des offres ne répond pas correctement\u00a0: voici les offres enregistrées le 4 mars 2025/,
        );
      }
    });

    it('stale: "Réessayer" in the notice loads the feed again, keeping the saved copy until it comes', async () => {
      const savedAt = Date.UTC(2025, 2, 4, 15, 30);
      const saved = {
        [storageKey(URL_)]: JSON.stringify({ fetchedAt: savedAt, etag: '"v1"' }),
        [`${storageKey(URL_)}#body`]: JSON.stringify(wireFeed()),
      };
      let calls = 0;
      const fresh = wireFeed({ offers: [wireOffer({ id: 'fresh-1', validThrough: undefined }), wireOffer({ id: 'fresh-2', validThrough: undefined })] });
      const el = document.createElement('mn-offer-list');
      el.feed = URL_;
      el.client = client(() => {
        calls += 1;
        // Down, down again at the first retry, then back.
        return calls <= 2 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(JSON.stringify(fresh), { status: 200 }));
      }, saved);
      el.now = Date.UTC(2025, 2, 10);
      const loaded = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await loaded;
      await el.updateComplete;
      const retry = () => {
        const button = $<HTMLButtonElement>(el, '[part="notice"] button');
        expect(button.textContent?.trim()).to.equal('Réessayer');
        button.focus();
        button.click();
      };
      const again = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      retry();
      expect((await again).stale, 'still down: the saved copy again').to.equal(true);
      await el.updateComplete;
      expect(cards(el)).to.have.length(1);
      expect(root(el).activeElement, 'the focus on the new "Réessayer"').to.equal($(el, '[part="notice"] button'));
      const back = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      retry();
      expect((await back).stale).to.equal(false);
      await el.updateComplete;
      await waitUntil(() => cards(el).length === 2, 'the fresh offers did not show');
      expect(root(el).querySelector('[part="notice"]')).to.equal(null);
      expect(el.matches(':state(stale)')).to.equal(false);
      expect(root(el).activeElement, 'the focus on the count').to.equal($(el, '#count'));
      expect(calls).to.equal(3);
    });

    it('stale: when another list of the feed gets it again, this one takes it in place, with the visitor\'s search', async () => {
      const saved = {
        [storageKey(URL_)]: JSON.stringify({ fetchedAt: Date.UTC(2025, 2, 4, 15, 30), etag: '"v1"' }),
        [`${storageKey(URL_)}#body`]: JSON.stringify(wireFeed()),
      };
      const fresh = wireFeed({
        offers: [
          wireOffer({ id: 'fresh-1', title: 'Data scientist', validThrough: undefined }),
          wireOffer({ id: 'fresh-2', title: 'Data engineer', validThrough: undefined }),
          // Big enough to be indexed in slices, after the saved copy that was not.
          ...Array.from({ length: 2500 }, (_, i) => wireOffer({ id: `design-${i}`, title: 'Designer', validThrough: undefined })),
        ],
      });
      let up = false;
      let calls = 0;
      const shared = client(() => {
        calls += 1;
        return up ? Promise.resolve(new Response(JSON.stringify(fresh), { status: 200 })) : Promise.reject(new TypeError('Failed to fetch'));
      }, saved);
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <mn-offer-list feed=${URL_} .client=${shared} .now=${Date.UTC(2025, 2, 10)}></mn-offer-list>
        <mn-offer-list feed=${URL_} .client=${shared} .now=${Date.UTC(2025, 2, 10)}></mn-offer-list>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('mn-offer-list')] as MnOfferList[];
      await waitUntil(() => [a, b].every((el) => el.matches(':state(stale)') && cards(el).length === 1), 'the saved copy did not show');
      const input = $<HTMLInputElement>(b, '#keywords');
      input.value = 'data';
      input.form?.requestSubmit();
      await b.updateComplete;
      const states: boolean[] = [];
      const loads: MnLoadEvent[] = [];
      b.addEventListener('mn-load', (e) => loads.push(e as MnLoadEvent));
      const watch = new MutationObserver(() => states.push(b.matches(':state(loading)')));
      watch.observe(b.shadowRoot as ShadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
      up = true;
      $<HTMLButtonElement>(a, '[part="notice"] button').click();
      await waitUntil(() => cards(b).length === 2, 'the other list kept its saved copy');
      watch.disconnect();
      expect(ids(b).sort()).to.deep.equal(['fresh-1', 'fresh-2']);
      expect(root(b).querySelector('[part="notice"]')).to.equal(null);
      expect(b.matches(':state(stale)')).to.equal(false);
      expect(states.includes(true), 'no loading state between').to.equal(false);
      expect(input.value, 'the visitor\'s search kept').to.equal('data');
      expect(loads.map((e) => [e.stale, e.count])).to.deep.equal([[false, 2]]);
      expect(calls, 'one request shared at the start, one for the retry').to.equal(2);
      await expect(b).to.be.accessible();
    });

    it('empty feed: says so, with the spontaneous application link when given', async () => {
      const el = await renderList(html`<mn-offer-list spontaneous-href="/candidature-spontanee" .feedData=${makeFeed(0)}></mn-offer-list>`);
      expect($(el, '[part="empty"]').textContent).to.contain('Aucune offre n’est publiée pour le moment.');
      expect($(el, '[part="empty"] a').getAttribute('href')).to.equal('/candidature-spontanee');
      expect($(el, '[part="empty"] a').textContent).to.equal('Envoyer une candidature spontanée');
      expect(root(el).querySelector('[part="empty"] button')).to.equal(null);
      expect(root(el).querySelector('form'), 'nothing to search').to.equal(null);
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    describe('a feed whose every offer is unreadable', () => {
      const warnings = collectWarnings();

      it('says the offers could not be read, not that none are published, and warns the webmaster', async () => {
        const feed = normaliseFeed(
          wireFeed({ offers: [wireOffer({ id: 'a', title: undefined }), wireOffer({ id: 'b', datePosted: 'hier' })] }),
          'https://example.org/feed.json',
        );
        const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
        expect($(el, '[part="empty"]').textContent).to.contain('Les offres n’ont pas pu être lues pour le moment.');
        expect($(el, '[part="empty"]').textContent).not.to.contain('publiée');
        expect(warnings).to.deep.equal(['mn-offer-list: the feed has offers, but none could be read: each was skipped (see event.issues of mn-load).']);
        await expect(el).to.be.accessible();
      });
    });

    it('never links a `javascript:` spontaneous address', async () => {
      const el = await renderList(html`<mn-offer-list spontaneous-href="javascript:alert(1)" .feedData=${makeFeed(0)}></mn-offer-list>`);
      expect(root(el).querySelector('[part="empty"] a')).to.equal(null);
    });

    it('fires mn-load once, with the number of offers', async () => {
      const feed = makeFeed(60);
      const el = document.createElement('mn-offer-list');
      el.feedData = feed;
      el.now = FIXTURE_NOW;
      const events: MnLoadEvent[] = [];
      el.addEventListener('mn-load', (e) => events.push(e));
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await waitUntil(() => settled(el));
      await el.updateComplete;
      el.pageSize = 5;
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]?.count).to.equal(queryOffers(feed, {}, { now: FIXTURE_NOW }).total);
      expect(events[0]?.stale).to.equal(false);
    });
  });

  describe('a hostile feed', () => {
    it('renders its strings as text, never as markup, and links nothing unsafe', async () => {
      const json: unknown = await (await fetch('/test/fixtures/feeds/hostile.json')).json();
      const feed = normaliseFeed(json, 'https://feeds.example.org/feed/v1/offers.json');
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${Date.UTC(2025, 0, 20)} page-size="50"></mn-offer-list>`);
      const shadows = [root(el), ...cards(el).map((c) => c.shadowRoot as ShadowRoot)];
      for (const r of shadows) {
        expect(r.querySelector('script, img, iframe, object, embed')).to.equal(null);
        for (const a of r.querySelectorAll('a[href]')) expect(a.getAttribute('href')).to.match(/^(https?:|\/)/);
        for (const e of r.querySelectorAll('*')) {
          for (const attr of e.getAttributeNames()) expect(attr.startsWith('on'), `${e.localName}[${attr}]`).to.equal(false);
        }
      }
      if (cards(el).length > 0) expect(titles(el).join(' ')).to.contain('<img src=x onerror=alert(1)> Développeur');
      const organisations = optionTexts(el, 'organisation').join(' ');
      expect(organisations).to.contain("<script>alert('org')</script>");
      await expect(el).to.be.accessible();
    });

    it('shows the valid rest and reports what was skipped in mn-load', async () => {
      const json: unknown = await (await fetch('/test/fixtures/feeds/hostile.json')).json();
      const feed = normaliseFeed(json, 'https://feeds.example.org/feed/v1/offers.json');
      const el = document.createElement('mn-offer-list');
      el.feedData = feed;
      el.now = Date.UTC(2025, 0, 20);
      const loaded = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const event = await loaded;
      expect(event.count).to.equal(feed.offers.length);
      expect(event.issues.length).to.be.above(0);
      expect(event.issues.some((i) => i.action === 'skipped' && i.path.startsWith('/offers/'))).to.equal(true);
    });

    it('copes with huge strings and many offers', async () => {
      const huge = 'x'.repeat(300);
      const feed = makeFeed(300, {
        offers: makeFeed(300).offers.map((o, i) => (i % 3 === 0 ? { ...o, title: huge, excerpt: `${huge} ${huge}` } : o)),
      });
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="100"></mn-offer-list>`);
      expect(cards(el)).to.have.length(100);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });
  });

  describe('layout', () => {
    it('puts the filters behind a button on narrow screens', async () => {
      const el = await renderList(html`<mn-offer-list style="width: 20rem" .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await waitUntil(() => root(el).querySelector('.toggle'), 'no filters button');
      const toggle = $<HTMLButtonElement>(el, '.toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('more-filters');
      expect($(el, '#more-filters').hidden).to.equal(true);
      await expect(el).to.be.accessible();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#more-filters').hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows every filter at once on wide screens', async () => {
      const el = await renderList(html`<mn-offer-list style="width: 60rem" .feedData=${makeFeed(30)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(root(el).querySelector('.toggle')).to.equal(null);
      expect($(el, '#more-filters').hidden).to.equal(false);
    });

    it('indexes a big feed without blocking, the skeleton showing meanwhile', async () => {
      const big = makeFeed(2600);
      const el = document.createElement('mn-offer-list');
      el.feedData = big;
      el.now = FIXTURE_NOW;
      const loaded = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).querySelector('ul.results[aria-busy="true"]'), 'skeleton while indexing').not.to.equal(null);
      expect((await loaded).count).to.equal(queryOffers(big, {}, { now: FIXTURE_NOW }).total);
      await el.updateComplete;
      expect(cards(el)).to.have.length(20);
    });

    it('renders 1,000 cards on one page', async () => {
      const feed = makeFeed(1300);
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="1000"></mn-offer-list>`);
      expect(cards(el)).to.have.length(1000);
    });
  });

  describe('dates', () => {
    it('leaves out offers past their deadline at `now`', async () => {
      const feed = makeFeed(0, {
        offers: [
          makeOffer({ id: 'past', validThrough: FIXTURE_NOW - 2 * DAY }),
          makeOffer({ id: 'future', validThrough: FIXTURE_NOW + 2 * DAY }),
        ],
      });
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(ids(el)).to.deep.equal(['future']);
    });
  });
});
