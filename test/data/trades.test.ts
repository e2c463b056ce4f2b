import { expect } from '@open-wc/testing';
import {
  findTrade,
  isTradeSort,
  openOfferCounts,
  queryTrades,
  sortTrades,
  tradeMatcher,
  tradesByFamily,
  type TradeSummary,
} from '../../src/data/trades.js';
import { DAY } from '../fixtures/make-feed.js';
import { tradesFeed } from '../components/trade-explorer/trades-feed.js';

const ids = (summaries: TradeSummary[]) => summaries.map((s) => s.trade.id);

describe('data/trades', () => {
  describe('openOfferCounts', () => {
    it('counts open offers per trade, leaving out filled and expired ones and offers without trade', () => {
      const counts = openOfferCounts(tradesFeed());
      expect(Object.fromEntries(counts)).to.deep.equal({
        developpeur: 3,
        'data-scientist': 2,
        rssi: 1,
        'architecte-logiciel': 1,
      });
    });

    it('uses the given time to tell open offers from expired ones', () => {
      const feed = tradesFeed();
      // 30 days ago the expired offer (deadline 10 days ago) was still open.
      expect(openOfferCounts(feed, Date.now() - 30 * DAY).get('architecte-logiciel')).to.equal(2);
    });
  });

  describe('tradesByFamily', () => {
    it('groups trades by family in feed order', () => {
      const groups = tradesByFamily(tradesFeed());
      expect([...groups.keys()]).to.deep.equal(['developpement', 'donnees', 'securite', 'pilotage']);
      expect(groups.get('pilotage')?.map((t) => t.id)).to.deep.equal(['chef-projet', 'product-owner']);
    });
  });

  describe('tradeMatcher', () => {
    const feed = tradesFeed();
    const matching = (q: string) => feed.trades.filter(tradeMatcher(q)).map((t) => t.id);

    it('matches every trade for an empty or blank query', () => {
      expect(matching('')).to.have.length(7);
      expect(matching('   ')).to.have.length(7);
    });

    it('ignores accents and case', () => {
      expect(matching('DONNEES')).to.deep.equal(['data-scientist', 'ingenieur-donnees']);
      expect(matching('securite')).to.include('rssi');
      expect(matching('développ')).to.include.members(['developpeur', 'architecte-logiciel']);
    });

    it('finds words in descriptions, missions and skills, not only names', () => {
      expect(matching('décisions publiques')).to.deep.equal(['data-scientist']); // description
      expect(matching('backlog')).to.deep.equal(['product-owner']); // mission
      expect(matching('python')).to.deep.equal(['data-scientist']); // skill
    });

    it('needs every word, ignoring French stop words', () => {
      expect(matching('chef de projet')).to.deep.equal(['chef-projet']);
      expect(matching('agiles produit')).to.deep.equal(['product-owner']);
      expect(matching('python java')).to.deep.equal([]);
    });

    it('reads ligatures and inclusive writing', () => {
      expect(matching('maitrise oeuvre')).to.deep.equal(['chef-projet']);
      expect(matching('maîtrise d’œuvre')).to.deep.equal(['chef-projet']);
      expect(matching('ingénieur·e')).to.deep.equal(['ingenieur-donnees']);
    });

    it('finds a hyphenated compound written whole, and the other way round', () => {
      const trade = (id: string, name: string) => ({ id, name, family: 'f', missions: [], skills: [] });
      const trades = [trade('hyphen', 'Développeur·se front-end'), trade('whole', 'Développeur·se frontend'), trade('apart', 'Intégrateur front end')];
      const found = (q: string) => trades.filter(tradeMatcher(q)).map((t) => t.id);
      expect(found('frontend')).to.deep.equal(['hyphen', 'whole']);
      expect(found('front-end')).to.deep.equal(['hyphen', 'whole', 'apart']);
      expect(found('front end')).to.deep.equal(['hyphen', 'whole', 'apart']);
    });

    it('reads inclusive forms as the offer list does, whatever their mark', () => {
      const trade = (id: string, name: string) => ({ id, name, family: 'f', missions: [], skills: [] });
      const trades = [trade('dot', 'Développeur·se'), trade('hyphen', 'Développeur-euse'), trade('rice', 'Administrateur-rice')];
      const found = (q: string) => trades.filter(tradeMatcher(q)).map((t) => t.id);
      expect(found('développeuse')).to.deep.equal(['dot', 'hyphen']);
      expect(found('administratrice')).to.deep.equal(['rice']);
    });

    it('does not treat the query as a pattern, and matches nothing without a word (but everything when blank)', () => {
      expect(matching('.* [a-z]+')).to.deep.equal([]);
      expect(matching('.*')).to.deep.equal([]);
      expect(matching('(')).to.deep.equal([]);
      expect(matching('  ')).to.have.length(7);
    });
  });

  describe('sortTrades', () => {
    const summary = (id: string, name: string, openOffers: number): TradeSummary => ({
      trade: { id, name, family: 'f', missions: [], skills: [] },
      openOffers,
    });

    it('sorts by name in French collation (accents, case)', () => {
      const list = [summary('b', 'économiste', 0), summary('a', 'Data', 0), summary('c', 'Zoologiste', 5), summary('d', 'eclairagiste', 0)];
      expect(ids(sortTrades(list, 'name'))).to.deep.equal(['a', 'd', 'b', 'c']);
    });

    it('sorts by open offers, most first, then by name', () => {
      const list = [summary('a', 'Alpha', 1), summary('b', 'Beta', 3), summary('c', 'Charlie', 1), summary('d', 'Delta', 0)];
      expect(ids(sortTrades(list, 'offers'))).to.deep.equal(['b', 'a', 'c', 'd']);
    });

    it('knows its sort names', () => {
      expect(isTradeSort('name')).to.equal(true);
      expect(isTradeSort('offers')).to.equal(true);
      expect(isTradeSort('date')).to.equal(false);
      expect(isTradeSort(undefined)).to.equal(false);
    });
  });

  describe('queryTrades', () => {
    it('gives every trade sorted by name, and every family with its count', () => {
      const result = queryTrades(tradesFeed());
      expect(result.total).to.equal(7);
      expect(result.family).to.equal(undefined);
      expect(result.trades[0]?.trade.id).to.equal('architecte-logiciel');
      expect(result.families.map((f) => [f.family.id, f.count])).to.deep.equal([
        ['developpement', 2],
        ['donnees', 2],
        ['securite', 1],
        ['pilotage', 2],
      ]);
      expect(result.trades.find((s) => s.trade.id === 'developpeur')).to.include({ openOffers: 3 });
      expect(result.trades.every((s) => s.family?.id === s.trade.family)).to.equal(true);
    });

    it('keeps to one family', () => {
      const result = queryTrades(tradesFeed(), { family: 'donnees' });
      expect(result.family).to.equal('donnees');
      expect(ids(result.trades)).to.deep.equal(['data-scientist', 'ingenieur-donnees']);
      expect(result.total).to.equal(7);
    });

    it('falls back to every family when the family is unknown', () => {
      const result = queryTrades(tradesFeed(), { family: 'nope' });
      expect(result.family).to.equal(undefined);
      expect(result.trades).to.have.length(7);
    });

    it('counts search matches per family, and in total', () => {
      const result = queryTrades(tradesFeed(), { query: 'agiles', family: 'developpement' });
      expect(result.trades).to.deep.equal([]);
      expect(result.total).to.equal(2);
      expect(result.families.map((f) => f.count)).to.deep.equal([0, 0, 0, 2]);
    });

    it('hides trades without open offer, and the families left empty', () => {
      const result = queryTrades(tradesFeed(), { hideEmpty: true });
      expect(ids(result.trades)).to.have.members(['developpeur', 'architecte-logiciel', 'data-scientist', 'rssi']);
      expect(result.families.map((f) => f.family.id)).to.deep.equal(['developpement', 'donnees', 'securite']);
      // The family preset is empty once hidden: every family is shown instead.
      expect(queryTrades(tradesFeed(), { hideEmpty: true, family: 'pilotage' }).family).to.equal(undefined);
    });

    it('sorts by open offers', () => {
      const result = queryTrades(tradesFeed(), { sort: 'offers' });
      expect(ids(result.trades).slice(0, 4)).to.deep.equal(['developpeur', 'data-scientist', 'architecte-logiciel', 'rssi']);
    });

    it('handles a feed without trades', () => {
      const result = queryTrades(tradesFeed({ trades: [], offers: [] }));
      expect(result).to.deep.equal({ trades: [], families: [], total: 0 });
    });
  });

  describe('findTrade', () => {
    it('gives a trade with its family and open offers', () => {
      const found = findTrade(tradesFeed(), 'data-scientist');
      expect(found?.trade.name).to.equal('Data scientist');
      expect(found?.family?.name).to.equal('Données');
      expect(found?.openOffers).to.equal(2);
    });

    it('gives undefined for an unknown trade', () => {
      expect(findTrade(tradesFeed(), 'astronaute')).to.equal(undefined);
    });
  });
});
