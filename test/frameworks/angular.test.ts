import { expect } from '@open-wc/testing';
import { failOnConsoleProblems } from '../support/console-warnings.js';
import { waitUntil } from '../support/wait.js';
import { createComponent, ErrorHandler, inputBinding, provideZonelessChangeDetection, signal } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import type { MnApplicationForm } from '../../src/components/application-form/application-form.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { cards, settled } from '../components/offer-list/helpers.js';
// compiled ahead of time by Angular's compiler (test/support/frameworks-plugin.mjs)
import { JobsPageComponent } from '../../examples/angular/src/jobs-page.component.js';
import { describeJobsPage, FEED, type JobsPageProps, type MountJobsPage } from './jobs-page-suite.js';

/** What was reported during the test: the errors Angular's ErrorHandler got, and console errors and warnings (Angular's development mode). */
const problems = failOnConsoleProblems();

/**
 * Mounts `<app-jobs-page>` as the root component of an Angular application (zoneless), in a host
 * element, its inputs bound to props the test can change (`inputBinding`, as a parent's template would).
 */
const mountJobsPage: MountJobsPage = async (container, initial) => {
  const props = signal<JobsPageProps>(initial);
  const app = await createApplication({
    providers: [provideZonelessChangeDetection(), { provide: ErrorHandler, useValue: { handleError: (error: unknown) => problems.push(error) } }],
  });
  const host = container.appendChild(document.createElement('app-jobs-page'));
  const page = createComponent(JobsPageComponent, {
    environmentInjector: app.injector,
    hostElement: host,
    bindings: [
      inputBinding('lang', () => props().lang),
      inputBinding('organisation', () => props().organisation),
      inputBinding('feed', () => props().feed ?? ''),
    ],
  });
  app.attachView(page.hostView);
  await app.whenStable();
  return {
    async update(next) {
      props.set(next);
      await app.whenStable();
    },
    unmount: () => app.destroy(),
  };
};


describeJobsPage('Angular 21', mountJobsPage);

describe('Angular 21 and custom elements', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('sets `[prop]` bindings as properties of the upgraded elements, static attributes as attributes', async () => {
    const { unmount } = await mountJobsPage(container, { lang: 'fr', organisation: 'min-interieur', feed: FEED });
    const list = container.querySelector('mn-offer-list') as MnOfferList;
    expect(list instanceof (customElements.get('mn-offer-list') as CustomElementConstructor), 'an upgraded <mn-offer-list>').to.equal(true);
    expect(list.organisation).to.equal('min-interieur');
    expect(list.feed).to.equal(FEED);
    expect(list.hasAttribute('organisation')).to.equal(false);
    await waitUntil(() => settled(list));

    cards(list)[0]?.shadowRoot?.querySelector<HTMLAnchorElement>('a.link')?.click();
    await waitUntil(() => container.querySelector('mn-application-form'), 'no application form');
    const form = container.querySelector('mn-application-form') as MnApplicationForm;
    expect(form.offerId).to.equal('offre-1');
    expect(form.hasAttribute('offerid') || form.hasAttribute('offer-id')).to.equal(false);
    expect(form.getAttribute('privacy-href')).to.equal('/donnees-personnelles');
    expect(form.privacyHref).to.equal('/donnees-personnelles');
    unmount();
  });
});
