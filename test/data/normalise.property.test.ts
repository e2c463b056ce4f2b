import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../src/data/errors.js';
import { LIMITS, normaliseFeed, normaliseOfferDocument, parseIsoDate, safeEmail, safeHttpUrl } from '../../src/data/normalise.js';
import {
  APPLY_MODES,
  CATEGORIES,
  CONTRACT_TYPES,
  OFFER_STATUSES,
  OPEN_TO,
  REMOTE_STATUSES,
  SECTION_KEYS,
  type Feed,
  type OfferDocument,
} from '../../src/data/types.js';
import { FEED_URL } from '../fixtures/feed.js';
import { junk, orJunk, text, url, wireFeedShape } from '../fixtures/wire-arbitraries.js';

const RUNS = { numRuns: 200 };

// ---------------------------------------------------------------------------
// Domain invariants: what every element may rely on once a feed is normalised.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const OFFER_KEYS = new Set([
  'id', 'title', 'url', 'datePosted', 'dateModified', 'validThrough', 'status', 'employmentType', 'hiringOrganization',
  'jobLocation', 'remote', 'baseSalary', 'occupationalCategory', 'category', 'openTo', 'experienceMonths',
  'openToBeginners', 'excerpt', 'document', 'apply',
]);

function fail(message: string): never {
  throw new Error(`invariant broken: ${message}`);
}

function check(condition: boolean, message: string): void {
  if (!condition) fail(message);
}

function isText(value: unknown, max: number): boolean {
  return typeof value === 'string' && value !== '' && value.length <= max && value === value.trim();
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href === value;
  } catch {
    return false;
  }
}

function isSubsetList(value: unknown, allowed: readonly string[]): boolean {
  return Array.isArray(value) && value.every((v) => allowed.includes(v as string)) && new Set(value).size === value.length;
}

function isTime(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The documented id: 1–128 of [A-Za-z0-9_-], the first a letter or digit. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

function checkUnique(ids: string[], what: string): void {
  check(new Set(ids).size === ids.length, `${what} ids are unique`);
}

export function checkFeed(feed: Feed): void {
  check(Object.getPrototypeOf(feed) === Object.prototype && feed.version === 1, 'feed is a plain version-1 object');
  for (const key of ['offers', 'organisations', 'families', 'trades', 'regions', 'departements', 'issues'] as const) {
    check(Array.isArray(feed[key]), `${key} is an array`);
  }
  if (feed.generatedAt !== undefined) check(isTime(feed.generatedAt), 'generatedAt is a time');
  if (feed.applicationEndpoint !== undefined) check(isHttpUrl(feed.applicationEndpoint), 'applicationEndpoint is http(s)');

  const regions = new Set(feed.regions.map((r) => r.code));
  checkUnique(feed.regions.map((r) => r.code), 'region');
  for (const r of feed.regions) check(isText(r.code, LIMITS.code) && isText(r.name, LIMITS.name), 'region fields');
  const departements = new Map(feed.departements.map((d) => [d.code, d]));
  checkUnique(feed.departements.map((d) => d.code), 'departement');
  for (const d of feed.departements) {
    check(isText(d.code, LIMITS.code) && isText(d.name, LIMITS.name) && regions.has(d.region), 'departement fields');
  }
  const organisations = new Map(feed.organisations.map((o) => [o.id, o]));
  checkUnique(feed.organisations.map((o) => o.id), 'organisation');
  for (const o of feed.organisations) {
    check(isText(o.id, LIMITS.id) && ID.test(o.id) && isText(o.name, LIMITS.name), 'organisation id and name');
    if (o.acronym !== undefined) check(isText(o.acronym, LIMITS.acronym), 'acronym');
    if (o.url !== undefined) check(isHttpUrl(o.url), 'organisation url');
    if (o.feed !== undefined) check(isHttpUrl(o.feed), 'organisation feed');
    // Parents exist and never loop.
    let current = o.parent;
    for (let steps = 0; current !== undefined; steps++) {
      check(organisations.has(current) && steps <= feed.organisations.length && current !== o.id, 'parent chain');
      current = organisations.get(current)?.parent;
    }
  }
  const families = new Set(feed.families.map((f) => f.id));
  checkUnique(feed.families.map((f) => f.id), 'family');
  for (const f of feed.families) {
    check(isText(f.id, LIMITS.id) && ID.test(f.id) && isText(f.name, LIMITS.name), 'family fields');
    if (f.description !== undefined) check(isText(f.description, LIMITS.description), 'family description');
  }
  const trades = new Set(feed.trades.map((t) => t.id));
  checkUnique(feed.trades.map((t) => t.id), 'trade');
  for (const t of feed.trades) {
    check(isText(t.id, LIMITS.id) && ID.test(t.id) && isText(t.name, LIMITS.name) && families.has(t.family), 'trade fields');
    for (const list of [t.missions, t.skills]) {
      check(Array.isArray(list) && list.length <= LIMITS.listLength && list.every((s) => isText(s, LIMITS.listItem)), 'trade lists');
    }
  }

  checkUnique(feed.offers.map((o) => o.id), 'offer');
  for (const o of feed.offers) {
    check(Object.getPrototypeOf(o) === Object.prototype, 'offer is a plain object');
    for (const key of Object.keys(o)) check(OFFER_KEYS.has(key), `offer has only known keys (${key})`);
    check(isText(o.id, LIMITS.id) && ID.test(o.id), 'offer id');
    check(isText(o.title, LIMITS.title) && !LONE_SURROGATE.test(o.title) && !/\s\s|\n/.test(o.title), 'offer title');
    check(isTime(o.datePosted), 'datePosted');
    if (o.dateModified !== undefined) check(isTime(o.dateModified), 'dateModified');
    if (o.validThrough !== undefined) check(isTime(o.validThrough), 'validThrough');
    check(OFFER_STATUSES.includes(o.status), 'status');
    check(isSubsetList(o.employmentType, CONTRACT_TYPES), 'employmentType');
    check(organisations.has(o.hiringOrganization), 'hiringOrganization is known');
    check(REMOTE_STATUSES.includes(o.remote), 'remote');
    check(isSubsetList(o.category, CATEGORIES), 'category');
    check(isSubsetList(o.openTo, OPEN_TO), 'openTo');
    check(Number.isInteger(o.experienceMonths) && o.experienceMonths >= 0, 'experienceMonths');
    check(typeof o.openToBeginners === 'boolean', 'openToBeginners');
    if (o.url !== undefined) check(isHttpUrl(o.url), 'offer url');
    if (o.document !== undefined) check(isHttpUrl(o.document), 'offer document');
    if (o.excerpt !== undefined) check(isText(o.excerpt, LIMITS.excerpt), 'excerpt');
    if (o.occupationalCategory !== undefined) check(trades.has(o.occupationalCategory), 'trade is known');
    if (o.baseSalary !== undefined) {
      const { min, max } = o.baseSalary;
      check(min !== undefined || max !== undefined, 'salary has a bound');
      for (const bound of [min, max]) if (bound !== undefined) check(Number.isFinite(bound) && bound >= 0, 'salary bound');
      if (min !== undefined && max !== undefined) check(min <= max, 'salary min <= max');
    }
    const location = o.jobLocation;
    check(typeof location === 'object' && location !== null, 'jobLocation');
    if (location.departement !== undefined) {
      const d = departements.get(location.departement);
      check(d !== undefined && location.region === d.region, 'departement known, région consistent');
    }
    if (location.region !== undefined) check(regions.has(location.region), 'région known');
    check(APPLY_MODES.includes(o.apply.mode), 'apply mode');
    if (o.apply.mode === 'external') check(isHttpUrl(o.apply.url), 'external apply url');
    if (o.apply.mode === 'email') check(safeEmail(o.apply.email) === o.apply.email, 'apply e-mail');
  }

  check(feed.issues.length <= LIMITS.issues + 1, 'issues are capped');
  for (const issue of feed.issues) {
    check(typeof issue.path === 'string' && (issue.path === '' || issue.path.startsWith('/')), 'issue path is a JSON pointer');
    check(typeof issue.code === 'string' && (issue.action === 'skipped' || issue.action === 'dropped'), 'issue code and action');
  }
}

function checkDocument(doc: OfferDocument, offerId: string): void {
  check(doc.id === offerId, 'document id');
  for (const [key, html] of Object.entries(doc.sections)) {
    check((SECTION_KEYS as readonly string[]).includes(key), 'known section');
    check(isText(html, LIMITS.section), 'section text');
  }
}

/** Normalises and checks; only `invalid-feed` may be thrown, and only for what is not a feed. */
function normaliseAndCheck(input: unknown): Feed | undefined {
  const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const isFeed = record !== undefined && Array.isArray(record.offers) && (record.version === 1 || record.version === undefined);
  let feed: Feed;
  try {
    feed = normaliseFeed(input, FEED_URL);
  } catch (error) {
    if (!(error instanceof FeedError) || error.code !== 'invalid-feed') throw error;
    check(!isFeed, 'a version-1 feed with offers is never refused');
    return undefined;
  }
  check(isFeed, 'what is not a feed is refused');
  checkFeed(feed);
  return feed;
}

// ---------------------------------------------------------------------------

describe('normaliseFeed (properties)', () => {
  it('takes anything: it returns a valid feed or throws invalid-feed', () => {
    fc.assert(
      fc.property(junk, (input) => {
        normaliseAndCheck(input);
      }),
      RUNS,
    );
  });

  it('takes any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        normaliseAndCheck(JSON.parse(json));
      }),
      RUNS,
    );
  });

  it('takes any JSON value wrapped as a feed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 5 }), (value, offers) => {
        normaliseAndCheck({ version: 1, offers, organisations: value, regions: value, trades: value });
      }),
      RUNS,
    );
  });

  it('takes feed-shaped objects with junk in every field, and keeps the invariants', () => {
    // Also count what came out, so that the invariants are not checked on empty feeds only.
    const seen = { feeds: 0, offers: 0, salaries: 0, locations: 0, parents: 0, external: 0, email: 0 };
    fc.assert(
      fc.property(wireFeedShape, (input) => {
        const feed = normaliseAndCheck(input);
        if (feed === undefined) return;
        seen.feeds += 1;
        seen.offers += feed.offers.length;
        seen.parents += feed.organisations.filter((o) => o.parent !== undefined).length;
        for (const offer of feed.offers) {
          if (offer.baseSalary) seen.salaries += 1;
          if (offer.jobLocation.region) seen.locations += 1;
          if (offer.apply.mode === 'external') seen.external += 1;
          if (offer.apply.mode === 'email') seen.email += 1;
        }
      }),
      // A fixed seed: the counts below check what the runs covered, and some random runs made no e-mail offer.
      { numRuns: 500, seed: 20261207 },
    );
    for (const [what, count] of Object.entries(seen)) expect(count, what).to.be.above(0);
  });

  it('never pollutes Object.prototype', () => {
    fc.assert(
      fc.property(wireFeedShape, junk, (feed, extra) => {
        const input = JSON.parse(`{"__proto__": {"polluted": 1}, "offers": [{"__proto__": {"polluted": 2}}]}`) as Record<string, unknown>;
        Object.assign(input, typeof feed === 'object' ? feed : {}, { extra });
        try {
          normaliseFeed(input, FEED_URL);
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
        }
        return ({} as Record<string, unknown>).polluted === undefined;
      }),
      { numRuns: 100 },
    );
  });
});

describe('normaliseOfferDocument (properties)', () => {
  it('returns a valid document or throws invalid-feed', () => {
    const doc = fc.oneof(
      junk,
      fc.record(
        {
          version: orJunk(fc.constant(1)),
          id: orJunk(fc.constantFrom('offer-1', 'other')),
          sections: orJunk(fc.dictionary(fc.constantFrom(...SECTION_KEYS, 'other', '__proto__'), orJunk(text))),
          education: orJunk(text),
          contractDuration: orJunk(text),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(doc, (input) => {
        try {
          checkDocument(normaliseOfferDocument(input, 'offer-1'), 'offer-1');
        } catch (error) {
          if (!(error instanceof FeedError) || error.code !== 'invalid-feed') throw error;
        }
      }),
      RUNS,
    );
  });
});

describe('field readers (properties)', () => {
  it('reads back any ISO date-time it is given', () => {
    const dates = fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, (d) => {
        expect(parseIsoDate(d.toISOString())).to.equal(d.getTime());
      }),
      RUNS,
    );
  });

  it('reads URLs exactly as the URL parser does (fast paths included), less any user name and password', () => {
    const piece = fc.constantFrom(
      'https://', 'http://', 'HTTPS://', 'javascript:', 'data:', '//', '/', '/', '/', '.', '..', '%2e', '%2E', '?', '#', ':', ':443', ':8080',
      'example', 'Example', '.org', '.gouv.fr', '127.0.0.1', '0x7f', '1', 'xn--bcher-kva', 'a', 'b', 'é', ' ', '\t', '\\', '%', '%20',
      "'", '"', '<', '`', '{', '|', '^', '[', ']', '@', 'user:pw@', '~', '-', '_', '!', '$', '&', '(', ')', '*', '+', ',', ';', '=',
    );
    const candidate = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    const bases = [FEED_URL, 'https://feeds.example.org/', 'http://localhost:8000/a/b?c=d#e', 'https://user:pw@example.org/x/y', 'about:blank', ''];
    const usable = (base: string): boolean => {
      try {
        return new URL(base).href !== '';
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(candidate, fc.constantFrom(...bases, 'not a URL'), (value, base) => {
        let expected: string | undefined;
        try {
          const url = usable(base) ? new URL(value.trim(), base) : new URL(value.trim());
          url.username = '';
          url.password = '';
          expected = url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
        } catch {
          expected = undefined;
        }
        if (value.trim() === '') expected = undefined;
        expect(safeHttpUrl(value, base)).to.equal(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps only absolute http(s) URLs', () => {
    fc.assert(
      fc.property(fc.oneof(url, fc.string({ unit: 'binary' })), fc.constantFrom(FEED_URL, ''), (value, base) => {
        const out = safeHttpUrl(value, base);
        if (out !== undefined) expect(isHttpUrl(out)).to.equal(true);
      }),
      RUNS,
    );
  });

  it('accepts e-mail addresses that cannot change a mailto: link', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (value) => {
        const out = safeEmail(value);
        if (out !== undefined) expect(/[?&#%/\s:<>]/.test(out)).to.equal(false);
      }),
      RUNS,
    );
  });
});
