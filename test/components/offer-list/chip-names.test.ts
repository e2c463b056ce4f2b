import { expect, html } from '@open-wc/testing';
import type { MnOfferList } from '../../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed } from '../../fixtures/make-feed.js';
import { $$, choose, nameFromContent, renderList, textWithout } from './helpers.js';

const feed = makeFeed(120);

/** The text a sighted visitor sees on a chip: what is neither visually hidden nor aria-hidden… */
const visibleText = (chip: Element): string => textWithout(chip, isVisuallyHidden);

/** …where visually hidden means drawn in a box of at most one pixel, clipped away. */
function isVisuallyHidden(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1 && getComputedStyle(node).position === 'absolute';
}

const chips = (el: MnOfferList) => $$<HTMLButtonElement>(el, '.chip');

describe('<mn-offer-list> chips’ names (RGAA 8.7)', () => {
  it('name each chip by its content, "Retirer le filtre : …", and show only the filter', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    await choose(el, 'region', '53');
    await choose(el, 'contract', 'CONTRACT_WORKER_ONLY');

    expect(chips(el).map(nameFromContent)).to.deep.equal([
      'Retirer le filtre : Bretagne',
      'Retirer le filtre : Contractuels uniquement',
    ]);
    expect(chips(el).map(visibleText)).to.deep.equal(['Bretagne', 'Contractuels uniquement']);
    // Nothing marked as another language on a French list.
    expect(chips(el).flatMap((c) => [...c.querySelectorAll('[lang]')])).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('in English, keep the feed’s French name marked inside the name', async () => {
    const el = await renderList(html`<mn-offer-list lang="en" .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    await choose(el, 'region', '84');
    await choose(el, 'contract', 'CONTRACT_WORKER_ONLY');
    const [region, contract] = chips(el) as [HTMLButtonElement, HTMLButtonElement];

    expect(nameFromContent(region)).to.equal('Remove filter: Auvergne-Rhône-Alpes');
    expect(visibleText(region)).to.equal('Auvergne-Rhône-Alpes');
    const marked = [...region.querySelectorAll('[lang]')];
    expect(marked.map((m) => [m.getAttribute('lang'), m.textContent])).to.deep.equal([['fr', 'Auvergne-Rhône-Alpes']]);

    // A translated filter speaks the list's language.
    expect(nameFromContent(contract)).to.equal('Remove filter: Contract workers only');
    expect(contract.querySelector('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<mn-offer-list> count after a chip is removed', () => {
  it('is written anew, so that screen readers announce it, even when it reads the same', async () => {
    const el = await renderList(html`<mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list>`);
    const count = () => el.shadowRoot?.querySelector('#count [role="status"]') as HTMLElement; // the live region
    await choose(el, 'region', '53');
    const field = el.shadowRoot?.querySelector('#keywords') as HTMLInputElement;
    field.value = 'zzzqqq';
    field.form?.requestSubmit();
    await el.updateComplete;
    expect(chips(el)).to.have.length(2);
    const before = count().textContent;
    expect(before).to.equal('Aucune offre');
    const node = [...count().childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent === before);
    chips(el)
      .find((c) => nameFromContent(c) === 'Retirer le filtre : Bretagne')
      ?.click();
    await el.updateComplete;
    expect(chips(el)).to.have.length(1);
    expect(count().textContent).to.equal(before);
    const now = [...count().childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent === before);
    expect(now !== undefined && now !== node, 'the same text node: no announcement').to.equal(true);
  });
});
