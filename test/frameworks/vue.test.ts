import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { createApp, h, nextTick, reactive } from 'vue';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { settled } from '../components/offer-list/helpers.js';
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
});
