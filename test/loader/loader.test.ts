import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { MnOfferCard } from '../../src/components/offer-card/offer-card.component.js';
import type * as LoaderModule from '../../src/loader.js';
import type { ElementLoader } from '../../src/loader.js';
import { makeTestOffer, NOW } from '../components/offer-card/fixtures.js';

type Loader = typeof LoaderModule;
/** src/loader.ts, imported by the first test, once some elements are in the page. */
let loader: Loader;

/**
 * The real loader (src/loader.ts, which dist/mn-loader.js is built from), on this test page: the elements
 * are in the page before it runs, it is imported once, in the first test. Later tests add elements.
 */
const TAGS = ['mn-offer-list', 'mn-offer-card', 'mn-offer-detail', 'mn-application-form', 'mn-trade-explorer'];
const defined = () => TAGS.filter((tag) => customElements.get(tag));

const errors: string[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in event ? event.reason : event.message));

describe('mn-loader (src/loader.ts)', () => {
  let zone: HTMLElement;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    zone = document.createElement('div');
    zone.innerHTML = '<mn-offer-card></mn-offer-card><mn-widget-unknown></mn-widget-unknown><mn-offer-lists></mn-offer-lists>';
    document.body.append(zone);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    zone.remove();
  });

  it('defines the elements present when it runs, and only those', async () => {
    expect(defined()).to.deep.equal([]);
    loader = await import('../../src/loader.js');
    await customElements.whenDefined('mn-offer-card');
    expect(zone.querySelector('mn-offer-card')).to.be.instanceOf(customElements.get('mn-offer-card')!);
    expect(defined()).to.deep.equal(['mn-offer-card']);
  });

  it('ignores unknown mn-* tags', () => {
    expect(customElements.get('mn-widget-unknown')).to.equal(undefined);
    expect(customElements.get('mn-offer-lists')).to.equal(undefined);
    expect(zone.querySelector('mn-widget-unknown')).to.not.be.instanceOf(customElements.get('mn-offer-card')!);
  });

  it('defines an element added later inside an added subtree, with what it needs and nothing more', async () => {
    const section = document.createElement('section');
    section.innerHTML = '<article><div><mn-offer-detail></mn-offer-detail></div></article>';
    zone.append(section);
    await customElements.whenDefined('mn-offer-detail');
    expect(defined()).to.deep.equal(['mn-offer-card', 'mn-offer-detail']);
  });

  it('renders elements created, moved and removed at any time, without errors', async () => {
    const { feed, offer } = makeTestOffer();
    const cards = [0, 1, 2].map(() => Object.assign(document.createElement('mn-offer-card') as MnOfferCard, { offer, feedData: feed, now: NOW }));
    zone.append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
    for (const card of cards) expect(card.shadowRoot?.querySelector('h3 a')?.textContent).to.equal(offer.title);

    const other = document.createElement('div');
    zone.append(other);
    other.append(cards[0]!); // moved
    cards[1]!.remove(); // removed
    zone.append(cards[1]!); // back
    cards[2]!.remove();
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards[0]!.shadowRoot?.querySelector('h3 a')?.textContent).to.equal(offer.title);
    expect(errors).to.deep.equal([]);
  });

  it('defines the list, and with it the elements it renders, when one is added', async () => {
    const list = document.createElement('mn-offer-list');
    list.setAttribute('feed', 'data:application/json,{}'); // no network: an error state, which is enough here
    zone.append(list);
    await customElements.whenDefined('mn-offer-list');
    expect(defined()).to.include.members(['mn-offer-list', 'mn-offer-card', 'mn-offer-detail']);
    expect(defined()).to.not.include('mn-trade-explorer');
    list.remove();
  });

  it('defines each element once, in one registry, with no error', async () => {
    zone.append(document.createElement('mn-trade-explorer'), document.createElement('mn-application-form'));
    await waitUntil(() => defined().length === TAGS.length, 'every element defined');
    zone.querySelector('mn-trade-explorer')?.remove();
    zone.querySelector('mn-application-form')?.remove();
    expect(errors).to.deep.equal([]);
  });
});

/**
 * `watch()` with loaders that count their calls, on tags of its own (`mn-test-*`), in a container of the test.
 */
function setup(tags: string[], options: { fail?: number } = {}) {
  const calls: string[] = [];
  let failures = options.fail ?? 0;
  const loaders: Record<string, ElementLoader> = {};
  for (const tag of tags) {
    loaders[tag] = () => {
      calls.push(tag);
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new Error('network down'));
      }
      return Promise.resolve();
    };
  }
  const root = document.createElement('div');
  document.body.append(root);
  return { calls, loaders, root };
}

/** Lets the MutationObserver callbacks run (they are microtasks, run before the next task). */
const settled = () => new Promise((resolve) => setTimeout(resolve));

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
const start = (...args: Parameters<Loader['watch']>) => {
  const stop = loader.watch(...args);
  cleanups.push(stop);
  if (args[1] instanceof Element) cleanups.push(() => (args[1] as Element).remove());
  return stop;
};

describe('mn-loader watch()', () => {
  before(async () => {
    loader ??= await import('../../src/loader.js');
  });

  it('loads the elements present when it starts, and only those', async () => {
    const { calls, loaders, root } = setup(['mn-test-a', 'mn-test-b', 'mn-test-c']);
    root.innerHTML = '<mn-test-a></mn-test-a><p><mn-test-c></mn-test-c><mn-test-a></mn-test-a></p>';
    start(loaders, root);
    expect(calls).to.deep.equal(['mn-test-a', 'mn-test-c']);
  });

  it('loads the root itself when it is one of the elements', () => {
    const { calls, loaders, root } = setup(['mn-test-a']);
    const el = document.createElement('mn-test-a');
    root.append(el);
    start(loaders, el);
    expect(calls).to.deep.equal(['mn-test-a']);
  });

  it('loads elements added later, also deep inside an added subtree', async () => {
    const { calls, loaders, root } = setup(['mn-test-a', 'mn-test-b']);
    start(loaders, root);
    expect(calls).to.deep.equal([]);

    root.append(document.createElement('mn-test-a'));
    await waitUntil(() => calls.length === 1, 'mn-test-a added');
    const section = document.createElement('section');
    section.innerHTML = '<article><div><mn-test-b></mn-test-b></div></article>';
    root.append(section);
    await waitUntil(() => calls.length === 2, 'mn-test-b inside an added subtree');
    expect(calls).to.deep.equal(['mn-test-a', 'mn-test-b']);
  });

  it('imports a tag once: several instances, moved, removed and added again', async () => {
    const { calls, loaders, root } = setup(['mn-test-a', 'mn-test-b']);
    root.innerHTML = '<mn-test-a></mn-test-a><mn-test-a></mn-test-a>';
    start(loaders, root);
    const other = document.createElement('div');
    root.append(other);

    const [first] = root.querySelectorAll('mn-test-a');
    other.append(first!); // moved
    root.append(document.createElement('mn-test-a')); // one more
    first!.remove(); // removed
    other.append(first!); // back again
    await settled();
    expect(calls).to.deep.equal(['mn-test-a']);
  });

  it('ignores unknown mn-* tags and elements inside <template>', async () => {
    const { calls, loaders, root } = setup(['mn-test-a']);
    root.innerHTML = '<mn-test-unknown></mn-test-unknown><mn-test-aa></mn-test-aa><template><mn-test-a></mn-test-a></template>';
    start(loaders, root);
    root.append(document.createElement('mn-test-other'), document.createElement('mn-test'));
    await settled();
    expect(calls).to.deep.equal([]);
  });

  it('does not import a tag that is already defined (by mn-widgets.js, say)', async () => {
    const { calls, loaders, root } = setup(['mn-test-defined', 'mn-test-a']);
    customElements.define('mn-test-defined', class extends HTMLElement {});
    root.innerHTML = '<mn-test-defined></mn-test-defined>';
    start(loaders, root);
    root.append(document.createElement('mn-test-defined'));
    await settled();
    expect(calls).to.deep.equal([]);
  });

  it('watches nothing more once stopped', async () => {
    const { calls, loaders, root } = setup(['mn-test-a']);
    const stop = start(loaders, root);
    stop();
    root.append(document.createElement('mn-test-a'));
    await settled();
    expect(calls).to.deep.equal([]);
  });

  it('after a failed import, tries again when another element of the tag is added', async () => {
    const { calls, loaders, root } = setup(['mn-test-a'], { fail: 1 });
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      root.innerHTML = '<mn-test-a></mn-test-a>';
      start(loaders, root);
      await waitUntil(() => errors.length === 1, 'the failure is reported');
      expect(String(errors[0]![0])).to.contain('mn-test-a');
      expect((errors[0]![1] as Error).message).to.equal('network down');

      root.append(document.createElement('mn-test-a'));
      await waitUntil(() => calls.length === 2, 'tried again');
      root.append(document.createElement('mn-test-a'));
      await settled();
      expect(calls).to.deep.equal(['mn-test-a', 'mn-test-a']);
    } finally {
      console.error = consoleError;
    }
  });
});
