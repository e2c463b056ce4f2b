/**
 * Property-based tests: on random feeds and random filters, `queryOffers`
 * gives what a plain, obviously-correct reading of the rules gives.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { queryOffers, type FacetCount, type FacetKey, type OfferFilters, type QueryOptions } from '../../src/data/query.js';
import { FACET_KEYS } from '../../src/data/facets.js';
import { FIELD_WEIGHTS, type SearchField } from '../../src/data/search-index.js';
import { queryTerms, tokenize } from '../../src/data/text.js';
import { CATEGORIES, CONTRACT_TYPES, REMOTE_STATUSES, type Feed, type Offer, type OpenTo, type Organisation } from '../../src/data/types.js';
import { DAY, DEPARTEMENTS, FIXTURE_NOW as NOW, makeFeed, ORGANISATIONS, REGIONS, TRADES, FAMILIES } from '../fixtures/make-feed.js';

// ---------------------------------------------------------------------------
// The reference: the rules of query.ts, read literally, with no index.

const parisFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function referenceOpen(offer: Offer, now: number): boolean {
  if (offer.status !== 'open') return false;
  return offer.validThrough === undefined || parisFormat.format(now) <= parisFormat.format(offer.validThrough);
}

/** The hiring organisation, then each parent up the chain (an unknown parent ends it), each once. */
function chain(feed: Feed, id: string): string[] {
  const out = [id];
  for (let p = feed.organisations.find((o) => o.id === id)?.parent; p !== undefined && !out.includes(p); ) {
    out.push(p);
    p = feed.organisations.find((o) => o.id === p)?.parent;
  }
  return out;
}

function regionCode(feed: Feed, offer: Offer): string | undefined {
  const { region, departement } = offer.jobLocation;
  return region ?? feed.departements.find((d) => d.code === departement)?.region;
}

function familyOf(feed: Feed, offer: Offer): string | undefined {
  return feed.trades.find((t) => t.id === offer.occupationalCategory)?.family;
}

function texts(feed: Feed, offer: Offer): Record<SearchField, string[]> {
  const orgs = chain(feed, offer.hiringOrganization)
    .map((id) => feed.organisations.find((o) => o.id === id))
    .filter((o): o is Organisation => o !== undefined);
  const { addressLocality, postalCode, departement } = offer.jobLocation;
  const region = regionCode(feed, offer);
  return {
    title: [offer.title],
    trade: [feed.trades.find((t) => t.id === offer.occupationalCategory)?.name ?? ''],
    organisation: orgs.flatMap((o) => [o.name, o.acronym ?? '']),
    location: [
      addressLocality ?? '',
      postalCode ?? '',
      departement ?? '',
      feed.departements.find((d) => d.code === departement)?.name ?? '',
      feed.regions.find((r) => r.code === region)?.name ?? '',
    ],
    excerpt: [offer.excerpt ?? ''],
  };
}

/** The offer's score for the query, 0 when a term matches no word. */
function referenceScore(feed: Feed, offer: Offer, terms: string[][]): number {
  const fields = texts(feed, offer);
  let total = 0;
  for (const forms of terms) {
    let best = 0;
    for (const field of Object.keys(fields) as SearchField[]) {
      for (const word of fields[field].flatMap(tokenize)) {
        for (const form of forms) {
          const s = word === form ? 2 * FIELD_WEIGHTS[field] : word.startsWith(form) ? FIELD_WEIGHTS[field] : 0;
          best = Math.max(best, s);
        }
      }
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** The values an offer has for a facet. */
function facetValues(feed: Feed, offer: Offer, key: FacetKey): string[] {
  const one = (v: string | undefined): string[] => (v === undefined ? [] : [v]);
  switch (key) {
    case 'organisation':
      return chain(feed, offer.hiringOrganization);
    case 'trade':
      return one(offer.occupationalCategory);
    case 'family':
      return one(familyOf(feed, offer));
    case 'region':
      return one(regionCode(feed, offer));
    case 'departement':
      return one(offer.jobLocation.departement);
    case 'contract':
      return [...new Set(offer.employmentType)];
    case 'remote':
      return [offer.remote];
    case 'category':
      return [...new Set(offer.category)];
    case 'beginners':
      return [String(offer.openToBeginners)];
  }
}

function label(feed: Feed, key: FacetKey, value: string): string {
  const list: { id?: string; code?: string; name: string }[] =
    key === 'organisation' ? feed.organisations
    : key === 'trade' ? feed.trades
    : key === 'family' ? feed.families
    : key === 'region' ? feed.regions
    : key === 'departement' ? feed.departements
    : [];
  return list.find((item) => (item.id ?? item.code) === value)?.name ?? value;
}

/** Whether the offer passes the filter of `key` (true when that filter is not set). */
function passes(feed: Feed, offer: Offer, filters: OfferFilters, key: FacetKey): boolean {
  if (key === 'beginners') return filters.beginners !== true || offer.openToBeginners;
  const chosen: readonly string[] | undefined = filters[key];
  if (chosen === undefined || chosen.length === 0) return true;
  const has = facetValues(feed, offer, key);
  if (key === 'organisation') return chosen.some((c) => has.includes(c));
  return has.some((v) => chosen.includes(v));
}

interface Expected {
  total: number;
  page: number;
  pageCount: number;
  ids: string[];
  facets: Partial<Record<FacetKey, FacetCount[]>>;
}

function reference(feed: Feed, filters: OfferFilters, options: QueryOptions): Expected {
  const now = options.now ?? Date.now();
  const terms = filters.keywords === undefined ? [] : queryTerms(filters.keywords);
  const score = new Map<Offer, number>();
  const base = feed.offers.filter((o) => {
    if (filters.includeClosed !== true && !referenceOpen(o, now)) return false;
    if (terms.length === 0) return true;
    score.set(o, referenceScore(feed, o, terms));
    return (score.get(o) as number) > 0;
  });
  const matching = base.filter((o) => FACET_KEYS.every((k) => passes(feed, o, filters, k)));

  const newest = (a: Offer, b: Offer): number => b.datePosted - a.datePosted || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sort = options.sort ?? 'newest';
  matching.sort(
    sort === 'deadline' ? (a, b) => (a.validThrough ?? Infinity) - (b.validThrough ?? Infinity) || newest(a, b)
    : sort === 'relevance' && terms.length > 0 ? (a, b) => (score.get(b) as number) - (score.get(a) as number) || newest(a, b)
    : newest,
  );

  const pageSize = options.pageSize ?? 20;
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(Math.floor(options.page ?? 1), 1), pageCount);

  const facets: Partial<Record<FacetKey, FacetCount[]>> = {};
  const keys = options.facets === true ? FACET_KEYS : Array.isArray(options.facets) ? FACET_KEYS.filter((k) => (options.facets as FacetKey[]).includes(k)) : [];
  for (const key of keys) {
    const counts = new Map<string, number>();
    for (const o of base) {
      if (!FACET_KEYS.every((k) => k === key || passes(feed, o, filters, k))) continue;
      for (const v of facetValues(feed, o, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    facets[key] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || collator.compare(label(feed, key, a.value), label(feed, key, b.value)) || (a.value < b.value ? -1 : 1));
  }
  return { total: matching.length, page, pageCount, ids: matching.slice((page - 1) * pageSize, page * pageSize).map((o) => o.id), facets };
}

// ---------------------------------------------------------------------------
// Generators.

const WORDS = [
  'Développeur·se', 'développeuse', 'Ingénieur·e', 'ingénieure', 'Données', 'DATA', 'database', 'Chef·fe', 'cheffe', 'projet',
  'de', 'la', 'l’équipe', "d'Azur", 'C++', 'C#', 'Bac+5', 'sécurité', 'SECURITE', 'Paris', 'cœur', 'réseau', 'réseaux',
  'Île-de-France', 'dev', 'DevOps', 'Œuvre', 'Administrateur·rice', 'technicien(ne)', 'node.js',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((ws) => ws.join(' '));
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

const ORG_IDS = ['o1', 'o2', 'o3', 'o4', 'o5'];
const TRADE_IDS = ['t1', 't2', 't3', 't4'];
const DAYS = [NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY, NOW, Date.UTC(2024, 5, 1), Date.UTC(2024, 5, 1, 22), NOW + DAY];

const organisation = fc.record({
  id: fc.constantFrom(...ORG_IDS),
  name: text,
  acronym: opt(fc.constantFrom('DNUM', 'ANSSI', 'DGFiP')),
  parent: opt(fc.constantFrom(...ORG_IDS, 'ghost')),
});

const offer = fc.record(
  {
    id: fc.constant(''),
    title: text,
    datePosted: fc.constantFrom(...DAYS),
    validThrough: fc.constantFrom(...DAYS),
    status: fc.constantFrom('open', 'open', 'filled'),
    employmentType: fc.subarray([...CONTRACT_TYPES]),
    hiringOrganization: fc.constantFrom(...ORG_IDS, 'ghost', 'stranger'),
    jobLocation: fc.record(
      {
        addressLocality: fc.constantFrom('Brest', 'Saint-Étienne'),
        postalCode: fc.constantFrom('29200', '42000'),
        departement: fc.constantFrom('d1', 'd2', 'd3', 'd9'),
        region: fc.constantFrom('r1', 'r2', 'r7'),
      },
      { requiredKeys: [] },
    ),
    remote: fc.constantFrom(...REMOTE_STATUSES),
    occupationalCategory: fc.constantFrom(...TRADE_IDS, 't9'),
    category: fc.subarray([...CATEGORIES]),
    openTo: fc.constant<OpenTo[]>([]),
    experienceMonths: fc.constant(0),
    openToBeginners: fc.boolean(),
    excerpt: text,
    apply: fc.constant({ mode: 'platform' as const }),
  },
  { requiredKeys: ['id', 'title', 'datePosted', 'status', 'employmentType', 'hiringOrganization', 'jobLocation', 'remote', 'category', 'openTo', 'experienceMonths', 'openToBeginners', 'apply'] },
);

const feed: fc.Arbitrary<Feed> = fc
  .record({
    organisations: fc.uniqueArray(organisation, { selector: (o) => o.id, maxLength: 5 }),
    trades: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...TRADE_IDS), name: text, family: fc.constantFrom('f1', 'f2', 'f9'), missions: fc.constant<string[]>([]), skills: fc.constant<string[]>([]) }),
      { selector: (t) => t.id, maxLength: 4 },
    ),
    offers: fc.array(offer, { maxLength: 25 }),
  })
  .map(({ organisations, trades, offers }) =>
    makeFeed(0, {
      organisations,
      trades,
      families: [
        { id: 'f1', name: 'Développement' },
        { id: 'f2', name: 'données' },
      ],
      regions: [
        { code: 'r1', name: 'Bretagne' },
        { code: 'r2', name: 'Île-de-France' },
      ],
      departements: [
        { code: 'd1', name: 'Finistère', region: 'r1' },
        { code: 'd2', name: 'Paris', region: 'r2' },
        { code: 'd3', name: 'Loire', region: 'r8' },
      ],
      offers: offers.map((o, i) => ({ ...o, id: `x${i}` })),
    }),
  );

/** Keywords: words of the pool, starts of them, or anything at all. */
const keywords = fc.oneof(
  text,
  fc.tuple(fc.constantFrom(...WORDS), fc.nat(12)).map(([w, n]) => w.slice(0, n + 1)),
  fc.string({ maxLength: 12 }),
);

const filters = (values: { organisation: string[]; trade: string[]; family: string[]; region: string[]; departement: string[] }): fc.Arbitrary<OfferFilters> =>
  fc.record(
    {
      keywords,
      organisation: fc.subarray([...values.organisation, 'nope']),
      trade: fc.subarray([...values.trade, 'nope']),
      family: fc.subarray([...values.family, 'nope']),
      region: fc.subarray([...values.region, 'nope']),
      departement: fc.subarray([...values.departement, 'nope']),
      contract: fc.subarray([...CONTRACT_TYPES]),
      remote: fc.subarray([...REMOTE_STATUSES]),
      category: fc.subarray([...CATEGORIES]),
      beginners: fc.boolean(),
      includeClosed: fc.boolean(),
    },
    { requiredKeys: [] },
  );

const options: fc.Arbitrary<QueryOptions> = fc.record({
  sort: fc.constantFrom('newest', 'deadline', 'relevance'),
  page: fc.integer({ min: -1, max: 6 }),
  pageSize: fc.integer({ min: 1, max: 8 }),
  now: fc.constantFrom(NOW, NOW + DAY, Date.UTC(2024, 5, 1, 21, 59, 59, 999), Date.UTC(2024, 5, 1, 22)),
  facets: fc.constant(true),
});

function check(f: Feed, fl: OfferFilters, o: QueryOptions): void {
  const got = queryOffers(f, fl, o);
  const expected = reference(f, fl, o);
  expect({ total: got.total, page: got.page, pageCount: got.pageCount, ids: got.offers.map((x) => x.id), facets: got.facets }).to.deep.equal(expected);
}

// ---------------------------------------------------------------------------

describe('queryOffers (properties)', () => {
  it('agrees with the reference on random feeds and filters', () => {
    const values = {
      organisation: [...ORG_IDS, 'ghost', 'stranger'],
      trade: [...TRADE_IDS, 't9'],
      family: ['f1', 'f2', 'f9'],
      region: ['r1', 'r2', 'r7', 'r8'],
      departement: ['d1', 'd2', 'd3', 'd9'],
    };
    fc.assert(fc.property(feed, filters(values), options, check), { numRuns: 300 });
  });

  it('agrees with the reference on the fixture feed', () => {
    const fixture = makeFeed(150);
    const values = {
      organisation: ORGANISATIONS.map((o) => o.id),
      trade: TRADES.map((t) => t.id),
      family: FAMILIES.map((f) => f.id),
      region: REGIONS.map((r) => r.code),
      departement: DEPARTEMENTS.map((d) => d.code),
    };
    fc.assert(
      fc.property(filters(values), options, (fl, o) => check(fixture, fl, o)),
      { numRuns: 150 },
    );
  });

  it('takes any string as keywords', () => {
    const fixture = makeFeed(200);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 })), (s) => {
        const r = queryOffers(fixture, { keywords: s }, { sort: 'relevance', facets: true, now: NOW });
        return r.total <= fixture.offers.length && r.offers.length <= 20 && r.page === 1;
      }),
      { numRuns: 500 },
    );
  });

  it('only narrows when a filter is added', () => {
    const fixture = makeFeed(120);
    fc.assert(
      fc.property(fc.constantFrom(...FACET_KEYS), keywords, (key, kw) => {
        const all = queryOffers(fixture, { keywords: kw }, { now: NOW, pageSize: 1000, facets: [key] });
        for (const { value, count } of all.facets[key] ?? []) {
          const narrowed = key === 'beginners' ? { beginners: value === 'true' } : { [key]: [value] };
          const sub = queryOffers(fixture, { keywords: kw, ...narrowed }, { now: NOW, pageSize: 1000 });
          if (key !== 'beginners' || value === 'true') expect(sub.total, `${key}=${value}`).to.equal(count);
          const inAll = new Set(all.offers.map((o) => o.id));
          expect(sub.offers.every((o) => inAll.has(o.id))).to.equal(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
