#!/usr/bin/env node
/**
 * Checks a feed folder against the wire-format contract (docs/feed.md):
 *
 *   node scripts/check-feed.mjs [dir=demo/feed/v1] [--quiet]
 *
 * - offers.json, every organisations slice it lists and every per-offer document it points to
 *   are validated against schema/feed.schema.json and schema/offer-document.schema.json;
 * - references are checked (organisations, parents, trades, families, départements, régions),
 *   ids are unique, salary bounds are ordered, a document's id matches its offer, each slice
 *   holds exactly its ministry's offers;
 * - counts and sizes (raw, gzip, brotli) and the JSON.parse time are printed.
 *
 * Exits 1 when an error was found, 0 otherwise (warnings do not fail).
 * Documents given by absolute http(s) URLs are not fetched; when the folder has no offers/
 * sub-folder at all (a feed generated with --no-documents), documents are not checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = /** @type {typeof addFormatsModule.default} */ (addFormatsModule.default ?? addFormatsModule);

const { values: options, positionals } = parseArgs({
  options: { quiet: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const dir = positionals[0] === undefined ? fileURLToPath(new URL('../demo/feed/v1', import.meta.url)) : resolve(positionals[0]);
const mainPath = join(dir, 'offers.json');

const errors = [];
const warnings = [];
const MAX_REPORTED = 50;
const error = (where, message) => errors.push(`${where}: ${message}`);
const warn = (where, message) => warnings.push(`${where}: ${message}`);

// ---------------------------------------------------------------------------------------------
// Schemas

const schemaDir = new URL('../schema/', import.meta.url);
const feedSchema = JSON.parse(readFileSync(new URL('feed.schema.json', schemaDir), 'utf8'));
const documentSchema = JSON.parse(readFileSync(new URL('offer-document.schema.json', schemaDir), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
addFormats(ajv);
const validateFeed = ajv.compile(feedSchema);
const validateDocument = ajv.compile(documentSchema);

function schemaErrors(where, validate, value) {
  if (validate(value)) return true;
  for (const e of validate.errors ?? []) error(where, `${e.instancePath || '/'} ${e.message}${e.params && 'allowedValues' in e.params ? ` (${e.params.allowedValues.join(', ')})` : ''}`);
  return false;
}

function readJson(path, where) {
  if (!existsSync(path)) {
    error(where, `missing file ${path}`);
    return undefined;
  }
  const text = readFileSync(path, 'utf8');
  try {
    return { text, value: JSON.parse(text) };
  } catch (e) {
    error(where, `not JSON: ${e.message}`);
    return undefined;
  }
}

/** Resolves a URL reference found in `baseFile`; returns a local path, or undefined for remote URLs. */
function localTarget(reference, baseFile) {
  const url = new URL(reference, pathToFileURL(baseFile));
  return url.protocol === 'file:' ? fileURLToPath(url) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Semantic checks of one feed document

const departementOfPostalCode = (pc) => (pc.startsWith('97') || pc.startsWith('98') ? pc.slice(0, 3) : pc.startsWith('20') ? ['2A', '2B'] : pc.slice(0, 2));

function uniqueIds(where, items, key = 'id') {
  const seen = new Set();
  for (const [i, item] of items.entries()) {
    if (seen.has(item?.[key])) error(`${where}/${i}`, `duplicate ${key} ${JSON.stringify(item[key])}`);
    seen.add(item?.[key]);
  }
  return seen;
}

const arrayOf = (value) => (Array.isArray(value) ? value.filter((item) => item !== null && typeof item === 'object') : []);

/** Cross-reference checks; defensive, so that they also run on a feed that failed the schema. */
function checkReferences(where, rawFeed, now) {
  const feed = {
    regions: arrayOf(rawFeed.regions),
    departements: arrayOf(rawFeed.departements),
    organisations: arrayOf(rawFeed.organisations),
    families: arrayOf(rawFeed.families),
    trades: arrayOf(rawFeed.trades),
    offers: arrayOf(rawFeed.offers),
  };
  const regionCodes = uniqueIds(`${where}#/regions`, feed.regions, 'code');
  const departements = new Map(feed.departements.map((d) => [d.code, d]));
  uniqueIds(`${where}#/departements`, feed.departements, 'code');
  for (const [i, d] of feed.departements.entries()) {
    if (!regionCodes.has(d.region)) error(`${where}#/departements/${i}`, `unknown région ${d.region}`);
  }
  const organisations = new Map(feed.organisations.map((o) => [o.id, o]));
  uniqueIds(`${where}#/organisations`, feed.organisations);
  for (const [i, o] of feed.organisations.entries()) {
    if (o.parent !== undefined) {
      const parent = organisations.get(o.parent);
      if (!parent) error(`${where}#/organisations/${i}`, `unknown parent ${o.parent}`);
      else if (parent.parent !== undefined) warn(`${where}#/organisations/${i}`, `parent ${o.parent} is itself a service (only two levels are expected)`);
    }
  }
  const familyIds = uniqueIds(`${where}#/families`, feed.families);
  const tradeIds = uniqueIds(`${where}#/trades`, feed.trades);
  for (const [i, t] of feed.trades.entries()) {
    if (!familyIds.has(t.family)) error(`${where}#/trades/${i}`, `unknown family ${t.family}`);
  }
  uniqueIds(`${where}#/offers`, feed.offers);
  for (const [i, offer] of feed.offers.entries()) {
    const at = `${where}#/offers/${i} (${offer.id})`;
    if (!organisations.has(offer.hiringOrganization)) error(at, `unknown hiringOrganization ${offer.hiringOrganization}`);
    if (offer.occupationalCategory !== undefined && !tradeIds.has(offer.occupationalCategory)) {
      error(at, `unknown occupationalCategory ${offer.occupationalCategory}`);
    }
    const loc = offer.jobLocation !== null && typeof offer.jobLocation === 'object' ? offer.jobLocation : {};
    if (loc.departement !== undefined) {
      const d = departements.get(loc.departement);
      if (!d) error(at, `unknown département ${loc.departement}`);
      else if (loc.region !== undefined && loc.region !== d.region) error(at, `région ${loc.region} does not contain département ${loc.departement}`);
      if (typeof loc.postalCode === 'string' && ![departementOfPostalCode(loc.postalCode)].flat().includes(loc.departement)) {
        error(at, `postal code ${loc.postalCode} is not in département ${loc.departement}`);
      }
    }
    if (loc.region !== undefined && !regionCodes.has(loc.region)) error(at, `unknown région ${loc.region}`);
    const salary = offer.baseSalary;
    if (typeof salary?.minValue === 'number' && typeof salary?.maxValue === 'number' && salary.minValue > salary.maxValue) {
      error(at, `baseSalary.minValue ${salary.minValue} > maxValue ${salary.maxValue}`);
    }
    const posted = Date.parse(offer.datePosted);
    if (posted > now) warn(at, `datePosted ${offer.datePosted} is after generatedAt`);
    if (offer.dateModified !== undefined && Date.parse(offer.dateModified) < posted) warn(at, 'dateModified is before datePosted');
    if (offer.validThrough !== undefined && Date.parse(offer.validThrough) < posted) warn(at, 'validThrough is before datePosted');
    if (offer.openToBeginners === true && (offer.experienceMonths ?? 0) > 0) warn(at, 'openToBeginners with experienceMonths > 0');
    if (offer.excerpt !== undefined && /<[a-z!/]/i.test(offer.excerpt)) warn(at, 'excerpt looks like HTML (it must be plain text)');
  }
}

/** The ministry (top-level organisation) of an organisation id. */
function rootOf(organisations, id) {
  let org = organisations.get(id);
  const seen = new Set();
  while (org?.parent !== undefined && !seen.has(org.id)) {
    seen.add(org.id);
    org = organisations.get(org.parent);
  }
  return org?.id;
}

// ---------------------------------------------------------------------------------------------
// Main feed

const main = readJson(mainPath, 'offers.json');
if (!main) finish();
const feed = main.value;
schemaErrors('offers.json', validateFeed, feed);
if (feed === null || typeof feed !== 'object' || !Array.isArray(feed.offers)) finish();
feed.offers = arrayOf(feed.offers);
const now = Date.parse(feed.generatedAt) || Date.now();
checkReferences('offers.json', feed, now);

// Per-offer documents
const offersDir = join(dir, 'offers');
const documentsPresent = existsSync(offersDir);
let documentCount = 0;
let documentBytes = 0;
let documentGzip = 0;
let remoteDocuments = 0;
const documentPathById = new Map();
if (!documentsPresent) warn('offers/', 'no offers/ folder: per-offer documents not checked');
for (const [i, offer] of feed.offers.entries()) {
  if (typeof offer?.document !== 'string') continue;
  const path = localTarget(offer.document, mainPath);
  if (path === undefined) {
    remoteDocuments++;
    continue;
  }
  documentPathById.set(offer.id, path);
  if (!documentsPresent) continue;
  const at = `offers.json#/offers/${i}/document`;
  const doc = readJson(path, at);
  if (!doc) continue;
  documentCount++;
  documentBytes += Buffer.byteLength(doc.text);
  documentGzip += gzipSync(doc.text).length;
  schemaErrors(offer.document, validateDocument, doc.value);
  if (doc.value?.id !== offer.id) {
    error(offer.document, `id ${doc.value.id} does not match offer ${offer.id}`);
  }
}

// Slices
const organisations = new Map(arrayOf(feed.organisations).map((o) => [o.id, o]));
const sliceSummaries = [];
let sliceOfferTotal = 0;
for (const org of arrayOf(feed.organisations)) {
  if (org.feed === undefined) continue;
  const path = localTarget(org.feed, mainPath);
  const where = `slice ${org.id}`;
  if (path === undefined) {
    warn(where, `remote slice ${org.feed} not checked`);
    continue;
  }
  const slice = readJson(path, where);
  if (!slice) continue;
  schemaErrors(where, validateSlice, slice.value);
  if (slice.value === null || typeof slice.value !== 'object' || !Array.isArray(slice.value.offers)) continue;
  checkReferences(where, slice.value, now);
  const expected = new Map(feed.offers.filter((o) => rootOf(organisations, o.hiringOrganization) === org.id).map((o) => [o.id, o]));
  const got = arrayOf(slice.value.offers);
  sliceOfferTotal += got.length;
  sliceSummaries.push(`${org.id} ${got.length}`);
  for (const offer of got) {
    const original = expected.get(offer.id);
    if (!original) {
      error(where, `offer ${offer.id} is not an offer of ${org.id} in the main feed`);
      continue;
    }
    expected.delete(offer.id);
    // Same offer, except for `document`, which is relative to another file: compare where it resolves.
    const { document: sliceDocument, ...restSlice } = offer;
    const restMain = { ...original };
    delete restMain.document;
    if (JSON.stringify(restSlice) !== JSON.stringify(restMain)) error(where, `offer ${offer.id} differs from the main feed`);
    if (sliceDocument !== undefined && localTarget(sliceDocument, path) !== documentPathById.get(offer.id)) {
      error(where, `offer ${offer.id}: document ${sliceDocument} does not resolve to the main feed's document`);
    }
  }
  for (const id of expected.keys()) error(where, `offer ${id} of ${org.id} is missing from the slice`);
}
function validateSlice(value) {
  const ok = validateFeed(value);
  validateSlice.errors = validateFeed.errors;
  return ok;
}

// ---------------------------------------------------------------------------------------------
// Report

function count(items, key) {
  const counts = new Map();
  for (const item of items) for (const k of [key(item)].flat()) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

function parseTime(text) {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    JSON.parse(text);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return runs[3];
}

const kB = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (!options.quiet) {
  const raw = Buffer.byteLength(main.text);
  const gzip = gzipSync(main.text, { level: 9 }).length;
  const brotli = brotliCompressSync(main.text, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const offers = feed.offers ?? [];
  const deadline = (o) => {
    if (o.validThrough === undefined) return 'none';
    const t = Date.parse(o.validThrough);
    return t < now ? 'passed' : t - now < 7 * 86_400_000 ? 'within 7 days' : 'later';
  };
  const salary = (o) => (o.baseSalary ? (o.baseSalary.minValue !== undefined ? (o.baseSalary.maxValue !== undefined ? 'min–max' : 'min only') : 'max only') : 'none');
  const lines = [
    `Feed ${dir}`,
    `  offers.json: ${raw} B raw (${kB(raw)}), ${gzip} B gzip -9 (${kB(gzip)}), ${brotli} B brotli -11 (${kB(brotli)}); JSON.parse ${parseTime(main.text).toFixed(1)} ms (median of 7)`,
    `  offers: ${offers.length} — status: ${count(offers, (o) => o.status)}`,
    `    deadline: ${count(offers, deadline)}`,
    `    apply: ${count(offers, (o) => o.apply?.mode)}`,
    `    employmentType: ${count(offers, (o) => o.employmentType)}`,
    `    remote: ${count(offers, (o) => o.remote)} — category: ${count(offers, (o) => (o.category?.length ? o.category : ['none']))}`,
    `    salary: ${count(offers, salary)} — beginners: ${offers.filter((o) => o.openToBeginners).length}`,
    `    régions: ${count(offers, (o) => o.jobLocation?.region ?? o.jobLocation?.addressCountry ?? '?')}`,
    `  taxonomies: ${feed.regions?.length} régions, ${feed.departements?.length} départements, ${feed.organisations?.length} organisations (${feed.organisations?.filter((o) => o.parent === undefined).length} ministries), ${feed.families?.length} families, ${feed.trades?.length} trades`,
    documentsPresent
      ? `  documents: ${documentCount} checked, ${kB(documentBytes)} raw, ${kB(documentGzip)} gzip (avg ${(documentBytes / Math.max(documentCount, 1)).toFixed(0)} B raw, ${(documentGzip / Math.max(documentCount, 1)).toFixed(0)} B gzip)${remoteDocuments ? `, ${remoteDocuments} remote not fetched` : ''}`
      : '  documents: not generated',
    `  slices: ${sliceSummaries.length} (${sliceOfferTotal} offers) — ${sliceSummaries.join(', ')}`,
  ];
  console.log(lines.join('\n'));
}
finish();

function finish() {
  for (const w of warnings.slice(0, MAX_REPORTED)) console.warn(`warning: ${w}`);
  if (warnings.length > MAX_REPORTED) console.warn(`… and ${warnings.length - MAX_REPORTED} more warnings`);
  for (const e of errors.slice(0, MAX_REPORTED)) console.error(`error: ${e}`);
  if (errors.length > MAX_REPORTED) console.error(`… and ${errors.length - MAX_REPORTED} more errors`);
  console.log(errors.length ? `FAILED: ${errors.length} error(s), ${warnings.length} warning(s)` : `OK: 0 errors, ${warnings.length} warning(s)`);
  process.exit(errors.length ? 1 : 0);
}
