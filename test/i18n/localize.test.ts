import { expect } from '@open-wc/testing';
import { frTradeExplorer } from '../../src/i18n/fr-trade-explorer.js';
import { addFrench, loadLang, translate } from '../../src/i18n/localize.js';

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
