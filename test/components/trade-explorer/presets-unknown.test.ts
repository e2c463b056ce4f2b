import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { defaultFeedClient } from '../../../src/data/feed-client.js';
import { STORAGE_PREFIX } from '../../../src/data/storage.js';
import { wireFeed } from '../../fixtures/feed.js';
import { deferred, jsonResponse, stubFetch } from '../../fixtures/fetch-stub.js';
import { collectWarnings, noMoreWarnings, warned } from '../../support/console-warnings.js';
import { tradesFeed } from './trades-feed.js';
import { $, cardNames, explorer, selectedTab, text, type Explorer } from './helpers.js';

describe('<mn-trade-explorer> presets the feed does not know', () => {
  const warnings = collectWarnings();
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    defaultFeedClient.clear();
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  });

  it('warns about an unknown trade, with an example from the feed, and shows the trades', async () => {
    const el = await explorer(html`<mn-trade-explorer trade="developpeuse" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    expect(cardNames(el)).to.have.length(7);
    await warned(warnings);
    expect(warnings).to.deep.equal([
      'mn-trade-explorer: trade="developpeuse" is not a trade id of the feed; expected an id such as "developpeur" (Développeuse / Développeur). The explorer shows the trades instead.',
    ]);
  });

  it('warns about an unknown family, and shows every family', async () => {
    const el = await explorer(html`<mn-trade-explorer family="donnes" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    expect(selectedTab(el).id).to.equal('tab-0');
    await warned(warnings);
    expect(warnings).to.deep.equal([
      'mn-trade-explorer: family="donnes" is not a trade family id of the feed; expected an id such as "donnees" (Données). The explorer shows every family instead.',
    ]);
  });

  it('reads a trade written with spaces around, and says nothing of it', async () => {
    const spaced = await explorer(html`<mn-trade-explorer trade=" rssi " .feedData=${tradesFeed()}></mn-trade-explorer>`);
    expect(text($(spaced, '#detail-title'))).to.equal('Responsable de la sécurité des systèmes d’information');
    await noMoreWarnings(warnings, 0);
  });

  it('says nothing of a trade and a family the feed knows, only of one it does not', async () => {
    await explorer(html`<mn-trade-explorer trade="rssi" family="securite" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    await explorer(html`<mn-trade-explorer trade="astronaute" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    await noMoreWarnings(warnings, 1);
    expect(warnings[0]).to.match(/^mn-trade-explorer: trade="astronaute" is not a trade id of the feed/);
  });

  it('reads trade as one id, not a list: two known ids in it are one unknown id', async () => {
    await explorer(html`<mn-trade-explorer trade="rssi developpeur" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    await warned(warnings);
    await noMoreWarnings(warnings, 1);
    expect(warnings[0]).to.match(/^mn-trade-explorer: trade="rssi developpeur" is not a trade id of the feed/);
  });

  it('warns again only when the value or the feed changes', async () => {
    const el = await explorer(html`<mn-trade-explorer family="astronomie" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    await warned(warnings);
    await noMoreWarnings(warnings, 1);
    el.sort = 'offers';
    el.family = 'astronomie';
    await el.updateComplete;
    await noMoreWarnings(warnings, 1);
    el.family = 'astrophysique';
    await el.updateComplete;
    await warned(warnings, 2);
    await noMoreWarnings(warnings, 2);
    expect(warnings[1]).to.match(/^mn-trade-explorer: family="astrophysique" is not a trade family id of the feed/);
    el.feedData = tradesFeed();
    await waitUntil(() => warnings.length === 3, 'no warning for the new feed');
    expect(warnings[2]).to.equal(warnings[1]);
  });

  it('says nothing before the feed is loaded', async () => {
    const response = deferred<Response>();
    window.fetch = stubFetch(() => response.promise).fetch;
    const url = `https://feeds.example.org/trade-explorer/presets-${Date.now()}.json`;
    const el = await fixture<Explorer>(html`<mn-trade-explorer feed=${url} trade="dve"></mn-trade-explorer>`);
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.equal('Chargement des métiers…');
    await noMoreWarnings(warnings, 0);
    response.resolve(jsonResponse(wireFeed()));
    await waitUntil(() => warnings.length > 0, 'no warning once the feed is loaded');
    expect(warnings).to.deep.equal([
      'mn-trade-explorer: trade="dve" is not a trade id of the feed; expected an id such as "dev" (Développeur). The explorer shows the trades instead.',
    ]);
  });
});
