import { TaskStatus } from '@lit/task';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { LitElement, type PropertyDeclarations } from 'lit';
import '../../src/components/offer-list/mn-offer-list.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { FeedController } from '../../src/controllers/feed-controller.js';
import { FeedError } from '../../src/data/errors.js';
import { FeedClient, type FeedResult } from '../../src/data/feed-client.js';
import { onDemand } from '../../src/data/on-demand.js';
import type { Feed } from '../../src/data/types.js';
import type { MnErrorEvent } from '../../src/events/mn-error.js';

const wire = {
  version: 1,
  organisations: [{ id: 'org', name: 'Ministère' }],
  offers: [{ id: 'o1', title: 'Développeur·se', datePosted: '2026-11-01', hiringOrganization: 'org' }],
};

/** A fetch that answers only when told to, and records what was aborted. */
function controllableFetch() {
  const calls: { url: string; signal?: AbortSignal | null; answer: () => void }[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const call = {
        url: String(input),
        signal: init?.signal,
        answer: () => resolve(new Response(JSON.stringify(wire), { headers: { 'content-type': 'application/json' } })),
      };
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason ?? new DOMException('aborted', 'AbortError')));
      calls.push(call);
    });
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

let clientForNext: FeedClient;
class FeedHostElement extends LitElement {
  static override properties: PropertyDeclarations = { feed: {}, feedData: { attribute: false } };
  declare feed: string;
  declare feedData: Feed | undefined;
  readonly data = new FeedController(this, clientForNext);
  constructor() {
    super();
    this.feed = '';
  }
  override render() {
    return this.data.task.render({
      pending: () => html`<p>loading</p>`,
      // `value`, as the elements read it: the task's result, or a fresher one another element loaded.
      complete: () => {
        const r = this.data.value as FeedResult;
        return html`<p>${r.feed.offers.length} offers${r.stale ? ' (stale)' : ''}</p>`;
      },
      error: (e) => html`<p>error ${String((e as Error).name)}</p>`,
    });
  }
}
customElements.define('test-feed-host', FeedHostElement);

/** Code the next host needs with its feed: fails until `readyFails` is false. */
let readyFails = true;
class ReadyHostElement extends FeedHostElement {
  readonly withCode = new FeedController(
    this,
    clientForNext,
    onDemand(() => (readyFails ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve())),
  );
  override render() {
    return this.withCode.task.render({
      complete: (r) => html`<p>${r.feed.offers.length} offers</p>`,
      error: (e) => html`<p>error ${(e as FeedError).code}</p>`,
    });
  }
}
customElements.define('test-ready-host', ReadyHostElement);

describe('FeedController', () => {
  it('loads the feed of the feed attribute through the client', async () => {
    const stub = controllableFetch();
    clientForNext = new FeedClient({ fetch: stub.fetch, storage: null });
    const el = await fixture<FeedHostElement>(html`<test-feed-host feed="/feeds/a.json"></test-feed-host>`);
    expect(el.shadowRoot?.textContent).to.contain('loading');
    expect(stub.calls[0].url).to.match(/\/feeds\/a\.json$/);
    stub.calls[0].answer();
    await waitUntil(() => el.shadowRoot?.textContent?.includes('1 offers'));
  });

  it('makes no request when the feed is given directly', async () => {
    const stub = controllableFetch();
    clientForNext = new FeedClient({ fetch: stub.fetch, storage: null });
    const feed = { version: 1, offers: [], organisations: [], families: [], trades: [], regions: [], departements: [], issues: [] } as Feed;
    const el = await fixture<FeedHostElement>(html`<test-feed-host .feedData=${feed}></test-feed-host>`);
    await el.data.task.taskComplete;
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.contain('0 offers');
    expect(stub.calls).to.have.length(0);
  });

  it('does not keep a retry made while the feed was given directly for a later load', async () => {
    const stub = controllableFetch();
    clientForNext = new FeedClient({ fetch: stub.fetch, storage: null });
    const loaded = clientForNext.load('/feeds/given.json');
    stub.calls[0].answer();
    await loaded;
    const feed = { version: 1, offers: [], organisations: [], families: [], trades: [], regions: [], departements: [], issues: [] } as Feed;
    const el = await fixture<FeedHostElement>(html`<test-feed-host feed="/feeds/given.json" .feedData=${feed}></test-feed-host>`);
    el.data.retry();
    await el.data.task.taskComplete;
    el.feedData = undefined;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(stub.calls, 'the settled result is reused').to.have.length(1);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('1 offers'));
  });

  it('aborts its load when the element leaves the page, and loads again when it comes back', async () => {
    const stub = controllableFetch();
    clientForNext = new FeedClient({ fetch: stub.fetch, storage: null });
    const el = await fixture<FeedHostElement>(html`<test-feed-host feed="/feeds/b.json"></test-feed-host>`);
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(() => stub.calls[0].signal?.aborted, 'the load goes on after the element left');
    parent.append(el);
    await waitUntil(() => stub.calls.length === 2, 'a second request on return');
    stub.calls[1].answer();
    await waitUntil(() => el.shadowRoot?.textContent?.includes('1 offers'));
  });

  it('reads the feed of its new place when moved under another data-mn-feed', async () => {
    const stub = controllableFetch();
    clientForNext = new FeedClient({ fetch: stub.fetch, storage: null });
    const page = await fixture<HTMLElement>(html`<div>
      <section data-mn-feed="/feeds/culture.json"><test-feed-host></test-feed-host></section>
      <section data-mn-feed="/feeds/interieur.json"></section>
    </div>`);
    const el = page.querySelector('test-feed-host') as FeedHostElement;
    stub.calls[0].answer();
    await waitUntil(() => el.shadowRoot?.textContent?.includes('1 offers'), 'the first feed did not show');
    page.querySelectorAll('section')[1]?.append(el);
    await waitUntil(() => stub.calls.length === 2, 'the feed of the new place was not requested');
    expect(stub.calls.map((c) => new URL(c.url).pathname)).to.deep.equal(['/feeds/culture.json', '/feeds/interieur.json']);
  });

  it('goes on loading when the element is moved (out and back in at once), with one request', async () => {
    const stub = controllableFetch();
    clientForNext = new FeedClient({ fetch: stub.fetch, storage: null });
    const wrapper = await fixture<HTMLElement>(html`<div><test-feed-host feed="/feeds/moved.json"></test-feed-host><p>after</p></div>`);
    const el = wrapper.querySelector('test-feed-host') as FeedHostElement;
    expect(stub.calls).to.have.length(1);
    wrapper.append(el); // disconnected, then connected again, in one call
    await el.updateComplete;
    stub.calls[0].answer();
    await waitUntil(() => el.shadowRoot?.textContent?.includes('1 offers'), 'the load did not end');
    expect(stub.calls[0].signal?.aborted).to.equal(false);
    expect(stub.calls).to.have.length(1);
  });

  it('mends every element of a feed that failed or shows a saved copy when one retries it', async () => {
    let up = false;
    const requests: string[] = [];
    const saved = new Map<string, string>();
    const storage = { getItem: (k: string) => saved.get(k) ?? null, setItem: (k: string, v: string) => void saved.set(k, v), removeItem: (k: string) => void saved.delete(k) };
    clientForNext = new FeedClient({
      storage,
      fetch: (input) => {
        requests.push(String(input));
        return Promise.resolve(up ? Response.json(wire) : new Response('down', { status: 503 }));
      },
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <test-feed-host feed="/feeds/c.json"></test-feed-host><test-feed-host feed="/feeds/c.json"></test-feed-host
      ><test-feed-host feed="/feeds/other.json"></test-feed-host>
    </div>`);
    const [a, b, other] = [...wrapper.querySelectorAll('test-feed-host')] as FeedHostElement[];
    await waitUntil(() => [a, b, other].every((el) => el.shadowRoot?.textContent?.includes('error')), 'the three did not fail');
    expect(requests).to.have.length(2);

    up = true;
    a.data.retry();
    await waitUntil(() => b.shadowRoot?.textContent?.includes('1 offers'), 'the other element of the feed kept its error');
    expect(a.shadowRoot?.textContent).to.contain('1 offers');
    // One request for the retry; the element of another feed is left alone.
    expect(requests).to.have.length(3);
    expect(other.shadowRoot?.textContent).to.contain('error');

    // A later visit, offline: both show the saved copy. When one gets the feed again, the other takes it in place,
    // with no loading state between (which would take away what it shows: an offer open, a form being filled).
    up = false;
    clientForNext = new FeedClient({
      storage,
      fetch: (input) => {
        requests.push(String(input));
        return up ? Promise.resolve(Response.json(wire)) : Promise.reject(new TypeError(String(input)));
      },
    });
    const later = await fixture<HTMLDivElement>(html`<div>
      <test-feed-host feed="/feeds/c.json"></test-feed-host><test-feed-host feed="/feeds/c.json"></test-feed-host>
    </div>`);
    const [c, d] = [...later.querySelectorAll('test-feed-host')] as FeedHostElement[];
    await waitUntil(() => [c, d].every((el) => el.shadowRoot?.textContent?.includes('1 offers (stale)')), 'the saved copy was not shown');
    const shown: string[] = [];
    const observer = new MutationObserver(() => shown.push(d.shadowRoot?.textContent?.trim() ?? ''));
    observer.observe(d.shadowRoot as ShadowRoot, { subtree: true, childList: true, characterData: true });
    const requestsBefore = requests.length;
    up = true;
    c.data.retry();
    await waitUntil(() => c.shadowRoot?.textContent?.trim() === '1 offers', 'the retry did not load');
    await waitUntil(() => d.shadowRoot?.textContent?.trim() === '1 offers', 'the other element kept its saved copy');
    observer.disconnect();
    expect(shown.every((text) => text.endsWith('offers'))).to.equal(true, `d showed: ${shown.join(' | ')}`);
    expect(d.data.status).to.equal(TaskStatus.COMPLETE);
    // One request, the retry's.
    expect(requests.length).to.equal(requestsBefore + 1);
  });

  it('fails with code module when code it needs with the feed does not load, and loads the code again on retry', async () => {
    let requests = 0;
    clientForNext = new FeedClient({
      fetch: () => {
        requests += 1;
        return Promise.resolve(Response.json(wire));
      },
      storage: null,
    });
    readyFails = true;
    const el = await fixture<ReadyHostElement>(html`<test-ready-host feed="/feeds/d.json"></test-ready-host>`);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('error module'), 'the failed import was not a module error');
    readyFails = false;
    el.withCode.retry();
    await waitUntil(() => el.shadowRoot?.textContent?.includes('1 offers'), 'the retry did not load');
    // The feed had come: only the code is fetched again.
    expect(requests).to.equal(1);
  });

  it('fails with invalid-url, without a request, when the feed address cannot be parsed', async () => {
    const stub = controllableFetch();
    clientForNext = new FeedClient({ fetch: stub.fetch, storage: null });
    const el = await fixture<FeedHostElement>(html`<test-feed-host feed="http://["></test-feed-host>`);
    await waitUntil(() => el.shadowRoot?.textContent?.includes('error FeedError'), 'the error was not shown');
    expect(el.data.task.error).to.be.instanceOf(FeedError);
    expect((el.data.task.error as FeedError).code).to.equal('invalid-url');
    expect(stub.calls).to.have.length(0);
  });

  it('lets the element say that its feed address is not valid, in its language, with mn-error', async () => {
    const messages = { fr: 'L’adresse du flux des offres n’est pas valide.', en: 'The address of the offers feed is not valid.' };
    for (const [lang, message] of Object.entries(messages)) {
      const failed = oneEvent(document, 'mn-error') as unknown as Promise<MnErrorEvent>;
      const list = await fixture<MnOfferList>(html`<mn-offer-list lang=${lang} feed="http://["></mn-offer-list>`);
      const event = await failed;
      expect(event.code).to.equal('invalid-url');
      expect(event.message).to.equal(message);
      await list.updateComplete;
      expect(list.shadowRoot?.querySelector('[part="error"] p')?.textContent?.trim()).to.equal(message);
      expect(list.matches(':state(error)')).to.equal(true);
    }
  });
});
