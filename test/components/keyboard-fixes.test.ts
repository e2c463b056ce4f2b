/**
 * Keyboard and assistive-technology regressions across elements: the focus after "retry", the live
 * region after a failed send, history entries of a select changed from the keyboard, heading levels.
 */
import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MnOfferDetail } from '../../src/components/offer-detail/offer-detail.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import '../../src/components/offer-detail/mn-offer-detail.js';
import { defaultFeedClient, FeedClient } from '../../src/data/feed-client.js';
import { STORAGE_PREFIX } from '../../src/data/storage.js';
import { wireFeed, wireOffer } from '../fixtures/feed.js';
import { deferred, stubFetch, type Deferred } from '../fixtures/fetch-stub.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { fillValid, mount, root as formRoot, submit } from './application-form/helpers.js';
import { ProtocolDouble } from './application-form/protocol-double.js';
import { makeTestDocument, makeTestOffer, NOW, wireOfferDocument } from './offer-card/fixtures.js';
import { cards, renderList, root as listRoot } from './offer-list/helpers.js';
import { explorer } from './trade-explorer/helpers.js';
import { countPushes } from '../fixtures/history.js';

/** A `fetch` whose every answer the test gives, in order (a request waits until it is answered). */
function scriptedFetch() {
  const pending: Deferred<Response>[] = [];
  let served = 0;
  const stub = stubFetch(() => {
    pending[served] ??= deferred<Response>();
    return (pending[served++] as Deferred<Response>).promise;
  });
  return {
    fetch: stub.fetch,
    calls: stub.calls,
    /** Answers the `n`-th request (from 0), now or when it comes. */
    answer(n: number, response: Response): void {
      pending[n] ??= deferred<Response>();
      pending[n].resolve(response);
    },
  };
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
const down = () => new Response('down', { status: 503 });

/** Presses the button from the keyboard. */
async function press(button: HTMLElement | null | undefined): Promise<void> {
  if (!button) throw new Error('no button to press');
  button.focus();
  await sendKeys({ press: 'Enter' });
}

/** The focus is inside `host`, on `target`: the page's focus is the host, its shadow root's is `target`. */
function expectFocusOn(host: HTMLElement, target: Element | null | undefined): void {
  expect(target, 'the focus target exists').to.be.instanceOf(Element);
  // Compared by name: chai would print whole elements (and their data) on failure.
  expect(describeNode(document.activeElement), 'the page’s focus').to.equal(describeNode(host));
  expect(host.shadowRoot?.activeElement === target, `focus on ${describeNode(host.shadowRoot?.activeElement)}, not ${describeNode(target)}`).to.equal(true);
}

const describeNode = (node: Element | null | undefined): string =>
  node ? `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''} "${(node.textContent ?? '').trim().slice(0, 30)}"` : String(node);

describe('keyboard and assistive technology fixes', () => {
  describe('"Réessayer" keeps the keyboard focus', () => {
    it('<mn-offer-list>: on the count while loading, then on the new retry button when it fails again', async () => {
      const server = scriptedFetch();
      const el = document.createElement('mn-offer-list') as MnOfferList;
      el.feed = 'https://feeds.example.org/keyboard/offers.json';
      el.client = new FeedClient({ fetch: server.fetch, storage: null });
      server.answer(0, down());
      const failed = oneEvent(el, 'mn-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await failed;
      await el.updateComplete;
      const root = listRoot(el);

      await press(root.querySelector('[part="error"] button'));
      await waitUntil(() => server.calls.length === 2, 'retry made no request');
      await el.updateComplete;
      expectFocusOn(el, root.querySelector('#count'));

      const failedAgain = oneEvent(el, 'mn-error');
      server.answer(1, down());
      await failedAgain;
      await el.updateComplete;
      expectFocusOn(el, root.querySelector('[part="error"] button'));

      const loaded = oneEvent(el, 'mn-load');
      await press(root.querySelector('[part="error"] button'));
      server.answer(2, json(wireFeed({ offers: [wireOffer({ validThrough: undefined })] })));
      await loaded;
      await el.updateComplete;
      expect(cards(el)).to.have.length(1);
      expectFocusOn(el, root.querySelector('#count'));
    });

    describe('<mn-trade-explorer>', () => {
      const realFetch = window.fetch;
      let n = 0;
      afterEach(() => {
        window.fetch = realFetch;
        defaultFeedClient.clear();
        for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
      });

      it('on the element while loading, then the new retry button, then the search field', async () => {
        const server = scriptedFetch();
        window.fetch = server.fetch;
        server.answer(0, down());
        const el = await explorer(
          html`<mn-trade-explorer feed=${`https://feeds.example.org/keyboard/trades-${Date.now()}-${++n}.json`}></mn-trade-explorer>`,
        );
        const root = el.shadowRoot as ShadowRoot;
        expect(root.querySelector('[part="error"] button')).to.be.instanceOf(HTMLButtonElement);

        await press(root.querySelector('[part="error"] button'));
        await waitUntil(() => server.calls.length === 2, 'retry made no request');
        await el.updateComplete;
        expectFocusOn(el, root.querySelector('[part="base"]'));

        server.answer(1, down());
        await waitUntil(() => root.querySelector('[part="error"] button'), 'the error did not show again');
        await el.updateComplete;
        expectFocusOn(el, root.querySelector('[part="error"] button'));

        await press(root.querySelector('[part="error"] button'));
        await waitUntil(() => server.calls.length === 3, 'retry made no request');
        server.answer(2, json(wireFeed()));
        await waitUntil(() => root.querySelector('#search'), 'the feed did not show');
        await el.updateComplete;
        expectFocusOn(el, root.querySelector('#search'));
      });
    });

    it('<mn-offer-detail>: on the texts while loading, then the new retry button, then the texts', async () => {
      const server = scriptedFetch();
      const { feed, offer } = makeTestOffer();
      server.answer(0, new Response('', { status: 404 }));
      const failed = oneEvent(document, 'mn-error');
      const el = await fixture<MnOfferDetail>(
        html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .client=${new FeedClient({ fetch: server.fetch, storage: null })}></mn-offer-detail>`,
      );
      await failed;
      await el.updateComplete;
      const root = el.shadowRoot as ShadowRoot;
      const retry = () => root.querySelector<HTMLElement>('[part=sections] [part=message] button');
      expect(retry()).to.be.instanceOf(HTMLButtonElement);

      await press(retry());
      await waitUntil(() => server.calls.length === 2, 'retry made no request');
      await el.updateComplete;
      expectFocusOn(el, root.querySelector('.sections'));

      const failedAgain = oneEvent(el, 'mn-error');
      server.answer(1, new Response('', { status: 404 }));
      await failedAgain;
      await el.updateComplete;
      expectFocusOn(el, retry());

      const loaded = oneEvent(el, 'mn-load');
      await press(retry());
      server.answer(2, json(wireOfferDocument()));
      await loaded;
      await el.updateComplete;
      expect(root.querySelector('[part=section-body]')?.textContent?.trim()).to.equal('Construire des services publics numériques.');
      expectFocusOn(el, root.querySelector('.sections'));
    });
  });

  it('<mn-application-form>: after a failed send, the polite live region no longer says "sending"', async () => {
    const double = new ProtocolDouble().next('network');
    const { el } = await mount({ double });
    await fillValid(el);
    const failed = oneEvent(el, 'mn-application-error');
    await submit(el);
    await failed;
    await el.updateComplete;
    const live = formRoot(el).querySelector('[role="status"][aria-live="polite"]');
    expect(live, 'the polite live region').to.be.instanceOf(HTMLElement);
    expect(formRoot(el).querySelector('[part="failure"]')?.textContent).to.contain('vérifiez votre connexion');
    expect(live?.textContent?.trim()).to.equal('');
  });

  describe('<mn-offer-list sync-url>: a select changed from the keyboard', () => {
    const urls = countPushes();

    it('makes one history entry for a run of changes, a new one for another select', async () => {
      const el = await renderList(html`<mn-offer-list sync-url .feedData=${makeFeed(120)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const root = listRoot(el);
      // The arrow keys on a closed select: one change event per option passed.
      const step = async (name: string) => {
        const select = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`) as HTMLSelectElement;
        select.focus();
        await sendKeys({ press: 'ArrowDown' });
        await elementUpdated(el);
        return select.value;
      };
      const param = (key: string) => new URL(location.href).searchParams.get(`mn-${key}`);
      await step('region');
      await step('region');
      const region = await step('region');
      expect(region).to.not.equal('');
      expect(param('region')).to.equal(region);
      expect(urls.pushes).to.equal(1);

      const remote = await step('remote');
      expect(remote).to.not.equal('');
      expect(param('remote')).to.equal(remote);
      expect(param('region')).to.equal(region);
      expect(urls.pushes).to.equal(2);
    });
  });

  describe('<mn-offer-list detail="inline">: heading levels', () => {
    let start: string;
    const stop = (e: Event) => {
      if (e.composedPath().some((n) => n instanceof HTMLAnchorElement && n.href)) e.preventDefault();
    };
    beforeEach(() => {
      start = location.href;
      window.addEventListener('click', stop);
    });
    afterEach(() => {
      window.removeEventListener('click', stop);
      history.replaceState(history.state, '', start);
    });

    const openFirst = async (el: MnOfferList) => {
      cards(el)[0]?.shadowRoot?.querySelector<HTMLAnchorElement>('a.link')?.click();
      await elementUpdated(el);
      await waitUntil(() => listRoot(el).querySelector('mn-offer-detail'), 'no inline detail');
      const shown = listRoot(el).querySelector<MnOfferDetail>('mn-offer-detail') as MnOfferDetail;
      await shown.updateComplete;
      return shown;
    };

    it('the detail’s title takes the cards’ level (h3), under the list’s h2 heading', async () => {
      const feed = makeFeed(10);
      const el = await renderList(html`<mn-offer-list detail="inline" heading="Offres" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(listRoot(el).querySelector('[part="heading"]')?.tagName).to.equal('H2');
      expect(cards(el)[0]?.shadowRoot?.querySelector('h3')).to.be.instanceOf(HTMLHeadingElement);
      const detail = await openFirst(el);
      expect(detail.shadowRoot?.querySelector('[part=title]')?.tagName).to.equal('H3');
    });

    it('without a list heading, the detail’s title is still an h3', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${makeFeed(10)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const detail = await openFirst(el);
      expect(detail.shadowRoot?.querySelector('[part=title]')?.tagName).to.equal('H3');
    });
  });

  it('<mn-offer-detail>: "Postuler" stays in view when the form opens (the layout goes to one column)', async () => {
    const { feed, offer } = makeTestOffer();
    // Wide enough for the two-column layout; a tall page so that the page scrolls.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 60rem">
      <div style="height: ${window.innerHeight}px"></div>
      <mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>
      <div style="height: ${window.innerHeight * 3}px"></div>
    </div>`);
    const el = wrapper.querySelector('mn-offer-detail') as MnOfferDetail;
    await el.updateComplete;
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>('button[part=apply-button]') as HTMLButtonElement;
    try {
      // The button at the top of the window: the facts above it get shorter when the form opens.
      window.scrollBy(0, button.getBoundingClientRect().top - 4);
      const before = button.getBoundingClientRect();
      expect(before.top).to.be.within(0, 8);
      await press(button);
      await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'the form did not open');
      await el.updateComplete;
      const after = button.getBoundingClientRect();
      expect(after.top).to.be.at.least(0);
      expect(after.bottom).to.be.at.most(window.innerHeight);
    } finally {
      window.scrollTo(0, 0);
    }
  });
});
