import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { MnLoadEvent } from '../../src/events/mn-load.js';
import { settled } from '../components/offer-list/helpers.js';
import { describeJobsPage, FEED } from './jobs-page-suite.js';
import { mountElement, mountJobsPage } from './react-harness.js';

describeJobsPage('React 19', mountJobsPage);

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
});
