import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isOpen } from '../../src/data/feed-lookups.js';
import {
  organisationAndDescendants,
  queryOffers,
  type FacetKey,
  type OfferFilters,
  type QueryOptions,
  type QueryResult,
} from '../../src/data/query.js';
import { FACET_KEYS } from '../../src/data/facets.js';
import { buildIndex, buildIndexAsync, hasIndex, searchScores } from '../../src/data/search-index.js';
import { yieldToEventLoop } from '../../src/data/slices.js';
import type { Feed, Offer } from '../../src/data/types.js';
import { DAY, FIXTURE_NOW as NOW, makeFeed, makeOffer } from '../fixtures/make-feed.js';

const feedOf = (...offers: Offer[]): Feed => makeFeed(0, { offers });
const ids = (r: QueryResult): string[] => r.offers.map((o) => o.id);
const find = (feed: Feed, keywords: string): string[] => ids(queryOffers(feed, { keywords }, { now: NOW, pageSize: 100 }));

/** The Paris calendar date of an instant, "YYYY-MM-DD", read by Intl: the reference for deadlines. */
const parisFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
// formatToParts, not format: engines lay out the same locale differently (WebKitGTK's en-CA is not ISO).
const parisDate = (t: number): string => {
  const part = (type: string) => parisFormat.formatToParts(t).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
};

describe('queryOffers', () => {
  describe('keywords', () => {
    it('finds "Développeur·se" from "developpeur"', () => {
      const feed = feedOf(makeOffer({ id: 'a', title: 'Développeur·se full stack' }), makeOffer({ id: 'b', title: 'Data scientist' }));
      expect(find(feed, 'developpeur')).to.deep.equal(['a']);
    });

    it('finds both inclusive spellings from the feminine', () => {
      const feed = feedOf(
        makeOffer({ id: 'a', title: 'Développeur·se', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'b', title: 'Développeuse / Développeur', datePosted: NOW - 2 * DAY }),
        makeOffer({ id: 'c', title: 'Développeur back-end', datePosted: NOW - 3 * DAY }),
      );
      expect(find(feed, 'développeuse')).to.deep.equal(['a', 'b']);
      expect(find(feed, 'Développeur·se')).to.deep.equal(['a', 'b', 'c']);
    });

    it('matches the start of words, whatever the case and accents', () => {
      const feed = feedOf(
        makeOffer({ id: 'a', title: 'Développeur', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'b', title: 'Ingénieure SÉCURITÉ', datePosted: NOW - 2 * DAY }),
      );
      expect(find(feed, 'dev')).to.deep.equal(['a']);
      expect(find(feed, 'ingé')).to.deep.equal(['b']);
      expect(find(feed, 'INGE securite')).to.deep.equal(['b']);
      expect(find(feed, 'veloppeur')).to.deep.equal([]);
    });

    it('needs every word to match (AND)', () => {
      const feed = feedOf(
        makeOffer({ id: 'paris', title: 'Data engineer', datePosted: NOW - 1 * DAY }),
        makeOffer({
          id: 'rennes',
          title: 'Data engineer',
          datePosted: NOW - 2 * DAY,
          jobLocation: { addressLocality: 'Rennes', postalCode: '35000', departement: '35', region: '53' },
        }),
      );
      expect(find(feed, 'data')).to.deep.equal(['paris', 'rennes']);
      expect(find(feed, 'data rennes')).to.deep.equal(['rennes']);
      expect(find(feed, 'data marseille')).to.deep.equal([]);
    });

    it('searches the trade, organisation, ancestors, place and excerpt', () => {
      const feed = feedOf(
        makeOffer({
          id: 'a',
          title: 'Poste',
          occupationalCategory: 'rssi',
          hiringOrganization: 'bureau-si',
          jobLocation: { addressLocality: 'Brest', postalCode: '29200', departement: '29' },
          excerpt: 'Vous aimez Kubernetes.',
        }),
        makeOffer({ id: 'b', title: 'Autre', hiringOrganization: 'dgfip', jobLocation: {} }),
      );
      for (const q of ['responsable securite', 'bureau des systemes', 'communication', 'dnum', 'ministere interieur', 'miom', 'brest', '29200', 'finistere', 'bretagne', 'kubernetes']) {
        expect(find(feed, q), q).to.deep.equal(['a']);
      }
      expect(find(feed, 'dgfip finances')).to.deep.equal(['b']);
    });

    it('finds a hyphenated compound written whole, apart or hyphenated, and the other way round', () => {
      const feed = feedOf(
        makeOffer({ id: 'hyphen', title: 'Développeur front-end', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'whole', title: 'Développeuse frontend', datePosted: NOW - 2 * DAY }),
        makeOffer({ id: 'apart', title: 'Développeur front end', datePosted: NOW - 3 * DAY }),
        makeOffer({ id: 'devops', title: 'Ingénieur DevOps', datePosted: NOW - 4 * DAY }),
        makeOffer({ id: 'other', title: 'Développeur back-end', datePosted: NOW - 5 * DAY }),
        makeOffer({ id: 'lead', title: 'Lead-dev-front-end', datePosted: NOW - 6 * DAY }),
      );
      expect(find(feed, 'frontend')).to.deep.equal(['hyphen', 'whole', 'lead']);
      expect(find(feed, 'Front-End')).to.deep.equal(['hyphen', 'whole', 'apart', 'lead']);
      expect(find(feed, 'front end')).to.deep.equal(['hyphen', 'whole', 'apart', 'lead']);
      expect(find(feed, 'fronte')).to.deep.equal(['hyphen', 'whole', 'lead']);
      expect(find(feed, 'dev-ops')).to.deep.equal(['devops']);
      expect(find(feed, 'backend')).to.deep.equal(['other']);
    });

    it('finds a compound of three whichever side has the hyphens, and needs the words past a compound\'s fourth', () => {
      const feed = feedOf(
        makeOffer({ id: 'whole', title: 'Développeur frontend React', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'hyphens', title: 'Développeuse front-end-React', datePosted: NOW - 2 * DAY }),
        makeOffer({ id: 'laye', title: 'Poste à Saint-Germain-en-Laye', datePosted: NOW - 3 * DAY }),
        makeOffer({ id: 'laye-poissy', title: 'Poste à Saint-Germain-en-Laye et Poissy', datePosted: NOW - 4 * DAY }),
      );
      expect(find(feed, 'front-end-react')).to.deep.equal(['whole', 'hyphens']);
      expect(find(feed, 'frontend-react')).to.deep.equal(['whole', 'hyphens']);
      expect(find(feed, 'saint-germain-en-laye-poissy')).to.deep.equal(['laye-poissy']);
    });

    it('finds words written as one from two, and dotted names from their letters', () => {
      const feed = feedOf(
        makeOffer({ id: 'fullstack', title: 'Développeur fullstack Node.js', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'devops', title: 'Ingénieure DevOps', datePosted: NOW - 2 * DAY }),
        makeOffer({ id: 'inclusive', title: 'Développeur-euse Java', datePosted: NOW - 3 * DAY }),
      );
      expect(find(feed, 'full stack')).to.deep.equal(['fullstack']);
      expect(find(feed, 'dev ops')).to.deep.equal(['devops']);
      expect(find(feed, 'nodejs')).to.deep.equal(['fullstack']);
      expect(find(feed, 'node.js')).to.deep.equal(['fullstack']);
      expect(find(feed, 'développeuse')).to.deep.equal(['inclusive']);
      // An inclusive ending being typed keeps the offers of its word.
      expect(find(feed, 'développeur-eu')).to.deep.equal(['fullstack', 'inclusive']);
    });

    it('finds the singular of a plural typed', () => {
      const feed = feedOf(
        makeOffer({ id: 'dev', title: 'Développeur·se', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'net', title: 'Ingénieure réseau', datePosted: NOW - 2 * DAY }),
        makeOffer({ id: 'inclusive', title: 'Ingénieur-e-s sécurité', datePosted: NOW - 3 * DAY }),
      );
      expect(find(feed, 'développeurs')).to.deep.equal(['dev']);
      expect(find(feed, 'développeuses')).to.deep.equal(['dev']);
      expect(find(feed, 'réseaux')).to.deep.equal(['net']);
      expect(find(feed, 'ingénieures')).to.deep.equal(['net', 'inclusive']);
    });

    it('finds words in -al and -aux from either', () => {
      const feed = feedOf(
        makeOffer({ id: 'plural', title: 'Chef·fe de projet – systèmes territoriaux', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'singular', title: 'Architecte du système d’information territorial', datePosted: NOW - 2 * DAY }),
        makeOffer({ id: 'offices', title: 'Chargé·e des bureaux régionaux', datePosted: NOW - 3 * DAY }),
      );
      expect(find(feed, 'territorial')).to.deep.equal(['plural', 'singular']);
      expect(find(feed, 'territoriaux')).to.deep.equal(['plural', 'singular']);
      expect(find(feed, 'régional')).to.deep.equal(['offices']);
      expect(find(feed, 'bureau')).to.deep.equal(['offices']);
    });

    it('ranks a name written whole above a compound it only starts', () => {
      const feed = feedOf(
        makeOffer({ id: 'blois', title: 'Poste à Blois (Loir-et-Cher)', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'orleans', title: 'Poste à Orléans (Loiret)', datePosted: NOW - 2 * DAY }),
      );
      expect(ids(queryOffers(feed, { keywords: 'loiret' }, { now: NOW, sort: 'relevance' }))).to.deep.equal(['orleans', 'blois']);
    });

    it('drops stop words between words', () => {
      const feed = feedOf(makeOffer({ id: 'a', title: 'Cheffe / Chef de projet' }), makeOffer({ id: 'b', title: 'Projet' }));
      expect(find(feed, 'chef de projet')).to.deep.equal(['a']);
      expect(find(feed, 'cheffe projet')).to.deep.equal(['a']);
    });

    it('filters nothing when the keywords are blank', () => {
      const feed = feedOf(makeOffer({ id: 'a' }), makeOffer({ id: 'b' }));
      expect(queryOffers(feed, { keywords: '' }, { now: NOW }).total).to.equal(2);
      expect(queryOffers(feed, { keywords: ' \t\u00a0' }, { now: NOW }).total).to.equal(2);
    });

    it('matches nothing for keywords without a word: emoji, symbols, punctuation, lone accents', () => {
      const feed = feedOf(makeOffer({ id: 'a', title: 'Développeur·se ★ 🦄' }), makeOffer({ id: 'b', title: 'Data ^ engineer' }));
      for (const keywords of ['🦄', '★★', '^', '´', '  ·?! ']) {
        const r = queryOffers(feed, { keywords }, { now: NOW, sort: 'relevance', facets: true });
        expect([r.total, ids(r), r.pageCount, r.facets.trade], keywords).to.deep.equal([0, [], 1, []]);
      }
      // Beside a word, they are ignored like punctuation.
      expect(find(feed, 'data ★')).to.deep.equal(['b']);
    });

    it('ranks title matches above excerpt matches, whole words above prefixes', () => {
      const feed = feedOf(
        makeOffer({ id: 'excerpt', title: 'Chargé de mission', excerpt: 'Une mission data.', datePosted: NOW - 1 * DAY }),
        makeOffer({ id: 'prefix', title: 'Database administrator', datePosted: NOW - 2 * DAY }),
        makeOffer({ id: 'trade', title: 'Poste', occupationalCategory: 'data-scientist', datePosted: NOW - 3 * DAY }),
        makeOffer({ id: 'title', title: 'Data engineer', datePosted: NOW - 4 * DAY }),
      );
      const r = queryOffers(feed, { keywords: 'data' }, { sort: 'relevance', now: NOW });
      expect(ids(r)).to.deep.equal(['title', 'prefix', 'trade', 'excerpt']);
    });
  });

  describe('filters', () => {
    // One offer per organisation of the fixtures, in fixture order, with varied facets.
    const feed = makeFeed(0, {
      offers: [
        makeOffer({ id: 'int', hiringOrganization: 'min-interieur', occupationalCategory: 'developpeur', remote: 'FULL' }),
        makeOffer({ id: 'dnum', hiringOrganization: 'dnum-interieur', occupationalCategory: 'architecte-logiciel', employmentType: ['FREELANCER', 'INTERN'] }),
        makeOffer({ id: 'bureau', hiringOrganization: 'bureau-si', occupationalCategory: 'data-scientist', category: ['B', 'C'], openToBeginners: true }),
        makeOffer({ id: 'ants', hiringOrganization: 'ants', jobLocation: { departement: '35' }, remote: 'NONE' }),
        makeOffer({ id: 'dgfip', hiringOrganization: 'dgfip', occupationalCategory: 'rssi', jobLocation: { region: '84' }, openToBeginners: true }),
        makeOffer({ id: 'unknown', hiringOrganization: 'nowhere', occupationalCategory: 'nothing', jobLocation: {} }),
      ].map((o, i) => ({ ...o, datePosted: NOW - i * DAY })),
    });
    const run = (filters: OfferFilters): string[] => ids(queryOffers(feed, filters, { now: NOW }));

    it('matches an organisation and its services at any depth', () => {
      expect(run({ organisation: ['min-interieur'] })).to.deep.equal(['int', 'dnum', 'bureau', 'ants']);
      expect(run({ organisation: ['dnum-interieur'] })).to.deep.equal(['dnum', 'bureau']);
      expect(run({ organisation: ['min-economie'] })).to.deep.equal(['dgfip']);
      expect(run({ organisation: ['nowhere'] })).to.deep.equal(['unknown']);
    });

    it('matches trades, and families through trades', () => {
      expect(run({ trade: ['rssi', 'developpeur'] })).to.deep.equal(['int', 'dgfip']);
      expect(run({ family: ['developpement'] })).to.deep.equal(['int', 'dnum']);
      expect(run({ family: ['donnees', 'securite'] })).to.deep.equal(['bureau', 'dgfip']);
    });

    it('matches régions, directly or through the département', () => {
      expect(run({ region: ['53'] })).to.deep.equal(['ants']);
      expect(run({ region: ['84', '11'] })).to.deep.equal(['int', 'dnum', 'bureau', 'dgfip']);
      expect(run({ departement: ['35'] })).to.deep.equal(['ants']);
      expect(run({ departement: ['75'] })).to.deep.equal(['int', 'dnum', 'bureau']);
    });

    it('matches contracts, remote work, categories and beginners', () => {
      expect(run({ contract: ['INTERN'] })).to.deep.equal(['dnum']);
      expect(run({ contract: ['INTERN', 'CONTRACT_WORKER_ONLY'] })).to.deep.equal(['int', 'dnum', 'bureau', 'ants', 'dgfip', 'unknown']);
      expect(run({ remote: ['FULL', 'NONE'] })).to.deep.equal(['int', 'ants']);
      expect(run({ category: ['C'] })).to.deep.equal(['bureau']);
      expect(run({ beginners: true })).to.deep.equal(['bureau', 'dgfip']);
      expect(run({ beginners: false })).to.have.length(6);
    });

    it('ORs the values of one filter and ANDs the filters', () => {
      expect(run({ organisation: ['min-interieur', 'min-economie'], beginners: true })).to.deep.equal(['bureau', 'dgfip']);
      expect(run({ organisation: ['min-interieur'], remote: ['PARTIAL'], category: ['A', 'B'] })).to.deep.equal(['dnum', 'bureau']);
      expect(run({ organisation: ['min-interieur'], region: ['84'] })).to.deep.equal([]);
    });

    it('ignores empty lists and matches nothing for unknown values', () => {
      expect(run({ organisation: [], trade: [], contract: [] })).to.have.length(6);
      expect(run({ organisation: ['no-such-id'] })).to.deep.equal([]);
      expect(run({ trade: ['no-such-trade'] })).to.deep.equal([]);
      expect(run({ family: ['no-such-family'] })).to.deep.equal([]);
      expect(run({ contract: ['NOT_A_CONTRACT' as never] })).to.deep.equal([]);
      expect(run({ region: ['99'] })).to.deep.equal([]);
    });
  });

  describe('closed offers', () => {
    const feed = feedOf(
      makeOffer({ id: 'open', datePosted: NOW - 1 * DAY }),
      makeOffer({ id: 'filled', status: 'filled', datePosted: NOW - 2 * DAY }),
      makeOffer({ id: 'expired', validThrough: NOW - 2 * DAY, datePosted: NOW - 3 * DAY }),
      makeOffer({ id: 'today', validThrough: Date.UTC(2024, 5, 1), datePosted: NOW - 4 * DAY }),
    );

    it('leaves out filled offers and offers past their deadline', () => {
      expect(ids(queryOffers(feed, {}, { now: NOW }))).to.deep.equal(['open', 'today']);
    });

    it('keeps an offer until the end of its deadline day in Paris', () => {
      expect(ids(queryOffers(feed, {}, { now: Date.UTC(2024, 5, 1, 21, 59, 59, 999) }))).to.deep.equal(['open', 'today']);
      expect(ids(queryOffers(feed, {}, { now: Date.UTC(2024, 5, 1, 22) }))).to.deep.equal(['open']);
    });

    it('includes them on request', () => {
      expect(ids(queryOffers(feed, { includeClosed: true }, { now: NOW }))).to.deep.equal(['open', 'filled', 'expired', 'today']);
    });

    it('agrees with isOpen around summer-time changes and midnights', () => {
      const days = [Date.UTC(2024, 2, 30), Date.UTC(2024, 2, 31), Date.UTC(2024, 9, 26), Date.UTC(2024, 9, 27), Date.UTC(2024, 11, 31)];
      const instants = days.flatMap((d) => Array.from({ length: 25 }, (_, h) => d - 3_600_000 + h * 1_800_000)).flatMap((t) => [t - 1, t]);
      const offers = instants.map((validThrough, k) => makeOffer({ id: `o${k}`, validThrough, datePosted: NOW - k }));
      const deadlines = feedOf(...offers);
      for (const now of instants) {
        const open = offers.filter((o) => isOpen(o, now)).map((o) => o.id);
        expect(ids(queryOffers(deadlines, {}, { now, pageSize: 1000 })), new Date(now).toISOString()).to.deep.equal(open);
      }
    });

    it('reads the time from the clock by default', () => {
      const clock = feedOf(
        makeOffer({ id: 'future', validThrough: Date.now() + 2 * DAY }),
        makeOffer({ id: 'past', validThrough: Date.now() - 2 * DAY }),
      );
      expect(ids(queryOffers(clock, {}))).to.deep.equal(['future']);
    });
  });

  describe('sort', () => {
    const feed = feedOf(
      makeOffer({ id: 'b', title: 'Data engineer', datePosted: NOW - 1 * DAY, validThrough: NOW + 9 * DAY }),
      makeOffer({ id: 'a', title: 'Data engineer', datePosted: NOW - 1 * DAY, validThrough: NOW + 9 * DAY }),
      makeOffer({ id: 'c', title: 'Chef de projet data', datePosted: NOW - 3 * DAY, validThrough: NOW + 2 * DAY }),
      makeOffer({ id: 'd', title: 'Data scientist', datePosted: NOW - 2 * DAY }),
      makeOffer({ id: 'e', title: 'Poste', excerpt: 'Données et data.', datePosted: NOW, validThrough: NOW + 9 * DAY }),
    );
    const sorted = (sort: 'newest' | 'deadline' | 'relevance', keywords?: string): string[] =>
      ids(queryOffers(feed, keywords === undefined ? {} : { keywords }, { sort, now: NOW }));

    it('puts the newest first, then by id', () => {
      expect(sorted('newest')).to.deep.equal(['e', 'a', 'b', 'd', 'c']);
      expect(ids(queryOffers(feed, {}, { now: NOW }))).to.deep.equal(['e', 'a', 'b', 'd', 'c']);
    });

    it('puts the soonest deadline first, offers without one last, then the newest', () => {
      expect(sorted('deadline')).to.deep.equal(['c', 'e', 'a', 'b', 'd']);
    });

    it('puts the best score first, then the newest', () => {
      expect(sorted('relevance', 'data')).to.deep.equal(['a', 'b', 'd', 'c', 'e']);
    });

    it('sorts by newest when relevance has no keywords', () => {
      expect(sorted('relevance')).to.deep.equal(sorted('newest'));
      expect(sorted('relevance', ' ')).to.deep.equal(sorted('newest'));
    });
  });

  describe('pagination', () => {
    const feed = feedOf(...Array.from({ length: 45 }, (_, i) => makeOffer({ id: `o${String(i).padStart(2, '0')}`, datePosted: NOW - i * DAY })));
    const page = (page?: number, pageSize?: number): QueryResult => queryOffers(feed, {}, { now: NOW - 50 * DAY, page, pageSize });

    it('gives the first 20 offers by default', () => {
      const r = page();
      expect([r.total, r.page, r.pageCount, r.offers.length]).to.deep.equal([45, 1, 3, 20]);
      expect(r.offers[0]?.id).to.equal('o00');
    });

    it('gives later and partial pages', () => {
      expect(ids(page(2))[0]).to.equal('o20');
      const last = page(3);
      expect([last.page, last.offers.length, last.offers[4]?.id]).to.deep.equal([3, 5, 'o44']);
      expect(ids(page(5, 10))).to.deep.equal(['o40', 'o41', 'o42', 'o43', 'o44']);
    });

    it('clamps pages out of range', () => {
      expect(page(99).page).to.equal(3);
      expect(page(Infinity).page).to.equal(3);
      expect(page(0).page).to.equal(1);
      expect(page(-3).page).to.equal(1);
      expect(page(Number.NaN).page).to.equal(1);
      expect(page(2.7).page).to.equal(2);
    });

    it('falls back to 20 per page for sizes below 1', () => {
      expect(page(1, 0).pageCount).to.equal(3);
      expect(page(1, Number.NaN).pageCount).to.equal(3);
      expect(page(1, 1).pageCount).to.equal(45);
      expect(page(1, Infinity).offers).to.have.length(45);
    });

    it('gives one empty page when nothing matches', () => {
      const r = queryOffers(feed, { keywords: 'zzz' }, { now: NOW, page: 4 });
      expect([r.total, r.page, r.pageCount, r.offers.length]).to.deep.equal([0, 1, 1, 0]);
    });

    it('gives the pages of a query run again as a new query would, whatever was asked in between', () => {
      const offers = feed.offers.map((o, i) => ({ ...o, validThrough: NOW + (i % 3) * DAY, remote: i % 2 === 0 ? ('FULL' as const) : ('NONE' as const) }));
      const fresh = (): Feed => ({ ...feed, offers });
      const shared = fresh();
      const filters: OfferFilters = { remote: ['FULL'] };
      const asked: Array<[OfferFilters, QueryOptions]> = [
        [filters, { now: NOW, page: 2, pageSize: 5, facets: true }],
        [filters, { now: NOW, page: 3, pageSize: 5, facets: true }],
        [filters, { now: NOW + DAY, page: 1, pageSize: 5, facets: true }],
        [filters, { now: NOW + DAY, page: 2, pageSize: 5 }],
        [{ ...filters, keywords: 'developpeur' }, { now: NOW, page: 2, pageSize: 5, sort: 'relevance' }],
        [{ remote: ['NONE'] }, { now: NOW, page: 1, pageSize: 5, sort: 'deadline', facets: ['remote'] }],
        [filters, { now: NOW, page: 2, pageSize: 5, facets: true }],
      ];
      for (const [f, options] of asked) {
        expect(queryOffers(shared, f, options), JSON.stringify([f, options])).to.deep.equal(queryOffers(fresh(), f, options));
      }
    });
  });

  describe('facets', () => {
    const feed = feedOf(
      makeOffer({ id: 'a', hiringOrganization: 'dnum-interieur', remote: 'FULL', employmentType: ['INTERN', 'FREELANCER'] }),
      makeOffer({ id: 'b', hiringOrganization: 'bureau-si', remote: 'FULL' }),
      makeOffer({ id: 'c', hiringOrganization: 'dgfip', remote: 'NONE' }),
      makeOffer({ id: 'd', hiringOrganization: 'insee', remote: 'PARTIAL', openToBeginners: true }),
      makeOffer({ id: 'e', hiringOrganization: 'insee', remote: 'PARTIAL', status: 'filled' }),
    );

    it('counts nothing unless asked', () => {
      expect(queryOffers(feed, {}, { now: NOW }).facets).to.deep.equal({});
      expect(queryOffers(feed, {}, { now: NOW, facets: false }).facets).to.deep.equal({});
      expect(Object.keys(queryOffers(feed, {}, { now: NOW, facets: ['remote', 'family'] }).facets)).to.deep.equal(['family', 'remote']);
      expect(Object.keys(queryOffers(feed, {}, { now: NOW, facets: true }).facets)).to.deep.equal([...FACET_KEYS]);
    });

    it('counts each facet with the other filters, not its own', () => {
      const { facets } = queryOffers(feed, { remote: ['FULL'], organisation: ['min-interieur'] }, { now: NOW, facets: ['remote', 'organisation', 'contract', 'beginners'] });
      // remote: the Intérieur offers, whatever their remote status (all FULL here)
      expect(facets.remote).to.deep.equal([{ value: 'FULL', count: 2 }]);
      // organisation: the FULL-remote offers, whatever their organisation
      expect(facets.organisation).to.deep.equal([
        { value: 'dnum-interieur', count: 2 },
        { value: 'min-interieur', count: 2 },
        { value: 'bureau-si', count: 1 },
      ]);
      expect(facets.contract).to.deep.equal([
        { value: 'CONTRACT_WORKER_ONLY', count: 1 },
        { value: 'FREELANCER', count: 1 },
        { value: 'INTERN', count: 1 },
      ]);
      expect(facets.beginners).to.deep.equal([{ value: 'false', count: 2 }]);
    });

    it('rolls organisation counts up to ministries, sorted by count then name', () => {
      const { facets } = queryOffers(feed, {}, { now: NOW, facets: ['organisation', 'remote'] });
      expect(facets.organisation).to.deep.equal([
        { value: 'dnum-interieur', count: 2 },
        { value: 'min-economie', count: 2 },
        { value: 'min-interieur', count: 2 },
        { value: 'bureau-si', count: 1 },
        { value: 'dgfip', count: 1 },
        { value: 'insee', count: 1 },
      ]);
      expect(facets.remote).to.deep.equal([
        { value: 'FULL', count: 2 },
        { value: 'NONE', count: 1 },
        { value: 'PARTIAL', count: 1 },
      ]);
    });

    it('counts closed offers only when they are included', () => {
      const { facets } = queryOffers(feed, { includeClosed: true }, { now: NOW, facets: ['remote'] });
      expect(facets.remote?.find((f) => f.value === 'PARTIAL')?.count).to.equal(2);
    });

    it('gives, for each value, the total that adding it to its filter gives', () => {
      const big = makeFeed(400);
      const index = buildIndex(big);
      const cases: OfferFilters[] = [
        {},
        { keywords: 'data' },
        { organisation: ['min-interieur'], remote: ['FULL', 'PARTIAL'] },
        { region: ['11', '53'], contract: ['INTERN', 'CONTRACT_WORKER_ONLY'], beginners: true },
        { family: ['developpement'], category: ['B'], departement: ['75', '29'], keywords: 'dev' },
        { trade: ['rssi', 'developpeur'], includeClosed: true },
      ];
      for (const filters of cases) {
        const { facets } = queryOffers(big, filters, { now: NOW, facets: true });
        for (const key of FACET_KEYS) {
          const expected: { value: string; count: number }[] = [];
          for (const value of index.dictionaries[key].values) {
            if (key === 'beginners') {
              const yes = queryOffers(big, { ...filters, beginners: true }, { now: NOW }).total;
              const all = queryOffers(big, { ...filters, beginners: undefined }, { now: NOW }).total;
              const count = value === 'true' ? yes : all - yes;
              if (count > 0) expected.push({ value, count });
              continue;
            }
            const narrowed = { ...filters, [key]: [value] } as OfferFilters;
            const count = queryOffers(big, narrowed, { now: NOW }).total;
            if (count > 0) expected.push({ value, count });
          }
          const got = facets[key] ?? [];
          expect([...got].sort((x, y) => (x.value < y.value ? -1 : 1)), `${key} for ${JSON.stringify(filters)}`).to.deep.equal(
            expected.sort((x, y) => (x.value < y.value ? -1 : 1)),
          );
          const counts = got.map((f) => f.count);
          expect(counts).to.deep.equal([...counts].sort((x, y) => y - x));
        }
      }
    });
  });

  it('never throws on odd input', () => {
    const feed = makeFeed(30);
    const odd: OfferFilters = { keywords: '\u0000\uD800 ((( ···', organisation: [''], trade: ['__proto__'], region: ['constructor'], contract: ['toString' as never] };
    expect(queryOffers(feed, odd, { now: Number.NaN, page: -Infinity, pageSize: -1, facets: ['nope' as FacetKey] }).total).to.equal(0);
    expect(queryOffers(makeFeed(0), { keywords: 'x' }, { facets: true, sort: 'deadline' }).total).to.equal(0);
  });
});

describe('isOpen', () => {
  it('is false once filled, true without a deadline', () => {
    expect(isOpen(makeOffer({ status: 'filled' }), NOW)).to.equal(false);
    expect(isOpen(makeOffer({ validThrough: undefined }), NOW + 1000 * DAY)).to.equal(true);
  });

  it('lasts until the end of the deadline day in Paris, summer and winter', () => {
    // Deadlines given as midnight UTC and as midnight in Paris mean the same day.
    for (const validThrough of [Date.UTC(2024, 6, 14), Date.UTC(2024, 6, 13, 22)]) {
      const offer = makeOffer({ validThrough });
      expect(isOpen(offer, Date.UTC(2024, 6, 14, 21, 59, 59, 999))).to.equal(true);
      expect(isOpen(offer, Date.UTC(2024, 6, 14, 22))).to.equal(false);
    }
    const winter = makeOffer({ validThrough: Date.UTC(2024, 11, 24, 12) });
    expect(isOpen(winter, Date.UTC(2024, 11, 24, 22, 59, 59, 999))).to.equal(true);
    expect(isOpen(winter, Date.UTC(2024, 11, 24, 23))).to.equal(false);
  });

  it('agrees with the Paris calendar around summer-time changes', () => {
    const days = [Date.UTC(2024, 2, 30), Date.UTC(2024, 2, 31), Date.UTC(2024, 9, 26), Date.UTC(2024, 9, 27), Date.UTC(2025, 2, 30)];
    const instants = days.flatMap((d) => Array.from({ length: 49 }, (_, h) => d - 12 * 3_600_000 + h * 1_800_000));
    for (const validThrough of instants) {
      for (const now of instants) {
        const expected = parisDate(now) <= parisDate(validThrough);
        expect(isOpen(makeOffer({ validThrough }), now), `${new Date(validThrough).toISOString()} at ${new Date(now).toISOString()}`).to.equal(expected);
      }
    }
  });

  it('agrees with the Paris calendar at any date', () => {
    const instant = fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2099, 11, 31) });
    fc.assert(
      fc.property(instant, instant, (validThrough, now) => isOpen(makeOffer({ validThrough }), now) === parisDate(now) <= parisDate(validThrough)),
      { numRuns: 1000 },
    );
  });
});

describe('organisationAndDescendants', () => {
  it('gives the organisation and its services at any depth', () => {
    const feed = makeFeed(0);
    expect([...organisationAndDescendants(feed, 'min-interieur')].sort()).to.deep.equal(['ants', 'bureau-si', 'dnum-interieur', 'min-interieur']);
    expect([...organisationAndDescendants(feed, 'bureau-si')]).to.deep.equal(['bureau-si']);
    expect([...organisationAndDescendants(feed, 'unknown')]).to.deep.equal(['unknown']);
  });

  it('is memoised per feed', () => {
    const feed = makeFeed(0);
    expect(organisationAndDescendants(feed, 'dgfip')).to.equal(organisationAndDescendants(feed, 'dgfip'));
    expect(organisationAndDescendants(feed, 'dgfip')).not.to.equal(organisationAndDescendants(makeFeed(0), 'dgfip'));
  });

  it('survives parent cycles', () => {
    const feed = makeFeed(0, {
      organisations: [
        { id: 'a', name: 'A', parent: 'b' },
        { id: 'b', name: 'B', parent: 'a' },
      ],
    });
    expect([...organisationAndDescendants(feed, 'a')].sort()).to.deep.equal(['a', 'b']);
    const offers = [makeOffer({ id: 'x', hiringOrganization: 'a' })];
    const cyclic = { ...feed, offers };
    expect(queryOffers(cyclic, { organisation: ['b'], keywords: 'a' }, { now: NOW, facets: ['organisation'] }).facets.organisation).to.deep.equal([
      { value: 'a', count: 1 },
      { value: 'b', count: 1 },
    ]);
  });
});

describe('search index', () => {
  it('is built once per feed', () => {
    const feed = makeFeed(20);
    expect(hasIndex(feed)).to.equal(false);
    const index = buildIndex(feed);
    expect(hasIndex(feed)).to.equal(true);
    expect(buildIndex(feed)).to.equal(index);
    expect(index.size).to.equal(20);
  });

  it('holds less memory than the feed', () => {
    const feed = makeFeed(500);
    const index = buildIndex(feed);
    expect(index.approximateBytes).to.be.above(0);
    expect(index.approximateBytes).to.be.below(JSON.stringify(feed).length);
  });

  it('scores alike however many words the feed has (beyond one byte, beyond 16 bits)', () => {
    // 150 offers of 470 words each: 70,500 distinct words, and 150 distinct places.
    const offers = Array.from({ length: 150 }, (_, i) =>
      makeOffer({
        id: `o${i}`,
        title: `Poste t${i}x`,
        excerpt: Array.from({ length: 470 }, (_, k) => `m${i}y${k}`).join(' '),
        jobLocation: { addressLocality: `Ville${i}` },
        datePosted: NOW - i,
      }),
    );
    const index = buildIndex(feedOf(...offers));
    expect(index.words.length).to.be.above(70_000);
    const scored = (keywords: string) =>
      [...(searchScores(index, keywords) ?? [])].flatMap((score, i) => (score > 0 ? [`o${i}: ${score}`] : []));
    expect(scored('t42x')).to.deep.equal(['o42: 16']); // a whole word of the title: 2 × 8
    expect(scored('m42y469')).to.deep.equal(['o42: 2']); // a whole word of the excerpt: 2 × 1
    expect(scored('m149y0 t149x ville149')).to.deep.equal(['o149: 22']); // + a place: 2 × 2
    expect(scored('m7y46')).to.deep.equal(['o7: 2']); // "m7y46", and the start of "m7y460"…
    expect(scored('t42x m41y0')).to.deep.equal([]);
    expect(scored('poste').length).to.equal(150);
  });

  it('scores nothing for a blank query, and 0 for a query without words', () => {
    expect(searchScores(buildIndex(makeFeed(3)), '  ')).to.equal(null);
    expect([...(searchScores(buildIndex(makeFeed(3)), ' - ') ?? [])]).to.deep.equal([0, 0, 0]);
    expect([...(searchScores(buildIndex(makeFeed(3)), 'zzz') ?? [])]).to.deep.equal([0, 0, 0]);
  });

  describe('built asynchronously', () => {
    it('gives the same index as the synchronous build, and memoises it', async () => {
      const feed = makeFeed(120);
      const index = await buildIndexAsync(feed, { yieldEvery: 25 });
      expect(buildIndex(feed)).to.equal(index);
      expect(await buildIndexAsync(feed)).to.equal(index);
      const other = buildIndex(makeFeed(120));
      expect(index.words).to.deep.equal(other.words);
      expect([...index.tokens]).to.deep.equal([...other.tokens]);
      expect([...index.newest]).to.deep.equal([...other.newest]);
    });

    it('yields to the event loop between slices', async () => {
      // Urgent work (input, user-blocking tasks) runs between slices; scheduler.yield()
      // continuations come before ordinary tasks, so probe with a user-blocking one where possible.
      const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: object) => Promise<void> } }).scheduler;
      const urgent = (cb: () => void): unknown =>
        scheduler?.postTask === undefined ? setTimeout(cb, 0) : scheduler.postTask(cb, { priority: 'user-blocking' });
      for (const options of [{ yieldEvery: 1 }, {}]) {
        let done = false;
        const build = buildIndexAsync(makeFeed(300), options).then(() => (done = true));
        await new Promise<void>((resolve) => urgent(resolve));
        expect(done, JSON.stringify(options)).to.equal(false);
        await build;
      }
    });

    it('shares one build between callers', async () => {
      const feed = makeFeed(60);
      const [a, b] = await Promise.all([buildIndexAsync(feed, { yieldEvery: 10 }), buildIndexAsync(feed)]);
      expect(a).to.equal(b);
    });

    it('rejects with the reason when aborted, and stops when nobody waits', async () => {
      const feed = makeFeed(60);
      const controller = new AbortController();
      const build = buildIndexAsync(feed, { signal: controller.signal, yieldEvery: 5 });
      await yieldToEventLoop();
      controller.abort(new Error('gone'));
      let reason: unknown;
      await build.catch((e: unknown) => (reason = e));
      expect((reason as Error).message).to.equal('gone');
      for (let i = 0; i < 20; i++) await yieldToEventLoop();
      expect(hasIndex(feed)).to.equal(false);
      // a new request starts afresh
      expect((await buildIndexAsync(feed)).size).to.equal(60);
    });

    it('keeps building for the callers still waiting', async () => {
      const feed = makeFeed(60);
      const controller = new AbortController();
      const first = buildIndexAsync(feed, { signal: controller.signal, yieldEvery: 5 });
      const second = buildIndexAsync(feed, { signal: new AbortController().signal });
      controller.abort();
      const [a, b] = await Promise.allSettled([first, second]);
      expect(a.status).to.equal('rejected');
      expect(b.status === 'fulfilled' ? b.value.size : -1).to.equal(60);
    });

    it('rejects at once when already aborted', async () => {
      const reason = await buildIndexAsync(makeFeed(5), { signal: AbortSignal.abort('early') }).catch((e: unknown) => e);
      expect(reason).to.equal('early');
    });

    it('settles with a synchronous build made meanwhile', async () => {
      const feed = makeFeed(50);
      const pending = buildIndexAsync(feed, { yieldEvery: 5 });
      const index = buildIndex(feed);
      expect(await pending).to.equal(index);
    });

    it('falls back to a message channel without scheduler.yield', async () => {
      const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
      Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true, writable: true });
      try {
        const index = await buildIndexAsync(makeFeed(30), { yieldEvery: 10 });
        expect(index.size).to.equal(30);
      } finally {
        if (own === undefined) delete (globalThis as { scheduler?: unknown }).scheduler;
        else Object.defineProperty(globalThis, 'scheduler', own);
      }
    });
  });
});
