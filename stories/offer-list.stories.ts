import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { darkPage } from './dark.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import sample from '../demo/feed/v1/offers.json';
import hostile from '../test/fixtures/feeds/hostile.json';
import '../src/components/offer-list/mn-offer-list.js';
import type { MnOfferCard } from '../src/components/offer-card/offer-card.component.js';
import type { MnOfferDetail } from '../src/components/offer-detail/offer-detail.component.js';
import { FeedClient } from '../src/data/feed-client.js';
import { isOpen } from '../src/data/feed-lookups.js';
import { normaliseFeed } from '../src/data/normalise.js';
import { storageKey, type FeedStorage } from '../src/data/storage.js';
import type { Feed, Offer } from '../src/data/types.js';
import { FIXTURE_NOW, makeFeed, makeOffer } from '../test/fixtures/make-feed.js';
import { openForGood, sendFrom, until } from './support/application.js';

const FEED_URL = 'https://metiers.numerique.gouv.fr/api/feed/v1/offers.json';
/** The committed sample feed (300 offers), read as the element would. */
const sampleFeed: Feed = normaliseFeed(sample, FEED_URL);
/** Stories look at the sample feed on the day it was made, so that they do not age. */
const sampleNow = sampleFeed.generatedAt ?? Date.now();
/** A ministry of the sample feed that has services, for the "ministry page" story. */
const ministry =
  sampleFeed.organisations.find((o) => o.parent === undefined && sampleFeed.organisations.some((s) => s.parent === o.id)) ??
  sampleFeed.organisations[0];

/**
 * The sample feed, its first offer taking applications on the platform open for good (see `openForGood`) and the
 * newest (published as the feed was made), so first: going back to the list focuses its card, and the notice above
 * the list stays in view.
 */
const applyOffer = sampleFeed.offers.find((o) => o.apply.mode === 'platform' && isOpen(o, sampleNow)) ?? (sampleFeed.offers[0] as Offer);
const applyFeed: Feed = {
  ...sampleFeed,
  offers: sampleFeed.offers.map((o) => (o === applyOffer ? { ...openForGood(o), datePosted: Math.max(o.datePosted, sampleNow) } : o)),
};

/*
 * Stories never reach the network: the loading, error and stale stories read their feed
 * through a `FeedClient` whose `fetch` never answers, answers 503, or fails.
 */
const memoryStorage = (entries: Record<string, string> = {}): FeedStorage => {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
};
const STORY_FEED = 'https://stories.invalid/feed/v1/offers.json';
const clients = {
  loading: () => new FeedClient({ fetch: () => new Promise<Response>(() => undefined), storage: memoryStorage() }),
  error: () => new FeedClient({ fetch: () => Promise.resolve(new Response('Service Unavailable', { status: 503 })), storage: memoryStorage() }),
  /** Serves the sample offers' own documents (their texts), for offers opened in place. */
  documents: () =>
    new FeedClient({
      fetch: async (input) => {
        const id = /\/offers\/([\w-]+)\.json$/.exec(String(input))?.[1];
        if (id === undefined) return new Response('', { status: 404 });
        const doc = (await import(`../demo/feed/v1/offers/${id}.json`)) as { default: unknown };
        return Response.json(doc.default);
      },
      storage: null,
    }),
  stale: () =>
    new FeedClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      storage: memoryStorage({
        [storageKey(STORY_FEED)]: JSON.stringify({ fetchedAt: sampleNow - 26 * 3_600_000, etag: '"v1"' }),
        [`${storageKey(STORY_FEED)}#body`]: JSON.stringify(sample),
      }),
    }),
};

interface Args {
  feed?: string;
  feedData?: Feed;
  client?: FeedClient;
  now?: number;
  organisation: string;
  trade: string;
  family: string;
  region: string;
  departement: string;
  contract: string;
  remote: string;
  category: string;
  beginners: boolean;
  keywords: string;
  filters: string;
  sort: 'newest' | 'deadline' | 'relevance';
  pageSize: number;
  syncUrl?: string;
  detail: 'link' | 'inline';
  hrefTemplate?: string;
  headingLevel: number;
  heading: string;
  spontaneousHref: string;
  compact: boolean;
  lang: string;
  width: string;
  cardMinWidth: string;
}

const meta: Meta<Args> = {
  title: 'Components/mn-offer-list',
  component: 'mn-offer-list',
  args: {
    feedData: sampleFeed,
    now: sampleNow,
    organisation: '',
    trade: '',
    family: '',
    region: '',
    departement: '',
    contract: '',
    remote: '',
    category: '',
    beginners: false,
    keywords: '',
    filters: 'all',
    sort: 'newest',
    pageSize: 10,
    detail: 'link',
    headingLevel: 3,
    heading: '',
    spontaneousHref: '',
    compact: false,
    lang: 'fr',
    width: '',
    cardMinWidth: '',
  },
  argTypes: {
    sort: { control: 'inline-radio', options: ['newest', 'deadline', 'relevance'] },
    detail: { control: 'inline-radio', options: ['link', 'inline'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    pageSize: { control: { type: 'number', min: 1, max: 1000 } },
    width: { control: 'text', description: 'Width of the column holding the list (story only).' },
    cardMinWidth: { control: 'text', description: '`--mn-offer-list-card-min-width` (e.g. `20rem` for a grid).' },
    feedData: { control: false },
    client: { control: false },
    now: { control: false },
  },
  parameters: {
    actions: {
      handles: ['mn-load', 'mn-error', 'mn-filter-change', 'mn-offer-select', 'mn-application-open', 'mn-application-submit', 'mn-application-success', 'mn-application-error'],
    },
  },
  render: (a) => html`
    <div style=${`max-width: ${a.width || 'none'}`}>
      <mn-offer-list
        style=${a.cardMinWidth ? `--mn-offer-list-card-min-width: ${a.cardMinWidth}` : ''}
        feed=${ifDefined(a.feed)}
        organisation=${a.organisation}
        trade=${a.trade}
        family=${a.family}
        region=${a.region}
        departement=${a.departement}
        contract=${a.contract}
        remote=${a.remote}
        category=${a.category}
        ?beginners=${a.beginners}
        keywords=${a.keywords}
        filters=${a.filters}
        sort=${a.sort}
        page-size=${a.pageSize}
        sync-url=${ifDefined(a.syncUrl)}
        detail=${a.detail}
        href-template=${ifDefined(a.hrefTemplate)}
        heading-level=${a.headingLevel}
        heading=${a.heading}
        spontaneous-href=${ifDefined(a.spontaneousHref || undefined)}
        ?compact=${a.compact}
        lang=${a.lang}
        .feedData=${a.feedData}
        .client=${a.client}
        .now=${a.now}
      ></mn-offer-list>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample feed, ten offers a page, every filter. */
export const Default: Story = {};

/** A ministry's page: the list keeps to the ministry and its services, the visitor picks among them. */
export const MinistryPage: Story = {
  args: {
    organisation: ministry?.id ?? '',
    heading: `Nos offres d’emploi${ministry ? ` – ${ministry.acronym ?? ministry.name}` : ''}`,
    filters: 'keywords organisation trade region remote',
  },
};

/** Only a few controls. */
export const SomeFilters: Story = { args: { filters: 'keywords contract remote' } };

/** No controls at all: a fixed selection, e.g. the five newest internships. */
export const NoControls: Story = {
  args: { filters: 'none', contract: 'INTERN APPRENTICESHIP', pageSize: 5, heading: 'Stages et apprentissage' },
};

/** Cards in a grid (`--mn-offer-list-card-min-width: 20rem`). */
export const Grid: Story = { args: { cardMinWidth: '20rem', pageSize: 12, compact: true } };

/** A narrow side column: compact cards, filters behind a button, fewer page numbers. */
export const NarrowColumn: Story = { args: { width: '20rem', compact: true, pageSize: 5 } };

/** Opening an offer shows it in place, with a way back (`detail="inline"`). */
export const InlineDetail: Story = { args: { detail: 'inline' } };

/** An offer opened in place: its texts, how to apply, and the way back to the list. */
export const InlineDetailOpen: Story = {
  args: { detail: 'inline', client: clients.documents(), feedData: applyFeed },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('mn-offer-list');
    const link = await waitFor(() => {
      const found = list?.shadowRoot?.querySelector('mn-offer-card')?.shadowRoot?.querySelector<HTMLElement>('.link');
      if (!found) throw new Error('no offer to open');
      return found;
    });
    // The detail's mn-load, caught on its way down: it does not leave the list.
    const shown = new Promise((resolve) => list?.shadowRoot?.addEventListener('mn-load', resolve, { once: true, capture: true }));
    link.click();
    await shown;
  },
};

/**
 * An application sent from an offer opened in place, the visitor back to the list ("← Retour aux offres") while it
 * was being sent: once the platform has it, the list says so above the offers (`part="sent"`).
 */
export const LeftWhileSending: Story = {
  args: { detail: 'inline', client: clients.documents(), feedData: applyFeed },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('mn-offer-list') as HTMLElement;
    const inList = <T extends Element>(selector: string) => list.shadowRoot?.querySelector<T>(selector);
    const card = await until('no offer taking applications on the platform', () =>
      [...(list.shadowRoot?.querySelectorAll<MnOfferCard>('mn-offer-card') ?? [])].find((c) => c.offer?.id === applyOffer.id),
    );
    const title = card.offer?.title ?? '';
    (card.shadowRoot?.querySelector('.link') as HTMLElement).click();
    const detail = await until('the offer does not open', () => inList<MnOfferDetail>('mn-offer-detail'));
    const { release } = await sendFrom(detail);
    inList<HTMLButtonElement>('[part="back"]')?.click();
    await until('the list does not show again', () => inList<HTMLElement>('.list')?.hidden === false);
    release();
    const notice = await until('no notice of the application received', () => inList('[part="sent"]'));
    if (!notice.textContent?.replace(/\s+/g, ' ').includes(`Votre candidature à « ${title} » a bien été reçue.`)) {
      throw new Error(`unexpected notice: ${notice.textContent}`);
    }
  },
};

/** The same notice, in a dark colour scheme. */
export const LeftWhileSendingDark: Story = { ...LeftWhileSending, decorators: [darkPage] };

/**
 * An offer opened in place when the detail's code could not be downloaded (a flaky network, with the loader or from
 * npm): the list says so in its place, with "Réessayer" and the way back. (Here the download is taken as failed.)
 */
export const InlineDetailDownloadFailed: Story = {
  args: { detail: 'inline' },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('mn-offer-list') as unknown as HTMLElement & { detailFailed: boolean };
    const link = await until('no offer to open', () => list.shadowRoot?.querySelector('mn-offer-card')?.shadowRoot?.querySelector<HTMLElement>('.link'));
    list.detailFailed = true;
    link.click();
    await until('no alert in place of the offer', () => list.shadowRoot?.querySelector('[part="detail"] [role="alert"]'));
  },
};

/** Filters, page and open offer in the URL (`sync-url="story"` → `?story-q=…`). */
export const SyncUrl: Story = { args: { syncUrl: 'story', detail: 'inline' } };

/** Dark colour scheme (the page declares `color-scheme: dark`), with two filters chosen: their tags too. */
export const Dark: Story = {
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('mn-offer-list');
    const choose = async (name: string) => {
      const select = await waitFor(() => {
        const found = list?.shadowRoot?.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
        if (!found || found.options.length < 2) throw new Error(`no ${name} choices yet`);
        return found;
      });
      select.value = (select.options[1] as HTMLOptionElement).value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    await choose('region');
    await choose('contract');
    await waitFor(() => {
      if ((list?.shadowRoot?.querySelectorAll('.chip').length ?? 0) < 2) throw new Error('no filter tags');
    });
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en', heading: 'Our job offers' } };

/** Loading: skeleton cards the size of real ones, the list busy. */
export const Loading: Story = { args: { feed: STORY_FEED, feedData: undefined, client: clients.loading() } };

/** The feed cannot be loaded: a clear message and "Réessayer". */
export const LoadError: Story = { name: 'Error', args: { feed: STORY_FEED, feedData: undefined, client: clients.error() } };

/** Offline: the saved copy of the feed, with its date. */
export const Stale: Story = { args: { feed: STORY_FEED, feedData: undefined, client: clients.stale() } };

/** Nothing published: says so, and offers the spontaneous application. */
export const EmptyFeed: Story = {
  args: { feedData: makeFeed(0), spontaneousHref: 'https://example.gouv.fr/candidature-spontanee' },
};

/** Nothing matches the visitor's search: reset, or apply spontaneously. */
export const NoResults: Story = {
  args: { spontaneousHref: 'https://example.gouv.fr/candidature-spontanee' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mn-offer-list');
    // The search field shows at once; the offers once the feed and the search code are there.
    await waitFor(() => {
      if (!el?.shadowRoot?.querySelector('mn-offer-card')) throw new Error('no offers yet');
    });
    const input = el?.shadowRoot?.querySelector<HTMLInputElement>('#keywords');
    if (!el || !input) throw new Error('no search field');
    input.value = 'zzzz introuvable';
    input.form?.requestSubmit();
    await waitFor(() => {
      if (!el.shadowRoot?.querySelector('[part="empty"]')) throw new Error('still results');
    });
  },
};

/** A single offer: "1 offre", no pagination. */
export const OneResult: Story = {
  args: { feedData: makeFeed(0, { offers: [makeOffer({ id: 'only', title: 'Développeur·se full stack', excerpt: 'La seule offre du moment.' })] }), now: FIXTURE_NOW },
};

/** Very long titles and names, and offers missing every optional field. */
export const LongContent: Story = {
  args: {
    now: FIXTURE_NOW,
    feedData: makeFeed(0, {
      offers: [
        makeOffer({
          id: 'long',
          title: `${'Responsable de la transformation numérique et de la conduite du changement '.repeat(3)}(H/F)`,
          excerpt: 'Un résumé '.repeat(60),
          hiringOrganization: 'bureau-si',
          baseSalary: { min: 45_000, max: 62_000 },
          validThrough: FIXTURE_NOW + 5 * 86_400_000,
        }),
        makeOffer({ id: 'word', title: 'Anticonstitutionnellementdéveloppeusesupercalifragilistiqueexpidélilicieuse' }),
        makeOffer({ id: 'bare', title: 'Offre sans détails', jobLocation: {}, employmentType: [], category: [], remote: 'NONE' }),
      ],
    }),
  },
};

/** A hostile feed (markup, `javascript:` links, wrong types) read through the normaliser: shown as text, linked safely. */
export const HostileFeed: Story = {
  args: { feedData: normaliseFeed(hostile, FEED_URL), now: Date.UTC(2025, 0, 20) },
};

/** A thousand cards on one page (for performance checks). */
export const ThousandCards: Story = { args: { feedData: makeFeed(1400), now: FIXTURE_NOW, pageSize: 1000 } };
