import { expect } from '@open-wc/testing';
import {
  effectiveSort,
  emptyFilters,
  fromUrlParams,
  pageItems,
  parseControls,
  parseList,
  queryFilters,
  readPresets,
  toUrlParams,
  type OfferListPresets,
} from '../../../src/components/offer-list/offer-list-state.js';
import { scopeFeed, scopeNow } from '../../../src/components/offer-list/offer-list-engine.js';
import { queryOffers } from '../../../src/data/query.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';

const noPresets = (): OfferListPresets =>
  readPresets({
    organisation: '',
    trade: '',
    family: '',
    region: '',
    departement: '',
    contract: '',
    remote: '',
    category: '',
    beginners: false,
  });

describe('offer-list state', () => {
  describe('pageItems', () => {
    it('lists every page when they fit', () => {
      expect(pageItems(1, 1)).to.deep.equal([1]);
      expect(pageItems(3, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    });

    it('keeps the first, the last, the current page and its neighbours, with gaps', () => {
      expect(pageItems(10, 20)).to.deep.equal([1, 'gap', 9, 10, 11, 'gap', 20]);
    });

    it('keeps the same length near either end, and never hides a single page behind a gap', () => {
      expect(pageItems(1, 20)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 20]);
      expect(pageItems(4, 20)).to.deep.equal([1, 2, 3, 4, 5, 'gap', 20]);
      expect(pageItems(5, 20)).to.deep.equal([1, 'gap', 4, 5, 6, 'gap', 20]);
      expect(pageItems(20, 20)).to.deep.equal([1, 'gap', 16, 17, 18, 19, 20]);
      for (let p = 1; p <= 20; p++) expect(pageItems(p, 20)).to.have.length(7);
    });

    it('shows fewer numbers without siblings (narrow screens)', () => {
      expect(pageItems(10, 20, 0)).to.deep.equal([1, 'gap', 10, 'gap', 20]);
      expect(pageItems(1, 20, 0)).to.deep.equal([1, 2, 3, 'gap', 20]);
    });

    it('clamps a page out of range', () => {
      expect(pageItems(99, 9)).to.deep.equal([1, 'gap', 5, 6, 7, 8, 9]);
    });
  });

  describe('attributes', () => {
    it('reads lists separated by spaces or commas, and checks enumerations', () => {
      expect(parseList('departement', '75, 92 2A,,971')).to.deep.equal(['75', '92', '2A', '971']);
      expect(parseList('contract', 'intern FREELANCER nonsense')).to.deep.equal(['INTERN', 'FREELANCER']);
      expect(parseList('category', 'a b z')).to.deep.equal(['A', 'B']);
      expect(parseList('region', null)).to.deep.equal([]);
    });

    it('keeps a preset that cannot be a feed id as written: it matches no offer, it does not widen the list', () => {
      expect(parseList('region', 'bretagne! 53')).to.deep.equal(['bretagne!', '53']);
      expect(parseList('organisation', 'mef/../dinum')).to.deep.equal(['mef/../dinum']);
    });

    it('reads which controls to show', () => {
      expect(parseControls(null).size).to.equal(11);
      expect(parseControls('all').has('sort')).to.equal(true);
      expect(parseControls('none').size).to.equal(0);
      expect([...parseControls('Keywords region, bogus')]).to.deep.equal(['keywords', 'region']);
    });
  });

  describe('sort', () => {
    it('sorts by relevance while searching, unless the visitor chose otherwise', () => {
      expect(effectiveSort('newest', '', false)).to.equal('newest');
      expect(effectiveSort('deadline', '', false)).to.equal('deadline');
      expect(effectiveSort('deadline', '', true)).to.equal('relevance');
      expect(effectiveSort('newest', 'deadline', true)).to.equal('deadline');
      expect(effectiveSort('relevance', '', false)).to.equal('newest');
      expect(effectiveSort('deadline', 'relevance', false)).to.equal('deadline');
    });
  });

  describe('URL form', () => {
    it('round-trips a state, leaving defaults out', () => {
      const filters = { ...emptyFilters(), keywords: 'data', region: '53', contract: 'INTERN', beginners: true };
      const params = toUrlParams({ filters, sort: 'deadline', page: 3, offer: 'o-1' });
      expect(params).to.deep.equal({
        q: 'data',
        region: '53',
        contract: 'INTERN',
        beginners: '1',
        sort: 'deadline',
        page: '3',
        offer: 'o-1',
      });
      expect(fromUrlParams(params)).to.deep.equal({ filters, sort: 'deadline', page: 3, offer: 'o-1' });
      expect(toUrlParams({ filters: emptyFilters(), sort: '', page: 1, offer: '' })).to.deep.equal({});
    });

    it('ignores what it cannot use', () => {
      const s = fromUrlParams({ page: '-2', sort: 'random', contract: 'PERMANENT', remote: 'full', q: `  ${'x'.repeat(500)} ` });
      expect(s.page).to.equal(1);
      expect(s.sort).to.equal('');
      expect(s.filters.contract).to.equal('');
      expect(s.filters.remote).to.equal('FULL');
      expect(s.filters.keywords).to.have.length(200);
      expect(fromUrlParams({ page: '2abc' }).page).to.equal(2);
      expect(fromUrlParams({ page: 'abc' }).page).to.equal(1);
    });

    it('takes an offer, organisation, trade or family id, or a région or département code, only as the feed’s reader would', () => {
      // data/ids.ts: 1–128 of [A-Za-z0-9_-], the first a letter or digit; codes up to 16. Else ignored, as a bad page is.
      for (const offer of ['..', '.', 'a b/c', 'a/b', '%2e%2e', 'réf-1', '-a', 'ref-\u202E1', 'x'.repeat(129)]) {
        expect(fromUrlParams({ offer }).offer, offer).to.equal('');
      }
      expect(fromUrlParams({ offer: ' o-1\n' }).offer).to.equal('o-1');
      expect(fromUrlParams({ offer: 'x'.repeat(128) }).offer).to.equal('x'.repeat(128));
      const bad = fromUrlParams({ organisation: 'mef/../dinum', trade: 'dev elop', family: 'x'.repeat(129), region: 'x'.repeat(17), departement: '2A?' });
      expect(bad.filters).to.deep.equal(emptyFilters());
      const good = fromUrlParams({ organisation: 'mef', trade: 'x'.repeat(128), family: 'data_ia', region: '53', departement: '2A' });
      expect(good.filters).to.include({ organisation: 'mef', trade: 'x'.repeat(128), family: 'data_ia', region: '53', departement: '2A' });
    });
  });

  describe('scope', () => {
    it('is the feed itself without presets', () => {
      const feed = makeFeed(20);
      expect(scopeFeed(feed, noPresets())).to.equal(feed);
    });

    it('keeps the offers the presets allow, open or not, and is memoised', () => {
      const feed = makeFeed(200);
      const presets = { ...noPresets(), lists: { ...noPresets().lists, organisation: ['min-interieur'], region: ['11', '53'] } };
      const scope = scopeFeed(feed, presets);
      const orgs = new Set(['min-interieur', 'dnum-interieur', 'bureau-si', 'ants']);
      expect(scope.offers.length).to.be.greaterThan(0).and.lessThan(feed.offers.length);
      for (const o of scope.offers) {
        expect(orgs.has(o.hiringOrganization)).to.equal(true);
        expect(['11', '53']).to.include(o.jobLocation.region);
      }
      expect(scope.offers.some((o) => o.status === 'filled')).to.equal(true);
      expect(scopeFeed(feed, { ...presets })).to.equal(scope);
      expect(scopeNow(feed, presets)).to.equal(scope);
    });

    it('intersects presets with the visitor’s choice: a URL cannot widen a preset', () => {
      const feed = makeFeed(200);
      const presets = { ...noPresets(), lists: { ...noPresets().lists, organisation: ['premier-ministre'] } };
      const scope = scopeFeed(feed, presets);
      const outside = queryOffers(scope, queryFilters({ ...emptyFilters(), organisation: 'dgfip' }, presets), { now: FIXTURE_NOW });
      expect(outside.total).to.equal(0);
      const inside = queryOffers(scope, queryFilters({ ...emptyFilters(), organisation: 'dinum' }, presets), { now: FIXTURE_NOW });
      expect(inside.total).to.be.greaterThan(0);
    });

    it('searches the preset keywords with the visitor’s', () => {
      const presets = { ...noPresets(), keywords: 'data' };
      expect(queryFilters({ ...emptyFilters(), keywords: 'paris' }, presets).keywords).to.equal('data paris');
      expect(queryFilters(emptyFilters(), noPresets()).keywords).to.equal(undefined);
    });
  });
});
