import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/components/offer-detail/mn-offer-detail.js';
import type { MnApplicationForm } from '../../src/components/application-form/application-form.component.js';
import type { MnOfferCard } from '../../src/components/offer-card/offer-card.component.js';
import type { MnOfferDetail } from '../../src/components/offer-detail/offer-detail.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { configure } from '../../src/config.js';
import { loadLang, translate, type Lang, type MessageKey } from '../../src/i18n/localize.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { $, $$, cards, choose, countText, optionTexts, renderList, settled } from '../components/offer-list/helpers.js';
import { makeTestDocument, makeTestOffer, NOW } from '../components/offer-card/fixtures.js';
import { collapse as clean } from '../support/text.js';


/** The tags a card shows (contracts, remote work, categories…), as read. */
const tagsOf = (card: MnOfferCard): string[] => [...(card.shadowRoot?.querySelectorAll('.tag') ?? [])].map((t) => clean(t.textContent));

/** The labels of the offer's contracts and categories in `lang`, from the catalogue. */
function expectedTags(card: MnOfferCard, lang: Lang): string[] {
  const offer = card.offer;
  if (!offer) throw new Error('a card without its offer');
  return [
    ...offer.employmentType.map((c) => translate(lang, `contract.${c}` as MessageKey)),
    ...offer.category.map((c) => translate(lang, `category.${c}` as MessageKey)),
  ];
}

describe('languages of nested elements', () => {
  before(async () => {
    await loadLang('en');
  });

  it('a list translates its filter options and chips when the language changes', async () => {
    const section = await fixture<HTMLElement>(html`<section lang="fr"><mn-offer-list .feedData=${makeFeed(60)} .now=${FIXTURE_NOW}></mn-offer-list></section>`);
    const list = section.querySelector('mn-offer-list') as MnOfferList;
    await waitUntil(() => settled(list), 'the list did not show its offers');
    expect($<HTMLSelectElement>(list, 'select[name="contract"]').querySelector('option[value="INTERN"]'), 'an internship to choose').not.to.equal(null);
    await choose(list, 'contract', 'INTERN');
    const chips = () => $$(list, '.chip-label').map((c) => clean(c.textContent));
    expect(chips()).to.deep.equal([translate('fr', 'contract.INTERN')]);

    section.lang = 'en';
    await waitUntil(() => /offers?\b/.test(countText(list)), 'the list did not switch to English');
    await list.updateComplete;
    const select = $<HTMLSelectElement>(list, 'select[name="contract"]');
    const options = [...select.options];
    expect(options.length).to.be.greaterThan(2);
    expect(options[0]?.text).to.equal(translate('en', 'offerList.any.contract'));
    for (const option of options.slice(1)) {
      const label = translate('en', `contract.${option.value}` as MessageKey);
      expect(option.text.startsWith(`${label} (`), `"${option.text}" reads "${label} (…)"`).to.equal(true);
    }
    expect(select.value).to.equal('INTERN');
    expect(chips()).to.deep.equal([translate('en', 'contract.INTERN')]);
    expect(optionTexts(list, 'contract').join(' ')).not.to.contain(translate('fr', 'contract.INTERN'));
  });

  it('the cards of an English list speak English on a page configured in French', async () => {
    configure({ lang: 'fr' });
    try {
      const list = await renderList(html`<mn-offer-list lang="en" .feedData=${makeFeed(10)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(countText(list)).to.match(/^\d+ offers\b/);
      expect(cards(list).length).to.be.greaterThan(0);
      for (const card of cards(list)) {
        expect(tagsOf(card), card.offer?.id).to.include.members(expectedTags(card, 'en'));
        const english = expectedTags(card, 'en');
        const french = expectedTags(card, 'fr').filter((label) => !english.includes(label)); // 'Freelance' is both
        for (const label of french) expect(tagsOf(card), card.offer?.id).not.to.include(label);
      }
    } finally {
      configure({ lang: undefined });
    }
  });

  it('the application form opened in a detail follows the page to English', async () => {
    const { feed, offer } = makeTestOffer({ validThrough: undefined }); // open today: the form shows its fields
    const loaded = oneEvent(document, 'mn-load');
    const section = await fixture<HTMLElement>(html`<section lang="fr">
      <mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${makeTestDocument()}></mn-offer-detail>
    </section>`);
    const detail = section.querySelector('mn-offer-detail') as MnOfferDetail;
    await loaded;
    await detail.updateComplete;
    detail.shadowRoot?.querySelector<HTMLButtonElement>('button[part=apply-button]')?.click();
    await customElements.whenDefined('mn-application-form');
    await detail.updateComplete;
    const form = detail.shadowRoot?.querySelector('mn-application-form') as MnApplicationForm;
    await form.updateComplete;
    const title = () => clean(form.shadowRoot?.querySelector('[part="title"]')?.textContent);
    const submit = () => clean(form.shadowRoot?.querySelector('button[type="submit"]')?.textContent);
    expect(title()).to.equal(translate('fr', 'applicationForm.title.offer'));
    expect(submit()).to.equal(translate('fr', 'applicationForm.submit'));

    section.lang = 'en';
    await waitUntil(
      () => clean(detail.shadowRoot?.querySelector('[part="apply-title"]')?.textContent) === translate('en', 'offerDetail.apply'),
      'the detail did not switch to English',
    );
    await form.updateComplete;
    expect(title()).to.equal(translate('en', 'applicationForm.title.offer'));
    expect(submit()).to.equal(translate('en', 'applicationForm.submit'));
  });
});

describe('languages inside a shadow root (an element of a framework component)', () => {
  before(async () => {
    await loadLang('en');
  });

  /** A card in the shadow root of a plain component, as Lit, Angular or Stencil components render it. */
  async function cardInShadow(): Promise<{ outer: HTMLElement; wrapper: HTMLElement; card: MnOfferCard }> {
    const { feed, offer } = makeTestOffer();
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    const card = document.createElement('mn-offer-card') as MnOfferCard;
    card.offer = offer;
    card.feedData = feed;
    card.now = NOW;
    wrapper.append(card);
    shadow.append(wrapper);
    await card.updateComplete;
    return { outer, wrapper, card };
  }

  /** What the card says (its date line reads "Publiée le …" or "Posted on …"). */
  const applyText = (card: MnOfferCard) => clean(card.shadowRoot?.textContent);

  it('follows a lang set on the element itself', async () => {
    const { card } = await cardInShadow();
    const french = applyText(card);
    expect(french).to.match(/Publiée/);
    card.setAttribute('lang', 'en');
    await waitUntil(() => !/Publiée/.test(applyText(card)), 'the card did not switch to English');
    expect(applyText(card)).to.match(/Posted/);
  });

  it('follows a lang changed in the same task as the last element of another shadow root leaves', async () => {
    const first = await cardInShadow();
    const second = await cardInShadow();
    // In one task: the language changes around the first card, and the second, alone in its shadow root, leaves.
    first.wrapper.setAttribute('lang', 'en');
    second.card.remove();
    await waitUntil(() => /Posted/.test(applyText(first.card)), 'the change of language was lost');
    first.outer.remove();
    second.outer.remove();
  });

  it('follows a lang set on an ancestor inside the shadow root, both ways', async () => {
    const { outer, wrapper, card } = await cardInShadow();
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => /Posted/.test(applyText(card)), 'the card did not switch to English');
    wrapper.setAttribute('lang', 'fr');
    await waitUntil(() => /Publiée/.test(applyText(card)), 'the card did not switch back to French');
    outer.remove();
  });
});
