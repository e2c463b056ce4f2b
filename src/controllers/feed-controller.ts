import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { onConfigChange, resolveFeedUrl } from '../config.js';
import { FeedError } from '../data/errors.js';
import { defaultFeedClient, type FeedClient, type FeedResult } from '../data/feed-client.js';
import type { Feed } from '../data/types.js';

/**
 * Runs `then` once the DOM operation under way is over, if `el` is then out of the page: it left, rather than moved
 * (a move is out, then back in at once: a keyed reorder, a CMS or tab widget).
 */
export function ifLeft(el: Element, then: () => void): void {
  queueMicrotask(() => {
    if (!el.isConnected) then();
  });
}

/** What an element that reads the feed exposes to this controller. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The `feed` attribute (may be empty: then the page configuration applies). */
  feed?: string;
  /** A feed given directly (stories, tests, parents that already hold it): no request is made. */
  feedData?: Feed;
}

/**
 * Loads the feed for an element through the page's shared {@link FeedClient}
 * (one request for every element that reads the same URL), as a `@lit/task`
 * whose arguments are the feed URL and the directly given data. Aborts when
 * the element leaves the page or the URL changes. When another element loads
 * the same feed, an element that failed to load it, or shows a saved copy of it, takes it.
 */
export class FeedController {
  readonly task: Task<[string, Feed | undefined], FeedResult>;
  private unsubscribe?: () => void;
  private stopListening?: () => void;
  private refresh = false;
  /** The server's feed another element loaded while this one showed a saved copy: shown instead (see `value`). */
  private fresh?: FeedResult;
  /** A load was under way when the host left the page: it was aborted, and restarts on return. */
  private interrupted = false;

  constructor(
    private readonly host: FeedHost,
    private readonly client: FeedClient = defaultFeedClient,
    /** Code the element needs with the feed, loaded meanwhile (see `onDemand`): the load fails if it does. */
    ready?: () => Promise<unknown>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.url, host.feedData] as [string, Feed | undefined],
      task: async ([url, data], { signal }) => {
        // Read and reset at every run: a retry of data given directly must not make a later load skip the shared result.
        const refresh = this.refresh;
        this.refresh = false;
        this.fresh = undefined;
        if (data) {
          await ready?.();
          return { feed: data, url, fetchedAt: data.generatedAt ?? 0, stale: false };
        }
        const [result] = await Promise.all([this.client.load(url, { signal, refresh }), ready?.()]);
        return result;
      },
    });
  }

  /** The absolute URL of the feed this element reads. */
  get url(): string {
    // The `feed` property first: set from script or a framework, it may not be reflected to the attribute.
    return resolveFeedUrl(this.host, this.host.feed?.trim() || undefined);
  }

  /** The loaded result, if any (kept while a retry is pending). */
  get value(): FeedResult | undefined {
    return this.fresh ?? this.task.value;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  hostConnected(): void {
    this.unsubscribe = onConfigChange(() => this.host.requestUpdate());
    // Also on a move: the new place may have another `data-mn-feed` (the task reads the URL again on update).
    this.host.requestUpdate();
    // Another element loaded this feed (e.g. its "retry" worked): take it. One that failed loads it again (no request:
    // the client has it). One that shows a saved copy takes it in place, with no loading state between, so that what
    // it shows stays (an offer open, a form being filled, the visitor's filters).
    this.stopListening = this.client.onFeedLoaded((url, result) => {
      if (url !== this.url || this.host.feedData) return;
      if (this.task.status === TaskStatus.ERROR) void this.task.run();
      else if (this.task.status === TaskStatus.COMPLETE && this.value?.stale) {
        this.fresh = result;
        this.host.requestUpdate();
      }
    });
    if (this.interrupted) {
      this.interrupted = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.stopListening?.();
    // @lit/task does not abort by itself when its host leaves the page. The shared client keeps the request alive
    // while other elements still wait for it. A move (out, then back in at once: a keyed reorder, a CMS or tab
    // widget) is no leaving: the load goes on.
    ifLeft(this.host, () => {
      if (this.task.status !== TaskStatus.PENDING) return;
      this.interrupted = true;
      this.task.abort();
    });
  }

  /**
   * Loads the feed again from the network (a "retry" button). After code that did not load (`module`), only the code:
   * the client still has the feed, unless it failed too.
   */
  retry(): void {
    const error = this.task.error;
    this.refresh = !(error instanceof FeedError && error.code === 'module');
    void this.task.run();
  }
}
