/**
 * The order of the offer in the page (Tab, screen readers, the heading outline) is the order it is seen in
 * (WCAG 1.3.2 and 2.4.3; RGAA 10.3 and 12.8): header, key facts, how to apply, then the description, at
 * every width, with the application form open or not.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/offer-detail/mn-offer-detail.js';
import '../../../src/components/application-form/mn-application-form.js';
import type { MnOfferDetail } from '../../../src/components/offer-detail/offer-detail.component.js';
import { collapse as clean } from '../../support/text.js';
import { makeTestDocument, makeTestOffer, NOW } from '../offer-card/fixtures.js';

/** Sections with links, so that Tab has stops in the description, from its first line. */
const SECTIONS = {
  mission: '<p><a href="https://www.numerique.gouv.fr/">La DINUM</a> construit des services publics numériques.</p>',
  team: '<p>Une équipe de six personnes.</p>',
  profile: '<ul><li>TypeScript</li><li><a href="https://developer.mozilla.org/">MDN</a></li></ul>',
};

/** The detail of `offer-1` (organisation with a web site: a link in the facts), in a box `width` wide. */
async function showAt(width: string): Promise<MnOfferDetail> {
  // Open for long (the form judges by the real date).
  const { feed, offer } = makeTestOffer({ validThrough: '2099-12-31T23:59:59+01:00' });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}"></div>`);
  const el = document.createElement('mn-offer-detail') as MnOfferDetail;
  Object.assign(el, { now: NOW, offer, feedData: feed, offerDocument: makeTestDocument({ sections: SECTIONS }) });
  const loaded = oneEvent(el, 'mn-load');
  wrapper.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

const root = (el: MnOfferDetail) => el.shadowRoot as ShadowRoot;
const $ = (el: MnOfferDetail, selector: string) => {
  const found = root(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** What Tab stops on, in tab order (no positive tabindex here: the order of the composed tree, shadow roots included). */
function tabStops(from: ParentNode): HTMLElement[] {
  const stops: HTMLElement[] = [];
  for (const child of from.children) {
    if (!(child instanceof HTMLElement)) continue;
    const shown = child.getClientRects().length > 0;
    if (shown && child.matches(FOCUSABLE) && child.tabIndex >= 0 && !(child as HTMLButtonElement).disabled) stops.push(child);
    stops.push(...tabStops(child.shadowRoot ?? child));
  }
  return stops;
}

/** A short name of an element for failure messages. */
function label(element: Element): string {
  const name = clean(element.textContent) || element.getAttribute('name') || element.id;
  return `<${element.localName}> "${name.slice(0, 80)}"`;
}

/**
 * Each element comes at or after the previous one in reading order: never wholly above it, nor wholly to
 * its left on the same line.
 */
function expectReadingOrder(elements: Element[], what: string): void {
  expect(elements.length, `some ${what}`).to.be.greaterThan(1);
  for (let i = 1; i < elements.length; i++) {
    const a = (elements[i - 1] as Element).getBoundingClientRect();
    const b = (elements[i] as Element).getBoundingClientRect();
    const jump = `${what}: ${label(elements[i] as Element)} (${Math.round(b.left)}, ${Math.round(b.top)}) comes after ${label(
      elements[i - 1] as Element,
    )} (${Math.round(a.left)}, ${Math.round(a.top)}) but is seen before it`;
    const above = b.bottom <= a.top + 1;
    const sameLine = b.top < a.bottom - 1 && b.bottom > a.top + 1;
    const leftOnSameLine = sameLine && b.right <= a.left + 1;
    expect(above || leftOnSameLine, jump).to.equal(false);
  }
}

const headings = (el: MnOfferDetail) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];

/** Where the facts, "Postuler" and the description are in the element (the page may scroll to keep "Postuler" in view). */
function landmarks(el: MnOfferDetail) {
  const origin = el.getBoundingClientRect();
  const box = (selector: string) => {
    const { left, top, width } = $(el, selector).getBoundingClientRect();
    return { left: Math.round(left - origin.left), top: Math.round(top - origin.top), width: Math.round(width) };
  };
  return { facts: box('[part=facts]'), button: box('[part=apply-button]'), sections: box('[part=sections]') };
}

async function openForm(el: MnOfferDetail): Promise<void> {
  $(el, '[part=apply-button]').click();
  await el.updateComplete;
  const form = root(el).querySelector('mn-application-form');
  if (!form) throw new Error('the form did not open');
  await customElements.whenDefined('mn-application-form');
  await waitUntil(() => form.shadowRoot?.querySelector('input'), 'the form shows no field');
  await el.updateComplete;
}

describe('<mn-offer-detail> reading order', () => {
  for (const width of ['1100px', '390px']) {
    describe(`in a box ${width} wide`, () => {
      it('Tab goes through the offer in the order it is seen', async () => {
        const el = await showAt(width);
        const stops = tabStops(root(el));
        expect(stops.map(label)).to.deep.equal([
          '<a> "Direction interministérielle du numérique (nouvelle fenêtre)"',
          '<button> "Postuler"',
          '<a> "La DINUM (nouvelle fenêtre)"',
          '<a> "MDN (nouvelle fenêtre)"',
        ]);
        expectReadingOrder(stops, 'Tab');
      });

      it('the headings are read in the order they are seen: facts, then how to apply, then the description', async () => {
        const el = await showAt(width);
        expect(headings(el).map((h) => `${h.localName} ${clean(h.textContent)}`)).to.deep.equal([
          'h2 Développeuse ou développeur full-stack',
          'h3 En bref',
          'h3 Candidater',
          'h3 Mission',
          'h3 Équipe',
          'h3 Profil recherché',
        ]);
        expectReadingOrder(headings(el), 'headings');
      });

      it('"Postuler" comes before the description, so that it is reached without going through it', async () => {
        const el = await showAt(width);
        const button = $(el, '[part=apply-button]').getBoundingClientRect();
        expect(button.bottom).to.be.at.most($(el, '[part=sections]').getBoundingClientRect().top);
        expect(button.top).to.be.at.least($(el, '[part=facts]').getBoundingClientRect().bottom);
      });

      it('opening the form moves nothing above it; Tab still follows what is seen', async () => {
        const el = await showAt(width);
        const before = landmarks(el);
        await openForm(el);
        const after = landmarks(el);
        expect(after.facts, 'the facts panel').to.deep.equal(before.facts);
        expect(after.button, '"Postuler"').to.deep.equal(before.button);
        expect(after.sections.left, 'the description’s side').to.equal(before.sections.left);
        expect(after.sections.top, 'the description, below the form').to.be.greaterThan(before.sections.top);
        const form = $(el, '[part=application]').getBoundingClientRect();
        const top = el.getBoundingClientRect().top;
        expect(form.top - top, 'the form, below "Postuler"').to.be.at.least(before.button.top);
        expect(form.bottom - top, 'the form, above the description').to.be.at.most(after.sections.top + 1);

        const stops = tabStops(root(el));
        expect(stops.length).to.be.greaterThan(8);
        expectReadingOrder(stops, 'Tab, with the form open');
        expectReadingOrder(headings(el), 'headings, with the form open');

        $(el, '[part=apply-button]').click();
        await el.updateComplete;
        expect(landmarks(el)).to.deep.equal(before);
      });
    });
  }
});
