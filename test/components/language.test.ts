/**
 * The form's and the list's texts are in their language, which may not be the page's (a page in Spanish gets
 * French; the configuration may choose English on a French page): each element says which, for screen readers
 * (RGAA 8.7), and says nothing when the page already speaks it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/components/application-form/mn-application-form.js';
import '../../src/components/offer-list/mn-offer-list.js';
import '../../src/components/offer-card/mn-offer-card.js';
import type { MnApplicationForm } from '../../src/components/application-form/application-form.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { configure } from '../../src/config.js';
import { loadLang } from '../../src/i18n/localize.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { collapse as clean, langOf } from '../support/text.js';

async function inPage<T extends MnApplicationForm | MnOfferList>(lang: string, tag: 'mn-application-form' | 'mn-offer-list'): Promise<T> {
  const feed = makeFeed(3);
  const page = await fixture<HTMLElement>(
    tag === 'mn-application-form'
      ? html`<div lang=${lang}><mn-application-form action="/api/applications" .feedData=${feed}></mn-application-form></div>`
      : html`<div lang=${lang}><mn-offer-list .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-list></div>`,
  );
  const el = page.querySelector(tag) as T;
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector) as Element;

describe('language of the form’s, the list’s and the card’s texts', () => {
  before(() => loadLang('en'));

  it('the form says its French is French on a page in another language, and nothing on a French page', async () => {
    const form = await inPage<MnApplicationForm>('es', 'mn-application-form');
    expect(clean($(form, '[part=title]').textContent)).to.equal('Candidature spontanée');
    expect(langOf($(form, '[part=title]'))).to.equal('fr');
    const french = await inPage<MnApplicationForm>('fr-FR', 'mn-application-form');
    expect($(french, '[part=base]').hasAttribute('lang')).to.equal(false);
    // The page's language changes: the form follows.
    french.parentElement?.setAttribute('lang', 'es');
    await waitUntil(() => $(french, '[part=base]').getAttribute('lang') === 'fr', 'the form did not say its French on a page now in Spanish');
  });

  it('the list says its French is French on a page in another language, and its English when configured so', async () => {
    const list = await inPage<MnOfferList>('es', 'mn-offer-list');
    expect(langOf($(list, '#keywords'))).to.equal('fr');
    configure({ lang: 'en' });
    try {
      const english = await inPage<MnOfferList>('fr', 'mn-offer-list');
      expect(clean($(english, 'label[for="keywords"]').textContent)).to.equal('Keywords');
      expect(langOf($(english, '#keywords'))).to.equal('en');
    } finally {
      configure({ lang: undefined });
    }
  });

  it('a card alone says its French is French on a page in another language, and nothing in a list that does', async () => {
    const feed = makeFeed(1);
    const page = await fixture<HTMLElement>(html`<div lang="es">
      <mn-offer-card .offer=${feed.offers[0]} .feedData=${feed} .now=${FIXTURE_NOW}></mn-offer-card>
    </div>`);
    const card = page.querySelector('mn-offer-card') as HTMLElement & { updateComplete: Promise<unknown> };
    await card.updateComplete;
    expect(langOf($(card, '[part=meta]'))).to.equal('fr');
    const list = await inPage<MnOfferList>('es', 'mn-offer-list');
    await waitUntil(() => list.shadowRoot?.querySelector('mn-offer-card')?.shadowRoot?.querySelector('[part=meta]'), 'no card in the list');
    const inList = list.shadowRoot?.querySelector('mn-offer-card') as HTMLElement;
    expect(langOf($(inList, '[part=meta]'))).to.equal('fr');
    expect($(inList, '[part=base]').hasAttribute('lang'), 'said once, by the list').to.equal(false);
  });
});
