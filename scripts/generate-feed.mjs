#!/usr/bin/env node
/**
 * Generates the deterministic sample offers feed (wire format version 1, see docs/feed.md).
 *
 *   node scripts/generate-feed.mjs [--count 300] [--out demo/feed/v1] [--now 2026-11-28T09:00:00Z]
 *                                  [--seed 1] [--no-documents] [--application-endpoint /api/applications/v1]
 *
 * Writes, under --out:
 *   offers.json                    the main feed (all offers and every taxonomy)
 *   offers/<id>.json               one document per offer (skipped with --no-documents)
 *   organisations/<ministry>.json  one complete feed per ministry (its offers and its services')
 *
 * Same arguments → byte-identical output: a seeded PRNG per offer, a fixed reference "now",
 * no locale-dependent formatting, keys always written in the same order.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { FAMILIES } from './feed-data/families.mjs';
import { ABROAD, CITIES, PREFECTURES, REGIONAL_CENTRES, REGION_CODES } from './feed-data/places.mjs';
import { MINISTRIES } from './feed-data/organisations.mjs';
import * as TEXT from './feed-data/texts.mjs';
import { TRADES } from './feed-data/trades.mjs';

const SITE = 'https://metiers.numerique.gouv.fr';
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Arguments

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '300' },
    out: { type: 'string', default: 'demo/feed/v1' },
    now: { type: 'string', default: '2026-11-28T09:00:00Z' },
    seed: { type: 'string', default: '1' },
    'no-documents': { type: 'boolean', default: false },
    'application-endpoint': { type: 'string', default: '/api/applications/v1' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(
    'Usage: node scripts/generate-feed.mjs [--count N] [--out DIR] [--now ISO] [--seed N] [--no-documents] [--application-endpoint URL]',
  );
  process.exit(0);
}

const COUNT = Number(args.count);
const NOW = Date.parse(args.now);
const SEED = Number(args.seed);
if (!Number.isInteger(COUNT) || COUNT < 0) fail(`--count must be a non-negative integer, got ${args.count}`);
if (Number.isNaN(NOW)) fail(`--now must be an ISO 8601 date-time, got ${args.now}`);
if (!Number.isInteger(SEED)) fail(`--seed must be an integer, got ${args.seed}`);
const OUT = resolve(args.out);
const WITH_DOCUMENTS = !args['no-documents'];

function fail(message) {
  console.error(`generate-feed: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** FNV-1a, 32 bits. */
function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 with a few helpers. */
class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** entries: [value, weight][] */
  weighted(entries) {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
  shuffle(list) {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
  sample(list, k) {
    return this.shuffle(list).slice(0, k);
  }
  id(length) {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function slugify(text) {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word is an acronym or an English term kept as is. */
const KEEP_CASE = new Set(['Product', 'Data', 'Tech', 'Scrum', 'Chief', 'Business', 'UX', 'DBA', 'Pentester', 'RSSI', 'VIA', 'Lead']);
function lowerFirst(text) {
  const first = text.split(/[\s/]/)[0];
  if (KEEP_CASE.has(first) || (first.length > 1 && first[1] === first[1].toUpperCase() && /[A-Z]/.test(first[1]))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const VOWEL = /^[aeiouyhéèêâîôûAEIOUYHÉÈÊÂÎÔÛ]/;

/** French preposition "de" + a noun phrase that carries its article ("le X" → "du X"). */
function deFr(phrase) {
  if (phrase.startsWith('le ')) return `du ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `des ${phrase.slice(4)}`;
  if (VOWEL.test(phrase)) return `d’${phrase}`;
  return `de ${phrase}`;
}

/** French preposition "à" + a noun phrase that carries its article ("le X" → "au X"). */
function aFr(phrase) {
  if (phrase.startsWith('le ')) return `au ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `aux ${phrase.slice(4)}`;
  return `à ${phrase}`;
}

/** French preposition "à" + a city name. */
function aCity(city) {
  if (city.startsWith('Le ')) return `au ${city.slice(3)}`;
  if (city.startsWith('Les ')) return `aux ${city.slice(4)}`;
  return `à ${city}`;
}

/** Fills {placeholders}; {Xxx} capitalises the value of {xxx}. */
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    if (key in values) return values[key];
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    if (lower in values) return capitalise(values[lower]);
    throw new Error(`Unknown placeholder {${key}}`);
  });
}

/** Shortens plain text to at most `max` characters, on a word boundary, with an ellipsis. */
function clip(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : cut.length).replace(/[\s,;:–-]+$/, '')}…`;
}

function euros(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

// ---------------------------------------------------------------------------------------------
// Dates

function isoDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoDateTime(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Last Sunday of a month (UTC), at 01:00 UTC: the EU daylight-saving switch. */
function lastSundayUtc(year, month) {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * DAY;
}

/** UTC offset of Europe/Paris at a given instant, as "+01:00" or "+02:00". */
function parisOffset(ms) {
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayUtc(year, 2) && ms < lastSundayUtc(year, 9);
  return summer ? '+02:00' : '+01:00';
}

/** End of the given (UTC) calendar day in Paris time: "2026-12-15T23:59:59+01:00", and its instant. */
function endOfParisDay(dayMs) {
  const date = isoDate(dayMs);
  const offset = parisOffset(dayMs + 12 * 3_600_000);
  const text = `${date}T23:59:59${offset}`;
  return { text, ms: Date.parse(text) };
}

// ---------------------------------------------------------------------------------------------
// Reference data → taxonomies

function readJson(relativePath) {
  return JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8'));
}

const referenceMetiers = readJson('../reference-data/pep-metiers-reference-numerique.json');
const referenceDepartements = readJson('../reference-data/mdn-departements-regions.json');
const referenceEnums = readJson('../reference-data/mdn-enums.json');

const regions = referenceEnums.Regions.map((name) => {
  const code = REGION_CODES[name];
  if (!code) throw new Error(`No INSEE code for région ${name}`);
  return { code, name };
});
if (regions.length !== 18) throw new Error(`Expected 18 régions, got ${regions.length}`);

const departements = referenceDepartements.departements.map((d) => {
  const region = REGION_CODES[d.region];
  if (!region) throw new Error(`Unknown région ${d.region} for département ${d.number}`);
  if (!PREFECTURES[d.number]) throw new Error(`No prefecture for département ${d.number}`);
  return { code: d.number, name: d.name, region };
});
const departementByCode = new Map(departements.map((d) => [d.code, d]));

const familyByProfession = new Map(FAMILIES.map((f) => [f.mdnProfession, f.id]));
const families = FAMILIES.map(({ id, name, description }) => ({ id, name, description }));

const tradeRows = TRADES.map((row) => {
  const ref = referenceMetiers.pepMetiersReference.find((m) => m.label === row.source);
  if (!ref) throw new Error(`Trade source label not in the reference métiers: ${row.source}`);
  const family = familyByProfession.get(ref.mdnProfession ?? 'Autres');
  if (!family) throw new Error(`No family for ${ref.mdnProfession}`);
  return { ...row, id: slugify(row.name), family };
});
if (tradeRows.length !== referenceMetiers.pepMetiersReference.length) {
  throw new Error(`Expected ${referenceMetiers.pepMetiersReference.length} trades, got ${tradeRows.length}`);
}
if (new Set(tradeRows.map((t) => t.id)).size !== tradeRows.length) throw new Error('Duplicate trade ids');
const familyOrder = new Map(FAMILIES.map((f, i) => [f.id, i]));
tradeRows.sort((a, b) => familyOrder.get(a.family) - familyOrder.get(b.family));
const trades = tradeRows.map(({ id, name, family, description, missions, skills }) => ({
  id,
  name,
  family,
  description,
  missions,
  skills,
}));

/** Département of a French postal code. */
function departementOfPostalCode(postalCode) {
  if (postalCode.startsWith('97')) return postalCode.slice(0, 3);
  if (postalCode.startsWith('20')) return Number(postalCode) < 20200 ? '2A' : '2B';
  return postalCode.slice(0, 2);
}

function place(locality, postalCode) {
  const departement = departementOfPostalCode(postalCode);
  const d = departementByCode.get(departement);
  if (!d) throw new Error(`No département for postal code ${postalCode}`);
  return { addressLocality: locality, postalCode, departement, region: d.region };
}

/** Organisations: each ministry followed by its services; generator-only fields kept apart. */
const organisations = [];
const orgProfiles = new Map();
for (const ministry of MINISTRIES) {
  organisations.push({
    id: ministry.id,
    name: ministry.name,
    acronym: ministry.acronym,
    url: ministry.url,
    feed: `organisations/${ministry.id}.json`,
  });
  orgProfiles.set(ministry.id, { ...ministry, ministry: ministry.id });
  for (const service of ministry.services) {
    const published = { id: service.id, name: service.name, acronym: service.acronym, parent: ministry.id };
    if (service.url) published.url = service.url;
    organisations.push(published);
    orgProfiles.set(service.id, {
      ...ministry,
      focus: undefined,
      url: ministry.url,
      ...service,
      ministry: ministry.id,
      homepage: service.url ?? ministry.url,
    });
  }
}
for (const key of Object.keys(CITIES)) place(...CITIES[key]); // validates the city table

// ---------------------------------------------------------------------------------------------
// Offers

const CONTRACT_ORDER = [
  'NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER',
  'CONTRACT_WORKER_ONLY',
  'FREELANCER',
  'APPRENTICESHIP',
  'INTERN',
  'INTERNATIONAL_VOLUNTEER',
];
const SALARY_RANGES = { A: [38_000, 75_000], B: [28_000, 40_000], C: [22_000, 28_000] };
const LONG_TITLE =
  'Architecte technique senior – plateforme d’échange de données interministérielle, socle d’interopérabilité des API de l’État et des collectivités territoriales (H/F)';

/** Deliberate edge cases (valid data that stresses the UI), by offer index; only when --count ≥ EDGE_CASE_MIN_COUNT. */
const EDGE_CASES = {
  1: { label: 'very long title', trade: 'architecte-technique', title: LONG_TITLE, contract: 'NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER' },
  2: { label: 'no salary, no deadline', salary: 'none', deadline: 'none', contract: 'CONTRACT_WORKER_ONLY' },
  3: { label: 'minimum salary only', salary: 'min', contract: 'NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER' },
  4: { label: 'maximum salary only', salary: 'max', contract: 'CONTRACT_WORKER_ONLY' },
  5: { label: 'filled', status: 'filled' },
  6: { label: 'full remote, apply by e-mail', remote: 'FULL', apply: 'email', org: 'premier-ministre-dinum', trade: 'developpeuse-developpeur' },
  7: { label: 'overseas (Guadeloupe)', place: ['Basse-Terre', '97100'], org: 'min-interieur', apply: 'platform' },
  8: { label: 'posted today, external apply', age: 0, apply: 'external' },
  9: { label: 'deadline today', deadline: 'today' },
  10: { label: 'deadline passed', deadline: 'expired' },
  11: { label: 'internship or apprenticeship', contract: 'APPRENTICESHIP+INTERN', trade: 'developpeuse-developpeur' },
  12: { label: 'Corse (2A)', place: ['Ajaccio', '20000'], org: 'min-economie-dgfip' },
  13: {
    label: 'VIA abroad',
    contract: 'INTERNATIONAL_VOLUNTEER',
    org: 'min-affaires-etrangeres-dnum',
    trade: 'administratrice-administrateur-d-outils-de-systemes-de-reseaux-et-ou-de-telecoms',
  },
};
const EDGE_CASE_MIN_COUNT = 20;

const tradeById = new Map(tradeRows.map((t) => [t.id, t]));

function pickContract(rng, trade, profile) {
  const entries = [
    ['NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER', 56],
    ['CONTRACT_WORKER_ONLY', 28],
    ['FREELANCER', trade.freelance ? 5 : 0],
    ['APPRENTICESHIP', trade.junior ? 6 : 0],
    ['INTERN', trade.senior ? 0 : trade.junior ? 6 : 0.5],
    ['INTERNATIONAL_VOLUNTEER', profile.via && !trade.senior && trade.cat !== 'BC' ? 12 : 0],
  ];
  return rng.weighted(entries);
}

function pickCategories(rng, trade, employmentType) {
  if (!employmentType.some((c) => c === 'NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER' || c === 'CONTRACT_WORKER_ONLY')) return [];
  switch (trade.cat) {
    case 'A':
      return ['A'];
    case 'AB':
      return rng.weighted([[['A'], 55], [['B'], 30], [['A', 'B'], 15]]);
    case 'BC':
      return rng.weighted([[['B'], 60], [['C'], 25], [['B', 'C'], 15]]);
    default:
      return [trade.cat];
  }
}

function pickPlace(rng, profile) {
  const entries = Object.entries(profile.locations);
  const key = rng.weighted(entries);
  if (key === '*') {
    const code = rng.pick(departements).code;
    return place(...PREFECTURES[code]);
  }
  if (key === 'regional') return place(...CITIES[rng.pick(REGIONAL_CENTRES)]);
  return place(...CITIES[key]);
}

function pickRemote(rng, trade, profile, contract) {
  if (contract === 'INTERNATIONAL_VOLUNTEER') return 'NONE';
  const onSite = contract === 'APPRENTICESHIP' || contract === 'INTERN';
  let weights;
  if (trade.family === 'support' || trade.family === 'infrastructure') weights = { NONE: 60, PARTIAL: 40, FULL: 0 };
  else if (trade.family === 'securite') weights = { NONE: 45, PARTIAL: 55, FULL: 0 };
  else if (trade.family === 'gestion') weights = { NONE: 30, PARTIAL: 70, FULL: 0 };
  else weights = { NONE: 22, PARTIAL: 66, FULL: profile.remoteFriendly ? 28 : 10 };
  if (onSite) weights.FULL = 0;
  return rng.weighted(Object.entries(weights));
}

function pickExperience(rng, trade, categories, contract) {
  if (contract === 'APPRENTICESHIP' || contract === 'INTERN' || contract === 'INTERNATIONAL_VOLUNTEER') return 0;
  if (contract === 'FREELANCER') return rng.pick([36, 60, 84]);
  if (trade.senior) return rng.pick([60, 72, 84, 96, 120]);
  if (categories.includes('A')) return rng.weighted([[0, 2], [12, 2], [24, 3], [36, 3], [48, 1], [60, 2]]);
  return rng.weighted([[0, 4], [12, 3], [24, 2], [36, 1]]);
}

const round500 = (value) => Math.round(value / 500) * 500;

function pickSalary(rng, categories, contract, experienceMonths, force) {
  let min;
  let max;
  if (contract === 'FREELANCER') return undefined;
  if (contract === 'INTERN') {
    if (!rng.chance(0.35)) return undefined;
    return { currency: 'EUR', unitText: 'YEAR', minValue: 7_500 };
  }
  if (contract === 'APPRENTICESHIP') {
    min = round500(12_000 + rng.next() * 4_000);
    max = min + round500(2_000 + rng.next() * 4_000);
  } else if (contract === 'INTERNATIONAL_VOLUNTEER') {
    min = round500(24_000 + rng.next() * 12_000);
    max = min + round500(2_000 + rng.next() * 4_000);
  } else {
    const lo = Math.min(...categories.map((c) => SALARY_RANGES[c][0]));
    const hi = Math.max(...categories.map((c) => SALARY_RANGES[c][1]));
    const span = hi - lo;
    const seniority = Math.min(experienceMonths / 120, 1);
    min = round500(lo + span * (0.05 + 0.35 * seniority + 0.15 * rng.next()));
    max = Math.min(hi, round500(min + span * (0.15 + 0.3 * rng.next())));
  }
  const shape = force ?? rng.weighted([['both', 82], ['none', 12], ['min', 4], ['max', 2]]);
  const salary = { currency: 'EUR', unitText: 'YEAR' };
  if (shape === 'none') return undefined;
  if (shape === 'both' || shape === 'min') salary.minValue = min;
  if (shape === 'both' || shape === 'max') salary.maxValue = max;
  return salary;
}

function roleOf(title) {
  return lowerFirst(title.split(' – ')[0].replace(/\s*\(H\/F\)/, '').trim());
}

function decorateTitle(rng, base, employmentType, abroad) {
  if (employmentType.includes('APPRENTICESHIP') && employmentType.includes('INTERN')) return `Stage ou alternance – ${base}`;
  if (employmentType.includes('APPRENTICESHIP')) return rng.chance(0.5) ? `Alternance – ${base}` : `${base} (alternance)`;
  if (employmentType.includes('INTERN')) return rng.chance(0.5) ? `Stage – ${base}` : `${base} – stage de 6 mois`;
  if (employmentType.includes('INTERNATIONAL_VOLUNTEER')) return `VIA – ${base.split(' – ')[0]} – ambassade de France ${aCity(abroad)}`;
  if (employmentType.includes('FREELANCER')) return `${base} (freelance)`;
  return base;
}

/**
 * Draws every fact of offer number `index`; the JSON and the document are rendered from it.
 * Each offer has its own PRNG stream, so offer N is the same whatever --count is.
 */
function draftOffer(index, usedIds) {
  const rng = new Rng(hash32(`${SEED}:offer:${index}`));
  const force = COUNT >= EDGE_CASE_MIN_COUNT ? (EDGE_CASES[index] ?? {}) : {};

  let id = rng.id(8);
  while (usedIds.has(id)) id = rng.id(8);
  usedIds.add(id);

  // Who and what
  let profile;
  if (force.org) profile = orgProfiles.get(force.org);
  else {
    const ministry = rng.weighted(MINISTRIES.map((m) => [m, m.weight]));
    const orgId = rng.weighted([[ministry.id, ministry.selfWeight], ...ministry.services.map((s) => [s.id, s.weight])]);
    profile = orgProfiles.get(orgId);
  }
  const trade = force.trade
    ? tradeById.get(force.trade)
    : rng.weighted(tradeRows.map((t) => [t, t.weight * (profile.focus?.[t.family] ?? 1)]));

  const contract = force.contract ?? pickContract(rng, trade, profile);
  let employmentType = contract === 'APPRENTICESHIP+INTERN' ? ['APPRENTICESHIP', 'INTERN'] : [contract];
  if (contract === 'APPRENTICESHIP' && rng.chance(0.25)) employmentType = ['APPRENTICESHIP', 'INTERN'];
  employmentType.sort((a, b) => CONTRACT_ORDER.indexOf(a) - CONTRACT_ORDER.indexOf(b));
  const mainContract = employmentType[0];

  const categories = pickCategories(rng, trade, employmentType);
  let openTo = [];
  let civilServantOnly = false;
  if (mainContract === 'NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER') {
    civilServantOnly = categories.every((c) => c !== 'A') && rng.chance(0.15);
    openTo = civilServantOnly ? ['CIVIL_SERVANT'] : ['CIVIL_SERVANT', 'CONTRACT_WORKER'];
  } else if (mainContract === 'CONTRACT_WORKER_ONLY') openTo = ['CONTRACT_WORKER'];

  // Where
  let abroad;
  let jobLocation;
  if (mainContract === 'INTERNATIONAL_VOLUNTEER') {
    abroad = rng.pick(ABROAD);
    jobLocation = { addressLocality: abroad[0], addressCountry: abroad[1] };
  } else jobLocation = force.place ? place(...force.place) : pickPlace(rng, profile);
  const remote = force.remote ?? pickRemote(rng, trade, profile, mainContract);

  // Title
  const baseTitle = force.title ?? rng.weighted(trade.titles.map((t, i) => [t, trade.titles.length - i]));
  const title = force.title ?? decorateTitle(rng, baseTitle, employmentType, abroad?.[0]);
  const role = roleOf(baseTitle);

  // Conditions
  const experienceMonths = pickExperience(rng, trade, categories, mainContract);
  const openToBeginners =
    experienceMonths === 0 &&
    (categories.some((c) => c === 'B' || c === 'C') || employmentType.some((c) => c === 'APPRENTICESHIP' || c === 'INTERN'));
  const baseSalary = pickSalary(rng, categories.length ? categories : ['A'], mainContract, experienceMonths, force.salary);
  const clearance = Boolean(profile.clearance) && rng.chance(0.4);

  // Dates
  let age = force.age ?? Math.floor(90 * rng.next() ** 1.25);
  let deadline = force.deadline ?? rng.weighted([['none', 20], ['expired', 5], ['soon', 7], ['later', 68]]);
  if (deadline === 'expired' && age < 20) age = 20 + rng.int(0, 60);
  const today = Math.floor(NOW / DAY) * DAY;
  const postedDay = today - age * DAY;
  let validThrough;
  if (deadline === 'expired') validThrough = endOfParisDay(today - rng.int(1, 10) * DAY);
  else if (deadline === 'today') validThrough = endOfParisDay(today);
  else if (deadline === 'soon') validThrough = endOfParisDay(today + rng.int(0, 6) * DAY);
  else if (deadline === 'later') {
    const earliest = Math.max(postedDay + 21 * DAY, today + 8 * DAY);
    validThrough = endOfParisDay(earliest + rng.int(0, 60) * DAY);
  }
  const status = force.status ?? (rng.chance(0.03) ? 'filled' : 'open');
  const modifiedDay = postedDay + rng.int(0, Math.min(age, status === 'filled' ? age : 20)) * DAY;
  let modified = modifiedDay + rng.int(7, 17) * 3_600_000 + rng.int(0, 11) * 300_000;
  if (modified > NOW) modified = NOW - rng.int(1, 60) * 60_000;
  if (modified < postedDay) modified = postedDay;
  if (status === 'filled') modified = Math.max(modified, Math.min(NOW - 3_600_000, postedDay + 14 * DAY));

  // How to apply
  const applyMode = force.apply ?? rng.weighted([['platform', 70], ['external', 20], ['email', 10]]);
  let apply;
  if (applyMode === 'platform') apply = { mode: 'platform' };
  else if (applyMode === 'external') {
    const reference = `2026-${String(1_500_000 + rng.int(0, 499_999))}`;
    apply = { mode: 'external', url: `https://choisirleservicepublic.gouv.fr/offre-emploi/${shortSlug(title, 60)}-reference-${reference}/` };
  } else {
    apply = { mode: 'email', email: `recrutement-numerique@${profile.domain}` };
    if (rng.chance(0.8)) apply.subject = `Candidature – ${clip(title.replace(/\s*\(H\/F\)/, ''), 60)} – réf. ${id}`;
  }

  // Words
  const project = rng.pick(profile.projects);
  const otherProjects = profile.projects.filter((p) => p !== project);
  const [mission, otherMission] = rng.sample(trade.missions, 2).map(lowerFirst);
  const words = {
    org: profile.the,
    deOrg: deFr(profile.the),
    role,
    project,
    aProject: aFr(project),
    deProject: deFr(project),
    aCity: aCity(jobLocation.addressLocality),
    mission,
    otherMission,
  };

  return {
    index,
    rng,
    id,
    title,
    profile,
    trade,
    employmentType,
    mainContract,
    categories,
    openTo,
    civilServantOnly,
    jobLocation,
    abroad,
    remote,
    experienceMonths,
    openToBeginners,
    baseSalary,
    clearance,
    datePosted: isoDate(postedDay),
    dateModified: isoDateTime(modified),
    validThrough: validThrough?.text,
    status,
    apply,
    words,
    project,
    otherProjects,
  };
}

const EXCERPT_MAX = 160;

function renderExcerpt(draft) {
  const firstTemplate = draft.rng.pick(TEXT.EXCERPT_FIRST);
  const first = fill(firstTemplate, draft.words);
  // Name the city once, the mission once.
  const seconds = TEXT.EXCERPT_SECOND.filter((t) => !(firstTemplate.includes('{aCity}') && t.includes('{aCity}')));
  const second = fill(draft.rng.pick(seconds), { ...draft.words, mission: draft.words.otherMission });
  const both = `${first} ${second}`;
  return both.length <= EXCERPT_MAX ? both : clip(first, EXCERPT_MAX);
}

/** Slug of `text`, cut on a hyphen to at most `max` characters. */
function shortSlug(text, max) {
  const slug = slugify(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

/** The light offer, as written in the feed. `documentPath` is relative to the feed file. */
function renderOffer(draft, documentPath) {
  const offer = {
    id: draft.id,
    title: draft.title,
    url: `${SITE}/emplois/${shortSlug(draft.title, 48)}-${draft.id}`,
    datePosted: draft.datePosted,
    dateModified: draft.dateModified,
  };
  if (draft.validThrough) offer.validThrough = draft.validThrough;
  offer.status = draft.status;
  offer.employmentType = draft.employmentType;
  offer.hiringOrganization = draft.profile.id;
  offer.jobLocation = draft.jobLocation;
  offer.remote = draft.remote;
  if (draft.baseSalary) offer.baseSalary = draft.baseSalary;
  offer.occupationalCategory = draft.trade.id;
  offer.category = draft.categories;
  offer.openTo = draft.openTo;
  offer.experienceMonths = draft.experienceMonths;
  offer.openToBeginners = draft.openToBeginners;
  offer.excerpt = draft.excerpt;
  offer.document = documentPath;
  offer.apply = draft.apply;
  return offer;
}

// ---------------------------------------------------------------------------------------------
// Per-offer documents

function heading(rng, text) {
  const form = rng.weighted([['h3', 6], ['h4', 2], ['p', 2]]);
  return form === 'p' ? `<p><strong>${escapeHtml(text)}</strong></p>` : `<${form}>${escapeHtml(text)}</${form}>`;
}

function list(items, tag = 'ul') {
  return `<${tag}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
}

function salaryPhrase(salary) {
  if (!salary) return 'Rémunération selon la grille de la catégorie et l’expérience';
  const { minValue: min, maxValue: max } = salary;
  if (min !== undefined && max !== undefined) return `Rémunération : de ${euros(min)} à ${euros(max)} € bruts annuels selon l’expérience`;
  if (min !== undefined) return `Rémunération : à partir de ${euros(min)} € bruts annuels`;
  return `Rémunération : jusqu’à ${euros(max)} € bruts annuels`;
}

function renderDocument(draft) {
  const { rng, trade, profile, words } = draft;
  const sections = {};

  // mission (always)
  const lead = fill(rng.pick(TEXT.MISSION_LEADS), words);
  const second = rng.chance(0.5)
    ? `<p>Votre rôle : ${escapeHtml(rng.sample(trade.missions, 3).map(lowerFirst).join(' ; '))}.</p>`
    : `<p><strong>Le métier.</strong> ${escapeHtml(trade.description)}</p>`;
  sections.mission = `<p>${escapeHtml(lead)}</p>${second}`;

  if (rng.chance(0.85)) {
    let html = `<p>${escapeHtml(profile.about)}</p>`;
    if (draft.otherProjects.length && rng.chance(0.5)) {
      html += `<p>Vous pourrez aussi être amené·e à intervenir sur <strong>${escapeHtml(rng.pick(draft.otherProjects))}</strong>.</p>`;
    }
    sections.context = html;
  }

  if (rng.chance(0.7)) {
    const team = fill(rng.pick(TEXT.TEAMS[trade.family]), { n: String(rng.int(6, 24)) });
    let html = `<p>Vous rejoignez ${escapeHtml(team)}.</p>`;
    if (rng.chance(0.5)) html += `<p>${escapeHtml(rng.pick(TEXT.TEAM_EXTRAS))}</p>`;
    sections.team = html;
  }

  if (rng.chance(0.9)) {
    const tasks = rng.shuffle(trade.missions);
    if (rng.chance(0.3)) tasks.push('Participer à la vie de l’équipe et aux communautés métier de l’État');
    sections.tasks = (rng.chance(0.4) ? '<p>Vos principales missions :</p>' : '') + list(tasks);
  }

  if (rng.chance(0.95)) {
    let html;
    if (draft.experienceMonths === 0) {
      html = draft.openToBeginners
        ? '<p>Le poste est ouvert aux débutant·es comme aux profils expérimentés.</p>'
        : '<p>Une première expérience, même en stage ou en alternance, est appréciée.</p>';
    } else {
      const years = Math.round(draft.experienceMonths / 12);
      html = `<p>Vous justifiez d’au moins ${years} an${years > 1 ? 's' : ''} d’expérience sur des fonctions comparables.</p>`;
    }
    html += heading(rng, 'Compétences attendues') + list(rng.sample(trade.skills, rng.int(4, trade.skills.length)));
    html += heading(rng, 'Qualités') + list(rng.sample(TEXT.QUALITIES, 3));
    if (rng.chance(0.3)) html += `<p><em>${escapeHtml(TEXT.DISABILITY_NOTE)}</em></p>`;
    sections.profile = html;
  }

  if (rng.chance(0.75)) {
    const items = [
      TEXT.CONTRACT_PHRASES[draft.civilServantOnly ? 'CIVIL_SERVANT_ONLY' : draft.mainContract],
      draft.abroad
        ? `Localisation : ambassade de France ${aCity(draft.abroad[0])}`
        : `Localisation : ${draft.jobLocation.addressLocality} (${draft.jobLocation.postalCode})`,
      { FULL: 'Télétravail complet possible, avec des regroupements d’équipe ponctuels', PARTIAL: 'Télétravail partiel possible, jusqu’à trois jours par semaine', NONE: 'Poste en présentiel' }[draft.remote],
      salaryPhrase(draft.baseSalary),
      rng.chance(0.5) ? 'Prise de poste : dès que possible' : `Prise de poste : ${rng.pick(['1er janvier 2027', '1er février 2027', '1er mars 2027'])}`,
    ];
    if (draft.clearance) items.push(TEXT.CLEARANCE_NOTE);
    sections.conditions = list(items);
  }

  if (rng.chance(0.65)) {
    const perks = TEXT.PERKS.filter((p) => draft.remote !== 'NONE' || !p.includes('télétravail'));
    sections.perks = list(rng.sample(perks, rng.int(3, 5)));
  }

  if (rng.chance(0.8)) {
    const steps = [TEXT.PROCESS_STEPS[0], TEXT.PROCESS_STEPS[1]];
    if (rng.chance(0.6)) steps.push(TEXT.PROCESS_STEPS[2]);
    if (rng.chance(0.3)) steps.push(TEXT.PROCESS_STEPS[3]);
    steps.push(TEXT.PROCESS_STEPS[4]);
    let html = list(steps, 'ol');
    const { apply } = draft;
    const contact = rng.weighted([['question', 40], ['homepage', 24], ['none', 36]]);
    if (apply.mode === 'email') {
      html += `<p>Envoyez votre CV et votre lettre de motivation à <a href="mailto:${apply.email}">${apply.email}</a> en rappelant la référence ${draft.id}.</p>`;
    } else if (apply.mode === 'external') {
      html += `<p>Les candidatures sont reçues sur <a href="${escapeHtml(apply.url)}">Choisir le service public</a>.</p>`;
    } else if (contact === 'question') {
      const email = `recrutement-numerique@${profile.domain}`;
      html += `<p>Une question sur le poste ? Écrivez à <a href="mailto:${email}">${email}</a>.</p>`;
    } else if (contact === 'homepage') {
      const home = profile.homepage ?? profile.url;
      html += `<p>Pour découvrir ${escapeHtml(profile.the)} : <a href="${home}">${new URL(home).host}</a>.</p>`;
    }
    sections.process = html;
  }

  const document = { version: 1, id: draft.id, sections };
  if (rng.chance(0.7)) {
    const key = draft.categories.length ? draft.categories[0] : draft.mainContract;
    document.education = rng.pick(TEXT.EDUCATION[key]);
  }
  if (rng.chance(0.8)) document.contractDuration = rng.pick(TEXT.DURATIONS[draft.civilServantOnly ? 'NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER' : draft.mainContract]);
  return document;
}

// ---------------------------------------------------------------------------------------------
// Build and write

const started = performance.now();
const usedIds = new Set();
const drafts = [];
for (let i = 0; i < COUNT; i++) {
  const draft = draftOffer(i, usedIds);
  draft.excerpt = renderExcerpt(draft);
  drafts.push(draft);
}
drafts.sort((a, b) =>
  a.datePosted !== b.datePosted
    ? a.datePosted < b.datePosted
      ? 1
      : -1
    : a.dateModified !== b.dateModified
      ? a.dateModified < b.dateModified
        ? 1
        : -1
      : a.id < b.id
        ? -1
        : 1,
);

function feedDocument(offers, organisationList) {
  return {
    version: 1,
    generatedAt: isoDateTime(NOW),
    applicationEndpoint: args['application-endpoint'],
    regions,
    departements,
    organisations: organisationList,
    families,
    trades,
    offers,
  };
}

/** Removes the *.json files a previous run left in a generated folder (and nothing else). */
function clearJsonFiles(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) rmSync(join(dir, name));
}

function writeJson(path, value) {
  const text = `${JSON.stringify(value)}\n`;
  writeFileSync(path, text);
  return text;
}

mkdirSync(OUT, { recursive: true });
clearJsonFiles(join(OUT, 'offers'));
clearJsonFiles(join(OUT, 'organisations'));

const mainText = writeJson(
  join(OUT, 'offers.json'),
  feedDocument(
    drafts.map((d) => renderOffer(d, `offers/${d.id}.json`)),
    organisations,
  ),
);

let documentBytes = 0;
if (WITH_DOCUMENTS) {
  mkdirSync(join(OUT, 'offers'), { recursive: true });
  for (const draft of drafts) documentBytes += writeJson(join(OUT, 'offers', `${draft.id}.json`), renderDocument(draft)).length;
}

mkdirSync(join(OUT, 'organisations'), { recursive: true });
const sliceOrganisations = organisations.map((o) => (o.feed ? { ...o, feed: `${o.id}.json` } : o));
const sliceCounts = [];
for (const ministry of MINISTRIES) {
  const offers = drafts.filter((d) => d.profile.ministry === ministry.id).map((d) => renderOffer(d, `../offers/${d.id}.json`));
  writeJson(join(OUT, 'organisations', `${ministry.id}.json`), feedDocument(offers, sliceOrganisations));
  sliceCounts.push(`${ministry.id}: ${offers.length}`);
}

if (!args.quiet) {
  const bytes = Buffer.byteLength(mainText);
  const gzip = gzipSync(mainText, { level: 9 }).length;
  const ms = Math.round(performance.now() - started);
  console.log(`Wrote ${COUNT} offers to ${OUT} in ${ms} ms`);
  console.log(`  offers.json: ${bytes} bytes, ${gzip} bytes gzipped (${(bytes / Math.max(COUNT, 1)).toFixed(0)} B/offer raw, ${(gzip / Math.max(COUNT, 1)).toFixed(0)} B/offer gzipped)`);
  if (WITH_DOCUMENTS) console.log(`  offers/*.json: ${COUNT} documents, ${documentBytes} bytes (${(documentBytes / Math.max(COUNT, 1)).toFixed(0)} B/document)`);
  console.log(`  organisations/*.json: ${sliceCounts.join(', ')}`);
  if (COUNT >= EDGE_CASE_MIN_COUNT) {
    const edges = drafts.filter((d) => d.index in EDGE_CASES).sort((a, b) => a.index - b.index);
    console.log(`  edge cases: ${edges.map((d) => `${d.id} ${EDGE_CASES[d.index].label}`).join('; ')}`);
  }
}
