import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/errors.js';
import { LIMITS, normaliseFeed, normaliseOfferDocument, parseIsoDate, safeEmail, safeHttpUrl } from '../../src/data/normalise.js';
import type { Feed, FeedIssue, Offer } from '../../src/data/types.js';
import { offerHref } from '../../src/components/offer-card/offer-view.js';
import { FEED_URL, wireFeed, wireOffer, wireOfferDocument, type WireObject } from '../fixtures/feed.js';

/** Normalises a feed holding the one offer `wireOffer(overrides)`. */
function readOffer(overrides: WireObject = {}): { offer: Offer | undefined; feed: Feed } {
  const feed = normaliseFeed(wireFeed({ offers: [wireOffer(overrides)] }), FEED_URL);
  return { offer: feed.offers[0], feed };
}

function issueAt(feed: Feed, path: string): FeedIssue | undefined {
  return feed.issues.find((i) => i.path === path);
}

async function fixtureJson(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../fixtures/feeds/${name}`, import.meta.url));
  return response.json() as Promise<unknown>;
}

function expectInvalidFeed(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('invalid-feed');
    return;
  }
  expect.fail('expected a FeedError invalid-feed');
}

describe('normaliseFeed', () => {
  describe('top level', () => {
    it('reads a clean feed without issues', () => {
      const feed = normaliseFeed(wireFeed(), FEED_URL);
      expect(feed.issues).to.deep.equal([]);
      expect(feed.version).to.equal(1);
      expect(feed.offers).to.have.length(1);
      expect(feed.organisations.map((o) => o.id)).to.deep.equal(['mef', 'dinum']);
      expect(feed.regions).to.have.length(2);
      expect(feed.departements).to.have.length(3);
      expect(feed.families).to.have.length(1);
      expect(feed.trades).to.have.length(2);
      expect(feed.generatedAt).to.equal(Date.UTC(2025, 2, 5, 6));
      expect(feed.applicationEndpoint).to.equal('https://feeds.example.org/api/applications');
    });

    it('refuses what is not a feed object', () => {
      for (const input of [null, undefined, 1, 'feed', [], [wireFeed()], true]) {
        expectInvalidFeed(() => normaliseFeed(input, FEED_URL));
      }
    });

    it('refuses a feed without an offers array', () => {
      expectInvalidFeed(() => normaliseFeed(wireFeed({ offers: undefined }), FEED_URL));
      expectInvalidFeed(() => normaliseFeed(wireFeed({ offers: { 0: wireOffer() } }), FEED_URL));
      // An offer document is not a feed.
      expectInvalidFeed(() => normaliseFeed(wireOfferDocument(), FEED_URL));
    });

    it('refuses other versions', () => {
      for (const version of [2, 0, '1', null, 1.5]) {
        expectInvalidFeed(() => normaliseFeed(wireFeed({ version }), FEED_URL));
      }
    });

    it('accepts a feed without version but with offers, and reports it', () => {
      const feed = normaliseFeed(wireFeed({ version: undefined }), FEED_URL);
      expect(feed.offers).to.have.length(1);
      expect(feed.issues).to.deep.equal([{ path: '/version', code: 'missing', action: 'dropped' }]);
    });

    it('reads an empty feed', () => {
      const feed = normaliseFeed({ version: 1, offers: [] }, FEED_URL);
      expect(feed).to.deep.equal({
        version: 1,
        offers: [],
        organisations: [],
        families: [],
        trades: [],
        regions: [],
        departements: [],
        issues: [],
      });
    });

    it('drops a bad generatedAt and an unsafe applicationEndpoint', () => {
      const feed = normaliseFeed(wireFeed({ generatedAt: 'yesterday', applicationEndpoint: 'javascript:alert(1)' }), FEED_URL);
      expect(feed.generatedAt).to.equal(undefined);
      expect(feed.applicationEndpoint).to.equal(undefined);
      expect(issueAt(feed, '/generatedAt')).to.include({ code: 'invalid-value', action: 'dropped' });
      expect(issueAt(feed, '/applicationEndpoint')).to.include({ code: 'unsafe-url', action: 'dropped' });
    });

    it('reads lists of the wrong type as empty and reports them', () => {
      const feed = normaliseFeed(wireFeed({ families: 'none', regions: {}, trades: 7, offers: [] }), FEED_URL);
      expect(feed.families).to.deep.equal([]);
      expect(feed.regions).to.deep.equal([]);
      expect(feed.trades).to.deep.equal([]);
      expect(issueAt(feed, '/families')).to.include({ code: 'invalid-type' });
      expect(issueAt(feed, '/regions')).to.include({ code: 'invalid-type' });
      expect(issueAt(feed, '/trades')).to.include({ code: 'invalid-type' });
    });

    it('treats null lists as absent', () => {
      const feed = normaliseFeed(wireFeed({ families: null, trades: null, offers: [] }), FEED_URL);
      expect(feed.issues).to.deep.equal([]);
    });

    it('lists at most LIMITS.issues issues, then says there were more', () => {
      const offers = Array.from({ length: LIMITS.issues + 50 }, () => ({}));
      const feed = normaliseFeed(wireFeed({ offers }), FEED_URL);
      expect(feed.issues).to.have.length(LIMITS.issues + 1);
      expect(feed.issues[LIMITS.issues]).to.deep.equal({ path: '', code: 'too-many-issues', action: 'skipped' });
    });
  });

  describe('offers: required fields', () => {
    it('reads every field of a valid offer', () => {
      const { offer, feed } = readOffer();
      expect(feed.issues).to.deep.equal([]);
      expect(offer).to.deep.equal({
        id: 'offer-1',
        title: 'Développeuse ou développeur full-stack',
        url: 'https://metiers.numerique.gouv.fr/offres/offer-1',
        datePosted: Date.UTC(2025, 2, 1, 9),
        dateModified: Date.UTC(2025, 2, 2, 9, 30),
        validThrough: new Date(2025, 3, 30, 23, 59, 59, 999).getTime(),
        status: 'open',
        employmentType: ['NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER'],
        hiringOrganization: 'dinum',
        jobLocation: { addressLocality: 'Rennes', postalCode: '35000', departement: '35', region: '53' },
        remote: 'PARTIAL',
        baseSalary: { min: 42000, max: 55000 },
        occupationalCategory: 'dev',
        category: ['A'],
        openTo: ['CIVIL_SERVANT', 'CONTRACT_WORKER'],
        experienceMonths: 24,
        openToBeginners: false,
        excerpt: 'Rejoignez une équipe produit.',
        document: 'https://feeds.example.org/feed/v1/offers/offer-1.json',
        apply: { mode: 'platform' },
      });
    });

    it('fills the defaults of a minimal offer', () => {
      const minimal = { id: 'm', title: 'Minimal', datePosted: '2025-01-01', hiringOrganization: 'mef' };
      const feed = normaliseFeed(wireFeed({ offers: [minimal] }), FEED_URL);
      expect(feed.issues).to.deep.equal([]);
      expect(feed.offers[0]).to.deep.equal({
        id: 'm',
        title: 'Minimal',
        datePosted: new Date(2025, 0, 1).getTime(),
        status: 'open',
        employmentType: [],
        hiringOrganization: 'mef',
        jobLocation: {},
        remote: 'NONE',
        category: [],
        openTo: [],
        experienceMonths: 0,
        openToBeginners: false,
        apply: { mode: 'platform' },
      });
    });

    const skipped: [string, WireObject, string, string][] = [
      ['a missing id', { id: undefined }, '/offers/0/id', 'missing'],
      ['an empty id', { id: '   ' }, '/offers/0/id', 'missing'],
      ['an object id', { id: { value: 'x' } }, '/offers/0/id', 'invalid-type'],
      ['a non-integer id', { id: 1.5 }, '/offers/0/id', 'invalid-value'],
      ['a huge id', { id: 'x'.repeat(LIMITS.id + 1) }, '/offers/0/id', 'invalid-value'],
      ['a missing title', { title: undefined }, '/offers/0/title', 'missing'],
      ['a blank title', { title: ' \n\t ' }, '/offers/0/title', 'missing'],
      ['a numeric title', { title: 42 }, '/offers/0/title', 'invalid-type'],
      ['a missing datePosted', { datePosted: undefined }, '/offers/0/datePosted', 'missing'],
      ['an epoch datePosted', { datePosted: 1736899200000 }, '/offers/0/datePosted', 'invalid-type'],
      ['an impossible datePosted', { datePosted: '2025-02-29' }, '/offers/0/datePosted', 'invalid-value'],
      ['a free-text datePosted', { datePosted: 'March 1, 2025' }, '/offers/0/datePosted', 'invalid-value'],
      ['a missing organisation', { hiringOrganization: undefined }, '/offers/0/hiringOrganization', 'missing'],
      ['an unknown organisation', { hiringOrganization: 'nobody' }, '/offers/0/hiringOrganization', 'unknown-reference'],
      ['an unknown organisation name', { hiringOrganization: { name: 'Nobody' } }, '/offers/0/hiringOrganization', 'unknown-reference'],
      ['an organisation of the wrong type', { hiringOrganization: ['dinum'] }, '/offers/0/hiringOrganization', 'invalid-type'],
      ['an apply of the wrong type', { apply: 'platform' }, '/offers/0/apply', 'invalid-type'],
      ['an apply without mode', { apply: {} }, '/offers/0/apply/mode', 'missing'],
      ['an unknown apply mode', { apply: { mode: 'fax' } }, '/offers/0/apply/mode', 'invalid-value'],
      ['an external apply without URL', { apply: { mode: 'external' } }, '/offers/0/apply/url', 'missing'],
      ['an external apply with a numeric URL', { apply: { mode: 'external', url: 7 } }, '/offers/0/apply/url', 'invalid-type'],
      ['an external apply with a javascript: URL', { apply: { mode: 'external', url: 'javascript:alert(1)' } }, '/offers/0/apply/url', 'unsafe-url'],
      ['an external apply with a data: URL', { apply: { mode: 'external', url: 'data:text/html,hi' } }, '/offers/0/apply/url', 'unsafe-url'],
      ['an e-mail apply without address', { apply: { mode: 'email' } }, '/offers/0/apply/email', 'missing'],
      ['an e-mail apply with a bad address', { apply: { mode: 'email', email: 'not an address' } }, '/offers/0/apply/email', 'invalid-value'],
      ['an e-mail apply that injects headers', { apply: { mode: 'email', email: 'a@b.fr?cc=c@d.fr' } }, '/offers/0/apply/email', 'invalid-value'],
    ];
    for (const [what, overrides, path, code] of skipped) {
      it(`skips an offer with ${what}`, () => {
        const { offer, feed } = readOffer(overrides);
        expect(offer).to.equal(undefined);
        expect(feed.issues).to.have.length(1);
        expect(feed.issues[0]).to.include({ path, code, action: 'skipped' });
      });
    }

    it('names the skipped offer in the issue when its id is known', () => {
      const { feed } = readOffer({ title: undefined });
      expect(feed.issues[0].id).to.equal('offer-1');
    });

    it('skips items that are not objects', () => {
      const feed = normaliseFeed(wireFeed({ offers: [null, 'offer', 3, [], wireOffer()] }), FEED_URL);
      expect(feed.offers).to.have.length(1);
      expect(feed.issues.map((i) => i.path)).to.deep.equal(['/offers/0', '/offers/1', '/offers/2', '/offers/3']);
      expect(feed.issues.every((i) => i.code === 'invalid-type' && i.action === 'skipped')).to.equal(true);
    });

    it('keeps the first of two offers with the same id', () => {
      const feed = normaliseFeed(wireFeed({ offers: [wireOffer({ title: 'First' }), wireOffer({ title: 'Second' })] }), FEED_URL);
      expect(feed.offers.map((o) => o.title)).to.deep.equal(['First']);
      expect(feed.issues).to.deep.equal([{ path: '/offers/1/id', code: 'duplicate', id: 'offer-1', action: 'skipped' }]);
    });

    it('keeps a later offer whose id was taken by a skipped one', () => {
      const feed = normaliseFeed(wireFeed({ offers: [wireOffer({ title: '' }), wireOffer({ title: 'Valid' })] }), FEED_URL);
      expect(feed.offers.map((o) => o.title)).to.deep.equal(['Valid']);
    });

    it('reads numeric ids as text', () => {
      const { offer } = readOffer({ id: 42 });
      expect(offer?.id).to.equal('42');
    });

    it('trims and collapses the title, and caps it', () => {
      expect(readOffer({ title: '  Chef\n de   projet\t ' }).offer?.title).to.equal('Chef de projet');
      const long = readOffer({ title: 'é'.repeat(1000) }).offer?.title ?? '';
      expect(long).to.have.length(LIMITS.title);
      expect(long.endsWith('…')).to.equal(true);
    });

    it('never cuts a surrogate pair when capping', () => {
      const title = `${'a'.repeat(LIMITS.title - 2)}😀😀😀`;
      const capped = readOffer({ title }).offer?.title ?? '';
      expect(capped.length).to.be.at.most(LIMITS.title);
      expect(capped).to.equal(`${'a'.repeat(LIMITS.title - 2)}…`);
    });

    it('finds the organisation given as an object, by id or by name', () => {
      expect(readOffer({ hiringOrganization: { id: 'mef', name: 'ignored' } }).offer?.hiringOrganization).to.equal('mef');
      expect(readOffer({ hiringOrganization: { name: '  ministère de l’économie ' } }).offer).to.equal(undefined);
      expect(readOffer({ hiringOrganization: { name: "  MINISTÈRE  de l'Économie " } }).offer?.hiringOrganization).to.equal('mef');
      expect(readOffer({ hiringOrganization: { '@type': 'Organization' } }).offer).to.equal(undefined);
    });
  });

  describe('offers: ids', () => {
    // What the docs and the schema allow: 1–128 of [A-Za-z0-9_-], the first a letter or digit.
    const refused: [string, unknown][] = [
      ['a dot-dot id (it would climb a path in href-template)', '..'],
      ['a dot id', '.'],
      ['an id with a bidi override and a NUL', 'ref-\u202E4202-\u0000x'],
      ['an id with a slash', 'a/b'],
      ['an id with a backslash', 'a\\b'],
      ['an id with a question mark', 'a?b'],
      ['an id with a hash', 'a#b'],
      ['an id with inner white space', 'a b'],
      ['an id with a no-break space', 'a\u00a0b'],
      ['an id with a dot', 'v1.2'],
      ['an id with a percent', '%2e%2e'],
      ['an id with an accent', 'réf-1'],
      ['an id with a zero-width space', 'a\u200bb'],
      ['an id starting with a hyphen', '-a'],
      ['an id starting with an underscore', '_a'],
      ['a negative numeric id', -5],
      ['an id of 129 characters', 'x'.repeat(129)],
    ];
    for (const [what, id] of refused) {
      it(`skips an offer with ${what}, reports it, and keeps the others`, () => {
        const feed = normaliseFeed(wireFeed({ offers: [wireOffer({ id, title: 'Bad' }), wireOffer({ id: 'good', title: 'Good' })] }), FEED_URL);
        expect(feed.offers.map((o) => [o.id, o.title])).to.deep.equal([['good', 'Good']]);
        expect(feed.issues).to.deep.equal([{ path: '/offers/0/id', code: 'invalid-value', action: 'skipped' }]);
      });
    }

    it('keeps ids made of the documented characters, up to 128 of them', () => {
      const ids = ['a', 'Z', '7', 'a_b-C9', 'x'.repeat(128), '0p6ig2zz'];
      const feed = normaliseFeed(wireFeed({ offers: ids.map((id) => wireOffer({ id })) }), FEED_URL);
      expect(feed.issues).to.deep.equal([]);
      expect(feed.offers.map((o) => o.id)).to.deep.equal(ids);
      // A safe integer is read as its decimal form, and white space around an id is trimmed, as before.
      expect(readOffer({ id: 42 }).offer?.id).to.equal('42');
      expect(readOffer({ id: '  abc \n' }).offer?.id).to.equal('abc');
    });

    it('skips offers whose id is "." or "..": no card link is built from them', () => {
      const feed = normaliseFeed(wireFeed({ offers: [wireOffer({ id: '..' }), wireOffer({ id: '.' }), wireOffer({ id: 'ok' })] }), FEED_URL);
      const paths = feed.offers.map((o) => new URL(offerHref(o, '/emplois/{id}/candidature') ?? '', document.baseURI).pathname);
      expect(paths).to.deep.equal(['/emplois/ok/candidature']);
    });

    it('refuses references with characters outside the id pattern', () => {
      const refs = readOffer({ hiringOrganization: 'mef/../dinum' });
      expect(refs.offer).to.equal(undefined);
      expect(issueAt(refs.feed, '/offers/0/hiringOrganization')).to.include({ code: 'invalid-value', action: 'skipped' });
      // Written schema.org style, `{ "id": … }`, an invalid id is still reported as invalid, not as unknown.
      for (const id of ['a b', 'mef/../dinum', '..', 'x'.repeat(129)]) {
        const byObject = readOffer({ hiringOrganization: { id } });
        expect(byObject.offer, id).to.equal(undefined);
        expect(issueAt(byObject.feed, '/offers/0/hiringOrganization'), id).to.include({ code: 'invalid-value', action: 'skipped' });
      }
      expect(issueAt(readOffer({ hiringOrganization: { id: true } }).feed, '/offers/0/hiringOrganization')).to.include({ code: 'invalid-type' });
      expect(issueAt(readOffer({ hiringOrganization: { id: 'nobody' } }).feed, '/offers/0/hiringOrganization')).to.include({
        code: 'unknown-reference',
      });
      const trade = readOffer({ occupationalCategory: 'dev\u202E' });
      expect(trade.offer?.occupationalCategory).to.equal(undefined);
      expect(issueAt(trade.feed, '/offers/0/occupationalCategory')).to.include({ code: 'invalid-value', action: 'dropped' });
    });
  });

  describe('offers: dates', () => {
    it('reads date-times with offsets and fractions', () => {
      expect(readOffer({ datePosted: '2025-03-01T09:00:00.250Z' }).offer?.datePosted).to.equal(Date.UTC(2025, 2, 1, 9, 0, 0, 250));
      expect(readOffer({ datePosted: '2025-03-01T09:00:00.123456789-0230' }).offer?.datePosted).to.equal(
        Date.UTC(2025, 2, 1, 11, 30, 0, 123),
      );
      expect(readOffer({ datePosted: '2025-03-01T09:00+02' }).offer?.datePosted).to.equal(Date.UTC(2025, 2, 1, 7));
      expect(readOffer({ datePosted: '2025-03-01 09:00:00z' }).offer?.datePosted).to.equal(Date.UTC(2025, 2, 1, 9));
    });

    it('reads a date-time without offset as local time, and a date as a local calendar day', () => {
      expect(readOffer({ datePosted: '2025-03-01T09:15:30' }).offer?.datePosted).to.equal(new Date(2025, 2, 1, 9, 15, 30).getTime());
      expect(readOffer({ datePosted: '2024-02-29' }).offer?.datePosted).to.equal(new Date(2024, 1, 29).getTime());
    });

    it('reads a date-only deadline as the end of that day', () => {
      expect(readOffer({ validThrough: '2025-06-30' }).offer?.validThrough).to.equal(new Date(2025, 5, 30, 23, 59, 59, 999).getTime());
      expect(readOffer({ validThrough: '2025-06-30T12:00:00Z' }).offer?.validThrough).to.equal(Date.UTC(2025, 5, 30, 12));
    });

    it('drops bad optional dates', () => {
      const { offer, feed } = readOffer({ dateModified: 'tomorrow', validThrough: 20250630 });
      expect(offer?.dateModified).to.equal(undefined);
      expect(offer?.validThrough).to.equal(undefined);
      expect(issueAt(feed, '/offers/0/dateModified')).to.include({ code: 'invalid-value', action: 'dropped', id: 'offer-1' });
      expect(issueAt(feed, '/offers/0/validThrough')).to.include({ code: 'invalid-type', action: 'dropped' });
    });

    it('refuses impossible dates and times', () => {
      for (const value of [
        '2025-13-01',
        '2025-00-10',
        '2025-04-31',
        '2023-02-29',
        '1900-02-29',
        '0999-01-01',
        '2025-01-01T24:00:00Z',
        '2025-01-01T10:60Z',
        '2025-01-01T10:00:60Z',
        '2025-01-01T10:00:00+24:00',
        '2025-01-01T10:00:00+01:60',
        '2025-1-1',
        '20250101',
        '2025-01-01T',
        '',
      ]) {
        expect(parseIsoDate(value), value).to.equal(undefined);
      }
      expect(parseIsoDate('2000-02-29')).to.equal(new Date(2000, 1, 29).getTime());
    });
  });

  describe('offers: enumerations', () => {
    it('accepts a single value or a list, and removes duplicates', () => {
      const { offer, feed } = readOffer({
        employmentType: 'INTERN',
        category: ['A', 'B', 'A'],
        openTo: 'CONTRACT_WORKER',
      });
      expect(feed.issues).to.deep.equal([]);
      expect(offer?.employmentType).to.deep.equal(['INTERN']);
      expect(offer?.category).to.deep.equal(['A', 'B']);
      expect(offer?.openTo).to.deep.equal(['CONTRACT_WORKER']);
    });

    it('tolerates case differences', () => {
      const { offer, feed } = readOffer({ employmentType: ['intern'], category: 'b', remote: 'full', status: 'FILLED' });
      expect(feed.issues).to.deep.equal([]);
      expect(offer).to.include({ remote: 'FULL', status: 'filled' });
      expect(offer?.employmentType).to.deep.equal(['INTERN']);
      expect(offer?.category).to.deep.equal(['B']);
    });

    it('drops unknown values one by one and reports each', () => {
      const { offer, feed } = readOffer({ employmentType: ['INTERN', 'PERMANENT', 3, ['FREELANCER']], category: 'Z', openTo: 7 });
      expect(offer?.employmentType).to.deep.equal(['INTERN']);
      expect(offer?.category).to.deep.equal([]);
      expect(offer?.openTo).to.deep.equal([]);
      expect(feed.issues.map((i) => [i.path, i.code])).to.deep.equal([
        ['/offers/0/employmentType/1', 'invalid-value'],
        ['/offers/0/employmentType/2', 'invalid-type'],
        ['/offers/0/employmentType/3', 'invalid-type'],
        ['/offers/0/category', 'invalid-value'],
        ['/offers/0/openTo', 'invalid-type'],
      ]);
    });

    it('skips an offer whose status is unknown: a draft must not show as open', () => {
      const { offer, feed } = readOffer({ status: 'closed' });
      expect(offer).to.equal(undefined);
      expect(issueAt(feed, '/offers/0/status')).to.include({ code: 'invalid-value', action: 'skipped' });
    });

    it('strips bidirectional overrides and control characters from texts', () => {
      const { offer } = readOffer({ title: 'Facture\u202Egnp.exe\u0007', excerpt: 'a\u2066b\u2069c' });
      expect(offer?.title).to.equal('Facturegnp.exe');
      expect(offer?.excerpt).to.equal('abc');
    });

    it('replaces lone surrogates in texts, and skips an offer whose id has one (it could not go in a URL)', () => {
      const { offer } = readOffer({ title: 'Dev \ud800 ops \udfff', apply: { mode: 'email', email: 'rh@example.gouv.fr', subject: 'Réf \udbff' } });
      expect(offer?.title).to.equal('Dev \ufffd ops \ufffd');
      expect(offer?.apply).to.deep.include({ subject: 'Réf \ufffd' });
      expect(() => encodeURIComponent(offer?.title ?? '')).not.to.throw();
      // A pair is a character, and stays.
      expect(readOffer({ title: 'Dev 👩‍💻' }).offer?.title).to.equal('Dev 👩‍💻');

      const { offer: skipped, feed } = readOffer({ id: 'abc\ud800' });
      expect(skipped).to.equal(undefined);
      expect(issueAt(feed, '/offers/0/id')).to.include({ code: 'invalid-value', action: 'skipped' });
    });

    it('keeps at most three combining marks in a row, so that stacked accents cannot spill over the page', () => {
      const zalgo = `Ze${'\u0301'.repeat(250)}lgo`;
      expect(readOffer({ title: zalgo, excerpt: zalgo }).offer).to.deep.include({ title: 'Zé\u0301\u0301lgo'.normalize('NFD'), excerpt: 'Zé\u0301\u0301lgo'.normalize('NFD') });
      // Vietnamese stacks two, Thai and Hindi up to three: they stay as written.
      for (const text of ['Nguyễn', 'Phở', 'ผู้ดูแลระบบ', 'कृष्ण', 'ẹ̄̀']) expect(readOffer({ title: text }).offer?.title).to.equal(text);
    });

    it('falls back to the default remote on a bad value', () => {
      const { offer, feed } = readOffer({ remote: 2 });
      expect(offer).to.include({ status: 'open', remote: 'NONE' });
      expect(issueAt(feed, '/offers/0/remote')).to.include({ code: 'invalid-value', action: 'dropped' });
    });

    it('reads jobLocationType TELECOMMUTE as full remote when remote is absent', () => {
      expect(readOffer({ remote: undefined, jobLocationType: 'TELECOMMUTE' }).offer?.remote).to.equal('FULL');
      expect(readOffer({ remote: 'PARTIAL', jobLocationType: 'TELECOMMUTE' }).offer?.remote).to.equal('PARTIAL');
      expect(readOffer({ remote: undefined, jobLocationType: 'ONSITE' }).offer?.remote).to.equal('NONE');
    });
  });

  describe('offers: other fields', () => {
    it('reads experience and beginners, dropping bad values', () => {
      expect(readOffer({ experienceMonths: 6.7, openToBeginners: true }).offer).to.include({ experienceMonths: 6, openToBeginners: true });
      for (const experienceMonths of [-1, '24', Number.POSITIVE_INFINITY, 100_000]) {
        const { offer, feed } = readOffer({ experienceMonths });
        expect(offer?.experienceMonths).to.equal(0);
        expect(issueAt(feed, '/offers/0/experienceMonths')?.action).to.equal('dropped');
      }
      const { offer, feed } = readOffer({ openToBeginners: 'yes' });
      expect(offer?.openToBeginners).to.equal(false);
      expect(issueAt(feed, '/offers/0/openToBeginners')).to.include({ code: 'invalid-type' });
    });

    it('keeps script tags in text as text', () => {
      const { offer } = readOffer({ title: '<script>alert(1)</script>', excerpt: '<img src=x onerror=alert(1)>' });
      expect(offer?.title).to.equal('<script>alert(1)</script>');
      expect(offer?.excerpt).to.equal('<img src=x onerror=alert(1)>');
    });

    it('caps the excerpt and drops a non-text one', () => {
      expect(readOffer({ excerpt: 'x'.repeat(5000) }).offer?.excerpt).to.have.length(LIMITS.excerpt);
      const { offer, feed } = readOffer({ excerpt: { text: 'hi' } });
      expect(offer?.excerpt).to.equal(undefined);
      expect(issueAt(feed, '/offers/0/excerpt')).to.include({ code: 'invalid-type', action: 'dropped' });
      expect(readOffer({ excerpt: '   ' }).feed.issues).to.deep.equal([]);
    });

    it('keeps a trade only when the feed knows it', () => {
      expect(readOffer({ occupationalCategory: 'ops' }).offer?.occupationalCategory).to.equal('ops');
      const unknown = readOffer({ occupationalCategory: 'astronaut' });
      expect(unknown.offer?.occupationalCategory).to.equal(undefined);
      expect(issueAt(unknown.feed, '/offers/0/occupationalCategory')).to.include({ code: 'unknown-reference', action: 'dropped' });
      const wrong = readOffer({ occupationalCategory: { id: 'dev' } });
      expect(issueAt(wrong.feed, '/offers/0/occupationalCategory')).to.include({ code: 'invalid-type' });
    });
  });

  describe('offers: URLs', () => {
    it('resolves relative URLs against the feed URL', () => {
      const { offer } = readOffer({ url: '/offres/1', document: '../docs/1.json' });
      expect(offer?.url).to.equal('https://feeds.example.org/offres/1');
      expect(offer?.document).to.equal('https://feeds.example.org/feed/docs/1.json');
    });

    it('drops javascript:, data: and other schemes', () => {
      const unsafe = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'ftp://example.org/', 'mailto:a@b.fr', 'http://'];
      for (const url of unsafe) {
        const { offer, feed } = readOffer({ url, document: url });
        expect(offer?.url, url).to.equal(undefined);
        expect(offer?.document, url).to.equal(undefined);
        expect(issueAt(feed, '/offers/0/url'), url).to.include({ code: 'unsafe-url', action: 'dropped' });
      }
    });

    it('leaves out a user name and password, which make a URL read as another site', () => {
      const { offer } = readOffer({ url: 'https://www.gouv.fr:x@evil.example/offre', apply: { mode: 'external', url: 'https://u@jobs.example/1' } });
      expect(offer?.url).to.equal('https://evil.example/offre');
      expect(offer?.apply).to.deep.include({ url: 'https://jobs.example/1' });
    });

    it('drops a URL of the wrong type and a too long one', () => {
      const typed = readOffer({ url: ['https://example.org'] });
      expect(issueAt(typed.feed, '/offers/0/url')).to.include({ code: 'invalid-type' });
      const long = readOffer({ url: `https://example.org/${'a'.repeat(LIMITS.url)}` });
      expect(long.offer?.url).to.equal(undefined);
    });

    it('resolves the external apply URL and keeps http(s) only', () => {
      expect(readOffer({ apply: { mode: 'external', url: 'https://jobs.example.org/apply?id=1' } }).offer?.apply).to.deep.equal({
        mode: 'external',
        url: 'https://jobs.example.org/apply?id=1',
      });
      expect(readOffer({ apply: { mode: 'external', url: '/apply/1' } }).offer?.apply).to.deep.equal({
        mode: 'external',
        url: 'https://feeds.example.org/apply/1',
      });
    });

    it('keeps relative URLs out when there is no base URL', () => {
      const feed = normaliseFeed(wireFeed({ offers: [wireOffer({ url: '/offres/1' })] }), '');
      expect(feed.offers[0].url).to.equal(undefined);
      expect(feed.offers[0].document).to.equal(undefined);
      expect(safeHttpUrl('https://example.org/a b', '')).to.equal('https://example.org/a%20b');
      expect(safeHttpUrl('https://example.org/a b', 'not a URL')).to.equal('https://example.org/a%20b');
      expect(safeHttpUrl('a b', 'not a URL')).to.equal(undefined);
    });
  });

  describe('offers: apply by e-mail', () => {
    it('reads the address and an optional subject', () => {
      const { offer } = readOffer({ apply: { mode: 'email', email: ' mailto:Recrutement.SI@example.gouv.fr ', subject: '  Candidature\n offre 1 ' } });
      expect(offer?.apply).to.deep.equal({ mode: 'email', email: 'Recrutement.SI@example.gouv.fr', subject: 'Candidature offre 1' });
      expect(readOffer({ apply: { mode: 'EMAIL', email: 'a@b.fr', subject: 3 } }).offer?.apply).to.deep.equal({ mode: 'email', email: 'a@b.fr' });
    });

    it('accepts plain addresses only', () => {
      for (const ok of ['a@b.fr', 'first.last+tag@sub.example.gouv.fr', "o'neil@example.org"]) {
        expect(safeEmail(ok), ok).to.equal(ok);
      }
      const bads = [
        'a@b',
        '@b.fr',
        'a@@b.fr',
        'a b@c.fr',
        'a@b.fr?subject=x',
        'a@b.fr&x',
        'a#b@c.fr',
        'a..b@c.fr',
        '.a@b.fr',
        'a@-b.fr',
        `${'a'.repeat(65)}@b.fr`,
        `a@${'b'.repeat(250)}.fr`,
        'javascript:alert(1)//@b.fr',
      ];
      for (const bad of bads) {
        expect(safeEmail(bad), bad).to.equal(undefined);
      }
    });
  });

  describe('offers: salary', () => {
    it('reads the flat form and schema.org nested form', () => {
      expect(readOffer({ baseSalary: { currency: 'eur', unitText: 'year', minValue: 40000 } }).offer?.baseSalary).to.deep.equal({ min: 40000 });
      const value = { '@type': 'QuantitativeValue', minValue: 40000, maxValue: 50000, unitText: 'YEAR' };
      expect(readOffer({ baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value } }).offer?.baseSalary).to.deep.equal({
        min: 40000,
        max: 50000,
      });
      expect(readOffer({ baseSalary: { currency: 'EUR', unitText: 'YEAR', value: { value: 45000 } } }).offer?.baseSalary).to.deep.equal({
        min: 45000,
        max: 45000,
      });
    });

    const dropped: [string, unknown, string, string][] = [
      ['another currency', { currency: 'USD', unitText: 'YEAR', minValue: 1 }, '/offers/0/baseSalary/currency', 'invalid-value'],
      ['no currency', { unitText: 'YEAR', minValue: 1 }, '/offers/0/baseSalary/currency', 'missing'],
      ['a monthly amount', { currency: 'EUR', unitText: 'MONTH', minValue: 3000 }, '/offers/0/baseSalary/unitText', 'invalid-value'],
      ['no unit', { currency: 'EUR', minValue: 3000 }, '/offers/0/baseSalary/unitText', 'missing'],
      ['min above max', { currency: 'EUR', unitText: 'YEAR', minValue: 60000, maxValue: 40000 }, '/offers/0/baseSalary', 'inconsistent'],
      ['no amount', { currency: 'EUR', unitText: 'YEAR' }, '/offers/0/baseSalary', 'missing'],
      ['a text amount', { currency: 'EUR', unitText: 'YEAR', minValue: '40000' }, '/offers/0/baseSalary/minValue', 'invalid-type'],
      ['a negative amount', { currency: 'EUR', unitText: 'YEAR', maxValue: -1 }, '/offers/0/baseSalary/maxValue', 'invalid-value'],
      ['an infinite amount', { currency: 'EUR', unitText: 'YEAR', maxValue: Number.POSITIVE_INFINITY }, '/offers/0/baseSalary/maxValue', 'invalid-value'],
      ['NaN', { currency: 'EUR', unitText: 'YEAR', minValue: Number.NaN }, '/offers/0/baseSalary/minValue', 'invalid-value'],
      ['a bad single value', { currency: 'EUR', value: { unitText: 'YEAR', value: 'lots' } }, '/offers/0/baseSalary/value/value', 'invalid-type'],
      ['a salary that is not an object', 45000, '/offers/0/baseSalary', 'invalid-type'],
    ];
    for (const [what, baseSalary, path, code] of dropped) {
      it(`drops a salary with ${what}`, () => {
        const { offer, feed } = readOffer({ baseSalary });
        expect(offer).to.not.equal(undefined);
        expect(offer?.baseSalary).to.equal(undefined);
        expect(feed.issues).to.have.length(1);
        expect(feed.issues[0]).to.include({ path, code, action: 'dropped' });
      });
    }
  });

  describe('offers: location', () => {
    it('derives the région from the département', () => {
      expect(readOffer({ jobLocation: { departement: '2A' } }).offer?.jobLocation).to.deep.equal({ departement: '2A', region: '11' });
    });

    it('reads numbers as codes and pads numeric postal codes', () => {
      expect(readOffer({ jobLocation: { departement: 35, postalCode: 6000 } }).offer?.jobLocation).to.deep.equal({
        departement: '35',
        region: '53',
        postalCode: '06000',
      });
    });

    it('reads the schema.org Place form and the first of several places', () => {
      const place = { '@type': 'Place', address: { addressLocality: 'Paris', postalCode: '75007', departement: '75' } };
      expect(readOffer({ jobLocation: [place, { addressLocality: 'Lyon' }] }).offer?.jobLocation).to.deep.equal({
        addressLocality: 'Paris',
        postalCode: '75007',
        departement: '75',
        region: '11',
      });
      expect(readOffer({ jobLocation: [] }).offer?.jobLocation).to.deep.equal({});
    });

    it('drops unknown codes and keeps the rest', () => {
      const { offer, feed } = readOffer({ jobLocation: { addressLocality: 'Nulle part', departement: '99', region: '99' } });
      expect(offer?.jobLocation).to.deep.equal({ addressLocality: 'Nulle part' });
      expect(issueAt(feed, '/offers/0/jobLocation/departement')).to.include({ code: 'unknown-reference', action: 'dropped' });
      expect(issueAt(feed, '/offers/0/jobLocation/region')).to.include({ code: 'unknown-reference', action: 'dropped' });
    });

    it("prefers the département's région over a contradicting one", () => {
      const { offer, feed } = readOffer({ jobLocation: { departement: '35', region: '11' } });
      expect(offer?.jobLocation).to.deep.equal({ departement: '35', region: '53' });
      expect(issueAt(feed, '/offers/0/jobLocation/region')).to.include({ code: 'inconsistent' });
    });

    it('keeps a région without département', () => {
      expect(readOffer({ jobLocation: { region: 11 } }).offer?.jobLocation).to.deep.equal({ region: '11' });
    });

    it('drops a location of the wrong type and bad fields', () => {
      const typed = readOffer({ jobLocation: 'Rennes' });
      expect(typed.offer?.jobLocation).to.deep.equal({});
      expect(issueAt(typed.feed, '/offers/0/jobLocation')).to.include({ code: 'invalid-type' });
      const fields = readOffer({ jobLocation: { addressLocality: 7, postalCode: 'x'.repeat(40), departement: { code: '35' }, region: [] } });
      expect(fields.offer?.jobLocation).to.deep.equal({});
      expect(fields.feed.issues.map((i) => i.path)).to.deep.equal([
        '/offers/0/jobLocation/addressLocality',
        '/offers/0/jobLocation/postalCode',
        '/offers/0/jobLocation/departement',
        '/offers/0/jobLocation/region',
      ]);
    });
  });

  describe('reference lists', () => {
    it('skips organisations without id or name, or with a duplicate id', () => {
      const feed = normaliseFeed(
        wireFeed({
          organisations: [{ id: 'a', name: 'A' }, { id: 'a', name: 'A again' }, { name: 'No id' }, { id: 'b' }, { id: 'c', name: 5 }, 'd'],
          offers: [],
        }),
        FEED_URL,
      );
      expect(feed.organisations).to.deep.equal([{ id: 'a', name: 'A' }]);
      expect(feed.issues.map((i) => [i.path, i.code, i.action])).to.deep.equal([
        ['/organisations/1/id', 'duplicate', 'skipped'],
        ['/organisations/2/id', 'missing', 'skipped'],
        ['/organisations/3/name', 'missing', 'skipped'],
        ['/organisations/4/name', 'invalid-type', 'skipped'],
        ['/organisations/5', 'invalid-type', 'skipped'],
      ]);
    });

    it('drops unknown, bad and cyclic parents', () => {
      const feed = normaliseFeed(
        wireFeed({
          organisations: [
            { id: 'root', name: 'Root' },
            { id: 'a', name: 'A', parent: 'b' },
            { id: 'b', name: 'B', parent: 'a' },
            { id: 'self', name: 'Self', parent: 'self' },
            { id: 'orphan', name: 'Orphan', parent: 'nobody' },
            { id: 'typed', name: 'Typed', parent: { id: 'root' } },
            { id: 'child', name: 'Child', parent: 'root' },
          ],
          offers: [],
        }),
        FEED_URL,
      );
      const parents = Object.fromEntries(feed.organisations.map((o) => [o.id, o.parent]));
      expect(parents).to.deep.equal({ root: undefined, a: 'b', b: undefined, self: undefined, orphan: undefined, typed: undefined, child: 'root' });
      expect(feed.issues.map((i) => [i.path, i.code])).to.deep.equal([
        ['/organisations/5/parent', 'invalid-type'],
        ['/organisations/2/parent', 'inconsistent'],
        ['/organisations/3/parent', 'inconsistent'],
        ['/organisations/4/parent', 'unknown-reference'],
      ]);
    });

    it('keeps only http(s) organisation URLs, resolving relative ones', () => {
      const feed = normaliseFeed(
        wireFeed({ organisations: [{ id: 'a', name: 'A', url: 'javascript:void 0', feed: 'slices/a.json', acronym: ' A ' }], offers: [] }),
        FEED_URL,
      );
      expect(feed.organisations[0]).to.deep.equal({ id: 'a', name: 'A', acronym: 'A', feed: 'https://feeds.example.org/feed/v1/slices/a.json' });
      expect(issueAt(feed, '/organisations/0/url')).to.include({ code: 'unsafe-url', id: 'a' });
    });

    it('skips trades of unknown families and cleans their lists', () => {
      const feed = normaliseFeed(
        wireFeed({
          trades: [
            { id: 'dev', name: 'Dev', family: 'software', missions: 'Coder', skills: ['TS', 3, '  ', 'x'.repeat(1000)], description: '  Line 1\nLine 2  ' },
            { id: 'lost', name: 'Lost', family: 'nowhere' },
            { id: 'typed', name: 'Typed', family: null },
          ],
          offers: [],
        }),
        FEED_URL,
      );
      expect(feed.trades).to.have.length(1);
      const [trade] = feed.trades;
      expect(trade.missions).to.deep.equal(['Coder']);
      expect(trade.skills.slice(0, 1)).to.deep.equal(['TS']);
      expect(trade.skills[1]).to.have.length(LIMITS.listItem);
      expect(trade.description).to.equal('Line 1\nLine 2');
      expect(feed.issues.map((i) => [i.path, i.code, i.action])).to.deep.equal([
        ['/trades/0/skills/1', 'invalid-type', 'dropped'],
        ['/trades/1/family', 'unknown-reference', 'skipped'],
        ['/trades/2/family', 'missing', 'skipped'],
      ]);
    });

    it('caps trade lists at LIMITS.listLength items', () => {
      const skills = Array.from({ length: LIMITS.listLength + 10 }, (_, i) => `skill ${i}`);
      const feed = normaliseFeed(wireFeed({ trades: [{ id: 't', name: 'T', family: 'software', skills, missions: 5 }], offers: [] }), FEED_URL);
      expect(feed.trades[0].skills).to.have.length(LIMITS.listLength);
      expect(issueAt(feed, '/trades/0/missions')).to.include({ code: 'invalid-type' });
    });

    it('skips départements of unknown régions and bad régions', () => {
      const feed = normaliseFeed(
        wireFeed({
          regions: [{ code: '53', name: 'Bretagne' }, { code: '53', name: 'Twice' }, { code: '', name: 'Empty' }, { code: '11' }],
          departements: [
            { code: '35', name: 'Ille-et-Vilaine', region: '53' },
            { code: '75', name: 'Paris', region: '11' },
            { code: '29', name: 'Finistère' },
            { code: '22' , region: '53' },
          ],
          offers: [],
        }),
        FEED_URL,
      );
      expect(feed.regions).to.deep.equal([{ code: '53', name: 'Bretagne' }]);
      expect(feed.departements).to.deep.equal([{ code: '35', name: 'Ille-et-Vilaine', region: '53' }]);
      expect(feed.issues.map((i) => [i.path, i.code])).to.deep.equal([
        ['/regions/1/code', 'duplicate'],
        ['/regions/2/code', 'missing'],
        ['/regions/3/name', 'missing'],
        ['/departements/1/region', 'unknown-reference'],
        ['/departements/2/region', 'missing'],
        ['/departements/3/name', 'missing'],
      ]);
    });

    it('skips organisations, families and trades whose id has characters outside [A-Za-z0-9_-]', () => {
      const feed = normaliseFeed(
        wireFeed({
          organisations: [
            { id: 'mef', name: 'MEF' },
            { id: '..', name: 'Dots' },
            { id: 'a b', name: 'Space' },
            { id: 'org\u2066x', name: 'Isolate' },
            { id: 'child', name: 'Child', parent: 'mef#x' },
          ],
          families: [{ id: 'software', name: 'Software' }, { id: 'soft/ware', name: 'Slash' }],
          trades: [
            { id: 'dev', name: 'Dev', family: 'software' },
            { id: 'dev?x', name: 'Query', family: 'software' },
            { id: 'ops', name: 'Ops', family: 'soft/ware' },
          ],
          offers: [],
        }),
        FEED_URL,
      );
      expect(feed.organisations).to.deep.equal([{ id: 'mef', name: 'MEF' }, { id: 'child', name: 'Child' }]);
      expect(feed.families.map((f) => f.id)).to.deep.equal(['software']);
      expect(feed.trades.map((t) => t.id)).to.deep.equal(['dev']);
      expect(feed.issues.map((i) => [i.path, i.code, i.action])).to.deep.equal([
        ['/organisations/1/id', 'invalid-value', 'skipped'],
        ['/organisations/2/id', 'invalid-value', 'skipped'],
        ['/organisations/3/id', 'invalid-value', 'skipped'],
        ['/organisations/4/parent', 'invalid-value', 'dropped'],
        ['/families/1/id', 'invalid-value', 'skipped'],
        ['/trades/1/id', 'invalid-value', 'skipped'],
        ['/trades/2/family', 'invalid-value', 'skipped'],
      ]);
    });

    it('reads family descriptions and drops bad ones', () => {
      const families = [
        { id: 'f', name: 'F', description: ['x'] },
        { id: 'g', name: 'G', description: 'About G' },
      ];
      const feed = normaliseFeed(wireFeed({ families, trades: [], offers: [] }), FEED_URL);
      expect(feed.families).to.deep.equal([{ id: 'f', name: 'F' }, { id: 'g', name: 'G', description: 'About G' }]);
      expect(issueAt(feed, '/families/0/description')).to.include({ code: 'invalid-type', id: 'f' });
    });
  });

  describe('hostile input', () => {
    it('reads the hostile fixture: the valid parts show, the rest is reported', async () => {
      const feed = normaliseFeed(await fixtureJson('hostile.json'), FEED_URL);
      expect(feed.offers.map((o) => o.id)).to.deep.equal(['xss', 'by-name']);
      const [xss, byName] = feed.offers;
      expect(xss.title).to.equal('<img src=x onerror=alert(1)> Développeur');
      expect(xss.excerpt).to.equal("<script>alert('excerpt')</script>");
      expect(xss.url).to.equal(undefined);
      expect(xss.document).to.equal(undefined);
      expect(xss.employmentType).to.deep.equal(['INTERN']);
      expect(xss.category).to.deep.equal(['A']);
      expect(xss).to.include({ status: 'open', remote: 'NONE', experienceMonths: 0, openToBeginners: false });
      expect(xss.baseSalary).to.equal(undefined);
      expect(xss.jobLocation).to.deep.equal({ postalCode: '35000' });
      expect(byName).to.include({ title: 'Organisation given by name', hiringOrganization: 'loop-a', datePosted: Date.UTC(2025, 0, 16, 8, 0, 0, 123) });
      expect(feed.organisations.map((o) => [o.id, o.parent])).to.deep.equal([
        ['good', undefined],
        ['loop-a', 'loop-b'],
        ['loop-b', undefined],
      ]);
      expect(feed.organisations[0]).to.deep.equal({ id: 'good', name: "<script>alert('org')</script>" });
      expect(feed.applicationEndpoint).to.equal(undefined);
      expect(feed.trades).to.deep.equal([]);
      const skipped = feed.issues.filter((i) => i.path.startsWith('/offers/') && i.action === 'skipped').map((i) => i.path);
      expect(skipped).to.deep.equal([
        '/offers/1/apply/url',
        '/offers/2/apply/email',
        '/offers/3/id',
        '/offers/4/title',
        '/offers/5/id',
        '/offers/6/hiringOrganization',
        '/offers/7/datePosted',
        '/offers/8',
        '/offers/9',
        '/offers/10',
      ]);
    });

    it('never pollutes prototypes, whatever the keys', async () => {
      const feed = normaliseFeed(await fixtureJson('hostile.json'), FEED_URL);
      const plain: Record<string, unknown> = {};
      expect(plain.polluted).to.equal(undefined);
      expect(plain.isAdmin).to.equal(undefined);
      for (const value of [feed, ...feed.offers, ...feed.organisations, ...feed.regions]) {
        expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
        expect(Object.hasOwn(value, '__proto__')).to.equal(false);
        expect((value as unknown as Record<string, unknown>).polluted).to.equal(undefined);
      }
      expect((feed.offers[0] as unknown as Record<string, unknown>).isAdmin).to.equal(undefined);
    });

    it('ignores unknown fields', () => {
      const { offer, feed } = readOffer({ '@context': 'https://schema.org', salaryCurrency: 'EUR', extra: { deep: [1, 2] } });
      expect(feed.issues).to.deep.equal([]);
      expect(Object.keys(offer ?? {})).to.not.include.members(['@context', 'salaryCurrency', 'extra']);
    });

    it('survives huge strings and deep nesting', () => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 5000; i++) deep = [deep];
      const huge = 'x'.repeat(2_000_000);
      const feed = normaliseFeed(
        wireFeed({ offers: [wireOffer({ title: huge, excerpt: huge, url: deep, jobLocation: deep, employmentType: deep, apply: { mode: 'platform', deep } })] }),
        FEED_URL,
      );
      expect(feed.offers[0].title).to.have.length(LIMITS.title);
      expect(feed.offers[0].excerpt).to.have.length(LIMITS.excerpt);
    });
  });

  describe('speed', () => {
    it('reads 10 000 offers in well under a second', () => {
      const offers = Array.from({ length: 10_000 }, (_, i) =>
        wireOffer({ id: `offer-${i}`, title: `Offre numéro ${i}`, document: `offers/offer-${i}.json`, url: `https://metiers.numerique.gouv.fr/offres/${i}` }),
      );
      const input = JSON.parse(JSON.stringify(wireFeed({ offers }))) as unknown;
      normaliseFeed(input, FEED_URL); // warm-up
      const start = performance.now();
      const feed = normaliseFeed(input, FEED_URL);
      const elapsed = performance.now() - start;
      expect(feed.offers).to.have.length(10_000);
      expect(feed.issues).to.deep.equal([]);
      // The budget is 100 ms on a quiet machine; the bound here only catches a pathological slowdown.
      expect(elapsed).to.be.below(1000);
    });
  });
});

describe('normaliseOfferDocument', () => {
  it('reads the sections and extra facts', () => {
    expect(normaliseOfferDocument(wireOfferDocument(), 'offer-1')).to.deep.equal({
      id: 'offer-1',
      sections: {
        mission: '<p>Construire des services publics numériques.</p>',
        profile: '<ul><li>TypeScript</li></ul>',
      },
      education: 'Bac +5',
      contractDuration: '3 ans',
    });
  });

  it('keeps section HTML raw, drops non-text and unknown sections, caps long ones', () => {
    const doc = normaliseOfferDocument(
      { sections: { mission: '<script>alert(1)</script>', team: 5, tasks: ['a'], perks: '   ', unknown: '<p>x</p>', process: 'y'.repeat(200_000) } },
      'offer-1',
    );
    expect(doc.sections.mission).to.equal('<script>alert(1)</script>');
    expect(Object.keys(doc.sections)).to.deep.equal(['mission', 'process']);
    expect(doc.sections.process).to.have.length(LIMITS.section);
  });

  it('tolerates missing or bad sections and extras', () => {
    expect(normaliseOfferDocument({ id: 'offer-1', sections: 'none', education: 4 }, 'offer-1')).to.deep.equal({ id: 'offer-1', sections: {} });
    expect(normaliseOfferDocument({ id: 42 }, '42')).to.deep.equal({ id: '42', sections: {} });
  });

  it('refuses what is not an offer document of this offer', () => {
    for (const input of [null, 'doc', [], wireOfferDocument({ version: 2 }), wireOfferDocument({ id: 'offer-2' })]) {
      expectInvalidFeed(() => normaliseOfferDocument(input, 'offer-1'));
    }
    for (const id of ['a b/d', 'a b', '', true, 42.5]) expectInvalidFeed(() => normaliseOfferDocument({ id }, 'a b/c'));
  });

  it('accepts a document that repeats the id of an offer given directly, even outside the feed’s id pattern', () => {
    // An offer set as an element's `.offer` does not go through the feed's reader: its id may be anything.
    for (const offerId of ['a b/c', '..', 'réf-1', 'x'.repeat(200)]) {
      expect(normaliseOfferDocument({ id: ` ${offerId}\n`, sections: { mission: '<p>m</p>' } }, offerId), offerId).to.deep.equal({
        id: offerId,
        sections: { mission: '<p>m</p>' },
      });
    }
  });

  it('puts the URL in the error', () => {
    try {
      normaliseOfferDocument(null, 'offer-1', 'https://example.org/doc.json');
      expect.fail('should throw');
    } catch (error) {
      expect((error as FeedError).url).to.equal('https://example.org/doc.json');
    }
  });
});
