/**
 * RGAA 8.7: the feed's texts (titles, names, descriptions) are in French. On a page in another language,
 * the elements mark them `lang="fr"`, and only them: their own, translated texts keep the element's
 * language. On a French element, nothing is marked.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/offer-card/mn-offer-card.js';
import '../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferCard } from '../../src/components/offer-card/offer-card.component.js';
import type { MnOfferDetail } from '../../src/components/offer-detail/offer-detail.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { loadLang, translate, type MessageKey } from '../../src/i18n/localize.js';
import { FIXTURE_NOW, makeFeed } from '../fixtures/make-feed.js';
import { makeTestDocument, makeTestOffer, NOW } from '../components/offer-card/fixtures.js';
import { cards, choose, countText, renderList, settled } from '../components/offer-list/helpers.js';
import { explorer, type Explorer } from '../components/trade-explorer/helpers.js';
import { tradesFeed } from '../components/trade-explorer/trades-feed.js';
import { click, mount, submitButton, testFeed } from '../components/application-form/helpers.js';
import { collapse as clean } from '../support/text.js';

const shadow = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;

/** A node as the failure messages name it: tag, classes and text. */
function label(node: Element): string {
  const classes = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  return `<${node.localName}${classes}> "${clean(node.textContent).slice(0, 40)}"`;
}

/** The one node `selector` finds in `root`; fails when there is none. */
function one(root: ParentNode, selector: string): Element {
  const node = root.querySelector(selector);
  if (!node) throw new Error(`nothing matches ${selector}`);
  return node;
}

/** Every node `selector` finds in `root`; fails when there is none. */
function all(root: ParentNode, selector: string): Element[] {
  const nodes = [...root.querySelectorAll(selector)];
  if (nodes.length === 0) throw new Error(`nothing matches ${selector}`);
  return nodes;
}

/** The nodes of `el`'s shadow root with a `lang`, and those of the mn-* elements it holds, at any depth. */
function marksDeep(el: Element): Element[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const nested = [...root.querySelectorAll('*')].filter((n) => n.localName.startsWith('mn-'));
  return [...root.querySelectorAll('[lang]'), ...nested.flatMap(marksDeep)];
}

/** Exactly `feedTexts` carry a `lang` in `el`'s own shadow root, and it is `fr`. */
function expectMarkedFrench(el: Element, feedTexts: Element[]): void {
  for (const node of feedTexts) expect(node.getAttribute('lang'), label(node)).to.equal('fr');
  const others = [...shadow(el).querySelectorAll('[lang]')].filter((n) => !feedTexts.includes(n));
  expect(others.map(label), 'marked, but not a text of the feed').to.deep.equal([]);
}

/** `nodes` speak the element's language: no `lang` on them or on what holds them in the shadow root. */
function expectUnmarked(nodes: Element[]): void {
  expect(nodes.length, 'nodes to check').to.be.greaterThan(0);
  for (const node of nodes) expect(node.closest('[lang]'), label(node)).to.equal(null);
}

/** Nothing in `el`, nested elements included, has a `lang`. */
function expectNoMark(el: Element): void {
  expect(marksDeep(el).map(label)).to.deep.equal([]);
}

/** Switches `el` to French, and waits until `french()` says it shows French. */
async function toFrench(el: HTMLElement & { updateComplete: Promise<boolean> }, french: () => boolean): Promise<void> {
  el.lang = 'fr';
  await waitUntil(french, `<${el.localName}> did not switch to French`);
  await el.updateComplete;
}

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const tFr = (key: MessageKey, params?: Record<string, string | number>) => translate('fr', key, params);

describe('French names inside translated sentences (RGAA 8.7)', () => {
  before(async () => {
    await loadLang('en');
  });

  describe('<mn-trade-explorer>', () => {
    /** Opens the trade developpeur, family "Développement", and waits for its offers. */
    async function openTrade(lang: string): Promise<Explorer> {
      const el = await explorer(html`<mn-trade-explorer lang=${lang} trade="developpeur" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const list = one(shadow(el), 'mn-offer-list') as MnOfferList;
      await waitUntil(() => settled(list), 'the offers of the trade did not show');
      await Promise.all(cards(list).map((c) => c.updateComplete));
      return el;
    }

    /** Searches `query` in the family `family` until the explorer says nothing matches. */
    async function searchNothing(lang: string, family: string, query: string): Promise<Explorer> {
      const el = await explorer(html`<mn-trade-explorer lang=${lang} family=${family} .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const input = one(shadow(el), '#search') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: query });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shadow(el).querySelector('.empty p'), 'the search did not say that nothing matches');
      return el;
    }

    it('in English, marks the family’s name in an open trade’s "Family:" line, not the line', async () => {
      const el = await openTrade('en');
      const line = one(shadow(el), '.detail-family');
      expect(clean(line.textContent)).to.equal(clean(t('tradeExplorer.family', { family: 'Développement' })));
      const name = one(line, 'span');
      expect([clean(name.textContent), name.getAttribute('lang')]).to.deep.equal(['Développement', 'fr']);
      expectUnmarked([line]);
      await expect(el).to.be.accessible();
    });

    it('in English, marks the family’s name in the sentence saying that nothing matches, not the sentence', async () => {
      const el = await searchNothing('en', 'securite', 'python');
      const sentence = one(shadow(el), '.empty p');
      expect(clean(sentence.textContent)).to.equal(clean(t('tradeExplorer.empty.searchFamily', { family: 'Sécurité', query: 'python' })));
      const name = one(sentence, 'span');
      expect([clean(name.textContent), name.getAttribute('lang')]).to.deep.equal(['Sécurité', 'fr']);
      expectUnmarked([sentence]);
      await expect(el).to.be.accessible();
    });

    it('in French, marks neither', async () => {
      const opened = await openTrade('fr');
      expect(clean(one(shadow(opened), '.detail-family').textContent)).to.equal(clean(tFr('tradeExplorer.family', { family: 'Développement' })));
      expectNoMark(opened);
      const searched = await searchNothing('fr', 'securite', 'python');
      expect(clean(one(shadow(searched), '.empty p').textContent)).to.equal(
        clean(tFr('tradeExplorer.empty.searchFamily', { family: 'Sécurité', query: 'python' })),
      );
      expectNoMark(searched);
      await expect(searched).to.be.accessible();
    });
  });

  describe('<mn-application-form>', () => {
    /** The test feed, plus a trade of no known family: the form groups it under its own "other jobs". */
    const feedWithOrphan = () => {
      const { feed } = testFeed();
      return { ...feed, trades: [...feed.trades, { id: 'orphelin', name: 'Métier sans famille', family: 'inconnue', missions: [], skills: [] }] };
    };
    /** Each family's list of trades, with what names it (its `aria-labelledby`, in the same shadow root). */
    const namedLists = (el: Element) =>
      all(shadow(el), 'details.family ul').map((list) => {
        expect(list.hasAttribute('aria-label'), 'an aria-label beside aria-labelledby').to.equal(false);
        const name = shadow(el).getElementById(list.getAttribute('aria-labelledby') ?? '');
        if (!name) throw new Error('a family’s list of trades has no name');
        expect(name.closest('summary'), 'the name shown on the family').to.equal(list.closest('details')?.querySelector('summary'));
        return name;
      });

    it('in English, names each family’s trades by the family’s marked name, and leaves "Other trades" unmarked', async () => {
      const { el } = await mount({ lang: 'en', spontaneous: true, feed: feedWithOrphan() });
      const names = namedLists(el);
      expect(names.map((n) => clean(n.textContent))).to.deep.equal([
        'Développement',
        'Données',
        'Infrastructure et production',
        'Sécurité',
        'Pilotage de projet et produit',
        t('applicationForm.trades.otherFamily'),
      ]);
      const other = names.pop() as HTMLElement;
      for (const name of names) expect(name.getAttribute('lang'), label(name)).to.equal('fr');
      expectUnmarked([other]);
      await expect(el).to.be.accessible();
    });

    it('in French, names them alike and marks nothing', async () => {
      const { el } = await mount({ spontaneous: true, feed: feedWithOrphan() });
      expect(namedLists(el).map((n) => clean(n.textContent)).at(-1)).to.equal(tFr('applicationForm.trades.otherFamily'));
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });
  });
});

describe('the feed’s French texts on a page in another language (RGAA 8.7)', () => {
  before(async () => {
    await loadLang('en');
  });

  describe('<mn-offer-card>', () => {
    const card = (lang: string, overrides = {}) => {
      const { feed, offer } = makeTestOffer(overrides);
      return fixture<MnOfferCard>(html`<mn-offer-card lang=${lang} .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
    };

    it('in English, marks the title, organisation, place, excerpt and trade as French, not its own texts', async () => {
      const el = await card('en');
      const root = shadow(el);
      expectMarkedFrench(el, ['.link', '.organisation', 'li.place', '.excerpt', '.trade'].map((s) => one(root, s)));
      expect(clean(one(root, '.tag').textContent)).to.equal(t('contract.NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER'));
      expectUnmarked(['.tag', '.salary', '.posted', '.deadline', '.badge'].flatMap((s) => all(root, s)));
      await expect(el).to.be.accessible();
    });

    it('in English, leaves "Fully remote" in English when it stands for the place', async () => {
      const el = await card('en', { remote: 'FULL', jobLocation: undefined });
      const root = shadow(el);
      const place = one(root, 'li.place');
      expect(clean(place.textContent)).to.equal(t('remote.FULL'));
      expectMarkedFrench(el, ['.link', '.organisation', '.excerpt', '.trade'].map((s) => one(root, s)));
      expectUnmarked([place]);
      await expect(el).to.be.accessible();
    });

    it('unmarks the place when the offer shown becomes fully remote', async () => {
      const el = await card('en');
      expect(one(shadow(el), 'li.place').getAttribute('lang')).to.equal('fr');
      el.offer = makeTestOffer({ remote: 'FULL', jobLocation: undefined }).offer;
      await el.updateComplete;
      const place = one(shadow(el), 'li.place');
      expect(clean(place.textContent)).to.equal(t('remote.FULL'));
      expectUnmarked([place]);
    });

    it('in French, marks nothing', async () => {
      const el = await card('fr');
      expect(clean(one(shadow(el), '.tag').textContent)).to.equal(tFr('contract.NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER'));
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });

    it('drops the marks when switched from English to French', async () => {
      const el = await card('en');
      expect(marksDeep(el)).to.have.length(5);
      await toFrench(el, () => clean(shadow(el).querySelector('.tag')?.textContent) === tFr('contract.NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER'));
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('<mn-offer-detail>', () => {
    /** Renders offer-1 (with its document unless `document: undefined`) and waits for mn-load. */
    async function detail(lang: string, overrides: Record<string, unknown> = {}): Promise<MnOfferDetail> {
      const { feed, offer } = makeTestOffer(overrides);
      const doc = 'document' in overrides ? undefined : makeTestDocument();
      const loaded = oneEvent(document, 'mn-load');
      const el = await fixture<MnOfferDetail>(
        html`<mn-offer-detail lang=${lang} .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${doc}></mn-offer-detail>`,
      );
      await loaded;
      await el.updateComplete;
      return el;
    }
    /** The value of the fact labelled `key` in English. */
    const fact = (el: MnOfferDetail, key: MessageKey): Element => {
      const dt = [...shadow(el).querySelectorAll('dt')].find((d) => clean(d.textContent) === t(key));
      const dd = dt?.nextElementSibling;
      if (!dd) throw new Error(`no fact ${t(key)}`);
      return dd;
    };

    it('in English, marks the title, organisation, facts from the feed and sections as French, not its own texts', async () => {
      const el = await detail('en');
      const root = shadow(el);
      const facts = ['trade', 'location', 'duration', 'education'] as const;
      const fromFeed = facts.map((k) => fact(el, `offerDetail.fact.${k}`));
      // The employer links to its site: its names are marked, not the English "new window" hint of the link.
      const employer = fact(el, 'offerDetail.fact.organisation');
      const names = all(employer, 'span:not(.visually-hidden)');
      expect(names.map((n) => clean(n.textContent)).join('')).to.equal(clean(employer.textContent).replace(` (${t('common.newTab')})`, ''));
      expectUnmarked([one(employer, '.visually-hidden')]);
      const sections = all(root, '.section-body');
      expect(sections).to.have.length(2);
      expectMarkedFrench(el, [one(root, '[part=title] > span'), one(root, '.organisation'), ...fromFeed, ...names, ...sections]);
      expect(clean(fact(el, 'offerDetail.fact.contract').textContent)).to.equal(t('contract.NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER'));
      expect(all(root, '[part=section-title]').map((h) => clean(h.textContent))).to.deep.equal([t('section.mission'), t('section.profile')]);
      expectUnmarked([
        one(root, '[part=title]'),
        fact(el, 'offerDetail.fact.contract'),
        fact(el, 'offerDetail.fact.remote'),
        fact(el, 'offerDetail.fact.posted'),
        ...all(root, 'dt'),
        ...all(root, '[part=section-title]'),
        one(root, '[part=apply-button]'),
      ]);
      await expect(el).to.be.accessible();
    });

    it('in English, marks the excerpt shown instead of the sections, and leaves "Fully remote" in English', async () => {
      const el = await detail('en', { document: undefined, remote: 'FULL', jobLocation: undefined });
      const root = shadow(el);
      const location = fact(el, 'offerDetail.fact.location');
      expect(clean(location.textContent)).to.equal(t('remote.FULL'));
      expectMarkedFrench(el, [
        one(root, '[part=title] > span'),
        one(root, '.organisation'),
        fact(el, 'offerDetail.fact.trade'),
        ...all(fact(el, 'offerDetail.fact.organisation'), 'span:not(.visually-hidden)'),
        one(root, '.excerpt'),
      ]);
      expectUnmarked([location]);
      await expect(el).to.be.accessible();
    });

    it('in English, does not put the application form it opens under a French mark', async () => {
      const el = await detail('en', { validThrough: undefined }); // open today: the form shows its fields
      (one(shadow(el), 'button[part=apply-button]') as HTMLElement).click();
      await el.updateComplete;
      await customElements.whenDefined('mn-application-form');
      const form = one(shadow(el), 'mn-application-form') as HTMLElement & { updateComplete: Promise<boolean> };
      await form.updateComplete;
      expectUnmarked([form]);
      expect(clean(shadow(form).querySelector('button[type="submit"]')?.textContent)).to.equal(t('applicationForm.submit'));
      expectUnmarked([one(shadow(form), 'button[type="submit"]')]);
      await expect(el).to.be.accessible();
    });

    it('in French, marks nothing, in the form it opens either', async () => {
      const el = await detail('fr', { validThrough: undefined }); // open today: the form shows its fields
      expect(all(shadow(el), '.section-body')).to.have.length(2);
      expectNoMark(el);
      await expect(el).to.be.accessible();
      (one(shadow(el), 'button[part=apply-button]') as HTMLElement).click();
      await el.updateComplete;
      await customElements.whenDefined('mn-application-form');
      const form = one(shadow(el), 'mn-application-form') as HTMLElement & { updateComplete: Promise<boolean> };
      await form.updateComplete;
      expect(form.shadowRoot?.querySelector('form')).not.to.equal(null);
      expectNoMark(el);
    });

    it('drops the marks when switched from English to French', async () => {
      const el = await detail('en');
      // Title, organisation, 3 facts, the employer's name and ministry, 2 section bodies.
      expect(marksDeep(el)).to.have.length(10);
      await toFrench(el, () => clean(shadow(el).querySelector('[part=apply-button]')?.textContent) === tFr('offerDetail.apply.platform'));
      expect(all(shadow(el), '.section-body')).to.have.length(2);
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('<mn-trade-explorer>', () => {
    const TAB_NAME = '[role="tab"] > span:first-child';

    it('in English, marks the family tabs, cards’ names, families and descriptions as French, not its own texts', async () => {
      const el = await explorer(html`<mn-trade-explorer lang="en" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const root = shadow(el);
      const [allTab, ...familyTabs] = all(root, TAB_NAME);
      expect(clean(allTab?.textContent)).to.equal(t('tradeExplorer.all'));
      expect(familyTabs).to.have.length(4);
      const cardTexts = ['.card-link', '.card-family', '.card-description'].flatMap((s) => all(root, s));
      expect(cardTexts).to.have.length(21);
      expectMarkedFrench(el, [...familyTabs, ...cardTexts]);
      expectUnmarked([
        allTab as Element,
        ...all(root, '.tab-count'),
        ...all(root, '[role="tab"] .visually-hidden'),
        ...all(root, '.card-offers'),
        one(root, '[role="status"]'),
        ...all(root, '#sort option'),
        one(root, 'label[for="search"]'),
      ]);
      await expect(el).to.be.accessible();
    });

    it('in English, marks the description of the family chosen', async () => {
      const el = await explorer(html`<mn-trade-explorer lang="en" family="donnees" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const root = shadow(el);
      const cardTexts = ['.card-link', '.card-description'].flatMap((s) => all(root, s));
      expect(cardTexts).to.have.length(4);
      expect(root.querySelector('.card-family')).to.equal(null);
      expectMarkedFrench(el, [...all(root, TAB_NAME).slice(1), one(root, '.family-description'), ...cardTexts]);
      expectUnmarked([one(root, '[role="status"]')]);
      await expect(el).to.be.accessible();
    });

    it('in English, marks an open trade’s name, description, missions and skills, not the list of its offers', async () => {
      const el = await explorer(html`<mn-trade-explorer lang="en" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const root = shadow(el);
      (one(root, '.card[data-trade="developpeur"] .card-link') as HTMLElement).click();
      await el.updateComplete;
      expectMarkedFrench(el, [
        one(root, '#detail-title > span'),
        one(root, '.detail-family > span'),
        one(root, '.description'),
        one(root, 'ul.missions'),
        one(root, 'ul.skills'),
      ]);
      expect(all(root, '.fact-title').map((h) => clean(h.textContent))).to.deep.equal([t('tradeExplorer.missions'), t('tradeExplorer.skills')]);
      const list = one(root, 'mn-offer-list') as MnOfferList;
      expectUnmarked([one(root, '#detail-title'), one(root, '.detail-family'), one(root, '[part="back"]'), ...all(root, '.fact-title'), one(root, '.offers-title'), list]);
      await waitUntil(() => settled(list), 'the offers of the trade did not show');
      await Promise.all(cards(list).map((c) => c.updateComplete));
      expect(countText(list)).to.match(/^3 offers\b/);
      await expect(el).to.be.accessible();
    });

    it('in French, marks nothing: grid, family and trade, its list of offers included', async () => {
      const el = await explorer(html`<mn-trade-explorer family="donnees" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(shadow(el).querySelector('.family-description')).not.to.equal(null);
      expectNoMark(el);
      await expect(el).to.be.accessible();
      const detailed = await explorer(html`<mn-trade-explorer trade="developpeur" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const list = one(shadow(detailed), 'mn-offer-list') as MnOfferList;
      await waitUntil(() => settled(list), 'the offers of the trade did not show');
      await Promise.all(cards(list).map((c) => c.updateComplete));
      expect(cards(list)).to.have.length(3);
      expectNoMark(detailed);
      await expect(detailed).to.be.accessible();
    });

    it('drops the marks when switched from English to French', async () => {
      const el: Explorer = await explorer(html`<mn-trade-explorer lang="en" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(marksDeep(el)).to.have.length(25);
      await toFrench(el, () => clean(shadow(el).querySelector('[role="status"]')?.textContent) === '7 métiers');
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('<mn-offer-list>', () => {
    const FEED_SELECTS = ['organisation', 'trade', 'family', 'region', 'departement'];
    const TRANSLATED_SELECTS = ['contract', 'remote', 'category'];
    /** The options of the select `key`, but the first ("all …"). */
    const choices = (el: MnOfferList, key: string): Element[] => all(shadow(el), `select[name="${key}"] option:not([value=""])`);
    const settle = async (el: MnOfferList) => {
      await el.updateComplete;
      await Promise.all(cards(el).map((c) => c.updateComplete));
    };

    it('in English, marks the options named by the feed as French, not the translated ones', async () => {
      const el = await renderList(html`<mn-offer-list lang="en" .feedData=${makeFeed(20)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const root = shadow(el);
      expectMarkedFrench(el, FEED_SELECTS.flatMap((key) => choices(el, key)));
      expect(choices(el, 'contract').map((o) => o.getAttribute('value') ?? '')).to.include('INTERN');
      expectUnmarked([
        ...TRANSLATED_SELECTS.flatMap((key) => choices(el, key)),
        ...all(root, 'option[value=""]'),
        ...all(root, '#sort option'),
        ...all(root, 'label'),
        one(root, 'button[type="submit"]'),
        ...cards(el),
      ]);
      expect(clean(one(root, 'select[name="contract"] option[value="INTERN"]').textContent)).to.match(new RegExp(`^${t('contract.INTERN')} \\(`));
      // The cards the list shows mark their own French texts.
      for (const card of cards(el)) expect(one(shadow(card), '.link').getAttribute('lang'), card.offer?.id).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('in English, marks the chips of the filters named by the feed as French, not the others', async () => {
      const el = await renderList(html`<mn-offer-list lang="en" .feedData=${makeFeed(20)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const root = shadow(el);
      // A translated filter first, then feed names among the offers left.
      for (const key of ['contract', 'region', 'organisation']) await choose(el, key, choices(el, key)[0]?.getAttribute('value') ?? '');
      (one(root, '#keywords') as HTMLInputElement).value = 'data';
      (one(root, 'form') as HTMLFormElement).requestSubmit();
      (one(root, '#beginners') as HTMLInputElement).click();
      await settle(el);
      const chip = (key: string): Element => one(root, `.chip[value="${key}"] .chip-label`);
      const feedOptions = [...root.querySelectorAll('select option:not([value=""])')].filter((o) =>
        FEED_SELECTS.includes(o.closest('select')?.name ?? ''),
      );
      expectMarkedFrench(el, [...feedOptions, chip('organisation'), chip('region')]);
      expectUnmarked(['contract', 'keywords', 'beginners'].map(chip));
      expect(clean(chip('keywords').textContent)).to.equal(t('offerList.keywordsChip', { keywords: 'data' }));
      expect(clean(chip('beginners').textContent)).to.equal(t('beginners'));
      await expect(el).to.be.accessible();

      await toFrench(el, () => clean(chip('keywords').textContent) === clean(tFr('offerList.keywordsChip', { keywords: 'data' })));
      await settle(el);
      expectNoMark(el);
    });

    it('in French, marks nothing, in its cards either', async () => {
      const el = await renderList(html`<mn-offer-list .feedData=${makeFeed(20)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(cards(el).length).to.be.greaterThan(0);
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });

    it('drops the marks when switched from English to French', async () => {
      const el = await renderList(html`<mn-offer-list lang="en" .feedData=${makeFeed(20)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      expect(marksDeep(el).length).to.be.greaterThan(FEED_SELECTS.length);
      await toFrench(el, () => /offres/.test(countText(el)));
      await settle(el);
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('<mn-application-form>', () => {
    it('in English, marks the offer’s title and organisation as French, not its own texts', async () => {
      const { el } = await mount({ lang: 'en' });
      const root = shadow(el);
      const offer = one(root, '[part="offer"]');
      expectMarkedFrench(el, [one(offer, 'strong'), one(offer, '.organisation')]);
      expect(clean(submitButton(el).textContent)).to.equal(t('applicationForm.submit'));
      expectUnmarked([one(offer, '.mention'), submitButton(el), one(root, '[part="title"]'), ...all(root, 'label')]);
      await expect(el).to.be.accessible();
    });

    it('in English, marks the names of the spontaneous form’s families, trades and regions as French', async () => {
      const { el } = await mount({ lang: 'en', spontaneous: true });
      const root = shadow(el);
      const families = all(root, 'details.family summary > span:first-child');
      const trades = all(root, 'details.family label');
      const regions = all(root, 'input[name="regions"] + label');
      expect([families.length, trades.length, regions.length]).to.deep.equal([5, 8, 5]);
      expectMarkedFrench(el, [...families, ...trades, ...regions]);
      const details = one(root, 'details.family') as HTMLDetailsElement;
      details.open = true;
      await waitUntil(() => root.querySelector('details.family[open]'), 'the family did not open');
      await click(el, 'details.family input[name="trades"]');
      const mention = one(details, 'summary .mention');
      expect(clean(mention.textContent)).to.equal(`(${t('applicationForm.trades.chosen', { count: 1 })})`);
      expectUnmarked([mention, ...all(root, 'legend'), ...all(root, 'input[name="status"] + label'), submitButton(el)]);
      await expect(el).to.be.accessible();
    });

    it('in French, marks nothing', async () => {
      const { el } = await mount();
      expect(shadow(el).querySelector('[part="offer"] strong')).not.to.equal(null);
      expectNoMark(el);
      await expect(el).to.be.accessible();
      const { el: spontaneous } = await mount({ spontaneous: true });
      expect(all(shadow(spontaneous), 'details.family label')).to.have.length(8);
      expectNoMark(spontaneous);
      await expect(spontaneous).to.be.accessible();
    });

    it('drops the marks when switched from English to French', async () => {
      const { el } = await mount({ lang: 'en', spontaneous: true });
      expect(marksDeep(el)).to.have.length(18);
      await toFrench(el, () => clean(submitButton(el).textContent) === tFr('applicationForm.submit'));
      expectNoMark(el);
      await expect(el).to.be.accessible();
    });
  });
});
