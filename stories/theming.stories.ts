import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import sample from '../demo/feed/v1/offers.json';
import '../src/components/offer-list/mn-offer-list.js';
import { normaliseFeed } from '../src/data/normalise.js';
import type { Feed } from '../src/data/types.js';

/**
 * The elements draw their colours from `--mn-*` custom properties, which fall back to the DSFR's
 * variables when the page defines them, then to DSFR-like values that follow `color-scheme`.
 * These stories set those variables on a wrapper, as a page would on `:root`.
 */
const feed: Feed = normaliseFeed(sample, 'https://metiers.numerique.gouv.fr/api/feed/v1/offers.json');
const now = feed.generatedAt ?? Date.now();

/** A subset of the DSFR's colour variables, light and dark, as a DSFR page defines them. */
const dsfrLight = `
  --background-default-grey: #ffffff; --background-alt-grey: #f6f6f6; --background-contrast-grey: #eeeeee;
  --background-default-grey-hover: #f6f6f6; --text-default-grey: #3a3a3a; --text-title-grey: #161616;
  --text-mention-grey: #666666; --border-default-grey: #dddddd; --border-plain-grey: #3a3a3a;
  --text-action-high-blue-france: #000091; --background-action-high-blue-france: #000091;
  --text-inverted-blue-france: #f5f5fe; --background-action-low-blue-france: #e3e3fd;
  background: #ffffff; color: #3a3a3a; color-scheme: light;`;
const dsfrDark = `
  --background-default-grey: #161616; --background-alt-grey: #1e1e1e; --background-contrast-grey: #242424;
  --background-default-grey-hover: #343434; --text-default-grey: #cecece; --text-title-grey: #eeeeee;
  --text-mention-grey: #929292; --border-default-grey: #353535; --border-plain-grey: #cecece;
  --text-action-high-blue-france: #8585f6; --background-action-high-blue-france: #8585f6;
  --text-inverted-blue-france: #000091; --background-action-low-blue-france: #1b1b35;
  background: #161616; color: #cecece; color-scheme: dark;`;
/** A ministry's own brand, through the package's tokens only. */
const customBrand = `
  --mn-color-action: #6a1b6e; --mn-color-action-background: #6a1b6e; --mn-color-action-background-hover: #8a2a8f;
  --mn-color-on-action: #ffffff; --mn-color-action-low: #f6e9f7; --mn-offer-card-accent: #6a1b6e;
  --mn-radius: 0.5rem; --mn-offer-card-radius: 0.5rem; --mn-font-family: Georgia, 'Times New Roman', serif;
  background: #ffffff; color: #3a3a3a; color-scheme: light;`;

const render = (style: string) => html`
  <div style="${style} padding: 1rem;">
    <mn-offer-list .feedData=${feed} .now=${now} page-size="3" filters="keywords contract remote"></mn-offer-list>
  </div>
`;

const meta: Meta = {
  title: 'Guides/Theming',
  parameters: { layout: 'fullscreen' },
};
export default meta;

/** A DSFR page in its light theme: the elements take its palette without any setting. */
export const DsfrLight: StoryObj = { render: () => render(dsfrLight) };
/** A DSFR page in its dark theme (`data-fr-theme="dark"`): the same, dark. */
export const DsfrDark: StoryObj = { render: () => render(dsfrDark) };
/** No DSFR: a ministry's own colours, radius and font through `--mn-*` tokens. */
export const CustomBrand: StoryObj = { render: () => render(customBrand) };
/** No variable at all, in a page that declares `color-scheme: dark`: the fallbacks follow it. */
export const FallbacksDark: StoryObj = { render: () => render('background: #161616; color: #cecece; color-scheme: dark;') };
