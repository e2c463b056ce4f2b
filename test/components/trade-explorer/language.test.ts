/**
 * The explorer's texts are in its language, which may not be the page's: a page in another language (Spanish on an
 * embassy's site) gets French, and `configure({ lang })` or `<meta name="mn-lang">` may choose another than the
 * page's `lang`. Screen readers then need the element to say so, or they read French with a Spanish voice (RGAA 8.7).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../../src/config.js';
import { loadLang } from '../../../src/i18n/localize.js';
import { langOf } from '../../support/text.js';
import { waitUntil } from '../../support/wait.js';
import { $, text, type Explorer } from './helpers.js';
import { tradesFeed } from './trades-feed.js';

async function explorerIn(lang: string): Promise<Explorer> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}><mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer></div>`);
  const el = page.querySelector('mn-trade-explorer') as Explorer;
  await waitUntil(() => el.shadowRoot?.querySelector('.cards'), 'the explorer did not render');
  return el;
}

describe('<mn-trade-explorer> language of its texts', () => {
  before(() => loadLang('en'));

  it('says its French is French on a page in another language', async () => {
    const el = await explorerIn('es');
    expect(text($(el, 'label[for="search"]'))).to.equal('Rechercher un métier');
    expect(langOf($(el, 'label[for="search"]'))).to.equal('fr');
    expect(langOf($(el, '.card-link'))).to.equal('fr');
  });

  it('says its English is English when the configuration chooses it on a French page', async () => {
    configure({ lang: 'en' });
    try {
      const el = await explorerIn('fr');
      await waitUntil(() => text($(el, 'label[for="search"]')) === 'Search for a trade', 'the explorer did not speak English');
      expect(langOf($(el, 'label[for="search"]'))).to.equal('en');
      expect(langOf($(el, '.card-link')), 'the trades’ names, from the feed').to.equal('fr');
    } finally {
      configure({ lang: undefined });
    }
  });
});
