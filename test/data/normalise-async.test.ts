import { expect } from '@open-wc/testing';
import { isAbortError, isFeedError } from '../../src/data/errors.js';
import { normaliseFeed, normaliseFeedAsync } from '../../src/data/normalise.js';
import { FEED_URL, wireFeed, wireOffer } from '../fixtures/feed.js';

/** A big wire feed: `count` offers, every 97th without a title (skipped and reported). */
const bigFeed = (count: number) =>
  wireFeed({
    offers: Array.from({ length: count }, (_, i) =>
      wireOffer({ id: `offer-${i}`, url: `https://metiers.numerique.gouv.fr/offres/offer-${i}`, title: i % 97 === 0 ? undefined : `Offre ${i}` }),
    ),
  });

/**
 * Runs `cb` as soon as the event loop lets urgent work run: scheduler.yield() continuations come before
 * ordinary tasks, so the probe is a user-blocking task where the browser has them.
 */
const urgent = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: object) => Promise<void> } }).scheduler;
  return new Promise((resolve) => (scheduler?.postTask === undefined ? setTimeout(resolve, 0) : void scheduler.postTask(resolve, { priority: 'user-blocking' })));
};

describe('normaliseFeedAsync', () => {
  it('reads a feed exactly as normaliseFeed does, issues included', async () => {
    const input = bigFeed(3000);
    const feed = await normaliseFeedAsync(input, FEED_URL);
    expect(feed).to.deep.equal(normaliseFeed(input, FEED_URL));
    expect(feed.offers).to.have.length(3000 - Math.ceil(3000 / 97));
    expect(feed.issues).to.have.length(Math.ceil(3000 / 97));
  });

  it('lets the page work while it reads a big feed', async () => {
    let done = false;
    const reading = normaliseFeedAsync(bigFeed(20000), FEED_URL).then(() => (done = true));
    await urgent();
    expect(done).to.equal(false);
    await reading;
    expect(done).to.equal(true);
  });

  it('stops with an aborted FeedError when its signal aborts', async () => {
    const controller = new AbortController();
    const reading = normaliseFeedAsync(bigFeed(20000), FEED_URL, controller.signal);
    await urgent();
    controller.abort(new Error('gone'));
    const error = await reading.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isFeedError(error) && isAbortError(error)).to.equal(true);
  });

  it('rejects what is not a feed, as normaliseFeed does', async () => {
    const error = await normaliseFeedAsync({ offers: 'none' }, FEED_URL).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isFeedError(error) && error.code).to.equal('invalid-feed');
  });
});
