/**
 * Loads feeds and offer documents for every element of the page.
 *
 * - One request per URL: concurrent callers share it, and a settled result is reused
 *   until `refresh` (so ten elements on a page make one request).
 * - Each caller may pass an `AbortSignal`. The shared request is aborted only when every
 *   caller waiting for it has aborted; an aborted caller's promise rejects at once with
 *   a `FeedError` of code `aborted` (test it with `isAbortError`), whatever the others do.
 * - A timeout (15 s by default) covers the whole request, body included.
 * - The last good copy of each feed is saved (see `storage.ts`), used for conditional
 *   requests (`If-None-Match` / `If-Modified-Since` → 304) and, when the network or the
 *   server fails, returned with `stale: true` and the error.
 *
 * HTTP cache. With a saved copy, the request carries our own validators. Per the Fetch
 * standard a request with `If-None-Match`/`If-Modified-Since` skips the HTTP cache in
 * `default` mode; we also say so explicitly with `cache: 'no-store'`, so every engine sends
 * the request and hands the 304 to us, and the feed is not stored twice (HTTP cache +
 * localStorage). Each page load then revalidates: a 304 costs a few hundred bytes. Without
 * a saved copy (first visit, storage disabled) the request uses `cache: 'default'`, so the
 * server's `Cache-Control` and the browser's own revalidation apply; `refresh` uses
 * `no-cache`, because a "retry" must reach the server. Cross-origin, the validator headers
 * make the request non-simple (CORS preflight), and `ETag` must be listed in the server's
 * `Access-Control-Expose-Headers` to be readable (`Last-Modified` always is).
 *
 * Credentials are omitted: the feed is public, and no cookie of the host page should go
 * to the feed server.
 */
import { FeedError, isAbortError, type FeedErrorCode } from './errors.js';
import { loadNormaliser } from './load-normaliser.js';
import { defaultStorage, readSavedFeed, removeSavedFeed, writeSavedFeed, type FeedStorage } from './storage.js';
import type { Feed, Offer, OfferDocument } from './types.js';

export interface FeedResult {
  feed: Feed;
  /** The absolute URL of the feed. */
  url: string;
  /** Epoch ms when this copy was last confirmed by the server. */
  fetchedAt: number;
  /** True when served from the saved copy because the feed could not be loaded (network, server error, unreadable or invalid feed). */
  stale: boolean;
  /** Why it is stale. */
  error?: FeedError;
}

export interface FeedClientOptions {
  /** The `fetch` to use (default: the global one, looked up at each request). */
  fetch?: typeof fetch;
  /** Where to save the last good copy (default `localStorage`; `null`: nowhere). */
  storage?: FeedStorage | null;
  /** Milliseconds before a request fails with `timeout` (default 15 000). */
  timeout?: number;
  /** Clock, epoch ms (default `Date.now`). */
  now?: () => number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Ask the server again even if a result is already known (a settled one; an in-flight request is shared). */
  refresh?: boolean;
}

export const DEFAULT_TIMEOUT = 15_000;

/** A request shared by several callers. */
interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  /** Callers still waiting; those without a signal count forever, as they cannot leave. */
  waiters: number;
  settled: boolean;
}

/** The last good copy of a feed kept in memory: the parsed feed and its validators. */
interface MemoryCopy {
  feed: Feed;
  etag?: string;
  lastModified?: string;
  fetchedAt: number;
}

/** A saved copy, from memory (parsed) or from storage (text). */
type SavedCopy = { etag?: string; lastModified?: string; fetchedAt: number } & ({ feed: Feed } | { text: string });

function abortedError(url: string, reason?: unknown): FeedError {
  return new FeedError('aborted', url, { cause: reason });
}

/** Absolute http(s) URL of `url`, relative to the document when there is one, without its fragment. */
function absoluteUrl(url: string): string {
  let resolved: URL | undefined;
  try {
    resolved = new URL(url, globalThis.document?.baseURI);
  } catch {
    resolved = undefined;
  }
  if (resolved === undefined || (resolved.protocol !== 'https:' && resolved.protocol !== 'http:')) {
    throw new FeedError('invalid-url', url);
  }
  // Not sent to the server: `feed.json#top` is `feed.json` (one request, one saved copy whose key ends with no `#body`).
  resolved.hash = '';
  return resolved.href;
}

function header(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new FeedError('invalid-json', url, { cause });
  }
}

export class FeedClient {
  readonly #fetch: typeof fetch | undefined;
  readonly #storage: FeedStorage | null | undefined;
  readonly #timeout: number;
  readonly #now: () => number;
  readonly #feeds = new Map<string, Shared<FeedResult>>();
  readonly #documents = new Map<string, Shared<unknown>>();
  readonly #copies = new Map<string, MemoryCopy>();
  readonly #loadedListeners = new Set<(url: string, result: FeedResult) => void>();

  constructor(options: FeedClientOptions = {}) {
    this.#fetch = options.fetch;
    this.#storage = options.storage;
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.#now = options.now ?? Date.now;
  }

  /**
   * Loads the feed at `url` (relative URLs resolve against the document).
   * One request per URL for every caller of the page: concurrent callers share it;
   * a settled result is reused until `refresh`. A failed load is not remembered.
   * Rejects with a `FeedError`: `aborted` when `signal` aborts; otherwise only when
   * no saved copy can stand in (then the result is `stale` and carries the error).
   */
  load(url: string, options: LoadOptions = {}): Promise<FeedResult> {
    const { signal, refresh = false } = options;
    let absolute: string;
    try {
      absolute = absoluteUrl(url);
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(abortedError(absolute, signal.reason));
    // Fetched alongside the feed, which it is needed after.
    loadNormaliser().catch(() => undefined);
    let shared = this.#feeds.get(absolute);
    if (shared === undefined || (refresh && shared.settled)) {
      shared = this.#share(this.#feeds, absolute, (s) => this.#requestFeed(absolute, s, refresh));
      shared.promise.then(
        (result) => {
          if (!result.stale) for (const listener of [...this.#loadedListeners]) listener(absolute, result);
        },
        () => undefined,
      );
    }
    return this.#join(this.#feeds, absolute, shared, signal);
  }

  /**
   * Calls `listener` with a feed's absolute URL and the result each time a request brings the server's answer for it
   * (not a saved copy), so that other elements showing an error or a saved copy of that feed may take it ("retry" in
   * one element mends them all). Returns the function that unsubscribes.
   */
  onFeedLoaded(listener: (url: string, result: FeedResult) => void): () => void {
    this.#loadedListeners.add(listener);
    return () => void this.#loadedListeners.delete(listener);
  }

  /**
   * The per-offer document, fetched on demand and memoised per URL
   * (an offer without `document` gets an empty one). Rejects with a `FeedError`.
   */
  loadOfferDocument(offer: Offer, options: { signal?: AbortSignal } = {}): Promise<OfferDocument> {
    const url = offer.document;
    if (url === undefined) return Promise.resolve({ id: offer.id, sections: {} });
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortedError(url, signal.reason));
    const shared = this.#documents.get(url) ?? this.#share(this.#documents, url, (s) => this.#requestDocument(url, s));
    return this.#join(this.#documents, url, shared, signal).then(async (json) => (await loadNormaliser()).normaliseOfferDocument(json, offer.id, url));
  }

  /** Forgets in-memory results and copies (tests, "retry"). Requests in flight still answer their callers. */
  clear(): void {
    this.#feeds.clear();
    this.#documents.clear();
    this.#copies.clear();
  }

  /** Starts `run` as the shared request for `key`. A failure is not kept: the next caller tries again. */
  #share<T>(map: Map<string, Shared<T>>, key: string, run: (signal: AbortSignal) => Promise<T>): Shared<T> {
    const controller = new AbortController();
    const shared: Shared<T> = { controller, waiters: 0, settled: false, promise: Promise.resolve() as Promise<T> };
    shared.promise = run(controller.signal).then(
      (value) => {
        shared.settled = true;
        return value;
      },
      (error: unknown) => {
        shared.settled = true;
        if (map.get(key) === shared) map.delete(key);
        throw error;
      },
    );
    // Callers get the outcome through #join; when all of them left, nobody listens any more.
    shared.promise.catch(() => undefined);
    map.set(key, shared);
    return shared;
  }

  /** One caller's view of a shared request: it can leave (abort) without cancelling it for the others. */
  #join<T>(map: Map<string, Shared<T>>, key: string, shared: Shared<T>, signal: AbortSignal | undefined): Promise<T> {
    shared.waiters += 1;
    if (signal === undefined) return shared.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        shared.waiters -= 1;
        reject(abortedError(key, signal.reason));
        if (shared.waiters === 0 && !shared.settled) {
          if (map.get(key) === shared) map.delete(key);
          shared.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  #storageArea(): FeedStorage | null {
    return this.#storage === undefined ? defaultStorage() : this.#storage;
  }

  /** The last good copy: in memory (parsed) or else in storage (text). */
  #savedCopy(url: string): SavedCopy | undefined {
    return this.#copies.get(url) ?? readSavedFeed(this.#storageArea(), url);
  }

  /** The feed of a saved copy; undefined (and the copy forgotten) when it is damaged. */
  async #feedOf(url: string, copy: SavedCopy, signal: AbortSignal): Promise<Feed | undefined> {
    if ('feed' in copy) return copy.feed;
    let json: unknown;
    try {
      json = JSON.parse(copy.text);
    } catch {
      removeSavedFeed(this.#storageArea(), url);
      return undefined;
    }
    const { normaliseFeedAsync } = await loadNormaliser();
    try {
      return await normaliseFeedAsync(json, url, signal);
    } catch (error) {
      if (isAbortError(error)) throw error;
      removeSavedFeed(this.#storageArea(), url);
      return undefined;
    }
  }

  async #requestFeed(url: string, signal: AbortSignal, refresh: boolean, useSaved = true): Promise<FeedResult> {
    const saved = useSaved ? this.#savedCopy(url) : undefined;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (saved?.etag !== undefined) headers['If-None-Match'] = saved.etag;
    if (saved?.lastModified !== undefined) headers['If-Modified-Since'] = saved.lastModified;
    const conditional = saved?.etag !== undefined || saved?.lastModified !== undefined;
    const cache: RequestCache = conditional ? 'no-store' : refresh ? 'no-cache' : 'default';
    try {
      const { response, text } = await this.#fetchText(url, signal, { headers, cache });
      const now = this.#now();
      if (response.status === 304 && saved !== undefined) {
        const feed = await this.#feedOf(url, saved, signal);
        // A damaged saved copy cannot answer a 304: ask again for the full feed.
        if (feed === undefined) return await this.#requestFeed(url, signal, true, false);
        const etag = header(response, 'ETag') ?? saved.etag;
        const lastModified = header(response, 'Last-Modified') ?? saved.lastModified;
        this.#remember(url, { feed, etag, lastModified, fetchedAt: now });
        return { feed, url, fetchedAt: now, stale: false };
      }
      if (!response.ok) throw new FeedError('http', url, { status: response.status });
      const { normaliseFeedAsync } = await loadNormaliser();
      const feed = await normaliseFeedAsync(parseJson(text, url), response.url || url, signal);
      const etag = header(response, 'ETag');
      const lastModified = header(response, 'Last-Modified');
      this.#remember(url, { feed, etag, lastModified, fetchedAt: now }, text);
      return { feed, url, fetchedAt: now, stale: false };
    } catch (error) {
      const feedError = error instanceof FeedError ? error : new FeedError('network', url, { cause: error });
      if (feedError.code === 'aborted' || saved === undefined) throw feedError;
      const feed = await this.#feedOf(url, saved, signal);
      if (feed === undefined) throw feedError;
      return { feed, url, fetchedAt: saved.fetchedAt, stale: true, error: feedError };
    }
  }

  /** Keeps a confirmed copy in memory and saves it (the text only when it changed). */
  #remember(
    url: string,
    copy: { feed: Feed; etag: string | undefined; lastModified: string | undefined; fetchedAt: number },
    text?: string,
  ): void {
    const memory: MemoryCopy = { feed: copy.feed, fetchedAt: copy.fetchedAt };
    if (copy.etag !== undefined) memory.etag = copy.etag;
    if (copy.lastModified !== undefined) memory.lastModified = copy.lastModified;
    this.#copies.set(url, memory);
    const { feed: _feed, ...meta } = memory;
    writeSavedFeed(this.#storageArea(), url, text === undefined ? meta : { ...meta, text });
  }

  async #requestDocument(url: string, signal: AbortSignal): Promise<unknown> {
    const { response, text } = await this.#fetchText(url, signal, { headers: { Accept: 'application/json' }, cache: 'default' });
    if (!response.ok) throw new FeedError('http', url, { status: response.status });
    return parseJson(text, url);
  }

  /**
   * `fetch` plus the body as text (only for 2xx), under a timeout. Errors become `FeedError`s:
   * `timeout`, `aborted` (when `signal` aborts) or `network`. The request is raced against the
   * abort, so that even a `fetch` that ignores its signal cannot hang a caller.
   */
  async #fetchText(
    url: string,
    signal: AbortSignal,
    init: { headers: Record<string, string>; cache: RequestCache },
  ): Promise<{ response: Response; text: string }> {
    const controller = new AbortController();
    let failure: FeedErrorCode | undefined;
    let rejectAbort: (error: FeedError) => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => {
      rejectAbort = reject;
    });
    aborted.catch(() => undefined); // observed through Promise.race below; never "unhandled"
    const stop = (code: FeedErrorCode, reason?: unknown): void => {
      failure ??= code;
      controller.abort(reason);
      rejectAbort(new FeedError(failure, url, { cause: reason }));
    };
    const onAbort = (): void => stop('aborted', signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => stop('timeout'), this.#timeout);
    try {
      const fetchFn = this.#fetch ?? globalThis.fetch;
      const response = await Promise.race([
        fetchFn(url, { ...init, signal: controller.signal, credentials: 'omit', mode: 'cors', redirect: 'follow' }),
        aborted,
      ]);
      if (!response.ok) {
        // The body of an error or a 304 is not needed: release the connection.
        response.body?.cancel().catch(() => undefined);
        return { response, text: '' };
      }
      const text = await Promise.race([response.text(), aborted]);
      return { response, text };
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (failure !== undefined) throw new FeedError(failure, url, { cause: error });
      throw new FeedError('network', url, { cause: error });
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }
}

/** The client every element uses, so that a page makes one request per feed. */
export const defaultFeedClient: FeedClient = /* @__PURE__ */ new FeedClient();
