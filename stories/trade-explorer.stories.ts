import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { darkPage } from './dark.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import sample from '../demo/feed/v1/offers.json';
import '../src/components/trade-explorer/mn-trade-explorer.js';
import { normaliseFeed } from '../src/data/normalise.js';
import { writeSavedFeed } from '../src/data/storage.js';
import type { Feed } from '../src/data/types.js';
import { tradesFeed } from '../test/components/trade-explorer/trades-feed.js';

/** The committed sample feed (52 reference trades, 10 families, 300 offers), read as the element would. */
const sampleFeed: Feed = normaliseFeed(sample, 'https://metiers.numerique.gouv.fr/api/feed/v1/offers.json');

/*
 * Stories never reach the network: the loading, error and stale stories read feeds at
 * `https://stories.invalid/…`, answered here (never, with a 503, or with a network failure).
 */
const STORIES_ORIGIN = 'https://stories.invalid/';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith(STORIES_ORIGIN)) return realFetch(input, init);
  if (url.includes('loading')) return new Promise<Response>(() => undefined);
  if (url.includes('error')) return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
  return Promise.reject(new TypeError('Failed to fetch'));
};

interface Args {
  feed?: string;
  feedData?: Feed;
  family: string;
  trade: string;
  hideEmpty: boolean;
  sort: 'name' | 'offers';
  syncUrl?: string;
  spontaneousHref: string;
  headingLevel: number;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Components/mn-trade-explorer',
  component: 'mn-trade-explorer',
  args: {
    feedData: sampleFeed,
    family: '',
    trade: '',
    hideEmpty: false,
    sort: 'name',
    spontaneousHref: 'https://example.org/candidature-spontanee',
    headingLevel: 2,
    lang: 'fr',
  },
  argTypes: {
    sort: { control: 'inline-radio', options: ['name', 'offers'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    feedData: { control: false },
  },
  parameters: {
    actions: { handles: ['mn-trade-select', 'mn-load', 'mn-error'] },
  },
  render: (args) => html`
    <mn-trade-explorer
      feed=${ifDefined(args.feed)}
      family=${args.family}
      trade=${args.trade}
      ?hide-empty=${args.hideEmpty}
      sort=${args.sort}
      sync-url=${ifDefined(args.syncUrl)}
      spontaneous-href=${args.spontaneousHref}
      heading-level=${args.headingLevel}
      lang=${args.lang}
      .feedData=${args.feedData}
    ></mn-trade-explorer>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Every trade of the sample feed, by family. */
export const Default: Story = {};

/** Opened on a family (`family="donnees"`): its tab is selected and its description shows. */
export const FamilyPreset: Story = { args: { family: 'donnees' } };

/** Most open offers first (`sort="offers"`). */
export const SortedByOffers: Story = { args: { sort: 'offers' } };

/** Only the trades someone is hiring for now (`hide-empty`). */
export const HideEmpty: Story = { args: { hideEmpty: true, feedData: tradesFeed() } };

/** A trade opened (`trade="…"`): its description, missions, skills and open offers. */
export const TradeOpen: Story = { args: { trade: 'developpeuse-developpeur' } };

/** A trade without open offer: says so and points to a spontaneous application. */
export const TradeWithoutOffers: Story = { args: { feedData: tradesFeed(), trade: 'product-owner' } };

/** A search that matches nothing, with the ways out. */
export const NoMatch: Story = {
  args: { family: 'securite' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('mn-trade-explorer');
    let input: HTMLInputElement | null | undefined;
    for (let i = 0; i < 100 && !(input = el?.shadowRoot?.querySelector<HTMLInputElement>('#search')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (!input) return;
    input.value = 'python';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  },
};

/** A feed with no trade at all. */
export const Empty: Story = { args: { feedData: tradesFeed({ trades: [], offers: [] }) } };

/** While the feed loads. */
export const Loading: Story = { args: { feedData: undefined, feed: `${STORIES_ORIGIN}loading.json` } };

/** The feed server fails: the message and a retry button. */
export const LoadError: Story = {
  name: 'Error',
  args: { feedData: undefined, feed: `${STORIES_ORIGIN}error.json` },
};

/** The network fails but a copy saved on an earlier visit exists: it shows, with a notice. */
export const Stale: Story = {
  args: { feedData: undefined, feed: `${STORIES_ORIGIN}stale.json` },
  loaders: [
    () => {
      try {
        writeSavedFeed(localStorage, `${STORIES_ORIGIN}stale.json`, {
          text: JSON.stringify(sample),
          fetchedAt: Date.UTC(2025, 2, 1, 8, 30),
        });
      } catch {
        // No storage (private mode): the story then shows the error state.
      }
      return {};
    },
  ],
};

/** Dark colour scheme (the page declares `color-scheme: dark`). */
export const Dark: Story = { decorators: [darkPage] };

/** In English. */
export const English: Story = { args: { lang: 'en' } };

/** In a 320 px column (a phone): the family tabs scroll sideways. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 320px">${story()}</div>`],
};
