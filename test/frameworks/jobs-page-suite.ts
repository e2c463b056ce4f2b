/**
 * What a visitor sees and does on the `JobsPage` example, the same whichever framework
 * renders it (examples/react, examples/vue, examples/angular): each framework's test file
 * runs this suite with its own `mount`.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { MnApplicationForm } from '../../src/components/application-form/application-form.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { cards, choose, countText, root, settled, titles } from '../components/offer-list/helpers.js';

/** The example's props, in every framework. */
export interface JobsPageProps {
  lang: 'fr' | 'en';
  organisation: string;
  feed?: string;
}

export interface MountedPage {
  /** Gives the page new props, as the app would. */
  update(props: JobsPageProps): void | Promise<void>;
  unmount(): void;
}

export type MountJobsPage = (container: HTMLElement, props: JobsPageProps) => MountedPage | Promise<MountedPage>;

/** Four offers: three of the Ministry of the Interior (one by its DNUM), one of the Ministry of Culture. */
export const FEED = new URL('./feed.json', import.meta.url).href;
const INTERIOR = ['Développeuse ou développeur back-end', 'Data scientist, sécurité routière', 'Développeuse ou développeur front-end'];

// Elements are compared as booleans: a failing `expect(element)` would have the runner
// serialise the element, React's and Vue's internals with it, which can stall the page.
export function describeJobsPage(framework: string, mount: MountJobsPage): void {
  describe(`${framework}: the JobsPage example`, () => {
    let container: HTMLElement;
    let page: MountedPage | undefined;
    let navigations: boolean[];
    const keepPage = (event: Event) => {
      if (!event.composedPath().some((n) => n instanceof HTMLAnchorElement && n.href)) return;
      navigations.push(!event.defaultPrevented); // would the link have been followed?
      event.preventDefault();
    };

    beforeEach(() => {
      navigations = [];
      window.addEventListener('click', keepPage);
      container = document.createElement('div');
      document.body.append(container);
    });
    afterEach(() => {
      page?.unmount();
      page = undefined;
      container.remove();
      window.removeEventListener('click', keepPage);
    });

    const props: JobsPageProps = { lang: 'fr', organisation: 'min-interieur', feed: FEED };
    const list = () => container.querySelector('mn-offer-list') as MnOfferList;
    const heading = () => container.querySelector('h1')?.textContent?.trim();
    const link = (index: number) => cards(list())[index]?.shadowRoot?.querySelector<HTMLAnchorElement>('a.link') as HTMLAnchorElement;

    async function show(): Promise<MnOfferList> {
      page = await mount(container, props);
      await waitUntil(() => list() && settled(list()), 'the list did not show the feed');
      await list().updateComplete;
      await Promise.all(cards(list()).map((c) => c.updateComplete));
      return list();
    }

    it('shows the ministry’s offers from the feed, and their number, from mn-load, in the app’s heading', async () => {
      const el = await show();
      expect(titles(el)).to.deep.equal(INTERIOR);
      expect(countText(el)).to.equal('3 offres');
      await waitUntil(() => heading() === 'Nos offres d’emploi (3)', `the heading says "${heading()}"`);
    });

    it('passes the language the app sets to the element', async () => {
      const el = await show();
      await page?.update({ ...props, lang: 'en' });
      expect(el.lang).to.equal('en');
      await waitUntil(() => countText(el) === '3 offers', `the list says "${countText(el)}"`);
      expect(root(el).querySelector('label[for="keywords"]')?.textContent).to.equal('Keywords');
      expect(heading()).to.equal('Our job offers (3)');
    });

    it('opens the application form of the offer chosen with the keyboard, without leaving the app', async () => {
      const el = await show();
      link(1).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => container.querySelector('mn-application-form'), 'no application form');
      expect(navigations).to.deep.equal([false]);
      const form = container.querySelector('mn-application-form') as MnApplicationForm;
      expect(form.offerId).to.equal('offre-2');
      await waitUntil(() => form.shadowRoot?.querySelector('[part="offer"]')?.textContent?.includes(INTERIOR[1] as string));
      const section = container.querySelector('section[aria-label="Candidature"]');
      await waitUntil(() => section !== null && document.activeElement === section, 'the focus did not move to the form');
      expect(list() === el, 'the same list element').to.equal(true);
    });

    it('keeps what the visitor chose in the element through the app’s re-renders', async () => {
      const el = await show();
      await choose(el, 'trade', 'developpeur');
      expect(titles(el)).to.deep.equal([INTERIOR[0], INTERIOR[2]]);
      // mn-filter-change → the app's state → the app renders again
      await waitUntil(() => heading() === 'Nos offres d’emploi (2)', `the heading says "${heading()}"`);

      link(1).click();
      await waitUntil(() => container.querySelector('mn-application-form'), 'no application form');
      await page?.update({ ...props, lang: 'en' });
      await waitUntil(() => countText(el) === '2 offers', `the list says "${countText(el)}"`);

      expect(list() === el, 'the same list element').to.equal(true);
      expect(root(el).querySelector<HTMLSelectElement>('select[name="trade"]')?.value).to.equal('developpeur');
      expect(titles(el)).to.deep.equal([INTERIOR[0], INTERIOR[2]]);
      expect((container.querySelector('mn-application-form') as MnApplicationForm).offerId).to.equal('offre-3');
      expect(navigations).to.deep.equal([false]);
    });
  });
}
