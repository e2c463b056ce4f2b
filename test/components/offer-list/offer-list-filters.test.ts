import { elementUpdated, expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { queryOffers } from '../../../src/data/query.js';
import type { MnFilterChangeEvent } from '../../../src/events/mn-filter-change.js';
import { FIXTURE_NOW, makeFeed, makeOffer } from '../../fixtures/make-feed.js';
import { $, $$, cards, choose, countText, focused, ids, nameFromContent, optionTexts, renderList, root } from './helpers.js';

const feed = makeFeed(120);
const total = (filters: Parameters<typeof queryOffers>[1]) => queryOffers(feed, filters, { now: FIXTURE_NOW }).total;

describe('<mn-offer-list> filters', () => {
  describe('selects', () => {
    it('filter the offers, show counts, and tell the page', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const bretagne = optionTexts(el, 'region').find((o) => o.startsWith('Bretagne'));
      expect(bretagne).to.equal(`Bretagne (${total({ region: ['53'] })})`);
      const changed = oneEvent(el, 'mn-filter-change') as Promise<MnFilterChangeEvent>;
      await choose(el, 'region', '53');
      const event = await changed;
      expect(event.filters.region).to.equal('53');
      expect(event.total).to.equal(total({ region: ['53'] }));
      expect(countText(el)).to.match(new RegExp(`^${total({ region: ['53'] })} offres`));
      for (const c of cards(el)) expect(c.offer?.jobLocation.region).to.equal('53');
      await expect(el).to.be.accessible();
    });

    it('count each option with the other filters applied, and list only options with offers', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await choose(el, 'region', '53');
      const departements = optionTexts(el, 'departement');
      expect(departements.slice(1).map((o) => o.replace(/ \(\d+\)$/, ''))).to.deep.equal(['Finistère (29)', 'Ille-et-Vilaine (35)']);
      const remote = optionTexts(el, 'remote');
      expect(remote[0]).to.equal('Avec ou sans télétravail');
      expect(remote.slice(1).join()).to.match(/^Télétravail total \(\d+\),Télétravail partiel \(\d+\),Sans télétravail \(\d+\)$/);
    });

    it('keep the chosen option listed when it has no offer left', async () => {
      const small = makeFeed(0, {
        offers: [
          makeOffer({ id: 'a', remote: 'FULL', jobLocation: { departement: '35', region: '53' } }),
          makeOffer({ id: 'b', remote: 'NONE', jobLocation: { departement: '75', region: '11' } }),
        ],
      });
      const el = await renderList(html`<mn-offer-list .feedData=${small} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await choose(el, 'remote', 'FULL');
      const input = $<HTMLInputElement>(el, '#keywords');
      input.value = 'Paris';
      input.form?.requestSubmit();
      await elementUpdated(el);
      expect(countText(el)).to.equal('Aucune offre');
      expect(optionTexts(el, 'remote')).to.include('Télétravail total (0)');
      expect($<HTMLSelectElement>(el, 'select[name="remote"]').value).to.equal('FULL');
    });

    it('list organisations as a tree, services under their ministry', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const names = optionTexts(el, 'organisation').slice(1).map((o) => o.replace(/ \(\d+\)$/, ''));
      const interieur = names.findIndex((n) => n.startsWith('Ministère de l’Intérieur'));
      expect(names[interieur + 1]).to.match(/^\u00a0\u00a0Agence nationale des titres sécurisés$/);
      const ministry = Number(/\((\d+)\)$/.exec(optionTexts(el, 'organisation')[interieur + 1] ?? '')?.[1]);
      expect(ministry).to.equal(total({ organisation: ['min-interieur'] }));
    });

    it('filter on beginners with the checkbox', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const box = $<HTMLInputElement>(el, '#beginners');
      expect($(el, 'label[for="beginners"]').textContent).to.equal(`Ouvert aux débutant·es (${total({ beginners: true })})`);
      box.click();
      await elementUpdated(el);
      expect(countText(el)).to.match(new RegExp(`^${total({ beginners: true })} offres`));
      for (const c of cards(el)) expect(c.offer?.openToBeginners).to.equal(true);
    });

    it('go back to page 1', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW} page-size="5"></mn-offer-list>`);
      $<HTMLButtonElement>(el, '.page.next').click();
      await elementUpdated(el);
      expect(countText(el)).to.contain('page 2 sur');
      await choose(el, 'category', 'A');
      expect(countText(el)).to.contain('page 1 sur');
    });
  });

  describe('keywords', () => {
    it('search once typing pauses, accent-insensitively, announcing the count only then', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const before = countText(el);
      $<HTMLInputElement>(el, '#keywords').focus();
      const searched: string[] = [];
      el.addEventListener('mn-filter-change', (e) => searched.push((e as MnFilterChangeEvent).filters.keywords));
      // (No doubled letter: WebKitWebDriver drops the second of two identical keys.)
      await sendKeys({ type: 'ingenieur' });
      await el.updateComplete;
      // Typed faster than the pause: nothing searched yet. (A busy machine may pause mid-word: a prefix was searched.)
      if (searched.length === 0) expect(countText(el)).to.equal(before);
      await waitUntil(() => searched.at(-1) === 'ingenieur', 'no search for the whole word');
      expect(searched.filter((k) => k === 'ingenieur')).to.have.length(1);
      await el.updateComplete;
      const expected = queryOffers(feed, { keywords: 'ingenieur' }, { now: FIXTURE_NOW, sort: 'relevance' });
      expect(expected.offers.some((o) => o.title.includes('Ingénieur'))).to.equal(true);
      expect(expected.total).to.be.greaterThan(0);
      expect(countText(el)).to.match(new RegExp(`^${expected.total} offres?`));
      expect(ids(el)).to.deep.equal(expected.offers.map((o) => o.id));
      expect(focused(el)).to.equal($(el, '#keywords'));
    });

    it('search at once on Enter', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const input = $<HTMLInputElement>(el, '#keywords');
      input.focus();
      input.value = 'Rennes';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const changed = oneEvent(el, 'mn-filter-change') as Promise<MnFilterChangeEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await changed).total).to.equal(total({ keywords: 'Rennes' }));
      await el.updateComplete;
      expect(countText(el)).to.match(new RegExp(`^${total({ keywords: 'Rennes' })} offres`));
    });

    it('offer relevance as a sort while searching', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect([...$<HTMLSelectElement>(el, '#sort').options].map((o) => o.value)).to.deep.equal(['newest', 'deadline']);
      const input = $<HTMLInputElement>(el, '#keywords');
      input.value = 'data';
      input.form?.requestSubmit();
      await elementUpdated(el);
      const sort = $<HTMLSelectElement>(el, '#sort');
      expect([...sort.options].map((o) => o.value)).to.deep.equal(['relevance', 'newest', 'deadline']);
      expect(sort.value).to.equal('relevance');
      sort.value = 'deadline';
      sort.dispatchEvent(new Event('change'));
      await elementUpdated(el);
      expect(ids(el)).to.deep.equal(queryOffers(feed, { keywords: 'data' }, { now: FIXTURE_NOW, sort: 'deadline' }).offers.map((o) => o.id));
    });
  });

  describe('chips', () => {
    it('go when a preset set later decides the same filter', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      $<HTMLInputElement>(el, '#beginners').click();
      await choose(el, 'region', '53');
      await choose(el, 'remote', 'PARTIAL');
      expect($$(el, '.chip-label').map((c) => c.textContent)).to.deep.equal([
        'Bretagne',
        'Télétravail partiel',
        'Ouvert aux débutant·es',
      ]);
      el.beginners = true;
      el.setAttribute('region', '11');
      await el.updateComplete;
      // The preset decides both: no chip for them, nor a control, and the page's value applies.
      expect($$(el, '.chip-label').map((c) => c.textContent)).to.deep.equal(['Télétravail partiel']);
      expect(root(el).querySelector('#beginners')).to.equal(null);
      expect(root(el).querySelector('select[name="region"]')).to.equal(null);
      const expected = total({ region: ['11'], remote: ['PARTIAL'], beginners: true });
      expect(expected).to.be.greaterThan(0);
      expect(countText(el)).to.match(new RegExp(`^${expected} offres?`));
      await expect(el).to.be.accessible();
    });

    it('show the active filters as buttons that remove them, focus moving to the next one', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await choose(el, 'region', '53');
      await choose(el, 'contract', 'CONTRACT_WORKER_ONLY');
      const chips = $$<HTMLButtonElement>(el, '.chip');
      expect(chips.map(nameFromContent)).to.deep.equal([
        'Retirer le filtre : Bretagne',
        'Retirer le filtre : Contractuels uniquement',
      ]);
      expect($(el, '.chips ul').getAttribute('aria-label')).to.equal('Filtres actifs');
      await expect(el).to.be.accessible();
      const changed = oneEvent(el, 'mn-filter-change') as Promise<MnFilterChangeEvent>;
      chips[0]?.focus();
      await sendKeys({ press: 'Enter' });
      expect((await changed).filters.region).to.equal('');
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, 'select[name="region"]').value).to.equal('');
      expect(nameFromContent(focused(el) as Element)).to.equal('Retirer le filtre : Contractuels uniquement');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(root(el).querySelector('.chips')).to.equal(null);
      expect(focused(el)).to.equal($(el, '#keywords'));
    });

    it('include the keywords, and "reset" clears everything', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const input = $<HTMLInputElement>(el, '#keywords');
      input.value = 'data';
      input.form?.requestSubmit();
      await elementUpdated(el);
      await choose(el, 'remote', 'PARTIAL');
      expect($$(el, '.chip-label').map((c) => c.textContent)).to.deep.equal(['«\u00a0data\u00a0»', 'Télétravail partiel']);
      const changed = oneEvent(el, 'mn-filter-change') as Promise<MnFilterChangeEvent>;
      $<HTMLButtonElement>(el, '.chips .reset').click();
      const event = await changed;
      expect(event.filters.keywords).to.equal('');
      expect(event.filters.remote).to.equal('');
      await el.updateComplete;
      expect(input.value).to.equal('');
      expect(focused(el)).to.equal(input);
      expect(countText(el)).to.match(new RegExp(`^${total({})} offres`));
    });
  });

  describe('empty result', () => {
    it('offers a way out: reset, and the spontaneous application link', async () => {
      const el = await renderList(html`<mn-offer-list spontaneous-href="https://example.gouv.fr/candidature" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const input = $<HTMLInputElement>(el, '#keywords');
      input.value = 'zzzyxw';
      input.form?.requestSubmit();
      await elementUpdated(el);
      expect(countText(el)).to.equal('Aucune offre');
      const empty = $(el, '[part="empty"]');
      expect(empty.textContent).to.contain('Aucune offre ne correspond à votre recherche.');
      expect($(el, '[part="empty"] a').getAttribute('href')).to.equal('https://example.gouv.fr/candidature');
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="empty"] button').click();
      await elementUpdated(el);
      expect(cards(el).length).to.equal(20);
      expect(el.matches(':state(empty)')).to.equal(false);
    });
  });

  it('fires no mn-filter-change when the page changes presets', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    let fired = 0;
    el.addEventListener('mn-filter-change', () => (fired += 1));
    el.region = '53';
    await el.updateComplete;
    el.setAttribute('keywords', 'data');
    await el.updateComplete;
    expect(fired).to.equal(0);
    for (const c of cards(el)) expect(c.offer?.jobLocation.region).to.equal('53');
  });
});
