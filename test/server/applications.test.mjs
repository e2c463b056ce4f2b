// The reference application endpoint (demo/server/applications.mjs), over real HTTP.
//   node --test test/server/
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { transform } from 'esbuild';
import {
  LIMITS,
  handleApplication,
  hasPdfSignature,
  newReference,
  normaliseLink,
  parseSimulation,
  readIdempotencyKey,
} from '../../demo/server/applications.mjs';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

let dataDir;
const dataDirs = [];
let server;
let base;
let options = {};

before(async () => {
  server = http.createServer((req, res) => {
    handleApplication(req, res, { dataDir, slowMs: 50, ...options }).catch((error) => {
      res.statusCode = 599;
      res.end(String(error));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/api/applications`;
});

after(async () => {
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'mn-applications-'));
  dataDirs.push(dataDir);
  options = {};
});

function fields(overrides = {}) {
  return {
    offerId: 'offer-00001',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@example.fr',
    status: 'contract-worker',
    coverLetter: 'Bonjour,\nje souhaite rejoindre votre équipe.',
    consent: 'true',
    lang: 'fr',
    website: '',
    ...overrides,
  };
}

function body(overrides = {}, { cv = PDF, cvType = 'application/pdf', cvName = 'cv.pdf' } = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields(overrides))) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
  }
  if (cv) form.append('cv', new Blob([cv], { type: cvType }), cvName);
  return form;
}

async function post(form, { key = randomUUID(), query = '', headers = {} } = {}) {
  const res = await fetch(`${base}${query}`, {
    method: 'POST',
    body: form,
    headers: { ...(key ? { 'Idempotency-Key': `"${key}"` } : {}), ...headers },
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json };
}

/** The stored applications: folders named like references. */
async function stored() {
  const entries = await readdir(dataDir).catch(() => []);
  return entries.filter((e) => e.startsWith('MN-')).sort();
}

describe('the protocol limits', () => {
  it('are the ones the form checks (src/data/application.ts)', async () => {
    // The module has no import: compiled alone, it loads from a data: URL.
    const source = await readFile(new URL('../../src/data/application.ts', import.meta.url), 'utf8');
    const { code } = await transform(source, { loader: 'ts', format: 'esm' });
    const { APPLICATION_LIMITS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    for (const [key, value] of Object.entries(APPLICATION_LIMITS)) assert.equal(LIMITS[key], value, key);
  });
});

describe('POST /api/applications', () => {
  it('stores a valid application and answers 201 with its reference', async () => {
    const res = await post(body());
    assert.equal(res.status, 201);
    assert.match(res.json.reference, /^MN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.deepEqual(await stored(), [res.json.reference]);
    const dir = path.join(dataDir, res.json.reference);
    const doc = JSON.parse(await readFile(path.join(dir, 'application.json'), 'utf8'));
    assert.equal(doc.reference, res.json.reference);
    assert.equal(doc.offerId, 'offer-00001');
    assert.equal(doc.candidate.email, 'camille.martin@example.fr');
    assert.equal(doc.coverLetter, 'Bonjour,\nje souhaite rejoindre votre équipe.', 'CRLF from multipart is stored as LF');
    assert.equal(doc.consent.given, true);
    assert.equal(doc.cv.bytes, PDF.length);
    assert.equal('website' in doc, false, 'the honeypot is not stored');
    assert.deepEqual(await readFile(path.join(dir, 'cv.pdf')), PDF);
    // nothing left in the temporary folder
    assert.deepEqual(await readdir(path.join(dataDir, '.tmp')), []);
  });

  it('stores a spontaneous application with its trades and régions', async () => {
    const res = await post(body({ offerId: undefined, trades: ['developpeur', 'rssi'], regions: ['53'] }));
    assert.equal(res.status, 201);
    const doc = JSON.parse(await readFile(path.join(dataDir, res.json.reference, 'application.json'), 'utf8'));
    assert.equal(doc.spontaneous, true);
    assert.deepEqual(doc.trades, ['developpeur', 'rssi']);
    assert.deepEqual(doc.regions, ['53']);
  });

  it('answers 422 with per-field errors, and stores nothing', async () => {
    const res = await post(
      body(
        { firstName: ' ', email: 'camille@', phone: 'call me', status: 'astronaut', coverLetter: 'x'.repeat(5001), linkedin: 'javascript:alert(1)', consent: undefined },
        { cv: Buffer.from('not a pdf'), cvType: 'application/pdf' },
      ),
    );
    assert.equal(res.status, 422);
    assert.match(res.headers.get('content-type'), /application\/problem\+json/);
    assert.equal(res.json.code, 'invalid');
    const byField = Object.fromEntries(res.json.errors.map((e) => [e.field, e.code]));
    assert.deepEqual(byField, {
      firstName: 'required',
      email: 'invalid',
      phone: 'invalid',
      status: 'invalid',
      coverLetter: 'too-long',
      linkedin: 'invalid',
      consent: 'required',
      cv: 'file-type',
    });
    assert.deepEqual(await stored(), []);
  });

  it('counts a line break as one character (5000 with CRLF is fine)', async () => {
    const letter = `${'a'.repeat(2499)}\n${'b'.repeat(2500)}`;
    assert.equal((await post(body({ coverLetter: letter }))).status, 201);
  });

  it('refuses a CV that is not a PDF by type, by signature, or too large', async () => {
    const byType = await post(body({}, { cvType: 'image/png', cvName: 'cv.png' }));
    assert.deepEqual(byType.json.errors, [{ field: 'cv', code: 'file-type' }]);
    const bySignature = await post(body({}, { cv: Buffer.from('<html>%PDF-'.padStart(2000, ' ')) }));
    assert.deepEqual(bySignature.json.errors, [{ field: 'cv', code: 'file-type' }]);
    const missing = await post(body({}, { cv: null }));
    assert.deepEqual(missing.json.errors, [{ field: 'cv', code: 'required' }]);
    options = { maxBodyBytes: 10 * 1024 * 1024 };
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await post(body({}, { cv: big }));
    assert.deepEqual(tooBig.json.errors, [{ field: 'cv', code: 'file-size' }]);
    assert.deepEqual(await stored(), []);
  });

  it('takes ids as the feed writes them: up to 128 letters, digits, _ and -', async () => {
    const longest = `t${'-'.repeat(127)}`;
    const ok = await post(body({ offerId: undefined, trades: [longest], regions: ['2A'] }));
    assert.equal(ok.status, 201, 'a trade id of 128 characters, as the feed allows');
    for (const offerId of ['..', '../admin', 'offer 1', '-offer', 'o'.repeat(129)]) {
      const res = await post(body({ offerId }));
      assert.deepEqual(res.json?.errors, [{ field: 'offerId', code: 'invalid' }], offerId);
    }
    const region = await post(body({ offerId: undefined, trades: ['developpeur'], regions: ['r'.repeat(17)] }));
    assert.deepEqual(region.json?.errors, [{ field: 'regions', code: 'invalid' }]);
  });

  it('requires trades for a spontaneous application', async () => {
    const res = await post(body({ offerId: undefined }));
    assert.equal(res.status, 422);
    assert.deepEqual(res.json.errors, [{ field: 'trades', code: 'required' }]);
  });

  it('answers 413 when the body is over the limit, without storing', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]);
    const res = await post(body({}, { cv: big }));
    assert.equal(res.status, 413);
    assert.equal(res.json.code, 'too-large');
    assert.deepEqual(await stored(), []);
  });

  it('answers 400 without an idempotency key, or with a body that is not multipart', async () => {
    assert.equal((await post(body(), { key: null })).status, 400);
    const json = await fetch(base, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' } });
    assert.equal(json.status, 400);
    assert.deepEqual(await stored(), []);
  });

  it('answers 405 to other methods', async () => {
    const res = await fetch(base, { method: 'PUT', body: 'x' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST, OPTIONS');
  });

  it('answers the CORS preflight, allowing the Idempotency-Key header', async () => {
    const res = await fetch(base, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.ministere.gouv.fr', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods'), /POST/);
    assert.match(res.headers.get('access-control-allow-headers'), /Idempotency-Key/i);
  });

  it('pretends to accept a filled honeypot, and stores nothing', async () => {
    const res = await post(body({ website: 'http://spam.example' }));
    assert.equal(res.status, 201);
    assert.match(res.json.reference, /^MN-/);
    assert.deepEqual(await stored(), []);
  });

  it('answers 409 to the same person applying twice to the same offer (another key)', async () => {
    assert.equal((await post(body())).status, 201);
    const again = await post(body({ email: 'CAMILLE.martin@example.fr', coverLetter: 'Autre lettre' }));
    assert.equal(again.status, 409);
    assert.equal(again.json.code, 'duplicate');
    assert.equal((await post(body({ offerId: 'offer-00002' }))).status, 201);
    assert.equal((await stored()).length, 2);
  });
});

describe('idempotency', () => {
  it('replays the same answer for a repeated key, storing once', async () => {
    const key = randomUUID();
    const first = await post(body(), { key });
    const second = await post(body(), { key });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.json.reference, first.json.reference);
    assert.equal(second.headers.get('idempotency-replayed'), 'true');
    assert.deepEqual(await stored(), [first.json.reference]);
  });

  it('accepts the key bare or as a structured-field string', async () => {
    const key = randomUUID();
    const first = await post(body(), { key: null, headers: { 'Idempotency-Key': key } });
    const second = await post(body(), { key });
    assert.equal(second.json.reference, first.json.reference);
  });

  it('answers 422 idempotency-key-reused for the same key with another body', async () => {
    const key = randomUUID();
    assert.equal((await post(body(), { key })).status, 201);
    const other = await post(body({ coverLetter: 'Une autre lettre' }), { key });
    assert.equal(other.status, 422);
    assert.equal(other.json.code, 'idempotency-key-reused');
    assert.equal((await stored()).length, 1);
  });

  it('stores once when requests with the same key arrive at the same time', async () => {
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => post(body(), { key })));
    assert.deepEqual(results.map((r) => r.status), [201, 201, 201, 201, 201]);
    assert.equal(new Set(results.map((r) => r.json.reference)).size, 1);
    assert.equal((await stored()).length, 1);
  });

  it('does not remember refusals: a fixed application is accepted under the same key', async () => {
    const key = randomUUID();
    assert.equal((await post(body({ email: 'nope' }), { key })).status, 422);
    assert.equal((await post(body(), { key })).status, 201);
  });

  it('finishes the work of a request interrupted between its writes (pending record)', async () => {
    const key = randomUUID();
    const first = await post(body(), { key });
    // Simulate a crash after the pending record: mark the record pending again and remove the duplicate marker.
    const { createHash } = await import('node:crypto');
    const keyFile = path.join(dataDir, '.idempotency', `${createHash('sha256').update(key).digest('hex')}.json`);
    const record = JSON.parse(await readFile(keyFile, 'utf8'));
    await writeFile(keyFile, JSON.stringify({ state: 'pending', reference: record.reference, fingerprint: record.fingerprint }));
    await rm(path.join(dataDir, '.duplicates'), { recursive: true });
    await mkdir(path.join(dataDir, '.duplicates'));
    const retry = await post(body(), { key });
    assert.equal(retry.status, 201);
    assert.equal(retry.json.reference, first.json.reference);
    assert.deepEqual(await stored(), [first.json.reference]);
  });
});

describe('simulations (?simulate=…)', () => {
  it('500-once: fails the first attempt of a key; the retry stores exactly one application', async () => {
    const key = randomUUID();
    const first = await post(body(), { key, query: '?simulate=500-once' });
    assert.equal(first.status, 500);
    assert.deepEqual(await stored(), []);
    const retry = await post(body(), { key, query: '?simulate=500-once' });
    assert.equal(retry.status, 201);
    assert.equal((await stored()).length, 1);
  });

  it('429-once: answers 429 with a readable Retry-After', async () => {
    const key = randomUUID();
    const first = await post(body(), { key, query: '?simulate=429-once' });
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('retry-after'), '1');
    assert.match(first.headers.get('access-control-expose-headers'), /Retry-After/);
    assert.equal((await post(body(), { key, query: '?simulate=429-once' })).status, 201);
  });

  it('lost-once: stores, cuts the connection; the retry gets the same reference', async () => {
    const key = randomUUID();
    await assert.rejects(post(body(), { key, query: '?simulate=lost-once' }));
    assert.equal((await stored()).length, 1);
    const retry = await post(body(), { key, query: '?simulate=lost-once' });
    assert.equal(retry.status, 201);
    assert.deepEqual(await stored(), [retry.json.reference]);
  });

  it('slow: answers after a delay', async () => {
    const started = Date.now();
    const res = await post(body(), { query: '?simulate=slow' });
    assert.equal(res.status, 201);
    assert.ok(Date.now() - started >= 45);
  });

  it('hang: never answers, stores nothing', async () => {
    await assert.rejects(fetch(`${base}?simulate=hang`, { method: 'POST', body: body(), headers: { 'Idempotency-Key': 'k-hang' }, signal: AbortSignal.timeout(200) }));
    assert.deepEqual(await stored(), []);
  });

  it('413 and 409 on demand; simulations are off with simulate: false', async () => {
    assert.equal((await post(body(), { query: '?simulate=413' })).status, 413);
    assert.equal((await post(body(), { query: '?simulate=409' })).status, 409);
    options = { simulate: false };
    assert.equal((await post(body(), { query: '?simulate=500' })).status, 201);
  });

  it('takes the simulation from the option when it is a string', async () => {
    options = { simulate: '503' };
    const res = await post(body());
    assert.equal(res.status, 503);
  });
});

describe('helpers', () => {
  it('parseSimulation', () => {
    assert.deepEqual(parseSimulation('500-once'), { kind: '500', times: 1 });
    assert.deepEqual(parseSimulation('lost-twice'), { kind: 'lost', times: 2 });
    assert.deepEqual(parseSimulation('429-3'), { kind: '429', times: 3 });
    assert.deepEqual(parseSimulation('slow'), { kind: 'slow', times: Infinity });
    assert.equal(parseSimulation('boom'), undefined);
    assert.equal(parseSimulation('__proto__'), undefined);
    assert.equal(parseSimulation(undefined), undefined);
  });

  it('readIdempotencyKey', () => {
    assert.equal(readIdempotencyKey('"abc"'), 'abc');
    assert.equal(readIdempotencyKey('abc'), 'abc');
    assert.equal(readIdempotencyKey(''), undefined);
    assert.equal(readIdempotencyKey('a b'), undefined);
    assert.equal(readIdempotencyKey('x'.repeat(256)), undefined);
  });

  it('normaliseLink and hasPdfSignature', () => {
    assert.equal(normaliseLink('linkedin.com/in/camille'), 'https://linkedin.com/in/camille');
    assert.equal(normaliseLink('javascript:alert(1)'), undefined);
    assert.equal(normaliseLink('https://user:pw@example.fr'), undefined);
    assert.ok(hasPdfSignature(PDF));
    assert.ok(hasPdfSignature(Buffer.concat([Buffer.from('\xef\xbb\xbf', 'latin1'), PDF])));
    assert.ok(!hasPdfSignature(Buffer.from('GIF89a')));
  });

  it('newReference', () => {
    const refs = new Set(Array.from({ length: 200 }, newReference));
    assert.equal(refs.size, 200);
    for (const r of refs) assert.match(r, /^MN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

after(async () => {
  await Promise.all(dataDirs.map((d) => rm(d, { recursive: true, force: true })));
});
