// The demo server moves the sample feed's dates to today (demo/server/feed.mjs, Dates): every date of the
// feed folder by the same whole number of days, with coherent validators, simulations built on top.
//   node --test test/server/feed-dates.test.mjs
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createDemoServer } from '../../demo/server/index.mjs';
import { DAY_MS, parisDay, shiftDate, shiftFrenchDates } from '../../demo/server/feed.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FEED = '/feed/v1/offers.json';
const GENERATED = '2026-01-20T10:00:00Z';
/** 2026-03-10, 15:00 in Paris: 49 days after the feed was generated, still winter time. */
const MARCH_10 = Date.parse('2026-03-10T14:00:00Z');
const DAYS = 49;

function offer(id, dates) {
  return {
    id,
    title: `Offre ${id}`,
    ...dates,
    status: 'open',
    employmentType: ['NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER'],
    hiringOrganization: 'org-1',
    jobLocation: { addressLocality: 'Rennes', postalCode: '35000', departement: '35', region: '53' },
    remote: 'NONE',
    document: `offers/${id}.json`,
    apply: { mode: 'platform' },
  };
}

const FIXTURE = {
  version: 1,
  generatedAt: GENERATED,
  regions: [{ code: '53', name: 'Bretagne' }],
  departements: [{ code: '35', name: 'Ille-et-Vilaine', region: '53' }],
  organisations: [{ id: 'org-1', name: 'Ministère de l’Exemple' }],
  families: [{ id: 'f-dev', name: 'Développement' }],
  trades: [{ id: 't-dev', name: 'Développeur·se', family: 'f-dev' }],
  offers: [
    offer('o0', { datePosted: '2026-01-20', dateModified: '2026-01-20T09:15:00Z', validThrough: '2026-02-15T23:59:59+01:00' }),
    offer('o1', { datePosted: '2026-01-10', validThrough: '2026-01-25' }),
    offer('o2', { datePosted: '2026-01-05T08:00:00.250Z', validThrough: '2026-01-19T23:59:59+01:00' }),
  ],
};
const DOCUMENT = {
  version: 1,
  id: 'o0',
  sections: {
    mission: '<p>Mission</p>',
    conditions: '<ul><li>Prise de poste : 1er février 2026</li><li>Entretiens le 16 février 2026</li></ul>',
  },
};

let base;
let feedDir;
let server;
let origin;
let clock = MARCH_10;

async function listen(srv) {
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${srv.address().port}`;
}
async function close(srv) {
  srv.closeAllConnections();
  await new Promise((resolve) => srv.close(resolve));
}
const get = (url, headers = {}) => fetch(url.startsWith('http') ? url : origin + url, { headers });

before(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'mn-feed-dates-'));
  feedDir = path.join(base, 'feed');
  await mkdir(path.join(feedDir, 'v1', 'offers'), { recursive: true });
  await mkdir(path.join(feedDir, 'v1', 'organisations'), { recursive: true });
  const files = {
    'v1/offers.json': `${JSON.stringify(FIXTURE)}\n`,
    'v1/organisations/org-1.json': `${JSON.stringify(FIXTURE)}\n`,
    'v1/offers/o0.json': `${JSON.stringify(DOCUMENT)}\n`,
  };
  // Written when the feed was generated: Last-Modified then follows the shift, not the checkout.
  const written = new Date(GENERATED);
  for (const [rel, text] of Object.entries(files)) {
    await writeFile(path.join(feedDir, rel), text);
    await utimes(path.join(feedDir, rel), written, written);
  }
  server = createDemoServer({ feedDir, distDir: path.join(base, 'dist'), log: false, now: () => clock, shiftDates: true });
  origin = await listen(server);
});

after(async () => {
  if (server) await close(server);
  await rm(base, { recursive: true, force: true });
});

describe('the served feed is generated today', () => {
  it('moves generatedAt to today (in Paris), at the time of day it was generated', async () => {
    clock = MARCH_10;
    const feed = await (await get(FEED)).json();
    assert.equal(feed.generatedAt, '2026-03-10T10:00:00Z');
    assert.equal(parisDay(Date.parse(feed.generatedAt)), parisDay(clock));
  });

  it('moves every offer date by the same whole days, in the main feed and in the slices', async () => {
    clock = MARCH_10;
    for (const url of [FEED, '/feed/v1/organisations/org-1.json']) {
      const feed = await (await get(url)).json();
      const delta = Date.parse(feed.generatedAt) - Date.parse(GENERATED);
      assert.equal(delta, DAYS * DAY_MS, url);
      feed.offers.forEach((o, i) => {
        const was = FIXTURE.offers[i];
        assert.equal(Date.parse(o.datePosted) - Date.parse(was.datePosted), delta, `${url} ${o.id} datePosted`);
        if (was.dateModified) assert.equal(Date.parse(o.dateModified) - Date.parse(was.dateModified), delta, `${o.id} dateModified`);
      });
      assert.equal(feed.offers[1].validThrough, '2026-03-15');
      assert.equal(Date.parse(feed.offers[2].validThrough) - Date.parse(FIXTURE.offers[2].validThrough), delta);
      assert.ok(!('dateModified' in feed.offers[1]), 'no date is added');
    }
  });

  it('keeps dates as dates and date-times in their format; a Paris deadline stays the end of a day in Paris', async () => {
    clock = MARCH_10;
    const [o0, o1, o2] = (await (await get(FEED)).json()).offers;
    assert.deepEqual(
      [o0.datePosted, o0.dateModified, o1.datePosted, o2.datePosted, o2.validThrough],
      ['2026-03-10', '2026-03-10T09:15:00Z', '2026-02-28', '2026-02-23T08:00:00.250Z', '2026-03-09T23:59:59+01:00'],
    );
    // 2026-02-15 + 49 days is after the switch to summer time (2026-03-29).
    assert.equal(o0.validThrough, '2026-04-05T23:59:59+02:00');
  });

  it('answers 304 to the validators of today’s copy, with Last-Modified at midnight in Paris', async () => {
    clock = MARCH_10;
    const first = await get(FEED);
    await first.arrayBuffer();
    assert.equal(first.headers.get('last-modified'), 'Mon, 09 Mar 2026 23:00:00 GMT');
    clock = MARCH_10 + 8 * 3_600_000; // 23:00 in Paris, the same day
    const inm = await get(FEED, { 'If-None-Match': first.headers.get('etag') });
    assert.equal(inm.status, 304);
    const ims = await get(FEED, { 'If-Modified-Since': first.headers.get('last-modified') });
    assert.equal(ims.status, 304);
  });

  it('changes the body, the ETag and Last-Modified at midnight in Paris', async () => {
    clock = MARCH_10;
    const today = await get(FEED);
    const todayFeed = await today.json();
    clock = Date.parse('2026-03-10T23:30:00Z'); // 00:30 in Paris, the next day
    const tomorrow = await get(FEED, { 'If-None-Match': today.headers.get('etag') });
    assert.equal(tomorrow.status, 200);
    assert.notEqual(tomorrow.headers.get('etag'), today.headers.get('etag'));
    assert.equal(tomorrow.headers.get('last-modified'), 'Tue, 10 Mar 2026 23:00:00 GMT');
    const feed = await tomorrow.json();
    assert.equal(feed.generatedAt, '2026-03-11T10:00:00Z');
    assert.equal(feed.offers[0].datePosted, '2026-03-11');
    assert.notDeepEqual(feed, todayFeed);
    const ims = await get(FEED, { 'If-Modified-Since': today.headers.get('last-modified') });
    assert.equal(ims.status, 200, 'If-Modified-Since with yesterday’s date');
    await ims.arrayBuffer();
    const again = await get(FEED, { 'If-None-Match': tomorrow.headers.get('etag') });
    assert.equal(again.status, 304);
  });

  it('moves the dates written in the offer documents with the feed, a first of the month to the nearest one', async () => {
    clock = MARCH_10;
    const res = await get('/feed/v1/offers/o0.json');
    const doc = await res.json();
    assert.equal(doc.sections.conditions, '<ul><li>Prise de poste : 1er avril 2026</li><li>Entretiens le 6 avril 2026</li></ul>');
    assert.equal(doc.sections.mission, DOCUMENT.sections.mission);
    clock = Date.parse('2026-03-11T14:00:00Z');
    const next = await get('/feed/v1/offers/o0.json', { 'If-None-Match': res.headers.get('etag') });
    assert.equal(next.status, 200);
    assert.match((await next.json()).sections.conditions, /Entretiens le 7 avril 2026/);
  });
});

describe('simulations on the shifted feed', () => {
  const simulated = async (mode, headers) => get(`${FEED}?simulate=${mode}`, headers);

  it('empty, invalid-items and hostile are built from the shifted feed', async () => {
    clock = MARCH_10;
    const empty = await (await simulated('empty')).json();
    assert.equal(empty.generatedAt, '2026-03-10T10:00:00Z');
    assert.deepEqual(empty.offers, []);
    const invalid = await (await simulated('invalid-items')).json();
    assert.equal(invalid.generatedAt, '2026-03-10T10:00:00Z');
    assert.equal(invalid.offers[0].datePosted, '2026-03-10', 'an offer the simulation leaves whole');
    assert.equal(invalid.offers.at(-1).title, 'Offre o0 (doublon)');
    const hostile = await (await simulated('hostile')).json();
    assert.match(hostile.offers[0].id, /^demo-hostile-/);
    assert.equal(hostile.offers.find((o) => o.id === 'o0').datePosted, '2026-03-10');
  });

  it('stale: today’s feed first, then 503 to the conditional request of a saved copy', async () => {
    clock = MARCH_10;
    const first = await simulated('stale');
    assert.equal(first.status, 200);
    assert.equal((await first.json()).generatedAt, '2026-03-10T10:00:00Z');
    const later = await simulated('stale', { 'If-None-Match': first.headers.get('etag') });
    assert.equal(later.status, 503);
    await later.arrayBuffer();
  });

  it('malformed still does not parse; documents of doc-slow are shifted too', async () => {
    clock = MARCH_10;
    const malformed = await (await simulated('malformed')).text();
    assert.throws(() => JSON.parse(malformed), SyntaxError);
    assert.ok(malformed.includes('"generatedAt":"2026-03-10T10:00:00Z"'));
    const doc = await (await get('/feed/v1/offers/o0.json?simulate=slow&slow=0')).json();
    assert.match(doc.sections.conditions, /1er avril 2026/);
  });
});

describe('fixed dates', () => {
  it('serves the files as they are with shiftDates: false, or DEMO_FIXED_DATES=1 in the environment', async () => {
    const file = await readFile(path.join(feedDir, 'v1', 'offers.json'), 'utf8');
    const previous = process.env.DEMO_FIXED_DATES;
    process.env.DEMO_FIXED_DATES = '1';
    const servers = [createDemoServer({ feedDir, log: false, now: () => MARCH_10, shiftDates: false }), createDemoServer({ feedDir, log: false, now: () => MARCH_10 })];
    if (previous === undefined) delete process.env.DEMO_FIXED_DATES;
    else process.env.DEMO_FIXED_DATES = previous;
    try {
      for (const srv of servers) {
        const url = await listen(srv);
        assert.equal(await (await get(`${url}${FEED}`)).text(), file);
      }
    } finally {
      for (const srv of servers) await close(srv);
    }
  });

  it('leaves alone what is not a valid date', () => {
    for (const value of ['2025-02-30', '2026-01-20T10:00:00', 'demain', 20240101, null, '2026-1-2']) assert.equal(shiftDate(value, 3), value);
    assert.equal(shiftFrenchDates('le 30 février 2026, le 1er mars 2026', 0), 'le 30 février 2026, le 1er mars 2026');
    assert.equal(shiftFrenchDates('le 30 février 2026', 3), 'le 30 février 2026');
  });
});

describe('the sample feed of the repository', { skip: !existsSync(path.join(REPO, 'demo/feed/v1/offers.json')) && 'not generated' }, () => {
  it('shows any day what it showed on the reference day: the same open and new offers', async () => {
    const committed = JSON.parse(await readFile(path.join(REPO, 'demo/feed/v1/offers.json'), 'utf8'));
    // What the cards show: open (deadline not passed) and "Nouveau" (posted less than 7 days ago).
    const counts = (feed, now) => ({
      open: feed.offers.filter((o) => o.status === 'open' && (o.validThrough === undefined || Date.parse(o.validThrough) >= now)).length,
      recent: feed.offers.filter((o) => now - Date.parse(`${o.datePosted}T00:00:00+01:00`) < 7 * DAY_MS).length,
    });
    const generated = Date.parse(committed.generatedAt);
    const reference = counts(committed, generated + 3_600_000);
    let now = 0;
    const real = createDemoServer({ log: false, now: () => now });
    const url = await listen(real);
    try {
      for (const day of ['2026-12-07T12:00:00Z', '2027-07-14T12:00:00Z', '2028-02-29T12:00:00Z']) {
        now = Date.parse(day);
        const feed = await (await get(`${url}${FEED}`)).json();
        assert.equal(feed.generatedAt.slice(0, 10), day.slice(0, 10), day);
        assert.deepEqual(counts(feed, now), reference, day);
      }
    } finally {
      await close(real);
    }
  });
});
