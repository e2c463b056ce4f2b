/**
 * A trade card under the mouse takes the hover background: in dark mode its texts must still read at 4.5:1
 * (WCAG 1.4.3; 3:1 for the title, large text), on a page with DSFR's dark palette and on one without.
 */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { $$, explorer } from './helpers.js';
import { tradesFeed } from './trades-feed.js';

type RGB = [number, number, number];

/** A computed colour (`rgb()` 0–255 or `color(srgb …)` 0–1) as RGB; null when mostly transparent. */
function rgb(value: string): RGB | null {
  const n = (value.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  const c = value.startsWith('color(srgb') ? n.map((v, i) => (i < 3 ? v * 255 : v)) : n;
  return c.length > 3 && (c[3] as number) < 0.5 ? null : [c[0] as number, c[1] as number, c[2] as number];
}

const luminance = (color: RGB) =>
  color
    .map((c) => c / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] as number), 0);

/** Contrast of an element's text with the first opaque background at or above it, two decimals. */
function contrastOf(element: Element): number {
  let background: RGB | null = null;
  for (let node: Element | null = element; node && !background; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    background = rgb(getComputedStyle(node).backgroundColor);
  }
  const [a, b] = [luminance(rgb(getComputedStyle(element).color) as RGB), luminance(background ?? [255, 255, 255])].sort((x, y) => y - x) as [number, number];
  return Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100;
}

/** DSFR's dark palette, as a page that uses it sets it. */
const DSFR_DARK = `color-scheme: dark; background: #161616; --text-title-grey: #eeeeee; --text-default-grey: #cecece;
  --text-mention-grey: #929292; --text-action-high-blue-france: #8585f6; --text-default-success: #27a658;
  --background-default-grey: #161616; --background-default-grey-hover: #343434; --border-default-grey: #353535;`;

describe('<mn-trade-explorer> in dark mode, a card under the mouse', () => {
  afterEach(() => resetMouse());

  for (const [name, style] of [
    ['a DSFR page', DSFR_DARK],
    ['a page without DSFR variables', 'color-scheme: dark; background: #161616;'],
  ]) {
    it(`keeps its texts readable on ${name}`, async () => {
      const el = await explorer(html`<mn-trade-explorer style=${style} .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const low: string[] = [];
      for (const card of $$(el, '.card')) {
        card.scrollIntoView({ block: 'center' });
        const box = card.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height - 4)] });
        // Once the background has changed (it fades).
        await Promise.all(card.getAnimations().map((a) => a.finished));
        for (const text of card.querySelectorAll('.card-title, p')) {
          const size = parseFloat(getComputedStyle(text).fontSize);
          const large = size >= 24 || (Number(getComputedStyle(text).fontWeight) >= 700 && size >= 18.66);
          const ratio = contrastOf(text);
          if (ratio < (large ? 3 : 4.5)) low.push(`${text.className} «${text.textContent?.trim().slice(0, 20)}» ${ratio}`);
        }
      }
      expect(low).to.deep.equal([]);
    });
  }
});
