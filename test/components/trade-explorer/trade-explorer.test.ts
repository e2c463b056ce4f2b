import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { MnLoadEvent } from '../../../src/events/mn-load.js';
import type { MnTradeSelectEvent } from '../../../src/events/mn-trade-select.js';
import { tradesFeed } from './trades-feed.js';
import { $, $$, cardNames, countText, explorer, focused, selectedTab, tabNames, text, type Explorer } from './helpers.js';

/** Types into the search field, then presses Enter (which skips the debounce). */
async function search(el: Explorer, query: string): Promise<void> {
  const input = $(el, '#search') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: query });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('<mn-trade-explorer>', () => {
  describe('grid', () => {
    it('shows every trade by name with its description and open offers', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(cardNames(el)).to.deep.equal([
        'Architecte logiciel',
        'Cheffe / Chef de projet maîtrise d’œuvre SI',
        'Data scientist',
        'Développeuse / Développeur',
        'Ingénieure / Ingénieur des données',
        'Product owner',
        'Responsable de la sécurité des systèmes d’information',
      ]);
      expect(countText(el)).to.equal('7 métiers');
      const dev = $$(el, '.card').find((c) => c.dataset.trade === 'developpeur');
      expect(text(dev?.querySelector('.card-description'))).to.match(/^Conçoit, développe/);
      expect(text(dev?.querySelector('.card-offers'))).to.equal('3 offres ouvertes');
      expect(text(dev?.querySelector('.card-family'))).to.equal('Développement');
      const archi = $$(el, '.card').find((c) => c.dataset.trade === 'architecte-logiciel');
      expect(text(archi?.querySelector('.card-offers'))).to.equal('1 offre ouverte');
      const po = $$(el, '.card').find((c) => c.dataset.trade === 'product-owner');
      expect(text(po?.querySelector('.card-offers'))).to.equal('Aucune offre ouverte');
      await expect(el).to.be.accessible();
    });

    it('lists the trades in a list, each titled by a heading holding its button', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect($(el, 'ul.cards').children).to.have.length(7);
      const heading = $(el, '.card-title');
      expect(heading.tagName).to.equal('H2');
      expect(heading.querySelector('button')?.textContent?.trim()).to.equal('Architecte logiciel');
    });

    it('uses heading-level for the trade headings', async () => {
      const el = await explorer(html`<mn-trade-explorer heading-level="4" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect($(el, '.card-title').tagName).to.equal('H4');
    });

    it('fires mn-load with the number of trades shown', async () => {
      const feed = tradesFeed();
      const loaded = new Promise<MnLoadEvent>((resolve) => {
        document.addEventListener('mn-load', (e) => resolve(e), { once: true });
      });
      await explorer(html`<mn-trade-explorer family="donnees" .feedData=${feed}></mn-trade-explorer>`);
      const event = await loaded;
      expect(event).to.be.instanceOf(MnLoadEvent);
      expect(event.count).to.equal(2);
      expect(event.stale).to.equal(false);
    });

    it('hides the trades without open offer with hide-empty', async () => {
      const el = await explorer(html`<mn-trade-explorer hide-empty .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(cardNames(el)).to.have.length(4);
      expect(tabNames(el)).to.deep.equal(['Toutes', 'Développement', 'Données', 'Sécurité']);
      expect($$(el, '.card-offers.none')).to.have.length(0);
    });

    it('speaks English', async () => {
      const el = await explorer(html`<mn-trade-explorer lang="en" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(countText(el)).to.equal('7 trades');
      expect(tabNames(el)[0]).to.equal('All');
      expect(text($(el, 'label[for="search"]'))).to.equal('Search for a trade');
      await expect(el).to.be.accessible();
    });
  });

  describe('family tabs', () => {
    it('shows a tab per family after "Toutes", each with its trade count', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const tablist = $(el, '[role="tablist"]');
      expect(tablist.getAttribute('aria-label')).to.equal('Familles de métiers');
      expect(tabNames(el)).to.deep.equal(['Toutes', 'Développement', 'Données', 'Sécurité', 'Projet / Produit']);
      expect($$(el, '.tab-count').map(text)).to.deep.equal(['7', '2', '2', '1', '2']);
      expect(text($$(el, '[role="tab"]')[2]?.querySelector('.visually-hidden'))).to.equal('(2 métiers)');
      expect(selectedTab(el).id).to.equal('tab-0');
      const panel = $(el, '[role="tabpanel"]');
      expect(panel.getAttribute('aria-labelledby')).to.equal('tab-0');
      expect($$(el, '[role="tab"]').every((t) => t.getAttribute('aria-controls') === panel.id)).to.equal(true);
    });

    it('selects a family on click', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      $$(el, '[role="tab"]')[3]?.click();
      await el.updateComplete;
      expect(text(selectedTab(el).firstElementChild)).to.equal('Sécurité');
      expect(cardNames(el)).to.deep.equal(['Responsable de la sécurité des systèmes d’information']);
      expect(countText(el)).to.equal('1 métier');
      expect($(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-3');
      // The family is not repeated on the cards of a family tab.
      expect($$(el, '.card-family')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('moves with the arrow keys (wrapping), Home and End, selecting as it goes', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const tabs = $$(el, '[role="tab"]');
      tabs[0]?.focus();

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs[1]);
      expect(selectedTab(el)).to.equal(tabs[1]);
      expect(cardNames(el)).to.deep.equal(['Architecte logiciel', 'Développeuse / Développeur']);

      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs[4]);
      expect(text(selectedTab(el).firstElementChild)).to.equal('Projet / Produit');

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs[0]);
      expect(selectedTab(el)).to.equal(tabs[0]);

      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs[4]);

      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focused(el)).to.equal(tabs[0]);
      expect(cardNames(el)).to.have.length(7);
    });

    it('says a family\'s count once, in the tab\'s name: the live count speaks for searches only', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      // What a screen reader is told: the text that changes inside a live region already in the page.
      const said: string[] = [];
      const heard = (records: MutationRecord[]) => {
        for (const { target } of records) {
          const region = (target instanceof Element ? target : target.parentElement)?.closest('[role="status"]');
          if (region) said.push(text(region));
        }
      };
      const observer = new MutationObserver(heard);
      observer.observe(el.shadowRoot as ShadowRoot, { childList: true, subtree: true, characterData: true });
      const tabs = $$(el, '[role="tab"]');
      tabs[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      tabs[3]?.click();
      await el.updateComplete;
      heard(observer.takeRecords());
      expect(said, 'said again by the live count').to.deep.equal([]);
      expect(countText(el), 'the count still shown').to.equal('1 métier');
      expect(text(selectedTab(el)), 'said by the tab').to.match(/\(1 métier\)$/);

      await search(el, 'python');
      heard(observer.takeRecords());
      observer.disconnect();
      expect(said.at(-1), 'a search is said').to.equal('Aucun métier');
    });

    it('keeps one tab in the tab sequence (roving tabindex)', async () => {
      const el = await explorer(html`<mn-trade-explorer family="donnees" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const tabs = $$(el, '[role="tab"]');
      expect(tabs.map((t) => t.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0', '-1', '-1']);
      // Tab from the tab list goes into the panel, to the first trade.
      tabs[2]?.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal($(el, '.card-link'));
    });

    it('opens on the family given by the family attribute', async () => {
      const el = await explorer(html`<mn-trade-explorer family="donnees" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(text(selectedTab(el).firstElementChild)).to.equal('Données');
      expect(cardNames(el)).to.deep.equal(['Data scientist', 'Ingénieure / Ingénieur des données']);
      expect(text($(el, '[part="family-description"]'))).to.equal('Collecter, analyser et valoriser les données publiques.');
      el.family = 'securite';
      await el.updateComplete;
      expect(text(selectedTab(el).firstElementChild)).to.equal('Sécurité');
      expect($$(el, '[part="family-description"]')).to.have.length(0);
    });

    it('shows every family for an unknown family', async () => {
      const el = await explorer(html`<mn-trade-explorer family="astronomie" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(selectedTab(el).id).to.equal('tab-0');
      expect(cardNames(el)).to.have.length(7);
    });
  });

  describe('search', () => {
    it('has a labelled field with a hint', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const input = $(el, '#search') as HTMLInputElement;
      expect(input.type).to.equal('search');
      expect(text($(el, 'label[for="search"]'))).to.equal('Rechercher un métier');
      expect(text($(el, `#${input.getAttribute('aria-describedby') ?? ''}`))).to.match(/compétence/);
    });

    it('filters the trades, ignoring accents, in names, descriptions, missions and skills', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const input = $(el, '#search') as HTMLInputElement;
      input.focus();
      // (No doubled letters: WebKit's driver drops the second of two equal keys in a row.)
      await sendKeys({ type: 'securite' });
      // The search follows the typing after a short pause.
      await waitUntil(() => countText(el) === '1 métier', 'the search did not apply', { timeout: 3000 });
      expect(cardNames(el)).to.deep.equal(['Responsable de la sécurité des systèmes d’information']);
      // The tab counts follow the search.
      expect($$(el, '.tab-count').map(text)).to.deep.equal(['1', '0', '0', '1', '0']);
      await search(el, 'Méthodes agiles');
      expect(cardNames(el)).to.deep.equal(['Cheffe / Chef de projet maîtrise d’œuvre SI', 'Product owner']);
      await search(el, 'python');
      expect(countText(el)).to.equal('1 métier');
      expect(cardNames(el)).to.deep.equal(['Data scientist']);
    });

    it('says when nothing matches, and clears the search', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      await search(el, 'astronaute');
      expect(countText(el)).to.equal('Aucun métier');
      expect(text($(el, '.empty p'))).to.equal('Aucun métier ne correspond à « astronaute ».');
      await expect(el).to.be.accessible();
      const clear = $$(el, '.empty button').find((b) => text(b) === 'Effacer la recherche');
      clear?.click();
      await el.updateComplete;
      expect(countText(el)).to.equal('7 métiers');
      expect(($(el, '#search') as HTMLInputElement).value).to.equal('');
      expect(focused(el)).to.equal($(el, '#search'));
    });

    it('matches no trade for a search without a word (emoji, symbols), and blanks search nothing', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      // (No doubled key: WebKitWebDriver drops the second of two equal keys in a row.)
      for (const query of ['🦄', '★☆', '^']) {
        if (query === '🦄') {
          // Entered at once, as an emoji picker does (WebKitWebDriver types nothing beyond the BMP).
          const input = $(el, '#search') as HTMLInputElement;
          input.value = query;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
          input.focus();
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        } else {
          await search(el, query);
        }
        expect([countText(el), cardNames(el)], query).to.deep.equal(['Aucun métier', []]);
        expect(text($(el, '.empty p'))).to.equal(`Aucun métier ne correspond à « ${query} ».`);
        expect($$(el, '.tab-count').map(text)).to.deep.equal(['0', '0', '0', '0', '0']);
      }
      await expect(el).to.be.accessible();
      await search(el, ' ');
      expect(countText(el)).to.equal('7 métiers');
    });

    it('offers to search every family when the matches are in other families', async () => {
      const el = await explorer(html`<mn-trade-explorer family="securite" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      await search(el, 'python');
      expect(countText(el)).to.equal('Aucun métier');
      expect(text($(el, '.empty p'))).to.equal('Aucun métier de la famille « Sécurité » ne correspond à « python ».');
      const all = $$(el, '.empty button').find((b) => text(b) === 'Chercher dans toutes les familles');
      all?.click();
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Data scientist']);
      expect(focused(el)).to.equal(selectedTab(el));
      expect(selectedTab(el).id).to.equal('tab-0');
    });

    it('searches at once on Enter', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const input = $(el, '#search') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: 'backlog' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cardNames(el)).to.deep.equal(['Product owner']);
    });
  });

  describe('sort', () => {
    it('sorts by open offers when chosen', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const select = $(el, '#sort') as HTMLSelectElement;
      expect(text($(el, 'label[for="sort"]'))).to.equal('Trier par');
      select.value = 'offers';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(cardNames(el).slice(0, 3)).to.deep.equal(['Développeuse / Développeur', 'Data scientist', 'Architecte logiciel']);
    });

    it('shows the order the page sets later, after the visitor chose one and then the other', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const select = $(el, '#sort') as HTMLSelectElement;
      for (const value of ['offers', 'name']) {
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      }
      el.setAttribute('sort', 'offers');
      await el.updateComplete;
      expect(cardNames(el)[0]).to.equal('Développeuse / Développeur');
      expect(select.value, 'the sort menu').to.equal('offers');
    });

    it('starts with the order of the sort attribute', async () => {
      const el = await explorer(html`<mn-trade-explorer sort="offers" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(($(el, '#sort') as HTMLSelectElement).value).to.equal('offers');
      expect(cardNames(el)[0]).to.equal('Développeuse / Développeur');
    });
  });

  describe('trade detail', () => {
    it('opens a trade in place with its details and open offers, and focuses its title', async () => {
      const feed = tradesFeed();
      const el = await explorer(html`<mn-trade-explorer .feedData=${feed}></mn-trade-explorer>`);
      const button = $$(el, '.card').find((c) => c.dataset.trade === 'developpeur')?.querySelector('button');
      setTimeout(() => button?.click());
      const event = (await oneEvent(el, 'mn-trade-select')) as MnTradeSelectEvent;
      expect(event.tradeId).to.equal('developpeur');
      expect(event.trade.name).to.equal('Développeuse / Développeur');
      expect(event.openOffers).to.equal(3);
      expect(event.cancelable).to.equal(true);
      await el.updateComplete;

      const title = $(el, '#detail-title');
      expect(title.tagName).to.equal('H2');
      expect(text(title)).to.equal('Développeuse / Développeur');
      expect(focused(el)).to.equal(title);
      expect(text($(el, '.detail-family'))).to.equal('Famille : Développement');
      expect(text($(el, '[part="description"]'))).to.match(/^Conçoit/);
      expect($$(el, '.missions li').map(text)).to.deep.equal([
        'Développer de nouvelles fonctionnalités',
        'Écrire des tests automatisés',
        'Relire le code de l’équipe',
      ]);
      expect($$(el, '.skills li').map(text)).to.deep.equal(['JavaScript', 'Java', 'Git', 'Accessibilité numérique']);
      expect($$(el, '.fact-title').map((h) => h.tagName)).to.deep.equal(['H3', 'H3']);
      expect(text($(el, '.offers-title'))).to.equal('Offres ouvertes pour ce métier (3)');

      const list = $(el, 'mn-offer-list') as HTMLElement & { feedData?: unknown };
      expect(list.getAttribute('trade')).to.equal('developpeur');
      expect(list.getAttribute('filters')).to.equal('keywords region contract remote');
      expect(list.getAttribute('heading-level')).to.equal('4');
      expect(list.feedData).to.equal(feed);
      expect($$(el, '.cards')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('links the open offers of a trade to the page of href-template', async () => {
      const el = await explorer(html`<mn-trade-explorer href-template="/emploi/offre?id={id}" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const listLoaded = new Promise((resolve) => {
        el.shadowRoot?.addEventListener('mn-load', resolve, { once: true, capture: true });
      });
      const card = $$(el, '.card').find((c) => c.dataset.trade === 'developpeur');
      (card?.querySelector('.card-link') as HTMLElement).click();
      await el.updateComplete;
      await listLoaded;
      const list = $(el, 'mn-offer-list') as HTMLElement & { updateComplete: Promise<boolean> };
      await list.updateComplete;
      const cards = [...(list.shadowRoot?.querySelectorAll<HTMLElement & { offer?: { id: string }; updateComplete: Promise<boolean> }>('mn-offer-card') ?? [])];
      expect(cards).to.have.length(3);
      await Promise.all(cards.map((c) => c.updateComplete));
      for (const c of cards) {
        const href = c.shadowRoot?.querySelector<HTMLAnchorElement>('a.link')?.href;
        expect(href).to.equal(new URL(`/emploi/offre?id=${encodeURIComponent(c.offer?.id ?? '')}`, document.baseURI).href);
      }
    });

    it('keeps the offer list\'s own mn-load inside', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const loads: Event[] = [];
      el.addEventListener('mn-load', (e) => loads.push(e));
      const listLoaded = new Promise((resolve) => {
        el.shadowRoot?.addEventListener('mn-load', resolve, { once: true, capture: true });
      });
      const card = $$(el, '.card').find((c) => c.dataset.trade === 'developpeur');
      (card?.querySelector('.card-link') as HTMLElement).click();
      await el.updateComplete;
      await listLoaded;
      expect(loads).to.have.length(0);
    });

    it('opens a trade with the keyboard', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      $(el, '.card-link').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(text($(el, '#detail-title'))).to.equal('Architecte logiciel');
      expect(focused(el)).to.equal($(el, '#detail-title'));
    });

    it('goes back to the grid and to the trade that was opened', async () => {
      const el = await explorer(html`<mn-trade-explorer family="donnees" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      await search(el, 'ingenieur');
      ($$(el, '.card-link')[0] as HTMLElement).click();
      await el.updateComplete;
      const back = $(el, '[part="back"]');
      expect(text(back)).to.equal('← Retour aux métiers');
      back.click();
      await el.updateComplete;
      // The grid is as it was: family, search and focus on the trade.
      expect(text(selectedTab(el).firstElementChild)).to.equal('Données');
      expect(($(el, '#search') as HTMLInputElement).value).to.equal('ingenieur');
      expect(cardNames(el)).to.deep.equal(['Ingénieure / Ingénieur des données']);
      expect(focused(el)).to.equal($(el, '.card-link'));
    });

    it('lets the host take over by cancelling mn-trade-select', async () => {
      const el = await explorer(html`<mn-trade-explorer .feedData=${tradesFeed()}></mn-trade-explorer>`);
      let tradeId = '';
      el.addEventListener('mn-trade-select', (e) => {
        tradeId = e.tradeId;
        e.preventDefault();
      });
      $(el, '.card-link').click();
      await el.updateComplete;
      expect(tradeId).to.equal('architecte-logiciel');
      expect($$(el, '.detail')).to.have.length(0);
      expect(cardNames(el)).to.have.length(7);
    });

    it('opens the trade of the trade attribute at once, without taking the focus', async () => {
      const el = await explorer(html`<mn-trade-explorer trade="data-scientist" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(text($(el, '#detail-title'))).to.equal('Data scientist');
      expect(focused(el)).to.equal(null);
      $(el, '[part="back"]').click();
      await el.updateComplete;
      expect(cardNames(el)).to.have.length(7);
      expect(focused(el)).to.equal($$(el, '.card-link')[2]);
    });

    it('shows the grid for an unknown trade', async () => {
      const el = await explorer(html`<mn-trade-explorer trade="astronaute" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      expect(cardNames(el)).to.have.length(7);
    });

    it('says when a trade has no open offer and points to a spontaneous application', async () => {
      const el = await explorer(html`<mn-trade-explorer
        trade="product-owner"
        spontaneous-href="https://example.org/candidature-spontanee"
        .feedData=${tradesFeed()}
      ></mn-trade-explorer>`);
      expect(text($(el, '.offers-title'))).to.equal('Offres ouvertes pour ce métier (0)');
      expect($$(el, 'mn-offer-list')).to.have.length(0);
      const notice = $(el, '[part="no-offers"]');
      expect(text(notice.querySelector('p'))).to.equal('Aucune offre n’est ouverte pour ce métier en ce moment.');
      const link = notice.querySelector('a');
      expect(text(link)).to.equal('Proposer une candidature spontanée');
      expect(link?.getAttribute('href')).to.equal('https://example.org/candidature-spontanee');
      await expect(el).to.be.accessible();
    });

    it('without a spontaneous-application link, invites to come back', async () => {
      const el = await explorer(html`<mn-trade-explorer
        trade="product-owner"
        spontaneous-href="javascript:alert(1)"
        .feedData=${tradesFeed()}
      ></mn-trade-explorer>`);
      const notice = $(el, '[part="no-offers"]');
      expect(notice.querySelector('a')).to.equal(null);
      expect(text(notice)).to.match(/revenez bientôt/);
    });

    it('leaves out missions and skills a trade does not have', async () => {
      const feed = tradesFeed();
      feed.trades[0] = { ...feed.trades[0]!, missions: [], skills: [] };
      delete feed.trades[0].description;
      const el = await explorer(html`<mn-trade-explorer trade="developpeur" .feedData=${feed}></mn-trade-explorer>`);
      expect($$(el, '.facts, [part="description"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
});
