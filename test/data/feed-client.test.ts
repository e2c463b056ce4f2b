import { expect } from '@open-wc/testing';
import { FeedError, isAbortError, isFeedError } from '../../src/data/errors.js';
import { FeedClient, defaultFeedClient, type FeedClientOptions, type FeedResult } from '../../src/data/feed-client.js';
import { normaliseFeed } from '../../src/data/normalise.js';
import { SAVED_FEEDS_BUDGET, STORAGE_PREFIX, readSavedFeed, removeSavedFeed, storageKey, writeSavedFeed } from '../../src/data/storage.js';
import type { Offer } from '../../src/data/types.js';
import { FEED_URL, wireFeed, wireOffer, wireOfferDocument } from '../fixtures/feed.js';
import {
  ForbiddenStorage,
  FullStorage,
  MemoryStorage,
  deferred,
  hangUntilAborted,
  jsonResponse,
  stubFetch,
  type FetchHandler,
} from '../fixtures/fetch-stub.js';

const NOW = Date.UTC(2025, 2, 10, 12);
const SAVED_AT = Date.UTC(2025, 2, 1, 8);

/** A client with a scripted fetch, an in-memory storage and a fixed clock. */
function setup(handler: FetchHandler, options: FeedClientOptions = {}) {
  const stub = stubFetch(handler);
  const storage = options.storage === undefined ? new MemoryStorage() : options.storage;
  const client = new FeedClient({ fetch: stub.fetch, now: () => NOW, ...options, storage });
  return { client, calls: stub.calls };
}

/** Stores a saved copy of `feed` for FEED_URL, as an earlier visit would have. */
function saveCopy(storage: MemoryStorage, feed: unknown = wireFeed(), meta: { etag?: string; lastModified?: string } = { etag: '"v1"' }): void {
  writeSavedFeed(storage, FEED_URL, { text: JSON.stringify(feed), fetchedAt: SAVED_AT, ...meta });
}

async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the promise to reject');
}

function offerWith(document: string | undefined, id = 'offer-1'): Offer {
  const feed = normaliseFeed(wireFeed({ offers: [wireOffer({ id, document })] }), FEED_URL);
  return feed.offers[0];
}

describe('FeedClient', () => {
  describe('load: success', () => {
    it('fetches, normalises and saves the feed', async () => {
      const storage = new MemoryStorage();
      const headers = { ETag: '"v2"', 'Last-Modified': 'Mon, 10 Mar 2025 11:00:00 GMT' };
      const { client, calls } = setup(() => jsonResponse(wireFeed(), { headers }), { storage });
      const result = await client.load(FEED_URL);
      expect(result).to.include({ url: FEED_URL, fetchedAt: NOW, stale: false });
      expect(result.error).to.equal(undefined);
      expect(result.feed.offers.map((o) => o.id)).to.deep.equal(['offer-1']);
      expect(calls).to.have.length(1);
      expect(calls[0].url).to.equal(FEED_URL);
      expect(calls[0].init).to.include({ credentials: 'omit', cache: 'default', mode: 'cors' });
      expect(calls[0].headers).to.deep.equal({ accept: 'application/json' });
      const saved = readSavedFeed(storage, FEED_URL);
      expect(saved).to.deep.equal({
        text: JSON.stringify(wireFeed()),
        etag: '"v2"',
        lastModified: 'Mon, 10 Mar 2025 11:00:00 GMT',
        fetchedAt: NOW,
      });
      expect(storage.items.has(`${STORAGE_PREFIX}${FEED_URL}`)).to.equal(true);
    });

    it('resolves a relative feed URL against the document', async () => {
      const { client, calls } = setup(() => jsonResponse(wireFeed()));
      const result = await client.load('/feeds/offers.json');
      const expected = new URL('/feeds/offers.json', document.baseURI).href;
      expect(calls[0].url).to.equal(expected);
      expect(result.url).to.equal(expected);
    });

    it('resolves URLs in the feed against the final URL after redirects', async () => {
      const { client } = setup(() => jsonResponse(wireFeed(), { url: 'https://cdn.example.org/v1/offers.json' }));
      const { feed } = await client.load(FEED_URL);
      expect(feed.offers[0].document).to.equal('https://cdn.example.org/v1/offers/offer-1.json');
      expect(feed.applicationEndpoint).to.equal('https://cdn.example.org/api/applications');
    });

    it('refuses URLs that are not http(s), without fetching', async () => {
      const { client, calls } = setup(() => jsonResponse(wireFeed()));
      for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'http://[bad']) {
        expect((await rejection(client.load(url))).code).to.equal('invalid-url');
      }
      expect(calls).to.have.length(0);
    });

    it('shows the valid part of a partly invalid feed and reports the rest', async () => {
      const offers = [wireOffer(), wireOffer({ id: 'no-title', title: undefined }), wireOffer({ id: 'bad-url', url: 'javascript:alert(1)' })];
      const { client } = setup(() => jsonResponse(wireFeed({ offers })));
      const { feed, stale } = await client.load(FEED_URL);
      expect(stale).to.equal(false);
      expect(feed.offers.map((o) => o.id)).to.deep.equal(['offer-1', 'bad-url']);
      expect(feed.issues).to.deep.equal([
        { path: '/offers/1/title', code: 'missing', id: 'no-title', action: 'skipped' },
        { path: '/offers/2/url', code: 'unsafe-url', id: 'bad-url', action: 'dropped' },
      ]);
    });

    it('loads a real feed file and its offer document from the test server', async () => {
      const client = new FeedClient({ storage: null });
      const url = new URL('../fixtures/feeds/valid.json', import.meta.url).href;
      const { feed } = await client.load(url);
      const [offer] = feed.offers;
      expect(offer.document).to.equal(new URL('../fixtures/feeds/offers/offer-1.json', import.meta.url).href);
      expect(offer.apply).to.deep.equal({ mode: 'email', email: 'recrutement@example.org', subject: 'Candidature' });
      expect(feed.applicationEndpoint).to.equal(new URL('/test/api/applications', document.baseURI).href);
      const doc = await client.loadOfferDocument(offer);
      expect(doc).to.deep.equal({
        id: 'offer-1',
        sections: { mission: '<p>Construire des services publics numériques.</p>', tasks: '<ul><li>Développer</li><li>Relire</li></ul>' },
        education: 'Bac +5',
      });
    });
  });

  describe('load: one request per URL', () => {
    it('shares one request among concurrent callers and reuses the result', async () => {
      const response = deferred<Response>();
      const { client, calls } = setup(() => response.promise);
      const loads = [client.load(FEED_URL), client.load(FEED_URL), client.load(FEED_URL, { signal: new AbortController().signal })];
      response.resolve(jsonResponse(wireFeed()));
      const results = await Promise.all(loads);
      expect(calls).to.have.length(1);
      expect(results[1]).to.equal(results[0]);
      expect(results[2]).to.equal(results[0]);
      expect(await client.load(FEED_URL)).to.equal(results[0]);
      expect(calls).to.have.length(1);
    });

    it('asks again on refresh, sharing a refresh still in flight', async () => {
      const { client, calls } = setup(() => jsonResponse(wireFeed()));
      await client.load(FEED_URL);
      const first = client.load(FEED_URL, { refresh: true });
      const second = client.load(FEED_URL, { refresh: true });
      await Promise.all([first, second]);
      expect(calls).to.have.length(2);
    });

    it('keeps one request per URL', async () => {
      const { client, calls } = setup(() => jsonResponse(wireFeed()));
      await Promise.all([client.load(FEED_URL), client.load(`${FEED_URL}?org=dinum`), client.load(FEED_URL)]);
      expect(calls.map((c) => c.url)).to.deep.equal([FEED_URL, `${FEED_URL}?org=dinum`]);
    });

    it('makes one request, under one saved copy, for URLs that differ only by their fragment', async () => {
      const storage = new MemoryStorage();
      const { client, calls } = setup(() => jsonResponse(wireFeed()), { storage });
      const results = await Promise.all([client.load(FEED_URL), client.load(`${FEED_URL}#body`)]);
      expect(calls.map((c) => c.url)).to.deep.equal([FEED_URL]);
      expect(results.map((r) => r.url)).to.deep.equal([FEED_URL, FEED_URL]);
      expect(storage.getItem(`${storageKey(FEED_URL)}#body#body`)).to.equal(null);
    });

    it('does not remember a failure: the next load tries again', async () => {
      let status = 500;
      const { client, calls } = setup(() => jsonResponse(status === 200 ? wireFeed() : 'oops', { status }));
      expect((await rejection(client.load(FEED_URL))).code).to.equal('http');
      status = 200;
      expect((await client.load(FEED_URL)).stale).to.equal(false);
      expect(calls).to.have.length(2);
    });

    it('forgets results on clear()', async () => {
      const { client, calls } = setup(() => jsonResponse(wireFeed()));
      await client.load(FEED_URL);
      client.clear();
      await client.load(FEED_URL);
      expect(calls).to.have.length(2);
    });
  });

  describe('load: conditional requests', () => {
    it('sends the saved validators and uses the saved copy on 304', async () => {
      const storage = new MemoryStorage();
      saveCopy(storage, wireFeed(), { etag: '"v1"', lastModified: 'Sat, 01 Mar 2025 08:00:00 GMT' });
      const { client, calls } = setup(() => new Response(null, { status: 304, headers: { ETag: '"v1"' } }), { storage });
      const result = await client.load(FEED_URL);
      expect(calls[0].headers).to.deep.equal({
        accept: 'application/json',
        'if-none-match': '"v1"',
        'if-modified-since': 'Sat, 01 Mar 2025 08:00:00 GMT',
      });
      expect(calls[0].init.cache).to.equal('no-store');
      expect(result).to.include({ stale: false, fetchedAt: NOW });
      expect(result.feed.offers.map((o) => o.id)).to.deep.equal(['offer-1']);
      // The copy is confirmed: its date moves, its text stays.
      expect(readSavedFeed(storage, FEED_URL)).to.deep.equal({
        text: JSON.stringify(wireFeed()),
        etag: '"v1"',
        lastModified: 'Sat, 01 Mar 2025 08:00:00 GMT',
        fetchedAt: NOW,
      });
    });

    it('revalidates the copy it holds in memory on refresh', async () => {
      let count = 0;
      const { client, calls } = setup(() => (count++ === 0 ? jsonResponse(wireFeed(), { headers: { ETag: '"a"' } }) : new Response(null, { status: 304 })), {
        storage: null,
      });
      const first = await client.load(FEED_URL);
      const second = await client.load(FEED_URL, { refresh: true });
      expect(calls[1].headers['if-none-match']).to.equal('"a"');
      expect(second.feed).to.equal(first.feed);
      expect(second.stale).to.equal(false);
    });

    it('replaces the saved copy when the feed changed', async () => {
      const storage = new MemoryStorage();
      saveCopy(storage, wireFeed({ offers: [] }));
      const { client } = setup(() => jsonResponse(wireFeed(), { headers: { ETag: '"v2"' } }), { storage });
      const { feed } = await client.load(FEED_URL);
      expect(feed.offers).to.have.length(1);
      expect(readSavedFeed(storage, FEED_URL)?.etag).to.equal('"v2"');
    });

    it('asks for the full feed when the saved copy behind a 304 is damaged', async () => {
      const storage = new MemoryStorage();
      writeSavedFeed(storage, FEED_URL, { text: '{"version": 1, "offers": [', etag: '"v1"', fetchedAt: SAVED_AT });
      const { client, calls } = setup((call) => (call.headers['if-none-match'] ? new Response(null, { status: 304 }) : jsonResponse(wireFeed())), {
        storage,
      });
      const result = await client.load(FEED_URL);
      expect(calls).to.have.length(2);
      expect(calls[1].headers['if-none-match']).to.equal(undefined);
      expect(calls[1].init.cache).to.equal('no-cache');
      expect(result.stale).to.equal(false);
      expect(result.feed.offers).to.have.length(1);
    });

    it('treats a 304 without a saved copy as an HTTP error', async () => {
      const { client } = setup(() => new Response(null, { status: 304 }));
      const error = await rejection(client.load(FEED_URL));
      expect(error).to.include({ code: 'http', status: 304 });
    });

    it('revalidates with the server on refresh when nothing is saved', async () => {
      const { client, calls } = setup(() => jsonResponse(wireFeed()), { storage: null });
      await client.load(FEED_URL, { refresh: true });
      expect(calls[0].init.cache).to.equal('no-cache');
    });

    it('ignores a damaged storage record', async () => {
      const storage = new MemoryStorage();
      storage.setItem(storageKey(FEED_URL), '{not json');
      storage.setItem(`${storageKey(FEED_URL)}#body`, JSON.stringify(wireFeed()));
      const { client, calls } = setup(() => jsonResponse(wireFeed()), { storage });
      await client.load(FEED_URL);
      expect(calls[0].headers['if-none-match']).to.equal(undefined);
      storage.setItem(storageKey(FEED_URL), JSON.stringify({ fetchedAt: 'yesterday' }));
      expect(readSavedFeed(storage, FEED_URL)).to.equal(undefined);
      storage.setItem(storageKey(FEED_URL), 'null');
      expect(readSavedFeed(storage, FEED_URL)).to.equal(undefined);
    });
  });

  describe('load: failures', () => {
    for (const status of [404, 500, 503]) {
      it(`rejects on HTTP ${status} when nothing is saved`, async () => {
        const { client } = setup(() => jsonResponse('error', { status }));
        const error = await rejection(client.load(FEED_URL));
        expect(error).to.include({ code: 'http', status, url: FEED_URL });
        expect(error.message).to.contain(`HTTP ${status}`);
      });

      it(`serves the saved copy, stale, on HTTP ${status}`, async () => {
        const storage = new MemoryStorage();
        saveCopy(storage);
        const { client } = setup(() => jsonResponse('error', { status }), { storage });
        const result = await client.load(FEED_URL);
        expect(result).to.include({ stale: true, fetchedAt: SAVED_AT, url: FEED_URL });
        expect(result.error).to.include({ code: 'http', status });
        expect(result.feed.offers).to.have.length(1);
      });
    }

    it('rejects with invalid-json, and keeps the saved copy', async () => {
      const storage = new MemoryStorage();
      const { client } = setup(() => jsonResponse('{"version": 1, "offers": ['), { storage });
      expect((await rejection(client.load(FEED_URL))).code).to.equal('invalid-json');
      saveCopy(storage);
      const result = await client.load(FEED_URL);
      expect(result.stale).to.equal(true);
      expect(result.error?.code).to.equal('invalid-json');
      expect(readSavedFeed(storage, FEED_URL)?.fetchedAt).to.equal(SAVED_AT);
    });

    it('rejects with invalid-feed, and does not save it', async () => {
      const storage = new MemoryStorage();
      const { client } = setup(() => jsonResponse({ version: 2, offers: [] }), { storage });
      expect((await rejection(client.load(FEED_URL))).code).to.equal('invalid-feed');
      expect(storage.items.size).to.equal(0);
    });

    it('serves the saved copy when offline, with the error and its date', async () => {
      const storage = new MemoryStorage();
      saveCopy(storage);
      const { client } = setup(
        () => {
          throw new TypeError('Failed to fetch');
        },
        { storage },
      );
      const result: FeedResult = await client.load(FEED_URL);
      expect(result).to.include({ stale: true, fetchedAt: SAVED_AT });
      expect(result.error?.code).to.equal('network');
      expect(result.error?.cause).to.be.instanceOf(TypeError);
      expect(result.feed.offers.map((o) => o.id)).to.deep.equal(['offer-1']);
    });

    it('rejects with network when offline and nothing is saved', async () => {
      const { client } = setup(() => Promise.reject(new TypeError('NetworkError when attempting to fetch resource.')));
      const error = await rejection(client.load(FEED_URL));
      expect(error.code).to.equal('network');
      expect(isAbortError(error)).to.equal(false);
    });

    it('falls back to the last good copy in memory when storage is off', async () => {
      let online = true;
      const { client } = setup(() => (online ? jsonResponse(wireFeed()) : Promise.reject(new TypeError('offline'))), { storage: null });
      const first = await client.load(FEED_URL);
      online = false;
      const second = await client.load(FEED_URL, { refresh: true });
      expect(second).to.include({ stale: true, fetchedAt: NOW });
      expect(second.feed).to.equal(first.feed);
    });

    it('reports the original error when the saved copy is damaged, and forgets it', async () => {
      const storage = new MemoryStorage();
      writeSavedFeed(storage, FEED_URL, { text: '{"not": "a feed"}', fetchedAt: SAVED_AT });
      const { client } = setup(() => jsonResponse('down', { status: 502 }), { storage });
      expect(await rejection(client.load(FEED_URL))).to.include({ code: 'http', status: 502 });
      expect(storage.items.size).to.equal(0);
    });

    it('times out when the server does not answer', async () => {
      const { client, calls } = setup(hangUntilAborted, { timeout: 20 });
      const error = await rejection(client.load(FEED_URL));
      expect(error.code).to.equal('timeout');
      expect(calls[0].signal.aborted).to.equal(true);
    });

    it('times out even with a fetch that ignores its signal, or a body that never ends', async () => {
      const never = setup(() => new Promise<Response>(() => undefined), { timeout: 20 });
      expect((await rejection(never.client.load(FEED_URL))).code).to.equal('timeout');
      const endless = setup(() => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }), { status: 200 }), {
        timeout: 20,
      });
      expect((await rejection(endless.client.load(FEED_URL))).code).to.equal('timeout');
    });

    it('serves the saved copy on timeout', async () => {
      const storage = new MemoryStorage();
      saveCopy(storage);
      const { client } = setup(hangUntilAborted, { timeout: 20, storage });
      const result = await client.load(FEED_URL);
      expect(result.stale).to.equal(true);
      expect(result.error?.code).to.equal('timeout');
    });
  });

  describe('load: abort', () => {
    it('rejects with aborted when the only caller aborts, and cancels the request', async () => {
      const { client, calls } = setup(hangUntilAborted);
      const controller = new AbortController();
      const loading = client.load(FEED_URL, { signal: controller.signal });
      controller.abort();
      const error = await rejection(loading);
      expect(error.code).to.equal('aborted');
      expect(isAbortError(error)).to.equal(true);
      expect(calls[0].signal.aborted).to.equal(true);
    });

    it('does not fetch for a signal already aborted', async () => {
      const { client, calls } = setup(() => jsonResponse(wireFeed()));
      const error = await rejection(client.load(FEED_URL, { signal: AbortSignal.abort() }));
      expect(error.code).to.equal('aborted');
      expect(calls).to.have.length(0);
    });

    it('keeps the shared request alive while another caller waits', async () => {
      const response = deferred<Response>();
      const { client, calls } = setup(() => response.promise);
      const leaving = new AbortController();
      const staying = new AbortController();
      const left = client.load(FEED_URL, { signal: leaving.signal });
      const stayed = client.load(FEED_URL, { signal: staying.signal });
      leaving.abort();
      expect((await rejection(left)).code).to.equal('aborted');
      expect(calls[0].signal.aborted).to.equal(false);
      response.resolve(jsonResponse(wireFeed()));
      const result = await stayed;
      expect(result.feed.offers).to.have.length(1);
      expect(calls).to.have.length(1);
    });

    it('keeps the request alive for a caller without signal', async () => {
      const response = deferred<Response>();
      const { client, calls } = setup(() => response.promise);
      const controller = new AbortController();
      const aborted = client.load(FEED_URL, { signal: controller.signal });
      const plain = client.load(FEED_URL);
      controller.abort();
      await rejection(aborted);
      expect(calls[0].signal.aborted).to.equal(false);
      response.resolve(jsonResponse(wireFeed()));
      expect((await plain).stale).to.equal(false);
    });

    it('cancels the request when every caller aborted, and starts afresh after', async () => {
      let count = 0;
      const { client, calls } = setup((call) => (count++ === 0 ? hangUntilAborted(call) : jsonResponse(wireFeed())));
      const a = new AbortController();
      const b = new AbortController();
      const loads = [client.load(FEED_URL, { signal: a.signal }), client.load(FEED_URL, { signal: b.signal })];
      a.abort();
      expect(calls[0].signal.aborted).to.equal(false);
      b.abort();
      expect(calls[0].signal.aborted).to.equal(true);
      for (const load of loads) expect((await rejection(load)).code).to.equal('aborted');
      const result = await client.load(FEED_URL);
      expect(result.stale).to.equal(false);
      expect(calls).to.have.length(2);
    });

    it('does not serve a stale copy to an aborted caller', async () => {
      const storage = new MemoryStorage();
      saveCopy(storage);
      const { client } = setup(hangUntilAborted, { storage });
      const controller = new AbortController();
      const loading = client.load(FEED_URL, { signal: controller.signal });
      controller.abort(new Error('navigated away'));
      const error = await rejection(loading);
      expect(error.code).to.equal('aborted');
      expect((error.cause as Error).message).to.equal('navigated away');
    });

    it('lets a caller abort after the result arrived without effect', async () => {
      const { client } = setup(() => jsonResponse(wireFeed()));
      const controller = new AbortController();
      const result = await client.load(FEED_URL, { signal: controller.signal });
      controller.abort();
      expect(await client.load(FEED_URL)).to.equal(result);
    });
  });

  describe('storage', () => {
    it('works when storage is forbidden', async () => {
      const { client } = setup(() => jsonResponse(wireFeed()), { storage: new ForbiddenStorage() });
      expect((await client.load(FEED_URL)).feed.offers).to.have.length(1);
    });

    it('works when storage is full', async () => {
      const storage = new FullStorage();
      const { client } = setup(() => jsonResponse(wireFeed()), { storage });
      expect((await client.load(FEED_URL)).stale).to.equal(false);
      expect(storage.items.size).to.equal(0);
    });

    it('still rejects cleanly offline when storage is forbidden', async () => {
      const { client } = setup(() => Promise.reject(new TypeError('offline')), { storage: new ForbiddenStorage() });
      expect((await rejection(client.load(FEED_URL))).code).to.equal('network');
    });

    it('has helpers that never throw', () => {
      const forbidden = new ForbiddenStorage();
      expect(readSavedFeed(forbidden, FEED_URL)).to.equal(undefined);
      expect(writeSavedFeed(forbidden, FEED_URL, { text: '{}', fetchedAt: NOW })).to.equal(false);
      expect(() => removeSavedFeed(forbidden, FEED_URL)).to.not.throw();
      expect(readSavedFeed(null, FEED_URL)).to.equal(undefined);
      expect(writeSavedFeed(null, FEED_URL, { text: '{}', fetchedAt: NOW })).to.equal(false);
      expect(() => removeSavedFeed(null, FEED_URL)).to.not.throw();
    });

    it('keeps saved feeds within their budget of the host’s localStorage, evicting the copies confirmed longest ago', () => {
      const mine = () => Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX)).sort();
      const before = mine();
      const url = (name: string) => `${FEED_URL}?budget=${name}`;
      const third = 'x'.repeat(Math.floor(SAVED_FEEDS_BUDGET * 0.4));
      localStorage.setItem('host-site:own', 'the page’s own data');
      try {
        expect(writeSavedFeed(localStorage, url('a'), { text: third, fetchedAt: 1 })).to.equal(true);
        expect(writeSavedFeed(localStorage, url('b'), { text: third, fetchedAt: 3 })).to.equal(true);
        // A 304 for `a`: it is now the most recently confirmed.
        expect(writeSavedFeed(localStorage, url('a'), { fetchedAt: 4 })).to.equal(true);
        expect(writeSavedFeed(localStorage, url('c'), { text: third, fetchedAt: 5 })).to.equal(true);
        expect(readSavedFeed(localStorage, url('b'))).to.equal(undefined);
        expect(readSavedFeed(localStorage, url('a'))?.fetchedAt).to.equal(4);
        expect(readSavedFeed(localStorage, url('c'))?.text).to.equal(third);

        // Larger than the whole budget: not saved, and its older copy goes; the others stay.
        expect(writeSavedFeed(localStorage, url('c'), { text: 'y'.repeat(SAVED_FEEDS_BUDGET + 1), fetchedAt: 6 })).to.equal(false);
        expect(readSavedFeed(localStorage, url('c'))).to.equal(undefined);
        expect(readSavedFeed(localStorage, url('a'))?.text).to.equal(third);
        expect(localStorage.getItem('host-site:own')).to.equal('the page’s own data');
      } finally {
        for (const name of ['a', 'b', 'c']) removeSavedFeed(localStorage, url(name));
        localStorage.removeItem('host-site:own');
      }
      expect(mine()).to.deep.equal(before);
    });

    it('uses localStorage by default, under a namespaced key', async () => {
      const url = `${FEED_URL}?test=default-storage-${Math.random()}`;
      const stub = stubFetch(() => jsonResponse(wireFeed(), { headers: { ETag: '"ls"' } }));
      try {
        await new FeedClient({ fetch: stub.fetch, now: () => NOW }).load(url);
        const meta = JSON.parse(localStorage.getItem(`mn-widgets:feed:v1:${url}`) ?? 'null') as unknown;
        expect(meta).to.deep.equal({ fetchedAt: NOW, etag: '"ls"' });
        expect(localStorage.getItem(`mn-widgets:feed:v1:${url}#body`)).to.equal(JSON.stringify(wireFeed()));
      } finally {
        localStorage.removeItem(`mn-widgets:feed:v1:${url}`);
        localStorage.removeItem(`mn-widgets:feed:v1:${url}#body`);
      }
    });
  });

  describe('loadOfferDocument', () => {
    const docUrl = 'https://feeds.example.org/feed/v1/offers/offer-1.json';

    it('fetches the document on demand, once, at the URL resolved against the feed', async () => {
      const { client, calls } = setup(() => jsonResponse(wireOfferDocument()));
      const offer = offerWith('offers/offer-1.json');
      expect(calls).to.have.length(0);
      const [first, second] = await Promise.all([client.loadOfferDocument(offer), client.loadOfferDocument(offer)]);
      const third = await client.loadOfferDocument(offer);
      expect(calls.map((c) => c.url)).to.deep.equal([docUrl]);
      expect(calls[0].init).to.include({ credentials: 'omit', cache: 'default' });
      expect(first.sections.mission).to.equal('<p>Construire des services publics numériques.</p>');
      expect(second).to.deep.equal(first);
      expect(third).to.deep.equal(first);
    });

    it('gives an empty document to an offer without one, without fetching', async () => {
      const { client, calls } = setup(() => jsonResponse(wireOfferDocument()));
      expect(await client.loadOfferDocument(offerWith(undefined))).to.deep.equal({ id: 'offer-1', sections: {} });
      expect(calls).to.have.length(0);
    });

    it('rejects on HTTP errors, bad JSON and documents of another offer, and retries later', async () => {
      const answers = [jsonResponse('missing', { status: 404 }), jsonResponse('<html>'), jsonResponse(wireOfferDocument({ id: 'other' }))];
      const { client, calls } = setup(() => answers.shift() ?? jsonResponse(wireOfferDocument()));
      const offer = offerWith('offers/offer-1.json');
      expect(await rejection(client.loadOfferDocument(offer))).to.include({ code: 'http', status: 404, url: docUrl });
      expect((await rejection(client.loadOfferDocument(offer))).code).to.equal('invalid-json');
      expect((await rejection(client.loadOfferDocument(offer))).code).to.equal('invalid-feed');
      expect(calls).to.have.length(3);
    });

    it('can be aborted, and times out', async () => {
      const { client } = setup(hangUntilAborted, { timeout: 50 });
      const offer = offerWith('offers/offer-1.json');
      expect((await rejection(client.loadOfferDocument(offer, { signal: AbortSignal.abort() }))).code).to.equal('aborted');
      const controller = new AbortController();
      const loading = client.loadOfferDocument(offer, { signal: controller.signal });
      controller.abort();
      expect((await rejection(loading)).code).to.equal('aborted');
      expect((await rejection(client.loadOfferDocument(offer))).code).to.equal('timeout');
    });

    it('reports a network failure', async () => {
      const { client } = setup(() => Promise.reject(new TypeError('offline')));
      expect((await rejection(client.loadOfferDocument(offerWith('offers/offer-1.json')))).code).to.equal('network');
    });
  });

  it('offers a shared default client', () => {
    expect(defaultFeedClient).to.be.instanceOf(FeedClient);
  });
});

describe('FeedError', () => {
  it('carries code, URL, status and an English message', () => {
    const error = new FeedError('http', FEED_URL, { status: 503 });
    expect(error).to.be.instanceOf(Error);
    expect(error).to.include({ name: 'FeedError', code: 'http', url: FEED_URL, status: 503 });
    expect(error.message).to.equal(`The feed server answered with an error status (HTTP 503). URL: ${FEED_URL}`);
    expect(new FeedError('timeout', '').message).to.equal('The feed did not answer in time.');
    expect(new FeedError('network', '', { message: 'Custom.' }).message).to.equal('Custom.');
    expect(Object.hasOwn(new FeedError('network', ''), 'status')).to.equal(false);
  });

  it('is recognised by isFeedError and isAbortError', () => {
    expect(isFeedError(new FeedError('aborted', ''))).to.equal(true);
    expect(isFeedError(new FeedError('aborted', ''), 'timeout')).to.equal(false);
    expect(isFeedError(new Error('x'))).to.equal(false);
    expect(isAbortError(new FeedError('aborted', ''))).to.equal(true);
    expect(isAbortError(new FeedError('timeout', ''))).to.equal(false);
    expect(isAbortError(new DOMException('stop', 'AbortError'))).to.equal(true);
    expect(isAbortError(new DOMException('late', 'TimeoutError'))).to.equal(false);
    expect(isAbortError(null)).to.equal(false);
    expect(isAbortError('AbortError')).to.equal(false);
  });
});
