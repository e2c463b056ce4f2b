// The reference endpoint of the application protocol (docs/application-protocol.md), used by the
// demo server for `POST /api/applications` and its `OPTIONS` preflight. node:http only, no dependency.
//
//   import { handleApplication } from './applications.mjs';
//   if (pathname === '/api/applications') await handleApplication(req, res, { dataDir, simulate });
//
// What it does, in order:
//   1. CORS for any origin (the widgets run on ministry sites), preflight included.
//   2. Requires an `Idempotency-Key` header (400 without one).
//   3. Simulated failures for the demo and the tests (`?simulate=500-once`… see SIMULATIONS).
//   4. Reads the body up to MAX_BODY_BYTES (413 beyond), parses multipart/form-data (400 when it is not).
//   5. The honeypot: a filled `website` field gets a 201 with a made-up reference, and nothing is stored.
//   6. Checks every field again, with the same rules as the form (422 with per-field errors).
//   7. Idempotency, one key at a time: a key already answered gets the same answer again
//      (`Idempotency-Replayed: true`) when the body is the same, 422 `idempotency-key-reused` otherwise.
//   8. Duplicates: the same e-mail address for the same offer (or twice spontaneous) under another key → 409.
//   9. Stores `<dataDir>/<reference>/application.json` and `cv.pdf`, written in a temporary folder and
//      renamed into place (atomic), with the idempotency record written before (pending) and after (done),
//      so that a crash between the two never stores an application twice. 201 `{ "reference" }`.
//
// Nothing is logged: the requests carry personal data.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The same limits as `src/data/application.ts`. Text lengths count code points, a line break as one. */
export const LIMITS = Object.freeze({
  name: 100,
  email: 254,
  phone: 30,
  coverLetter: 5000,
  url: 2048,
  cvBytes: 5 * 1024 * 1024,
  pdfSignatureWindow: 1024,
  trades: 50,
  regions: 30,
  id: 128,
  code: 16,
});

export const APPLICANT_STATUSES = Object.freeze(['civil-servant', 'contract-worker', 'private-sector', 'student', 'other']);

/** Largest body read: the CV limit plus room for the other fields and the multipart framing. */
export const MAX_BODY_BYTES = LIMITS.cvBytes + 512 * 1024;
/** Beyond this, the connection is cut instead of reading the rest to answer 413. */
const HARD_CAP_BYTES = 64 * 1024 * 1024;

/** Simulated failures, by `?simulate=<kind>[-once|-twice|-<n>]` (n: the first n attempts of each idempotency key). */
export const SIMULATIONS = Object.freeze({
  500: 'answers 500 Internal Server Error, stores nothing',
  502: 'answers 502 Bad Gateway, stores nothing',
  503: 'answers 503 Service Unavailable with Retry-After: 1, stores nothing',
  504: 'answers 504 Gateway Timeout, stores nothing',
  429: 'answers 429 Too Many Requests with Retry-After: 1, stores nothing',
  413: 'answers 413 Content Too Large',
  409: 'answers 409 Conflict (duplicate application)',
  slow: 'waits (3 s by default), then handles the request normally',
  hang: 'never answers (until the client gives up), stores nothing',
  lost: 'stores the application, then cuts the connection without answering (the answer is "lost")',
});

export const CORS_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  // Retry-After is not a CORS-safelisted response header: without this the form cannot read it.
  'Access-Control-Expose-Headers': 'Retry-After, Idempotency-Replayed',
  'Cross-Origin-Resource-Policy': 'cross-origin',
});

const PREFLIGHT_HEADERS = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Idempotency-Key, Content-Type, Accept, Accept-Language',
  'Access-Control-Max-Age': '600',
});

/**
 * Reads a `simulate` value: `{ kind, times }` (`times` = Infinity when every attempt is affected),
 * or undefined when empty or unknown.
 */
export function parseSimulation(value) {
  if (typeof value !== 'string' || !value) return undefined;
  const m = /^([a-z0-9]+)(?:-(once|twice|\d{1,3}))?$/.exec(value.trim().toLowerCase());
  if (!m || !Object.hasOwn(SIMULATIONS, m[1])) return undefined;
  const times = m[2] === undefined ? Infinity : m[2] === 'once' ? 1 : m[2] === 'twice' ? 2 : Number(m[2]);
  return { kind: m[1], times };
}

// ---------------------------------------------------------------------------
// Validation: the rules of src/data/application.ts, again.

const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[^\s@.]+$/;
const PHONE = /^\+?[0-9 .()-]+$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/; // the feed's ids and codes (src/data/ids.ts)

const textLength = (s) => Array.from(s).length;
/** Line breaks as `\n` (multipart/form-data turns every line break of a text into CRLF). */
const normaliseText = (s) => s.replace(/\r\n?/g, '\n');

export function normaliseLink(value) {
  const s = value.trim();
  if (!s || /\s/.test(s)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s.replace(/^\/+/, '')}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname) || url.username || url.password) return undefined;
  return url.href;
}

function isPdfType(type, name) {
  const t = (type || '').toLowerCase().split(';')[0].trim();
  if (t === 'application/pdf' || t === 'application/x-pdf') return true;
  return (t === '' || t === 'application/octet-stream') && /\.pdf$/i.test(name || '');
}

export function hasPdfSignature(bytes) {
  const head = Buffer.from(bytes.subarray(0, LIMITS.pdfSignatureWindow));
  return head.indexOf('%PDF-', 0, 'latin1') !== -1;
}

/**
 * Validates a parsed FormData. Returns `{ errors, application }`: `errors` is a list of
 * `{ field, code }`; `application` holds the cleaned values (only the fields of the protocol).
 */
export async function validate(form) {
  const errors = [];
  const fail = (field, code) => errors.push({ field, code });
  const text = (name) => {
    const v = form.get(name);
    return typeof v === 'string' ? normaliseText(v).trim() : '';
  };
  const list = (name, max, maxLength) => {
    const values = form.getAll(name).filter((v) => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
    if (values.length > max || values.some((v) => v.length > maxLength || !ID.test(v))) fail(name, values.length > max ? 'too-long' : 'invalid');
    return [...new Set(values)];
  };

  const offerId = text('offerId');
  if (offerId && (offerId.length > LIMITS.id || !ID.test(offerId))) fail('offerId', 'invalid');
  const spontaneous = !offerId;

  const firstName = text('firstName');
  const lastName = text('lastName');
  for (const [field, v] of [['firstName', firstName], ['lastName', lastName]]) {
    if (!v) fail(field, 'required');
    else if (textLength(v) > LIMITS.name) fail(field, 'too-long');
  }
  const email = text('email');
  if (!email) fail('email', 'required');
  else if (email.length > LIMITS.email) fail('email', 'too-long');
  else if (!EMAIL.test(email)) fail('email', 'invalid');

  const phone = text('phone');
  if (phone) {
    const digits = phone.replace(/\D/g, '').length;
    if (phone.length > LIMITS.phone) fail('phone', 'too-long');
    else if (!PHONE.test(phone) || digits < 6 || digits > 15) fail('phone', 'invalid');
  }

  const status = text('status');
  if (!status) fail('status', 'required');
  else if (!APPLICANT_STATUSES.includes(status)) fail('status', 'invalid');

  const trades = spontaneous ? list('trades', LIMITS.trades, LIMITS.id) : [];
  const regions = spontaneous ? list('regions', LIMITS.regions, LIMITS.code) : [];
  if (spontaneous && trades.length === 0 && !errors.some((e) => e.field === 'trades')) fail('trades', 'required');

  const coverLetter = text('coverLetter');
  if (!coverLetter) fail('coverLetter', 'required');
  else if (textLength(coverLetter) > LIMITS.coverLetter) fail('coverLetter', 'too-long');

  const links = {};
  for (const field of ['linkedin', 'github', 'portfolio']) {
    const v = text(field);
    if (!v) continue;
    if (v.length > LIMITS.url) fail(field, 'too-long');
    else {
      const url = normaliseLink(v);
      if (url) links[field] = url;
      else fail(field, 'invalid');
    }
  }

  if (text('consent') !== 'true') fail('consent', 'required');

  const cv = form.get('cv');
  let cvBytes;
  if (!cv || typeof cv === 'string' || cv.size === 0) fail('cv', 'required');
  else if (!isPdfType(cv.type, cv.name)) fail('cv', 'file-type');
  else if (cv.size > LIMITS.cvBytes) fail('cv', 'file-size');
  else {
    cvBytes = Buffer.from(await cv.arrayBuffer());
    if (!hasPdfSignature(cvBytes)) fail('cv', 'file-type');
  }

  const lang = text('lang') === 'en' ? 'en' : 'fr';
  const application = {
    ...(offerId ? { offerId } : {}),
    spontaneous,
    candidate: { firstName, lastName, email, ...(phone ? { phone } : {}), status },
    ...(spontaneous ? { trades, regions } : {}),
    coverLetter,
    links,
    consent: text('consent') === 'true',
    lang,
  };
  return { errors, application, cvBytes };
}

// ---------------------------------------------------------------------------
// Storage.

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Reference numbers: "MN-" and 8 characters of Crockford's base 32, in two groups (e.g. MN-7K3F-9Q2P). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function newReference() {
  const bytes = randomBytes(8);
  const chars = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
  return `MN-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

async function exists(p) {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

async function readJsonFile(file) {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes a file atomically: a temporary file in the same folder, then a rename over the target. */
async function writeAtomic(file, data) {
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, data, { mode: 0o600 });
  await rename(tmp, file);
}

function dirs(dataDir) {
  return {
    tmp: path.join(dataDir, '.tmp'),
    keys: path.join(dataDir, '.idempotency'),
    duplicates: path.join(dataDir, '.duplicates'),
  };
}

/** One queue per data folder: the idempotency and duplicate checks and the writes happen one at a time. */
const queues = new Map();
function serialised(dataDir, task) {
  const previous = queues.get(dataDir) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => {});
  queues.set(dataDir, tail);
  tail.then(() => {
    if (queues.get(dataDir) === tail) queues.delete(dataDir);
  });
  return run;
}

/** The fingerprint of a request's content: the same answers and the same CV give the same value. */
function fingerprint(application, cvBytes) {
  const { offerId = '', candidate, trades = [], regions = [], coverLetter, links, consent, lang } = application;
  return sha256(JSON.stringify([offerId, candidate, trades, regions, coverLetter, links, consent, lang, sha256(cvBytes)]));
}

async function store(dataDir, keyHash, application, cvBytes, print, now) {
  const d = dirs(dataDir);
  await Promise.all([d.tmp, d.keys, d.duplicates].map((p) => mkdir(p, { recursive: true, mode: 0o700 })));
  const keyFile = path.join(d.keys, `${keyHash}.json`);
  const record = await readJsonFile(keyFile);

  if (record?.state === 'done') {
    if (record.fingerprint !== print) return { status: 422, body: problem(422, 'idempotency-key-reused') };
    return { status: record.status, body: record.body, replayed: true };
  }

  // A pending record is a crash between the two writes below: finish that work with its reference.
  let reference;
  if (record?.state === 'pending') {
    if (record.fingerprint === print) reference = record.reference;
    else if (await exists(path.join(dataDir, record.reference))) {
      // That earlier, different request was stored: the key now belongs to it.
      const done = { state: 'done', reference: record.reference, fingerprint: record.fingerprint, status: 201, body: { reference: record.reference } };
      await writeAtomic(keyFile, JSON.stringify(done));
      return { status: 422, body: problem(422, 'idempotency-key-reused') };
    }
  }
  const dupHash = sha256(`${application.offerId ?? ':spontaneous'}\n${application.candidate.email.toLowerCase()}`);
  const dupFile = path.join(d.duplicates, dupHash);
  if (!reference && (await exists(dupFile))) return { status: 409, body: problem(409, 'duplicate') };
  if (!reference) {
    do reference = newReference();
    while (await exists(path.join(dataDir, reference)));
    await writeAtomic(keyFile, JSON.stringify({ state: 'pending', reference, fingerprint: print }));
  }

  const target = path.join(dataDir, reference);
  if (!(await exists(target))) {
    const tmp = await mkdtemp(path.join(d.tmp, 'app-'));
    try {
      const receivedAt = new Date(now()).toISOString();
      const doc = {
        reference,
        receivedAt,
        ...application,
        consent: { given: application.consent, at: receivedAt },
        cv: { file: 'cv.pdf', bytes: cvBytes.length, sha256: sha256(cvBytes) },
      };
      await writeFile(path.join(tmp, 'cv.pdf'), cvBytes, { mode: 0o600 });
      await writeFile(path.join(tmp, 'application.json'), `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
      await rename(tmp, target);
    } catch (error) {
      await rm(tmp, { recursive: true, force: true });
      throw error;
    }
  }
  const body = { reference };
  await writeAtomic(keyFile, JSON.stringify({ state: 'done', reference, fingerprint: print, status: 201, body }));
  await writeAtomic(dupFile, reference);
  return { status: 201, body };
}

// ---------------------------------------------------------------------------
// HTTP.

const TITLES = {
  400: 'Bad request',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
};

function problem(status, code, extra = {}) {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, code, ...extra };
}

function send(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(json);
}

/** Reads the body; stops keeping bytes past `max` (then `tooLarge`), cuts the connection past the hard cap. */
async function readBody(req, max) {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > HARD_CAP_BYTES) return { tooLarge: true, cut: true };
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > HARD_CAP_BYTES) return { tooLarge: true, cut: true };
    if (size <= max) chunks.push(chunk);
  }
  return size > max ? { tooLarge: true } : { body: Buffer.concat(chunks, size) };
}

/** Reads and discards the body, so that the client gets the answer (a socket closed early reads as a network error). */
function drain(req) {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    req.once('end', resolve);
    req.once('close', resolve);
    req.once('error', resolve);
    req.resume();
  });
}

/** The `Idempotency-Key` header: a structured-field string ("…") or a bare token, 1–255 printable characters. */
export function readIdempotencyKey(header) {
  if (typeof header !== 'string') return undefined;
  let v = header.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
  return /^[\x21-\x7e]{1,255}$/.test(v) && !v.includes('"') ? v : undefined;
}

/** Attempts seen per key and simulation, for `-once` / `-twice` / `-<n>`. */
const attempts = new Map();

/**
 * Handles `POST` and `OPTIONS` on the application endpoint.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {object} options
 * @param {string} options.dataDir   folder of the stored applications (created when missing)
 * @param {string|boolean} [options.simulate]  a simulation (`"500-once"`…); `true` or undefined: read it
 *   from the request's `?simulate=` parameter; `false`: never simulate (production-like)
 * @param {number} [options.maxBodyBytes]  default MAX_BODY_BYTES
 * @param {number} [options.slowMs]  delay of the `slow` simulation (default 3000)
 * @param {() => number} [options.now]  clock (epoch ms)
 * @returns {Promise<void>} resolved once the answer is sent (or the connection cut)
 */
export async function handleApplication(req, res, options) {
  const { dataDir, maxBodyBytes = MAX_BODY_BYTES, slowMs = 3000, now = Date.now } = options ?? {};
  if (!dataDir) throw new TypeError('handleApplication: options.dataDir is required');

  if (req.method === 'OPTIONS') {
    res.writeHead(204, PREFLIGHT_HEADERS);
    res.end();
    return;
  }
  if (req.method !== 'POST') {
    await drain(req);
    return send(res, 405, problem(405, 'method-not-allowed'), { Allow: 'POST, OPTIONS' });
  }

  const key = readIdempotencyKey(req.headers['idempotency-key']);
  if (!key) {
    await drain(req);
    return send(res, 400, problem(400, 'idempotency-key-missing'));
  }

  const simValue =
    typeof options.simulate === 'string'
      ? options.simulate
      : options.simulate === false
        ? undefined
        : (new URL(req.url ?? '/', 'http://localhost').searchParams.get('simulate') ?? undefined);
  let sim = parseSimulation(simValue);
  if (sim) {
    const counter = `${path.resolve(dataDir)}\n${key}\n${simValue}`;
    const seen = (attempts.get(counter) ?? 0) + 1;
    attempts.set(counter, seen);
    if (seen > sim.times) sim = undefined;
  }

  if (sim && /^\d+$/.test(sim.kind) && sim.kind !== '413') {
    await drain(req);
    const status = Number(sim.kind);
    const retry = status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
    const code = status === 409 ? 'duplicate' : status === 429 ? 'rate-limited' : 'simulated';
    return send(res, status, problem(status, code), retry);
  }
  if (sim?.kind === 'hang') {
    await new Promise((resolve) => {
      res.on('close', resolve);
      req.resume();
    });
    return;
  }
  if (sim?.kind === 'slow') await sleep(slowMs);

  const read = await readBody(req, maxBodyBytes);
  if (read.cut) {
    req.destroy();
    return;
  }
  if (read.tooLarge || sim?.kind === '413') {
    return send(res, 413, problem(413, 'too-large', { limit: maxBodyBytes }));
  }

  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) return send(res, 400, problem(400, 'bad-request'));
  let form;
  try {
    form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': type }, body: read.body }).formData();
  } catch {
    return send(res, 400, problem(400, 'bad-request'));
  }

  // The honeypot: people leave it empty. Bots get a believable answer, and nothing is kept.
  const honeypot = form.get('website');
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return send(res, 201, { reference: newReference() });

  const { errors, application, cvBytes } = await validate(form);
  if (errors.length > 0) return send(res, 422, problem(422, 'invalid', { errors }));

  let result;
  try {
    result = await serialised(dataDir, () =>
      store(dataDir, sha256(key), application, cvBytes, fingerprint(application, cvBytes), now),
    );
  } catch {
    // Nothing half-written is visible (see store): the client may retry with the same key.
    return send(res, 500, problem(500, 'storage-failed'));
  }
  if (sim?.kind === 'lost') {
    res.destroy();
    return;
  }
  send(res, result.status, result.body, result.replayed ? { 'Idempotency-Replayed': 'true' } : {});
}
