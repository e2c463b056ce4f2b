/**
 * What a screen reader is given, read from Chromium's own accessibility tree (the `a11y-snapshot` command of
 * test/support/wtr-base.mjs, over CDP): the names of buttons, links, fields, tabs and headings, and the text of the
 * paragraphs, list items and definitions, for each element in its main states. No words glued together, no text
 * said twice, the visually hidden additions (« (nouvelle fenêtre) », « Retirer le filtre : », the tabs' counts)
 * there with their space.
 *
 * Why in the browser's tree and not from the DOM: Chromium leaves out a text of white space alone that sits between
 * Lit's comment markers, as in `<p>${a} ${b}</p>` — the DOM has the space, the tree does not, and a screen reader
 * says « moment.De nouvelles offres ». Firefox (WebDriver BiDi) and WebKit (WebDriver) give no such tree to the
 * test runner: the command answers false there, and these tests are skipped.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/offer-card/mn-offer-card.js';
import type { MnOfferCard } from '../../src/components/offer-card/offer-card.component.js';
import '../../src/components/offer-detail/mn-offer-detail.js';
import type { MnOfferDetail } from '../../src/components/offer-detail/offer-detail.component.js';
import type { MnOfferList } from '../../src/components/offer-list/offer-list.component.js';
import { FIXTURE_NOW, makeFeed, makeOffer } from '../fixtures/make-feed.js';
import { fillValid, MemoryStorage, mount, submit, testFeed } from './application-form/helpers.js';
import { ProtocolDouble } from './application-form/protocol-double.js';
import { makeTestDocument, makeTestOffer, NOW } from './offer-card/fixtures.js';
import { $ as inList, cards, choose, renderList, stayOnPage, titles } from './offer-list/helpers.js';
import { explorer, type Explorer } from './trade-explorer/helpers.js';
import { tradesFeed } from './trade-explorer/trades-feed.js';

/** One node of the accessibility tree, as the `a11y-snapshot` command gives it. */
interface AXNode {
  role: string;
  name: string;
  /** What is read of its content in browse mode: its text nodes one after the other. */
  text: string;
  description?: string;
  value?: string;
  level?: number;
  selected?: boolean;
  expanded?: boolean;
  checked?: string;
  disabled?: boolean;
}

/** The accessibility tree of `el` (shadow roots included), in tree order; undefined where the browser gives none. */
async function tree(el: Element): Promise<AXNode[] | undefined> {
  el.setAttribute('data-ax-root', '');
  try {
    const nodes = await executeServerCommand<AXNode[] | false, { selector: string }>('a11y-snapshot', { selector: '[data-ax-root]' });
    return nodes || undefined;
  } finally {
    el.removeAttribute('data-ax-root');
  }
}

/** The accessibility tree of `el`, which must be there (the suite is skipped where the command is unavailable). */
async function nodesOf(el: Element): Promise<AXNode[]> {
  const nodes = await tree(el);
  if (!nodes) throw new Error('no accessibility tree');
  return nodes;
}

const named = (nodes: AXNode[], role: string): string[] => nodes.filter((n) => n.role === role).map((n) => n.name);
const texts = (nodes: AXNode[], role: string): string[] => nodes.filter((n) => n.role === role).map((n) => n.text);
const headings = (nodes: AXNode[]): string[] => nodes.filter((n) => n.role === 'heading').map((n) => `h${n.level} ${n.name}`);
const one = (nodes: AXNode[], role: string, name?: string): AXNode => {
  const found = nodes.filter((n) => n.role === role && (name === undefined || n.name === name));
  if (found.length !== 1) throw new Error(`${found.length} ${role} named ${name ?? '(any)'}`);
  return found[0] as AXNode;
};

/** Spaces as numbers are written in French (narrow no-break) made plain, to write the expected texts. */
const plain = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

describe('accessible names, as Chromium gives them to screen readers', function () {
  before(async function () {
    // Where the runner drives the browser without CDP (Firefox, WebKit), there is no tree to read. In Chromium there
    // must be one: a command that stopped working fails the suite instead of skipping it.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    expect(await tree(document.body), 'the accessibility tree of Chromium').to.not.equal(undefined);
  });

  describe('<mn-offer-list>', () => {
    it('names the search, the filters, the chosen filters’ chips, the cards and the pages', async () => {
      const el = await renderList(html`<mn-offer-list page-size="5" .feedData=${makeFeed(120)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await choose(el, 'region', '53');
      await choose(el, 'category', 'A');
      const nodes = await nodesOf(el);

      expect(named(nodes, 'search')).to.deep.equal(['Rechercher une offre']);
      const search = one(nodes, 'searchbox');
      expect([search.name, search.description]).to.deep.equal(['Mots-clés', 'Intitulé, métier, ville, organisation…']);
      expect(named(nodes, 'combobox')).to.deep.equal([
        'Organisation',
        'Métier',
        'Famille de métiers',
        'Région',
        'Département',
        'Type de contrat',
        'Télétravail',
        'Catégorie',
        'Trier par',
      ]);
      expect(one(nodes, 'combobox', 'Région').value).to.match(/^Bretagne \(\d+\)$/);
      expect(named(nodes, 'checkbox')).to.have.length(1);
      expect(named(nodes, 'checkbox')[0]).to.match(/^Ouvert aux débutant·es \(\d+\)$/);
      expect(named(nodes, 'button')).to.deep.equal([
        'Rechercher',
        'Retirer le filtre\u00a0: Bretagne',
        'Retirer le filtre\u00a0: Catégorie A',
        'Réinitialiser les filtres',
        'Première page',
        'Page précédente',
        'Page 1',
        'Page 2',
        'Page 3',
        'Page suivante',
        'Dernière page',
      ]);
      // On the first page, the way back is there but unavailable.
      expect(nodes.filter((n) => n.role === 'button' && n.disabled).map((n) => n.name)).to.deep.equal(['Première page', 'Page précédente']);
      expect(named(nodes, 'list')).to.include('Filtres actifs');
      // The live region holds the number only: the page part is read with the focus, after a change of page.
      expect(texts(nodes, 'status')).to.deep.equal(['14 offres']);
      // The results' list is named by the count.
      expect(named(nodes, 'list')).to.include('14 offres – page 1 sur 3');
      expect(named(nodes, 'navigation')).to.deep.equal(['Pagination']);
      // Each card: a heading holding its link, both named by the offer's title alone.
      expect(named(nodes, 'link')).to.deep.equal(titles(el));
      expect(headings(nodes)).to.deep.equal(titles(el).map((title) => `h3 ${title}`));
    });

    it('in English, keeps « Remove filter: » and the filter apart', async () => {
      const el = await renderList(html`<mn-offer-list lang="en" .feedData=${makeFeed(120)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      await choose(el, 'region', '53');
      await choose(el, 'contract', 'CONTRACT_WORKER_ONLY');
      const nodes = await nodesOf(el);
      expect(named(nodes, 'button').filter((name) => name.startsWith('Remove'))).to.deep.equal([
        'Remove filter: Bretagne',
        'Remove filter: Contract workers only',
      ]);
    });

    it('names the filters’ button by the number of filters chosen, when narrow', async () => {
      const column = await fixture<HTMLElement>(html`<div style="width: 20rem">
        <mn-offer-list .feedData=${makeFeed(120)} .now=${FIXTURE_NOW}></mn-offer-list>
      </div>`);
      const el = column.querySelector('mn-offer-list') as MnOfferList;
      await waitUntil(() => el.shadowRoot?.querySelector('.toggle'), 'no filters’ button');
      await choose(el, 'region', '53');
      await choose(el, 'contract', 'CONTRACT_WORKER_ONLY');
      const nodes = await nodesOf(el);
      const toggle = one(nodes, 'button', 'Filtres (2 actifs)');
      expect(toggle.expanded).to.equal(false);
      expect(toggle.text).to.equal('Filtres (2 actifs)');
    });

    it('names the way back from an offer opened in the list', async () => {
      const el = await renderList(html`<mn-offer-list detail="inline" .feedData=${makeFeed(120)} .now=${FIXTURE_NOW}></mn-offer-list>`);
      const [title] = titles(el);
      const restore = stayOnPage();
      try {
        cards(el)[0]?.shadowRoot?.querySelector<HTMLElement>('.link')?.click();
        await waitUntil(() => el.shadowRoot?.querySelector('mn-offer-detail'), 'no detail');
        await (inList<MnOfferDetail>(el, 'mn-offer-detail')).updateComplete;
      } finally {
        restore();
      }
      const nodes = await nodesOf(el);
      // The arrow is not said.
      expect(named(nodes, 'button')[0]).to.equal('Retour aux offres');
      expect(headings(nodes).slice(0, 2)).to.deep.equal([`h3 ${title}`, 'h4 En bref']);
    });
  });

  describe('<mn-offer-card>', () => {
    it('names its link by the title, and says each fact of its lines apart', async () => {
      const { feed, offer } = makeTestOffer();
      const el = await fixture<MnOfferCard>(html`<mn-offer-card .offer=${offer} .feedData=${feed} .now=${NOW}></mn-offer-card>`);
      const nodes = await nodesOf(el);
      expect(headings(nodes)).to.deep.equal(['h3 Développeuse ou développeur full-stack']);
      expect(named(nodes, 'link')).to.deep.equal(['Développeuse ou développeur full-stack']);
      // (The organisation's line, a flex box with its icon, is not exposed as a paragraph by Chromium.)
      expect(texts(nodes, 'paragraph')).to.deep.equal(['Rejoignez une équipe produit.', 'Développeur']);
      expect(texts(nodes, 'listitem').map(plain).map((t) => t.toLowerCase())).to.deep.equal([
        'rennes, bretagne',
        '42 000 € à 55 000 € brut par an',
        'publiée le 1 mars 2025',
        'candidatures jusqu’au 30 avril 2025',
        'fonctionnaires ou contractuels',
        'télétravail partiel',
        'catégorie a',
        'nouveau',
      ]);
    });
  });

  describe('<mn-offer-detail>', () => {
    const show = async (overrides: Record<string, unknown>, sections?: Record<string, string>): Promise<MnOfferDetail> => {
      const { feed, offer } = makeTestOffer(overrides);
      const doc = makeTestDocument(sections ? { sections } : {});
      const el = await fixture<MnOfferDetail>(
        html`<mn-offer-detail .now=${NOW} .offer=${offer} .feedData=${feed} .offerDocument=${doc}></mn-offer-detail>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('.section'), 'no sections');
      return el;
    };

    it('names its headings, facts, the employer’s link and the apply button', async () => {
      const el = await show({ openToBeginners: true });
      const nodes = await nodesOf(el);
      expect(headings(nodes)).to.deep.equal([
        'h2 Développeuse ou développeur full-stack',
        'h3 En bref',
        'h3 Candidater',
        'h3 Mission',
        'h3 Profil recherché',
      ]);
      expect(named(nodes, 'link')).to.deep.equal(['Direction interministérielle du numérique (nouvelle fenêtre)']);
      const apply = one(nodes, 'button');
      expect([apply.name, apply.expanded]).to.deep.equal(['Postuler', false]);
      expect(named(nodes, 'term')).to.deep.equal([
        'Métier',
        'Employeur',
        'Lieu',
        'Télétravail',
        'Contrat',
        'Durée du contrat',
        'Catégorie',
        'Ouvert aux',
        'Rémunération',
        'Expérience',
        'Niveau d’études',
        'Publiée le',
        'Mise à jour le',
        'Date limite de candidature',
        'Référence',
      ]);
      // The employer's definition holds the link, whose name is checked above.
      const definitions = texts(nodes, 'definition').map(plain);
      expect([...definitions.slice(0, 1), ...definitions.slice(2)]).to.deep.equal([
        'Développeur',
        'Rennes, Bretagne',
        'Télétravail partiel',
        'Fonctionnaires ou contractuels',
        '3 ans',
        'Catégorie A',
        'Fonctionnaires, Contractuels',
        '42 000 € à 55 000 € brut par an',
        '2 ans d’expérience minimum\nOuvert aux débutant·es',
        'Bac +5',
        '1 mars 2025',
        '2 mars 2025',
        '30 avril 2025',
        'offer-1',
      ]);
      expect(texts(nodes, 'paragraph')[0]).to.equal('Direction interministérielle du numérique, Ministère de l\'Économie');
    });

    it('says « (nouvelle fenêtre) » after the names of the links that open one', async () => {
      const el = await show(
        { apply: { mode: 'external', url: 'https://recrutement.example.org/offre-1' } },
        { mission: '<p>Découvrez <a href="https://example.org/equipe">notre équipe</a> avant de postuler.</p>' },
      );
      const nodes = await nodesOf(el);
      expect(named(nodes, 'link')).to.deep.equal([
        'Direction interministérielle du numérique (nouvelle fenêtre)',
        'Postuler sur le site du recruteur (nouvelle fenêtre)',
        'notre équipe (nouvelle fenêtre)',
      ]);
    });

    it('names the e-mail link and says the address apart', async () => {
      const el = await show({ apply: { mode: 'email', email: 'recrutement@example.org' } });
      const nodes = await nodesOf(el);
      expect(named(nodes, 'link')).to.include('Postuler par e-mail');
      expect(texts(nodes, 'paragraph')).to.include('Adresse de candidature\u00a0: recrutement@example.org');
    });
  });

  describe('<mn-application-form>', () => {
    it('keeps the space between the sentences of the "already sent" notice', async () => {
      const storage = new MemoryStorage();
      storage.setItem('mn-widgets:sent:offer-open', JSON.stringify({ v: 1, sentAt: Date.UTC(2026, 11, 7, 14, 13), reference: 'MN-7K3F-9Q2P' }));
      const { el } = await mount({ storage });
      const nodes = await nodesOf(el);
      const said = texts(nodes, 'paragraph').map(plain).find((p) => p.startsWith('Vous avez déjà envoyé'));
      expect(said).to.match(/ \(référence MN-7K3F-9Q2P\)\. Vous pouvez en envoyer une autre si besoin\.$/);
    });

    it('keeps the space between the two sentences about an application sent before offer-id changed', async () => {
      const { feed } = testFeed();
      feed.offers.push(makeOffer({ id: 'offer-other', title: 'Data engineer' }));
      const double = new ProtocolDouble().next('gate');
      const { el } = await mount({ double, feed });
      await fillValid(el);
      await submit(el);
      await waitUntil(() => double.requests.length === 1, 'the application was not sent');
      el.offerId = 'offer-other';
      await el.updateComplete;
      double.release();
      await waitUntil(() => el.shadowRoot?.querySelector('[part="previous"]'), 'no word about the application sent');
      const nodes = await nodesOf(el);
      expect(texts(nodes, 'paragraph').map(plain)).to.include(
        'Votre candidature à « Développeur·se full stack » a bien été reçue. Sa référence : MN-TEST-0001.',
      );
    });

    it('keeps the space before the address of an offer taking applications by e-mail', async () => {
      const { el } = await mount({ offerId: 'offer-email' });
      const nodes = await nodesOf(el);
      expect(texts(nodes, 'paragraph').map(plain)).to.include(
        'Pour cette offre, envoyez votre candidature par courriel : recrutement@example.gouv.fr',
      );
    });
  });

  describe('<mn-trade-explorer>', () => {
    it('names the tabs by family and number of trades, and the panel by its tab', async () => {
      const el = await explorer(html`<mn-trade-explorer family="donnees" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      const nodes = await nodesOf(el);
      const search = one(nodes, 'searchbox');
      expect(search.name).to.equal('Rechercher un métier');
      expect(named(nodes, 'combobox')).to.deep.equal(['Trier par']);
      expect(named(nodes, 'tablist')).to.deep.equal(['Familles de métiers']);
      expect(named(nodes, 'tab')).to.deep.equal([
        'Toutes (7 métiers)',
        'Développement (2 métiers)',
        'Données (2 métiers)',
        'Sécurité (1 métier)',
        'Projet / Produit (2 métiers)',
      ]);
      expect(nodes.filter((n) => n.role === 'tab' && n.selected).map((n) => n.name)).to.deep.equal(['Données (2 métiers)']);
      expect(named(nodes, 'tabpanel')).to.deep.equal(['Données (2 métiers)']);
      expect(texts(nodes, 'status')).to.deep.equal(['2 métiers']);
      expect(headings(nodes)).to.deep.equal(['h2 Data scientist', 'h2 Ingénieure / Ingénieur des données']);
      expect(named(nodes, 'button')).to.deep.equal(['Data scientist', 'Ingénieure / Ingénieur des données']);
      expect(texts(nodes, 'paragraph')).to.deep.equal([
        'Collecter, analyser et valoriser les données publiques.',
        'Exploite les données pour éclairer les décisions publiques.',
        '2 offres ouvertes',
        'Construit et exploite les chaînes de traitement des données.',
        'Aucune offre ouverte',
      ]);
    });

    it('names an open trade’s headings, its family and its offers', async () => {
      const el = await explorer(html`<mn-trade-explorer trade="developpeur" .feedData=${tradesFeed()}></mn-trade-explorer>`);
      await waitUntil(() => el.shadowRoot?.querySelector('mn-offer-list')?.shadowRoot?.querySelector('mn-offer-card'), 'no offers');
      const list = el.shadowRoot?.querySelector('mn-offer-list') as MnOfferList;
      await list.updateComplete;
      await Promise.all(cards(list).map((card) => card.updateComplete));
      const nodes = await nodesOf(el);
      expect(named(nodes, 'button').slice(0, 2)).to.deep.equal(['Retour aux métiers', 'Rechercher']);
      expect(headings(nodes)).to.deep.equal([
        'h2 Développeuse / Développeur',
        'h3 Missions types',
        'h3 Compétences',
        'h3 Offres ouvertes pour ce métier (3)',
        'h4 Offre dev-1',
        'h4 Offre dev-2',
        'h4 Offre dev-3',
      ]);
      expect(texts(nodes, 'paragraph').slice(0, 3).map(plain)).to.deep.equal([
        'Retour aux métiers',
        'Famille : Développement',
        'Conçoit, développe et maintient des applications et des services numériques utilisés par le public et les agents.',
      ]);
    });

    for (const [lang, said] of [
      ['fr', 'Aucune offre n’est ouverte pour ce métier en ce moment. De nouvelles offres sont publiées régulièrement : revenez bientôt.'],
      ['en', 'No offer is open for this trade at the moment. New offers are published regularly: come back soon.'],
    ] as const) {
      it(`keeps the space between the two sentences of a trade without offers (${lang})`, async () => {
        const el: Explorer = await explorer(html`<mn-trade-explorer lang=${lang} trade="product-owner" .feedData=${tradesFeed()}></mn-trade-explorer>`);
        const nodes = await nodesOf(el);
        expect(texts(nodes, 'paragraph').map(plain)).to.include(said);
      });
    }
  });
});
