import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { createApp, h, nextTick, reactive } from 'vue';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import type { MnApplicationForm } from '../../src/components/application-form/application-form.component.js';
import { settled, titles } from '../components/offer-list/helpers.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import JobsPage from '../../examples/vue/src/JobsPage.vue';
import { describeJobsPage, FEED, type JobsPageProps, type MountJobsPage } from './jobs-page-suite.js';

/** What Vue (its development build) warned about, since the last mount. */
let warnings: string[] = [];

/** Mounts `<JobsPage>` as the root component of an app, with props the test can change. */
const mountJobsPage: MountJobsPage = async (container, initial) => {
  warnings = [];
  const props = reactive<JobsPageProps>({ ...initial });
  const app = createApp({ render: () => h(JobsPage, props) });
  app.config.warnHandler = (message) => warnings.push(message);
  app.mount(container);
  await nextTick();
  return {
    async update(next) {
      Object.assign(props, next);
      await nextTick();
    },
    unmount: () => app.unmount(),
  };
};

// Vue warns in development about what it cannot make sense of: none here.
afterEach(() => expect(warnings).to.deep.equal([]));

describeJobsPage('Vue 3', mountJobsPage);

describe('Vue 3 and custom elements', () => {
  it('renders mn-* tags as the elements and sets what they have as properties', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const { unmount } = await mountJobsPage(container, { lang: 'fr', organisation: 'min-interieur', feed: FEED });
    const el = container.querySelector('mn-offer-list') as MnOfferList;
    expect(el instanceof (customElements.get('mn-offer-list') as CustomElementConstructor), 'an upgraded <mn-offer-list>').to.equal(true);
    expect(el.organisation).to.equal('min-interieur');
    expect(el.hasAttribute('organisation')).to.equal(false);
    await waitUntil(() => settled(el));
    unmount();
    container.remove();
  });

  // As docs/frameworks.md says. `h()` props are what the template compiler makes of the bindings:
  // `:feedData` → `feedData`, `.feedData` → `.feedData`, `:feed-data` → `feed-data`.
  it('sets objects by the property’s own name (`:feedData`, `.feedData`); `:feed-data` is an attribute', async () => {
    const feed = makeFeed(3);
    const container = document.createElement('div');
    document.body.append(container);
    warnings = [];
    const app = createApp({
      render: () => [
        h('mn-offer-list', { id: 'bound', feedData: feed, now: FIXTURE_NOW }),
        h('mn-offer-list', { id: 'prop', '.feedData': feed, now: FIXTURE_NOW }),
        h('mn-offer-list', { id: 'kebab', feed: FEED, 'feed-data': feed }),
        h('mn-application-form', { 'offer-id': 'offre-2', feed: FEED }),
      ],
    });
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(container);
    await nextTick();
    const list = (id: string) => container.querySelector(`#${id}`) as MnOfferList;
    expect(list('bound').feedData === feed, ':feedData sets the property').to.equal(true);
    expect(list('prop').feedData === feed, '.feedData sets the property').to.equal(true);
    expect(list('kebab').feedData, ':feed-data does not').to.equal(undefined);
    expect(list('kebab').getAttribute('feed-data')).to.equal('[object Object]');
    await waitUntil(() => settled(list('bound')) && settled(list('prop')) && settled(list('kebab')));
    expect(titles(list('prop'))).to.deep.equal(titles(list('bound')));
    expect(titles(list('bound')).length).to.be.greaterThan(0);
    // an attribute the element reads
    expect((container.querySelector('mn-application-form') as MnApplicationForm).offerId).to.equal('offre-2');
    app.unmount();
    container.remove();
  });
});
