import { expect, oneEvent } from '@open-wc/testing';
import { failOnConsoleProblems } from '../support/console-warnings.js';
import { waitUntil } from '../support/wait.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { MnLoadEvent } from '../../src/events/mn-load.js';
import { settled } from '../components/offer-list/helpers.js';
import { describeJobsPage, FEED, type MountJobsPage } from './jobs-page-suite.js';
import { hydrateElement, hydrateJobsPage, mountElement, mountJobsPage } from './react-harness.js';

/** What React reported during the test: hydration's recoverable errors, and console errors and warnings (React's development build). */
const problems = failOnConsoleProblems();

describeJobsPage('React 19', mountJobsPage);

// A server-rendered app (Next.js, React Router's framework mode…): the page's HTML comes from the
// server, then React hydrates it in the browser.
const hydrate: MountJobsPage = (container, props) => hydrateJobsPage(container, props, problems);
describeJobsPage('React 19, rendered on the server then hydrated', hydrate);

describe('React 19 and custom elements', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('sets a prop as a property when the element has one, else as an attribute', async () => {
    const mounted = mountElement(container, 'mn-offer-list', {
      feed: FEED,
      organisation: 'min-culture',
      pageSize: 1,
      'heading-level': 4,
      'data-section': 'jobs',
    });
    const el = container.querySelector('mn-offer-list') as MnOfferList;
    expect(el.organisation).to.equal('min-culture');
    expect(el.hasAttribute('organisation')).to.equal(false);
    expect(el.pageSize).to.equal(1);
    // no `heading-level` property: an attribute, which the element reads
    expect(el.getAttribute('heading-level')).to.equal('4');
    expect(el.headingLevel).to.equal(4);
    expect(el.dataset.section).to.equal('jobs');
    await waitUntil(() => settled(el));
    mounted.unmount();
  });

  it('listens to the exact event named after `on`: `onmn-load` works, `onMnLoad` does not', async () => {
    const heard: string[] = [];
    const mounted = mountElement(container, 'mn-offer-list', {
      feed: FEED,
      'onmn-load': (event: MnLoadEvent) => heard.push(`onmn-load: ${event.count}`),
      onMnLoad: () => heard.push('onMnLoad'),
    });
    const el = container.querySelector('mn-offer-list') as MnOfferList;
    await oneEvent(el, 'mn-load');
    expect(heard).to.deep.equal(['onmn-load: 4']);

    // a new handler replaces the old one
    mounted.update({ feed: FEED, 'onmn-load': (event: MnLoadEvent) => heard.push(`new: ${event.count}`) });
    el.dispatchEvent(new MnLoadEvent(7));
    expect(heard).to.deep.equal(['onmn-load: 4', 'new: 7']);
    mounted.unmount();
  });

  // What the example's `useHydrated` works around (https://github.com/react/react/issues/35446).
  // When this fails, React has fixed it: the example and docs/frameworks.md can drop the workaround.
  it('hydrating server-rendered HTML, adds no `on…` listener and sets no property of the element', async () => {
    const heard: number[] = [];
    const feedData = { not: 'read' };
    const mounted = await hydrateElement(container, 'mn-offer-list', {
      feed: FEED,
      organisation: 'min-culture',
      pageSize: 1,
      feedData,
      'onmn-load': (event: MnLoadEvent) => heard.push(event.count),
    });
    const el = container.querySelector('mn-offer-list') as MnOfferList;
    // the server's HTML: strings and numbers as attributes, by the prop's name (lowercased by the HTML parser)
    expect(el.getAttribute('organisation')).to.equal('min-culture');
    expect(el.getAttribute('pagesize')).to.equal('1');
    expect(el.pageSize, 'pageSize, not set').not.to.equal(1);
    expect((el.feedData as unknown) === feedData, 'feedData, not set').to.equal(false);
    el.dispatchEvent(new MnLoadEvent(7));
    expect(heard, 'onmn-load, not listened to').to.deep.equal([]);
    mounted.unmount();
  });
});
