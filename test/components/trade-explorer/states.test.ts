import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { defaultFeedClient } from '../../../src/data/feed-client.js';
import { STORAGE_PREFIX, writeSavedFeed } from '../../../src/data/storage.js';
import type { MnErrorEvent } from '../../../src/events/mn-error.js';
import type { MnLoadEvent } from '../../../src/events/mn-load.js';
import { wireFeed } from '../../fixtures/feed.js';
import { hangUntilAborted, jsonResponse, stubFetch, type FetchHandler } from '../../fixtures/fetch-stub.js';
import { tradesFeed } from './trades-feed.js';
import { $, $$, cardNames, explorer, text, type Explorer } from './helpers.js';

let urls = 0;
/** A feed URL no other test uses (the page's client remembers results per URL). */
const freshUrl = () => `https://feeds.example.org/trade-explorer/${Date.now()}-${++urls}.json`;

describe('<mn-trade-explorer> states', () => {
  const realFetch = window.fetch;
  function serve(handler: FetchHandler) {
    const stub = stubFetch(handler);
    window.fetch = stub.fetch;
    return stub.calls;
  }

  afterEach(() => {
    window.fetch = realFetch;
    defaultFeedClient.clear();
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  });

  it('shows a skeleton while loading, busy, and announces it', async () => {
    serve(hangUntilAborted);
    const el = await fixture<Explorer>(html`<mn-trade-explorer feed=${freshUrl()}></mn-trade-explorer>`);
    await el.updateComplete;
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part="skeleton"]').getAttribute('aria-hidden')).to.equal('true');
    expect(text($(el, '[role="status"]'))).to.equal('Chargement des métiers…');
    expect(el.matches(':state(loading)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('loads the feed of its feed attribute', async () => {
    const url = freshUrl();
    const calls = serve(() => jsonResponse(wireFeed()));
    const el = await explorer(html`<mn-trade-explorer feed=${url}></mn-trade-explorer>`);
    expect(calls.map((c) => c.url)).to.deep.equal([url]);
    expect(cardNames(el)).to.deep.equal(['Administrateur système', 'Développeur']);
    expect($(el, '[part="base"]').getAttribute('aria-busy')).to.equal('false');
    expect(el.matches(':state(loading)')).to.equal(false);
  });

  it('loads the feed set as a property', async () => {
    const url = freshUrl();
    const calls = serve(() => jsonResponse(wireFeed()));
    const el = await fixture<Explorer>(html`<mn-trade-explorer></mn-trade-explorer>`);
    el.feed = url;
    await waitUntil(() => cardNames(el).length === 2, 'the feed did not load');
    expect(calls.map((c) => c.url)).to.include(url);
  });

  it('says why the feed could not load, fires mn-error, and retries', async () => {
    let fail = true;
    serve(() => (fail ? new Response('nope', { status: 503 }) : jsonResponse(wireFeed())));
    const errored = new Promise<MnErrorEvent>((resolve) => {
      document.addEventListener('mn-error', (e) => resolve(e), { once: true });
    });
    const el = await explorer(html`<mn-trade-explorer feed=${freshUrl()}></mn-trade-explorer>`);
    const event = await errored;
    expect(event.code).to.equal('http');
    expect(event.status).to.equal(503);
    const alert = $(el, '[role="alert"]');
    expect(text(alert.querySelector('p'))).to.equal('Le serveur des offres a répondu par une erreur (503).');
    expect(event.message).to.equal('Le serveur des offres a répondu par une erreur (503).');
    expect(el.matches(':state(error)')).to.equal(true);
    await expect(el).to.be.accessible();

    fail = false;
    const retry = alert.querySelector('button');
    expect(text(retry)).to.equal('Réessayer');
    setTimeout(() => retry?.click());
    await oneEvent(el, 'mn-load');
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(2);
    expect(el.matches(':state(error)')).to.equal(false);
  });

  it('retry() loads the feed again, without moving the focus', async () => {
    let fail = true;
    serve(() => (fail ? new Response('nope', { status: 503 }) : jsonResponse(wireFeed())));
    const errored = oneEvent(document, 'mn-error');
    const el = await explorer(html`<mn-trade-explorer feed=${freshUrl()}></mn-trade-explorer>`);
    await errored;
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    fail = false;
    const loaded = oneEvent(el, 'mn-load');
    el.retry();
    await loaded;
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(2);
    expect(document.activeElement === outside, 'the focus moved').to.equal(true);
    outside.remove();
  });

  it('shows the saved copy with a notice when the network fails', async () => {
    const url = freshUrl();
    const savedAt = Date.UTC(2025, 2, 1, 8, 30);
    writeSavedFeed(localStorage, url, { text: JSON.stringify(wireFeed()), fetchedAt: savedAt });
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const loaded = new Promise<MnLoadEvent>((resolve) => {
      document.addEventListener('mn-load', (e) => resolve(e), { once: true });
    });
    const el = await explorer(html`<mn-trade-explorer feed=${url}></mn-trade-explorer>`);
    expect((await loaded).stale).to.equal(true);
    const notice = $(el, '[part="stale"]');
    expect(text(notice)).to.match(/^Connexion impossible : voici les offres enregistrées le 1 mars 2025/);
    expect(notice.getAttribute('role'), 'said to screen readers as it shows').to.equal('alert');
    expect(cardNames(el)).to.have.length(2);
    expect(el.matches(':state(stale)')).to.equal(true);
    await expect(el).to.be.accessible();

    // The network is back: "Réessayer" in the notice loads the feed, and the notice goes.
    serve(() => Promise.resolve(jsonResponse(wireFeed())));
    const fresh = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
    const retry = $(el, '[part="stale"] button');
    expect(text(retry)).to.equal('Réessayer');
    retry.click();
    expect((await fresh).stale).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="stale"]')).to.equal(null);
    expect(el.matches(':state(stale)')).to.equal(false);
    expect(cardNames(el)).to.have.length(2);
  });

  it('says it again when "Réessayer" in the saved copy\'s notice fails again, and puts the focus back on it', async () => {
    const url = freshUrl();
    writeSavedFeed(localStorage, url, { text: JSON.stringify(wireFeed()), fetchedAt: Date.UTC(2025, 2, 1, 8, 30) });
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const loaded = oneEvent(document, 'mn-load');
    const el = await explorer(html`<mn-trade-explorer feed=${url}></mn-trade-explorer>`);
    await loaded;
    await el.updateComplete;
    // What a screen reader is told: the alerts put in the page, or whose text changes.
    const said: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const { target, addedNodes } of records) {
        const nodes = [...addedNodes, target].filter((n): n is Element => n instanceof Element);
        for (const node of nodes) {
          const alert = node.closest('[role="alert"]') ?? node.querySelector('[role="alert"]');
          if (alert) said.push(text(alert.querySelector('p')));
        }
      }
    });
    observer.observe(el.shadowRoot as ShadowRoot, { childList: true, subtree: true, characterData: true });
    const again = oneEvent(el, 'mn-load') as Promise<MnLoadEvent>;
    $(el, '[part="stale"] button').click();
    expect((await again).stale, 'still down: the saved copy again').to.equal(true);
    await el.updateComplete;
    observer.disconnect();
    expect(said.length, 'the notice said again').to.be.greaterThan(0);
    expect(said.every((s) => /^Connexion impossible : voici les offres enregistrées le 1 mars 2025/.test(s)), said.join(' | ')).to.equal(true);
    expect(el.shadowRoot?.activeElement === $(el, '[part="stale"] button'), 'the focus on "Réessayer"').to.equal(true);
    expect(cardNames(el)).to.have.length(2);
  });

  it('says when the feed has no trade', async () => {
    const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed({ trades: [], offers: [] })}></mn-trade-explorer>`);
    expect(text($(el, '[part="empty"]'))).to.equal('Aucun métier n’est publié pour le moment.');
    expect($$(el, '[role="tablist"], #search')).to.have.length(0);
    expect(el.matches(':state(empty)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says when no trade has an open offer, with hide-empty', async () => {
    const el = await explorer(html`<mn-trade-explorer hide-empty .feedData=${tradesFeed({ offers: [] })}></mn-trade-explorer>`);
    expect(text($(el, '[part="empty"]'))).to.equal('Aucun métier n’a d’offre ouverte en ce moment.');
    await expect(el).to.be.accessible();
  });

  it('reports the detail view as a state', async () => {
    const el = await explorer(html`<mn-trade-explorer trade="rssi" .feedData=${tradesFeed()}></mn-trade-explorer>`);
    expect(el.matches(':state(detail)')).to.equal(true);
    $(el, '[part="back"]').click();
    await el.updateComplete;
    expect(el.matches(':state(detail)')).to.equal(false);
  });

  it('follows a new feed given as a property', async () => {
    const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
    el.feedData = tradesFeed({ trades: tradesFeed().trades.slice(0, 1) });
    await waitUntil(() => cardNames(el).length === 1, 'the new feed did not show');
    expect(cardNames(el)).to.deep.equal(['Développeuse / Développeur']);
  });
});
