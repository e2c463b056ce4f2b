import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkPage } from './dark.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import sample from '../demo/feed/v1/offers.json';
import '../src/components/offer-card/mn-offer-card.js';
import { FeedClient } from '../src/data/feed-client.js';
import { normaliseFeed } from '../src/data/normalise.js';
import type { Feed, Offer } from '../src/data/types.js';
import { hostileWireFeed } from '../test/fixtures/hostile-feed.js';

const FEED_URL = 'https://metiers.numerique.gouv.fr/api/feed/v1/offers.json';
/** The committed sample feed, read as the element would. */
const feed: Feed = normaliseFeed(sample, FEED_URL);
/** Stories look at the sample feed on the day it was made, so that they do not age. */
const now = feed.generatedAt ?? Date.now();
const DAY = 86_400_000;
const first = feed.offers[0] as Offer;
const pick = (test: (o: Offer) => boolean): Offer => feed.offers.find(test) ?? first;
const hostile = normaliseFeed(hostileWireFeed(), FEED_URL);

/* Stories never reach the network: with `offer-id`, the card reads through a client whose `fetch` is a stub. */
const STORY_FEED = 'https://stories.invalid/feed/v1/offers.json';
const clients = {
  loading: () => new FeedClient({ fetch: () => new Promise<Response>(() => undefined), storage: null }),
  error: () => new FeedClient({ fetch: () => Promise.resolve(new Response('', { status: 503 })), storage: null }),
  loaded: () => new FeedClient({ fetch: () => Promise.resolve(Response.json(sample)), storage: null }),
};

interface Args {
  offer?: Offer;
  offerId?: string;
  feedData?: Feed;
  feed?: string;
  client?: FeedClient;
  now?: number;
  headingLevel: number;
  hrefTemplate: string;
  compact: boolean;
  lang: string;
  width: string;
}

const meta: Meta<Args> = {
  title: 'Components/mn-offer-card',
  component: 'mn-offer-card',
  args: {
    offer: first,
    feedData: feed,
    now,
    headingLevel: 3,
    hrefTemplate: '',
    compact: false,
    lang: 'fr',
    width: '24rem',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: 'text', description: 'Width of the column holding the card (story only).' },
    offer: { control: false },
    feedData: { control: false },
    client: { control: false },
    now: { control: false },
  },
  parameters: {
    // Cancelled in the stories so that clicking a card does not leave Storybook.
    actions: { handles: ['mn-offer-select'] },
  },
  render: (a) => html`
    <div style=${`max-width: ${a.width || 'none'}`} @mn-offer-select=${(e: Event) => e.preventDefault()}>
      <mn-offer-card
        offer-id=${ifDefined(a.offerId)}
        feed=${ifDefined(a.feed)}
        heading-level=${a.headingLevel}
        href-template=${ifDefined(a.hrefTemplate || undefined)}
        ?compact=${a.compact}
        lang=${a.lang}
        .offer=${a.offer}
        .feedData=${a.feedData}
        .client=${a.client}
        .now=${a.now}
      ></mn-offer-card>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** An offer of the sample feed, with its feed for the names of organisation, région and trade. */
export const Default: Story = {};

/** Posted less than 7 days ago: "Nouveau". */
export const New: Story = { args: { offer: first, now: first.datePosted + 2 * DAY } };

/** Deadline within 7 days: "Clôture bientôt". */
export const ClosingSoon: Story = {
  args: (() => {
    const offer = pick((o) => o.validThrough !== undefined && o.status === 'open');
    return { offer, now: (offer.validThrough ?? now) - 3 * DAY };
  })(),
};

/** A filled offer: "Pourvue", no deadline. */
export const Filled: Story = { args: { offer: pick((o) => o.status === 'filled') } };

/** Past its deadline: "Clôturée". */
export const Expired: Story = {
  args: (() => {
    const offer = pick((o) => o.validThrough !== undefined && o.status === 'open');
    return { offer, now: (offer.validThrough ?? now) + 2 * DAY };
  })(),
};

/** Fully remote, open to beginners. */
export const RemoteForBeginners: Story = { args: { offer: pick((o) => o.remote === 'FULL' && o.openToBeginners) } };

/** The compact variant, for narrow columns. */
export const Compact: Story = { args: { compact: true, width: '18rem' } };

/** `href-template="/emploi/{id}"`: the link goes to a page of the host site. */
export const HrefTemplate: Story = { args: { hrefTemplate: '/emploi/{id}' } };

/** No address at all (no `url`, no `href-template`): the title is a button that only fires `mn-offer-select`. */
export const WithoutAddress: Story = { args: { offer: { ...first, url: undefined } } };

/** A very long title, at 320 px. */
export const LongTitle: Story = {
  args: {
    width: '320px',
    offer: {
      ...first,
      title:
        'Responsable de la sécurité des systèmes d’information et de la protection des données personnelles – adjointe ou adjoint au chef du bureau de la gouvernance numérique interministérielle (H/F)',
      excerpt: 'Un texte de présentation très long. '.repeat(20),
    },
  },
};

/** Optional fields missing, and no feed: no organisation, région, trade, salary, deadline, excerpt. */
export const MissingFields: Story = {
  args: {
    feedData: undefined,
    offer: { ...first, baseSalary: undefined, validThrough: undefined, excerpt: undefined, category: [], openToBeginners: false },
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** Several cards in a grid: equal heights, whole cards clickable. */
export const Grid: Story = {
  render: (a) => html`
    <ul
      style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 1.5rem; list-style: none; padding: 0"
      @mn-offer-select=${(e: Event) => e.preventDefault()}
    >
      ${feed.offers.slice(0, 6).map(
        (o) => html`<li><mn-offer-card lang=${a.lang} .offer=${o} .feedData=${feed} .now=${now}></mn-offer-card></li>`,
      )}
    </ul>
  `,
};

/** Dark colour scheme (the page declares `color-scheme: dark`). */
export const Dark: Story = {
  decorators: [darkPage],
};

/** With `offer-id`: the card reads the feed itself (here through a stub). */
export const ByOfferId: Story = {
  args: { offer: undefined, feedData: undefined, offerId: first.id, feed: STORY_FEED, client: clients.loaded() },
};

/** With `offer-id`, while the feed loads. */
export const Loading: Story = {
  args: { offer: undefined, feedData: undefined, offerId: first.id, feed: STORY_FEED, client: clients.loading() },
};

/** With `offer-id`, when the feed cannot be read: the message and "Réessayer". */
export const LoadError: Story = {
  name: 'Error',
  args: { offer: undefined, feedData: undefined, offerId: first.id, feed: STORY_FEED, client: clients.error() },
};

/** With `offer-id`, when the offer is no longer in the feed. */
export const NotFound: Story = { args: { offer: undefined, offerId: 'no-such-offer' } };

/** A hostile feed: markup, scripts and huge strings are shown as plain text. */
export const Hostile: Story = {
  render: (a) => html`
    <div style=${`max-width: ${a.width}; display: grid; gap: 1rem`} @mn-offer-select=${(e: Event) => e.preventDefault()}>
      ${hostile.offers.map((o) => html`<mn-offer-card .offer=${o} .feedData=${hostile}></mn-offer-card>`)}
    </div>
  `,
};
