import { expect } from '@open-wc/testing';
import { frOfferList } from '../../src/i18n/fr-offer-list.js';
import { frTradeExplorer } from '../../src/i18n/fr-trade-explorer.js';
import { addFrench, compose, formatExperience, loadLang, translate } from '../../src/i18n/localize.js';

// This page loads no element: only the common French messages are there at first.
describe('translate', () => {
  it("shows an element's key as itself until that element's French messages are added", () => {
    expect(translate('fr', 'common.retry')).to.equal('Réessayer');
    expect(translate('fr', 'tradeExplorer.loading')).to.equal('tradeExplorer.loading');
    addFrench(frTradeExplorer);
    expect(translate('fr', 'tradeExplorer.loading')).to.equal('Chargement des métiers…');
  });

  it('speaks French until the English messages arrive, then English', async () => {
    expect(translate('en', 'common.retry')).to.equal('Réessayer');
    await loadLang('en');
    expect(loadLang('en')).to.equal(undefined);
    expect(translate('en', 'common.retry')).to.equal('Try again');
    expect(translate('en', 'tradeExplorer.loading')).to.not.equal('tradeExplorer.loading');
  });
});

describe('compose', () => {
  before(() => {
    addFrench(frOfferList);
    addFrench(frTradeExplorer);
  });

  it('puts its parameters, of any kind, in the translated message, between its texts', async () => {
    const label = { template: 'Bretagne' };
    expect(compose('fr', 'offerList.removeFilter', { label })).to.deep.equal(['Retirer le filtre\u00a0: ', label, '']);
    await loadLang('en');
    expect(compose('en', 'offerList.removeFilter', { label })).to.deep.equal(['Remove filter: ', label, '']);
  });

  it('follows the order of the message, written as a function too', () => {
    const family = { template: 'Données' };
    const parts = compose('fr', 'tradeExplorer.empty.searchFamily', { query: 'ia', family });
    expect(parts.filter((_, i) => i % 2 === 1)).to.deep.equal([family, 'ia']);
    expect(parts.map((p) => (p === family ? 'Données' : p)).join('')).to.equal(
      translate('fr', 'tradeExplorer.empty.searchFamily', { query: 'ia', family: 'Données' }),
    );
  });

  it('keeps what a visitor typed as it is, markers included', () => {
    const typed = '\ue0001\ue000 \ue0000\ue000';
    const parts = compose('fr', 'tradeExplorer.empty.searchFamily', { query: typed, family: 'Données' });
    expect(parts.filter((_, i) => i % 2 === 1)).to.deep.equal(['Données', typed]);
  });
});

describe('formatExperience', () => {
  it('agrees the unit with the number in both languages', async () => {
    await loadLang('en');
    expect(formatExperience('en', 1)).to.equal('At least 1 month of experience');
    expect(formatExperience('en', 18)).to.equal('At least 18 months of experience');
    expect(formatExperience('en', 12)).to.equal('At least 1 year of experience');
    expect(formatExperience('fr', 1)).to.equal('1 mois d’expérience minimum');
    expect(formatExperience('fr', 24)).to.equal('2 ans d’expérience minimum');
  });
});
