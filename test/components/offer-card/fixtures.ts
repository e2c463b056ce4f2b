/**
 * Normalised feeds for the card and detail tests, built from the wire fixtures
 * through the real normaliser (so the elements see what they would see in a page).
 */
import { FeedClient } from '../../../src/data/feed-client.js';
import { normaliseFeed, normaliseOfferDocument } from '../../../src/data/normalise.js';
import type { FeedStorage } from '../../../src/data/storage.js';
import type { Feed, Offer, OfferDocument } from '../../../src/data/types.js';
import { FEED_URL, wireFeed, wireOffer, wireOfferDocument, type WireObject } from '../../fixtures/feed.js';

export const DAY = 86_400_000;
/** 2025-03-05 12:00 UTC: four days after `offer-1` was posted, before its deadline (2025-04-30). */
export const NOW = Date.UTC(2025, 2, 5, 12);

/** A feed with `offer-1` (see `wireOffer`) and the given extra wire offers. */
export function makeTestFeed(...offers: WireObject[]): Feed {
  return normaliseFeed(wireFeed({ offers: [wireOffer(), ...offers] }), FEED_URL);
}

/** One offer of a fresh test feed, with wire overrides; returns both. */
export function makeTestOffer(overrides: WireObject = {}): { feed: Feed; offer: Offer } {
  const feed = normaliseFeed(wireFeed({ offers: [wireOffer(overrides)] }), FEED_URL);
  const offer = feed.offers[0];
  if (!offer) throw new Error(`test offer refused: ${JSON.stringify(feed.issues)}`);
  return { feed, offer };
}

/** The document of `offer-1`, normalised. */
export function makeTestDocument(overrides: WireObject = {}): OfferDocument {
  return normaliseOfferDocument(wireOfferDocument(overrides), String(overrides.id ?? 'offer-1'));
}

export interface StubServer {
  client: FeedClient;
  /** URLs requested, in order. */
  requests: string[];
  /** The abort signal of each request, in the same order. */
  signals: Array<AbortSignal | undefined>;
  /** Lets a held request answer (see `hold`). */
  release(): void;
}

/**
 * A `FeedClient` whose `fetch` answers from `routes` (URL suffix → JSON body or HTTP
 * status). With `hold`, every answer waits for `release()`: the loading state shows.
 */
export function stubClient(routes: Record<string, unknown>, options: { hold?: boolean; storage?: FeedStorage } = {}): StubServer {
  const requests: string[] = [];
  const signals: Array<AbortSignal | undefined> = [];
  let open: () => void = () => undefined;
  let gate = options.hold ? new Promise<void>((r) => (open = r)) : Promise.resolve();
  const fetchStub = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    requests.push(url);
    signals.push(init?.signal ?? undefined);
    await gate;
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const key = Object.keys(routes).find((k) => url.endsWith(k));
    const body = key === undefined ? 404 : routes[key];
    if (typeof body === 'number') return new Response('', { status: body });
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return {
    client: new FeedClient({ fetch: fetchStub as typeof fetch, storage: options.storage ?? null }),
    requests,
    signals,
    release: () => {
      open();
      gate = Promise.resolve();
    },
  };
}

/** A storage that lives as long as the test. */
export function memoryStorage(): FeedStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

export { FEED_URL, wireFeed, wireOffer, wireOfferDocument };
