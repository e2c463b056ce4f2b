import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import { darkPage } from './dark.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import sample from '../demo/feed/v1/offers.json';
import platformDocument from '../demo/feed/v1/offers/34taxffx.json';
import externalDocument from '../demo/feed/v1/offers/8ewcw8t5.json';
import emailDocument from '../demo/feed/v1/offers/ksibk4ze.json';
import '../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../src/components/offer-detail/offer-detail.component.js';
import { FeedClient } from '../src/data/feed-client.js';
import { normaliseFeed, normaliseOfferDocument } from '../src/data/normalise.js';
import { storageKey, type FeedStorage } from '../src/data/storage.js';
import type { Feed, Offer, OfferDocument } from '../src/data/types.js';
import { hostileWireDocument, hostileWireFeed } from '../test/fixtures/hostile-feed.js';
import { openForGood, sendFrom, until } from './support/application.js';

const FEED_URL = 'https://metiers.numerique.gouv.fr/api/feed/v1/offers.json';
/** The committed sample feed, read as the element would. */
const feed: Feed = normaliseFeed(sample, FEED_URL);
/** Stories look at the sample feed on the day it was made, so that they do not age. */
const now = feed.generatedAt ?? Date.now();
const DAY = 86_400_000;
const offer = (id: string): Offer => feed.offers.find((o) => o.id === id) ?? (feed.offers[0] as Offer);
const documents: Record<string, OfferDocument> = {
  '34taxffx': normaliseOfferDocument(platformDocument, '34taxffx'),
  '8ewcw8t5': normaliseOfferDocument(externalDocument, '8ewcw8t5'),
  ksibk4ze: normaliseOfferDocument(emailDocument, 'ksibk4ze'),
};
const hostile = normaliseFeed(hostileWireFeed(), FEED_URL);
const hostileOffer = hostile.offers[0] as Offer;

/*
 * Stories never reach the network: with `offer-id`, or without `.offerDocument`, the element
 * reads through a client whose `fetch` is a stub (never answers, answers an error, or serves
 * the sample feed and documents).
 */
const STORY_FEED = 'https://stories.invalid/feed/v1/offers.json';
const memoryStorage = (entries: Record<string, string> = {}): FeedStorage => {
  const map = new Map(Object.entries(entries));
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
};
const serve = (url: string): Response => {
  const id = /offers\/([^/]+)\.json$/.exec(url)?.[1];
  if (url.endsWith('/offers.json')) return Response.json(sample);
  const doc = id ? { '34taxffx': platformDocument, '8ewcw8t5': externalDocument, ksibk4ze: emailDocument }[id] : undefined;
  return doc ? Response.json(doc) : new Response('', { status: 404 });
};
const clients = {
  loaded: () => new FeedClient({ fetch: (input) => Promise.resolve(serve(String(input))), storage: null }),
  loading: () => new FeedClient({ fetch: () => new Promise<Response>(() => undefined), storage: null }),
  error: () => new FeedClient({ fetch: () => Promise.resolve(new Response('', { status: 503 })), storage: null }),
  stale: () =>
    new FeedClient({
      fetch: (input) => (String(input).endsWith('/offers.json') ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(serve(String(input)))),
      storage: memoryStorage({
        [storageKey(STORY_FEED)]: JSON.stringify({ fetchedAt: now - 26 * 3_600_000 }),
        [`${storageKey(STORY_FEED)}#body`]: JSON.stringify(sample),
      }),
    }),
};

interface Args {
  offer?: Offer;
  offerId?: string;
  feedData?: Feed;
  offerDocument?: OfferDocument;
  feed?: string;
  client?: FeedClient;
  now?: number;
  headingLevel: number;
  seo: boolean;
  lang: string;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Components/mn-offer-detail',
  component: 'mn-offer-detail',
  args: {
    offer: offer('34taxffx'),
    feedData: feed,
    offerDocument: documents['34taxffx'],
    now,
    headingLevel: 2,
    seo: false,
    lang: 'fr',
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: 'text', description: 'Width of the column holding the detail (story only).' },
    offer: { control: false },
    feedData: { control: false },
    offerDocument: { control: false },
    client: { control: false },
    now: { control: false },
  },
  parameters: {
    actions: { handles: ['mn-application-open', 'mn-application-submit', 'mn-application-success', 'mn-application-error', 'mn-load', 'mn-error'] },
  },
  render: (a) => html`
    <div style=${`max-width: ${a.width || 'none'}`}>
      <mn-offer-detail
        offer-id=${ifDefined(a.offerId)}
        feed=${ifDefined(a.feed)}
        heading-level=${a.headingLevel}
        ?seo=${a.seo}
        lang=${a.lang}
        .offer=${a.offer}
        .feedData=${a.feedData}
        .offerDocument=${a.offerDocument}
        .client=${a.client}
        .now=${a.now}
      ></mn-offer-detail>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** An offer taking applications on the platform: "Postuler" opens the application form below. */
export const Default: Story = {};

/** After "Postuler": the application form opens below the offer (`:state(applying)`). */
export const Applying: Story = {
  play: async ({ canvasElement }) => {
    const detail = canvasElement.querySelector('mn-offer-detail');
    const apply = await waitFor(() => {
      const button = detail?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="apply-button"]');
      if (!button) throw new Error('no "Postuler" button');
      return button;
    });
    apply.click();
    await waitFor(() => {
      if (!detail?.shadowRoot?.querySelector('mn-application-form')?.shadowRoot?.querySelector('form')) throw new Error('no form');
    });
  },
};

/**
 * "Postuler" pressed again while the application was being sent: the form closed, the application went on, and once
 * the platform has it the form opens again on its confirmation, with the reference (focused).
 */
export const ClosedWhileSending: Story = {
  args: { offer: openForGood(offer('34taxffx')) },
  play: async ({ canvasElement }) => {
    const detail = canvasElement.querySelector('mn-offer-detail') as MnOfferDetail;
    const { button, form, release } = await sendFrom(detail, 'MN-7K3F-9Q2P');
    button.click();
    const application = () => detail.shadowRoot?.querySelector<HTMLElement>('#application');
    await until('the form does not close', () => application()?.hidden);
    release();
    await until('the form does not open again', () => application()?.hidden === false && button.getAttribute('aria-expanded') === 'true');
    await until('no reference', () => form.shadowRoot?.querySelector('[part="reference"]')?.textContent?.includes('MN-7K3F-9Q2P'));
    await until('the confirmation is not focused', () => form.shadowRoot?.activeElement);
  },
};

/**
 * The page showed another offer, applied to on the recruiter's site, while an application was being sent: the same
 * form finishes below the new offer's "how to apply" block and shows its confirmation there.
 */
export const OfferChangedWhileSending: Story = {
  args: { offer: openForGood(offer('34taxffx')) },
  play: async ({ canvasElement }) => {
    const detail = canvasElement.querySelector('mn-offer-detail') as MnOfferDetail;
    const { form, release } = await sendFrom(detail, 'MN-7K3F-9Q2P');
    detail.offer = offer('8ewcw8t5');
    detail.offerDocument = documents['8ewcw8t5'];
    await detail.updateComplete;
    await until('the new offer does not show', () => detail.shadowRoot?.querySelector('a[part="apply-button"]'));
    release();
    await until('no reference', () => form.shadowRoot?.querySelector('[part="reference"]')?.textContent?.includes('MN-7K3F-9Q2P'));
    await until('the confirmation is hidden', () => form.isConnected && form.getBoundingClientRect().height > 0);
  },
};

/**
 * After "Postuler", when the form's code could not be downloaded (a flaky network, with the loader or from npm): the
 * detail says so in the form's place, with "Réessayer". (Here the download is taken as failed.)
 */
export const FormDownloadFailed: Story = {
  play: async ({ canvasElement }) => {
    const detail = canvasElement.querySelector('mn-offer-detail') as MnOfferDetail;
    const apply = await until('no "Postuler" button', () => detail.shadowRoot?.querySelector<HTMLButtonElement>('button[part="apply-button"]'));
    apply.click();
    await detail.updateComplete;
    (detail as unknown as { formFailed: boolean }).formFailed = true;
    await until('no alert in the form’s place', () => detail.shadowRoot?.querySelector('#application [role="alert"]'));
  },
};

/** Applications on the recruiter's site: a link that opens a new window. */
export const ExternalApplication: Story = { args: { offer: offer('8ewcw8t5'), offerDocument: documents['8ewcw8t5'] } };

/** Applications by e-mail: a prefilled message. */
export const EmailApplication: Story = { args: { offer: offer('ksibk4ze'), offerDocument: documents['ksibk4ze'] } };

/** A filled offer: it says so, and offers no way to apply. */
export const Filled: Story = { args: { offer: { ...offer('34taxffx'), status: 'filled' } } };

/** Past its deadline: it says so, and offers no way to apply. */
export const Expired: Story = {
  args: { now: (offer('34taxffx').validThrough ?? now) + 2 * DAY },
};

/** With `offer-id`: the element reads the feed, then the offer's document (here through a stub). */
export const ByOfferId: Story = {
  args: { offer: undefined, feedData: undefined, offerDocument: undefined, offerId: '34taxffx', feed: STORY_FEED, client: clients.loaded() },
};

/** While the feed loads: a skeleton, the element busy. */
export const Loading: Story = {
  args: { offer: undefined, feedData: undefined, offerDocument: undefined, offerId: '34taxffx', feed: STORY_FEED, client: clients.loading() },
};

/** While the offer's texts load: the facts show already. */
export const LoadingDocument: Story = { args: { offerDocument: undefined, client: clients.loading() } };

/** The feed cannot be read: the message and "Réessayer". */
export const LoadError: Story = {
  name: 'Error',
  args: { offer: undefined, feedData: undefined, offerDocument: undefined, offerId: '34taxffx', feed: STORY_FEED, client: clients.error() },
};

/** The offer's texts cannot be read: the facts, the excerpt, the message and "Réessayer". */
export const DocumentError: Story = { args: { offerDocument: undefined, client: clients.error() } };

/** Offline: the saved copy of the feed, with its date. */
export const Stale: Story = {
  args: { offer: undefined, feedData: undefined, offerDocument: undefined, offerId: '34taxffx', feed: STORY_FEED, client: clients.stale() },
};

/** The offer is not in the feed. */
export const NotFound: Story = { args: { offer: undefined, offerDocument: undefined, offerId: 'no-such-offer' } };

/** No full description: the excerpt stands in. */
export const NoDescription: Story = { args: { offerDocument: { id: '34taxffx', sections: {} } } };

/** Optional fields missing, and no feed: no organisation, région, trade, salary, deadline. */
export const MissingFields: Story = {
  args: {
    feedData: undefined,
    offer: { ...offer('34taxffx'), baseSalary: undefined, validThrough: undefined, dateModified: undefined, category: [], openTo: [] },
    offerDocument: { id: '34taxffx', sections: { mission: '<p>Une mission.</p>' } },
  },
};

/** A very long title, at 320 px. */
export const LongTitleNarrow: Story = {
  args: {
    width: '320px',
    offer: {
      ...offer('34taxffx'),
      title:
        'Responsable de la sécurité des systèmes d’information et de la protection des données personnelles – adjointe ou adjoint au chef du bureau de la gouvernance numérique interministérielle (H/F)',
    },
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** The title as the page's `h1` (`heading-level="1"`), as on an offer page. */
export const PageTitle: Story = { args: { headingLevel: 1 } };

/** With `seo`: the offer's JobPosting JSON-LD is in the page's `<head>` while the story shows. */
export const Seo: Story = { args: { seo: true } };

/** Dark colour scheme (the page declares `color-scheme: dark`). */
export const Dark: Story = {
  decorators: [darkPage],
};

/** A hostile feed and document: scripts, handlers, `javascript:` links, overlays and huge strings come out harmless. */
export const Hostile: Story = {
  args: {
    offer: hostileOffer,
    feedData: hostile,
    offerDocument: normaliseOfferDocument(hostileWireDocument(hostileOffer.id), hostileOffer.id),
    width: '48rem',
  },
};
