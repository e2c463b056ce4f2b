// Tests of the demo server (demo/server/index.mjs): caching, CORS, compression, simulations, safe static serving.
//   node --test test/server/
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import {
  CSP,
  CSP_TRUSTED_TYPES,
  CODE_DELAY_MS,
  FEED_CACHE_CONTROL,
  IMMUTABLE,
  chooseEncoding,
  createDemoServer,
  portFromArgs,
  startDemoServer,
} from '../../demo/server/index.mjs';
import { SIMULATIONS } from '../../demo/server/feed.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEMO = path.join(REPO, 'demo');
const SECRET = 'TOP-SECRET-MARKER-9f2c';

// ---------------------------------------------------------------------------
// Fixtures: a small valid feed (wire format of docs/feed.md), a fake dist, a secret outside every root.

function makeFeed(n = 10) {
  const offers = [];
  for (let i = 0; i < n; i++) {
    offers.push({
      id: `o${i}`,
      title: `Offre ${i}`,
      url: `https://example.org/offres/o${i}`,
      datePosted: `2026-01-${String(10 + i).padStart(2, '0')}`,
      employmentType: ['NATIONAL_CIVIL_SERVANT_OR_CONTRACT_WORKER'],
      hiringOrganization: 'org-1',
      jobLocation: { addressLocality: 'Rennes', postalCode: '35000', departement: '35', region: '53' },
      remote: 'PARTIAL',
      category: ['A'],
      openTo: ['CIVIL_SERVANT'],
      experienceMonths: 24,
      openToBeginners: false,
      occupationalCategory: 't-dev',
      excerpt: 'Un résumé.',
      document: `offers/o${i}.json`,
      apply: { mode: 'platform' },
    });
  }
  return {
    version: 1,
    generatedAt: '2026-01-20T10:00:00Z',
    applicationEndpoint: '/api/applications',
    regions: [{ code: '53', name: 'Bretagne' }],
    departements: [{ code: '35', name: 'Ille-et-Vilaine', region: '53' }],
    organisations: [{ id: 'org-1', name: 'Ministère de l’Exemple' }],
    families: [{ id: 'f-dev', name: 'Développement' }],
    trades: [{ id: 't-dev', name: 'Développeur·se', family: 'f-dev', missions: [], skills: [] }],
    offers,
  };
}

let base; // tmp folder
let feedDir;
let distDir;
let dataDir;
let server;
let origin;
let feedText;
const calls = [];

async function listen(srv) {
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${srv.address().port}`;
}

/** A raw request: the path is sent as is (no normalisation), the body is not decoded. */
function request(url, { method = 'GET', headers = {}, body, timeout } = {}) {
  return new Promise((resolve, reject) => {
    const u = new URL(url.startsWith('http') ? url : origin);
    const req = http.request({ host: u.hostname, port: u.port, method, path: url.startsWith('http') ? u.pathname + u.search : url, headers, agent: false });
    if (timeout) req.setTimeout(timeout, () => req.destroy(Object.assign(new Error('client timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
const json = (res) => JSON.parse(res.body.toString('utf8'));

/** The real normaliser of src/data (TypeScript), bundled on the fly with esbuild; null when esbuild is missing. */
let normaliser;
async function loadNormaliser() {
  if (normaliser !== undefined) return normaliser;
  try {
    const esbuild = await import('esbuild');
    const out = await esbuild.build({
      entryPoints: [path.join(REPO, 'src/data/normalise.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      logLevel: 'silent',
    });
    normaliser = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  } catch {
    normaliser = null;
  }
  return normaliser;
}

before(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'mn-demo-server-'));
  await writeFile(path.join(base, 'secret.txt'), SECRET);
  feedDir = path.join(base, 'feed');
  distDir = path.join(base, 'dist');
  dataDir = path.join(base, 'data');
  await mkdir(path.join(feedDir, 'v1', 'offers'), { recursive: true });
  await mkdir(path.join(feedDir, 'v1', 'organisations'), { recursive: true });
  await mkdir(path.join(distDir, 'chunks'), { recursive: true });
  feedText = JSON.stringify(makeFeed(), null, 2);
  await writeFile(path.join(feedDir, 'v1', 'offers.json'), feedText);
  await writeFile(path.join(feedDir, 'v1', 'organisations', 'org-1.json'), feedText);
  await writeFile(path.join(feedDir, 'v1', 'offers', 'o0.json'), JSON.stringify({ version: 1, id: 'o0', sections: { mission: '<p>Mission</p>' } }));
  await writeFile(path.join(feedDir, 'v1', '.hidden.json'), SECRET);
  await symlink(path.join(base, 'secret.txt'), path.join(feedDir, 'v1', 'link.json'));
  await writeFile(path.join(distDir, 'mn-widgets.js'), `export const x = 1;\n${'// padding\n'.repeat(200)}`);
  await writeFile(path.join(distDir, 'mn-widgets.js.map'), '{"version":3,"sources":[],"mappings":""}');
  await writeFile(path.join(distDir, 'chunks', 'sanitize-AbCd1234.js'), 'export const y = 2;');
  await writeFile(path.join(distDir, 'chunks', 'mn-application-form-AbCd1234.js'), 'export const form = 3;');
  const endpoint = path.join(base, 'endpoint.mjs');
  await writeFile(
    endpoint,
    `export const calls = [];
export async function handleApplication(req, res, options) {
  calls.push(options);
  res.writeHead(201, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ reference: 'DEMO-1', options }));
}`,
  );
  // Fixed dates: these tests compare the served feed with the file byte for byte (feed-dates.test.mjs tests the shift).
  server = createDemoServer({ feedDir, distDir, dataDir, applicationsModule: pathToFileURL(endpoint).href, log: (l) => calls.push(l), shiftDates: false });
  origin = await listen(server);
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await rm(base, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------

describe('demo pages', () => {
  const pages = ['index.html', 'trades.html', 'apply.html', 'offer.html'];

  it('serves / and every page with the CSP and security headers', async () => {
    for (const p of ['/', ...pages.map((p) => `/${p}`)]) {
      const res = await request(p);
      assert.equal(res.status, 200, p);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(res.headers['content-security-policy'], CSP);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin');
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.match(res.headers.etag, /^"[^"]+"$/);
    }
    const index = await request('/');
    assert.equal(index.body.toString(), await readFile(path.join(DEMO, 'index.html'), 'utf8'));
  });

  it('has a strict CSP: no inline script or style, no framing', () => {
    for (const directive of ["script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "img-src 'self' data:", "object-src 'none'"]) {
      assert.ok(CSP.includes(directive), directive);
    }
    assert.ok(!CSP.includes('unsafe-inline') && !CSP.includes('unsafe-eval'));
  });

  it('contains no inline script, inline style or event handler, and loads the script-tag bundle', async () => {
    for (const p of pages) {
      const html = await readFile(path.join(DEMO, p), 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\ssrc="\/(assets|dist)\//, `${p}: ${tag}`);
      assert.ok(!/<script\b[^>]*>\s*[^<\s]/.test(html), `${p}: inline script`);
      assert.ok(!/<style\b/i.test(html), `${p}: <style>`);
      assert.ok(!/\sstyle\s*=/i.test(html), `${p}: style attribute`);
      assert.ok(!/\son[a-z]+\s*=/i.test(html), `${p}: event handler attribute`);
      assert.ok(!/javascript:/i.test(html), `${p}: javascript: URL`);
      assert.ok(html.includes('<script type="module" src="/dist/mn-widgets.js"></script>'), `${p}: bundle`);
      assert.ok(html.includes('<meta name="mn-feed" content="/feed/v1/offers.json">'), `${p}: mn-feed`);
      assert.match(html, /<html lang="fr"/);
      // Not the State brand.
      assert.ok(!/class="[^"]*\bfr-/.test(html) && !/marianne|république française|dsfr\.min/i.test(html), `${p}: State brand`);
    }
  });

  it('answers 404 with a page for unknown paths and refuses other methods', async () => {
    const res = await request('/nope.html');
    assert.equal(res.status, 404);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.headers['content-security-policy'], CSP);
    assert.match(res.body.toString(), /Page introuvable/);
    const post = await request('/index.html', { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });

  it('serves the assets with their types', async () => {
    const css = await request('/assets/demo.css');
    assert.equal(css.status, 200);
    assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
    const js = await request('/assets/demo.js');
    assert.equal(js.headers['content-type'], 'text/javascript; charset=utf-8');
  });
});

describe('feed', () => {
  const FEED = '/feed/v1/offers.json';

  it('serves the feed with validators, cache and CORS headers', async () => {
    const res = await request(FEED);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(res.body.toString(), feedText);
    assert.match(res.headers.etag, /^"[A-Za-z0-9_-]+"$/, 'strong ETag');
    assert.ok(!Number.isNaN(Date.parse(res.headers['last-modified'])));
    assert.equal(res.headers['cache-control'], FEED_CACHE_CONTROL);
    assert.equal(res.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600');
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.match(res.headers['access-control-expose-headers'], /ETag/);
    assert.match(res.headers['access-control-expose-headers'], /Last-Modified/);
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  it('answers 304 to If-None-Match and If-Modified-Since', async () => {
    const first = await request(FEED);
    const { etag } = first.headers;
    const lastModified = first.headers['last-modified'];

    const inm = await request(FEED, { headers: { 'If-None-Match': etag } });
    assert.equal(inm.status, 304);
    assert.equal(inm.body.length, 0);
    assert.equal(inm.headers.etag, etag);
    assert.equal(inm.headers['cache-control'], FEED_CACHE_CONTROL);
    assert.equal(inm.headers['access-control-allow-origin'], '*');

    assert.equal((await request(FEED, { headers: { 'If-None-Match': `W/${etag}` } })).status, 304, 'weak comparison');
    assert.equal((await request(FEED, { headers: { 'If-None-Match': `"other", ${etag}` } })).status, 304, 'list');
    assert.equal((await request(FEED, { headers: { 'If-None-Match': '"other"' } })).status, 200);

    assert.equal((await request(FEED, { headers: { 'If-Modified-Since': lastModified } })).status, 304);
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    assert.equal((await request(FEED, { headers: { 'If-Modified-Since': earlier } })).status, 200);
    // If-None-Match wins over If-Modified-Since.
    assert.equal((await request(FEED, { headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified } })).status, 200);
  });

  it('changes the ETag when the file changes', async () => {
    const file = path.join(feedDir, 'v1', 'organisations', 'org-1.json');
    const before = await request('/feed/v1/organisations/org-1.json');
    const changed = JSON.stringify({ ...makeFeed(2), generatedAt: '2026-02-01T00:00:00Z' });
    await writeFile(file, changed);
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);
    const res = await request('/feed/v1/organisations/org-1.json', { headers: { 'If-None-Match': before.headers.etag } });
    assert.equal(res.status, 200);
    assert.notEqual(res.headers.etag, before.headers.etag);
    assert.equal(res.body.toString(), changed);
  });

  it('compresses with brotli or gzip by Accept-Encoding, each coding with its own ETag', async () => {
    const br = await request(FEED, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(zlib.brotliDecompressSync(br.body).toString(), feedText);
    assert.ok(br.body.length < Buffer.byteLength(feedText) / 3);
    assert.equal(Number(br.headers['content-length']), br.body.length);

    const gz = await request(FEED, { headers: { 'Accept-Encoding': 'br;q=0, gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gz.body).toString(), feedText);

    const plain = await request(FEED, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size, 3);

    const again = await request(FEED, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.etag, br.headers.etag);
  });

  it('chooses codings by quality', () => {
    assert.equal(chooseEncoding(undefined), 'identity');
    assert.equal(chooseEncoding('gzip, br'), 'br');
    assert.equal(chooseEncoding('br;q=0, gzip;q=0.5'), 'gzip');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*;q=0'), 'identity');
    assert.equal(chooseEncoding('deflate'), 'identity');
  });

  it('answers CORS preflights and HEAD', async () => {
    const pre = await request(FEED, {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.ministere.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers['access-control-allow-origin'], '*');
    assert.match(pre.headers['access-control-allow-methods'], /GET/);
    assert.match(pre.headers['access-control-allow-headers'], /If-None-Match/);
    assert.match(pre.headers['access-control-allow-headers'], /If-Modified-Since/);

    const head = await request(FEED, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers['content-length']), Buffer.byteLength(feedText));

    const post = await request(FEED, { method: 'POST' });
    assert.equal(post.status, 405);
  });

  it('answers 404 in JSON for a missing feed file', async () => {
    const res = await request('/feed/v1/offers/none.json');
    assert.equal(res.status, 404);
    assert.equal(json(res).error, 'not-found');
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });
});

describe('dist', () => {
  it('serves the bundle as JavaScript, revalidated, with CORS (module scripts are CORS requests)', async () => {
    const res = await request('/dist/mn-widgets.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(res.headers['cache-control'], 'no-cache');
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const map = await request('/dist/mn-widgets.js.map');
    assert.equal(map.headers['content-type'], 'application/json; charset=utf-8');
  });

  it('caches hashed chunks for ever', async () => {
    const res = await request('/dist/chunks/sanitize-AbCd1234.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers['cache-control'], IMMUTABLE);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
  });
});

describe('dist: the code downloaded later, under `?code=` (cookie mn-demo-code)', () => {
  const FORM_CHUNK = '/dist/chunks/mn-application-form-AbCd1234.js';

  it('is served as any chunk without the cookie, kept apart from the answers under a simulation (Vary: Cookie)', async () => {
    const res = await request(FORM_CHUNK);
    assert.equal(res.status, 200);
    assert.equal(res.body.toString(), 'export const form = 3;');
    assert.equal(res.headers['cache-control'], IMMUTABLE);
    assert.match(res.headers.vary ?? '', /\bCookie\b/);
    const other = await request('/dist/chunks/sanitize-AbCd1234.js', { headers: { cookie: 'mn-demo-code=error' } });
    assert.equal(other.status, 200, 'a chunk loaded at start is never touched');
    assert.doesNotMatch(other.headers.vary ?? '', /Cookie/);
  });

  it('error: the connection closes with no answer (a network error)', async () => {
    await assert.rejects(request(FORM_CHUNK, { headers: { cookie: 'theme=dark; mn-demo-code=error' } }), (error) => ['ECONNRESET', 'EPIPE'].includes(error.code) || /socket hang up/.test(error.message));
  });

  it('slow: the answer comes after CODE_DELAY_MS', async () => {
    const start = Date.now();
    const res = await request(FORM_CHUNK, { headers: { cookie: 'mn-demo-code=slow' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.toString(), 'export const form = 3;');
    assert.ok(Date.now() - start >= CODE_DELAY_MS - 50, `answered after ${Date.now() - start} ms`);
  });
});

describe('safe static serving', () => {
  const attempts = [
    '/../secret.txt',
    '/../../package.json',
    '/%2e%2e/%2e%2e/package.json',
    '/..%2f..%2fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/assets/..\\..\\package.json',
    '/feed/../secret.txt',
    '/feed/v1/../../secret.txt',
    '/feed/%2e%2e/secret.txt',
    '/feed/v1/..%2f..%2fsecret.txt',
    '/feed/v1/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/feed/v1/link.json',
    '/feed/v1/.hidden.json',
    '/feed/v1/offers.json%00.txt',
    '/feed/v1/%E0%A4%A',
    '/dist/../secret.txt',
    '/dist/..%2f..%2fpackage.json',
    '/dist/%2e%2e/%2e%2e/package.json',
    '/server/index.mjs',
    '/server/applications.mjs',
    '/.data/applications',
    '/feed/v1/',
    '/feed/v1/offers',
    '/assets/',
    '/dist/',
    '/dist/chunks',
    '//etc/passwd',
  ];

  it('refuses path traversal, dot files, symbolic links out of the root and directory listings', async () => {
    for (const p of attempts) {
      for (const query of ['', '?simulate=hostile']) {
        const res = await request(p + query);
        assert.ok([400, 404].includes(res.status), `${p}${query} → ${res.status}`);
        const text = res.body.toString();
        assert.ok(!text.includes(SECRET), `${p}${query} leaked the secret`);
        assert.ok(!text.includes('"@metiers-numeriques/widgets"'), `${p}${query} leaked package.json`);
        assert.ok(!/index\.mjs|applications\.mjs|offers\.json/.test(text) || p.startsWith('/feed/v1/offers.json'), `${p}${query} lists files`);
      }
    }
  });

  it('is still up after those requests', async () => {
    assert.equal((await request('/feed/v1/offers.json')).status, 200);
  });
});

describe('simulations', () => {
  const FEED = '/feed/v1/offers.json';

  it('documents every simulation', () => {
    for (const name of ['slow', 'error', '404', 'timeout', 'network', 'malformed', 'invalid-items', 'hostile', 'empty', 'stale', 'flaky', 'doc-error', 'doc-slow']) {
      assert.ok(Object.hasOwn(SIMULATIONS, name), name);
    }
  });

  it('slow: answers after the delay, not stored by the browser', async () => {
    const start = Date.now();
    const res = await request(`${FEED}?simulate=slow&slow=300`);
    assert.ok(Date.now() - start >= 280, `${Date.now() - start} ms`);
    assert.equal(res.status, 200);
    assert.deepEqual(json(res), JSON.parse(feedText));
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['x-demo-simulation'], 'slow');
  });

  it('slow: a client that leaves early does not break the server', async () => {
    await assert.rejects(request(`${FEED}?simulate=slow&slow=2000`, { timeout: 100 }), { code: 'CLIENT_TIMEOUT' });
    assert.equal((await request(FEED)).status, 200);
  });

  it('error and 404: the status, in JSON, with CORS', async () => {
    const error = await request(`${FEED}?simulate=error`);
    assert.equal(error.status, 500);
    assert.equal(json(error).error, 'simulated-error');
    assert.equal(error.headers['access-control-allow-origin'], '*');
    assert.equal(error.headers['cache-control'], 'no-store');
    const missing = await request(`${FEED}?simulate=404`);
    assert.equal(missing.status, 404);
  });

  it('timeout: holds the socket, then closes it without an answer', async () => {
    const start = Date.now();
    await assert.rejects(request(`${FEED}?simulate=timeout&hold=300`), (error) => ['ECONNRESET', 'UND_ERR_SOCKET'].includes(error.code) || /hang up/.test(error.message));
    assert.ok(Date.now() - start >= 280, `${Date.now() - start} ms`);
  });

  it('timeout: the client can give up first', async () => {
    const start = Date.now();
    await assert.rejects(request(`${FEED}?simulate=timeout`, { timeout: 200 }), { code: 'CLIENT_TIMEOUT' });
    assert.ok(Date.now() - start < 5000);
    assert.equal((await request(FEED)).status, 200);
  });

  it('network: the connection is cut at once', async () => {
    await assert.rejects(request(`${FEED}?simulate=network`));
  });

  it('malformed: 200 with JSON that does not parse', async () => {
    const res = await request(`${FEED}?simulate=malformed`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    assert.throws(() => JSON.parse(res.body.toString()), SyntaxError);
    assert.ok(res.body.length > 0 && res.body.length < Buffer.byteLength(feedText));
  });

  it('apply: the feed announces its application endpoint with the simulation, alone or with another', async () => {
    const alone = json(await request(`${FEED}?apply=503-once`));
    assert.equal(alone.applicationEndpoint, '/api/applications?simulate=503-once');
    assert.equal(alone.offers.length, JSON.parse(feedText).offers.length);
    const both = json(await request(`${FEED}?simulate=empty&apply=409`));
    assert.equal(both.applicationEndpoint, '/api/applications?simulate=409');
    assert.deepEqual(both.offers, []);
    // Written in capitals: the same simulation.
    assert.equal(json(await request(`${FEED}?apply=503-ONCE`)).applicationEndpoint, '/api/applications?simulate=503-once');
    // Not a simulation's name (a typo, or something else): refused, with the names it knows, as `?simulate=` is.
    for (const wrong of ['530', 'nonsense', 'x&y=1']) {
      const res = await request(`${FEED}?apply=${encodeURIComponent(wrong)}`);
      assert.equal(res.status, 400, wrong);
      assert.ok(json(res).known.includes('503'), wrong);
    }
  });

  it('empty: a valid feed with no offer', async () => {
    const res = await request(`${FEED}?simulate=empty`);
    const feed = json(res);
    assert.equal(feed.version, 1);
    assert.deepEqual(feed.offers, []);
    assert.equal(feed.organisations.length, 1);
  });

  it('invalid-items: broken offers among valid ones; the reader skips them and keeps the rest', async () => {
    const res = await request(`${FEED}?simulate=invalid-items`);
    assert.equal(res.status, 200);
    const feed = json(res);
    assert.equal(feed.offers.length, 14);
    assert.ok(feed.offers.includes(null));
    assert.ok(feed.offers.some((o) => typeof o?.title === 'string' && o.title.includes('<script>')));
    const n = await loadNormaliser();
    if (!n) return;
    const result = n.normaliseFeed(feed, `${origin}${FEED}`);
    assert.equal(result.offers.length, 5);
    const skipped = result.issues.filter((i) => i.action === 'skipped');
    assert.equal(skipped.length, 9);
    assert.ok(result.issues.some((i) => i.code === 'unsafe-url'));
    assert.ok(result.issues.some((i) => i.code === 'duplicate'));
    assert.ok(result.offers.some((o) => o.title.startsWith('<script>')), 'a script tag in a title is text, kept');
  });

  it('hostile: hostile offers first, hostile documents, still readable', async () => {
    const res = await request(`${FEED}?simulate=hostile`);
    const feed = json(res);
    assert.equal(feed.offers.length, 14);
    assert.ok(feed.offers[0].title.includes('<script>'));
    assert.ok(feed.offers.some((o) => o.title.length === 10_000));
    assert.ok(feed.offers.every((o) => o.document.endsWith('?simulate=hostile')));
    const doc = json(await request(`/feed/v1/${feed.offers[0].document}`));
    assert.equal(doc.id, feed.offers[0].id);
    assert.match(doc.sections.mission, /<script>/);
    assert.match(doc.sections.mission, /javascript:/);
    assert.match(doc.sections.mission, /onerror=/);
    const real = json(await request('/feed/v1/offers/o0.json?simulate=hostile'));
    assert.equal(real.id, 'o0');
    assert.match(real.sections.context, /<style>/);

    const n = await loadNormaliser();
    if (!n) return;
    const result = n.normaliseFeed(feed, `${origin}${FEED}`);
    assert.equal(result.offers.length, 14, 'every hostile offer is valid for the reader');
    const first = result.offers.find((o) => o.id === 'demo-hostile-1');
    assert.equal(first.url, undefined, 'javascript: URL dropped');
    assert.equal(Object.getPrototypeOf({}).polluted, undefined);
    assert.ok(result.offers.find((o) => o.id === 'demo-hostile-2').title.length <= 300);
    const document = n.normaliseOfferDocument(doc, doc.id, `${origin}/feed/v1/${feed.offers[0].document}`);
    assert.match(document.sections.mission, /<script>/, 'raw HTML is kept for the sanitiser');
  });

  it('content simulations keep ETag and 304', async () => {
    const first = await request(`${FEED}?simulate=hostile`);
    const again = await request(`${FEED}?simulate=hostile`, { headers: { 'If-None-Match': first.headers.etag } });
    assert.equal(again.status, 304);
  });

  it('stale: fine for a first request, 503 once the client has a saved copy', async () => {
    const first = await request(`${FEED}?simulate=stale`);
    assert.equal(first.status, 200);
    assert.deepEqual(json(first), JSON.parse(feedText));
    const later = await request(`${FEED}?simulate=stale`, { headers: { 'If-None-Match': first.headers.etag } });
    assert.equal(later.status, 503);
    assert.ok(later.headers['retry-after']);
    const ims = await request(`${FEED}?simulate=stale`, { headers: { 'If-Modified-Since': first.headers['last-modified'] } });
    assert.equal(ims.status, 503);
  });

  it('flaky: every other request fails', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(`${FEED}?simulate=flaky&n=1`)).status);
    assert.deepEqual(statuses, [200, 503, 200, 503]);
  });

  it('doc-error and doc-slow: the feed points its documents at failing ones', async () => {
    const feed = json(await request(`${FEED}?simulate=doc-error`));
    assert.equal(feed.offers[0].document, 'offers/o0.json?simulate=error');
    const doc = await request(`/feed/v1/${feed.offers[0].document}`);
    assert.equal(doc.status, 500);
    const slow = json(await request(`${FEED}?simulate=doc-slow`));
    assert.equal(slow.offers[0].document, 'offers/o0.json?simulate=slow');
  });

  it('combines simulations', async () => {
    const start = Date.now();
    const res = await request(`${FEED}?simulate=slow,empty&slow=150`);
    assert.ok(Date.now() - start >= 140);
    assert.deepEqual(json(res).offers, []);
    assert.equal(res.headers['x-demo-simulation'], 'slow,empty');
    const both = await request(`${FEED}?simulate=slow&simulate=error&slow=50`);
    assert.equal(both.status, 500);
  });

  it('refuses an unknown simulation, naming the known ones', async () => {
    const res = await request(`${FEED}?simulate=nope`);
    assert.equal(res.status, 400);
    assert.deepEqual(json(res).unknown, ['nope']);
    assert.ok(json(res).known.includes('hostile'));
  });

  it('applies to organisation slices too', async () => {
    const res = await request('/feed/v1/organisations/org-1.json?simulate=empty');
    assert.deepEqual(json(res).offers, []);
  });
});

describe('application endpoint', () => {
  it('hands POST and OPTIONS to handleApplication with the data folder and the simulation', async () => {
    const res = await request('/api/applications?simulate=500-once', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    assert.equal(res.status, 201);
    const { options } = json(res);
    assert.equal(options.dataDir, dataDir);
    assert.equal(options.simulate, '500-once');
    assert.equal(existsSync(dataDir), true);
    const v1 = await request('/api/applications/v1', { method: 'POST', body: 'x' });
    assert.equal(v1.status, 201, 'the applicationEndpoint of the sample feed');
    const get = await request('/api/applications');
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, 'POST, OPTIONS');
  });

  it('answers 501 (with CORS) while applications.mjs does not exist', async () => {
    const other = createDemoServer({ feedDir, distDir, dataDir, applicationsModule: pathToFileURL(path.join(base, 'missing', 'applications.mjs')).href, log: false });
    const url = await listen(other);
    try {
      const res = await request(`${url}/api/applications`, { method: 'POST', body: 'x' });
      assert.equal(res.status, 501);
      assert.equal(json(res).error, 'not-implemented');
      assert.equal(res.headers['access-control-allow-origin'], '*');
      const pre = await request(`${url}/api/applications`, { method: 'OPTIONS' });
      assert.equal(pre.status, 204);
      assert.match(pre.headers['access-control-allow-headers'], /Idempotency-Key/);
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('accepts CSP violation reports', async () => {
    const report = JSON.stringify({ 'csp-report': { 'violated-directive': 'style-src-attr', 'blocked-uri': 'inline', 'document-uri': 'http://x/' } });
    const original = console.warn;
    const warnings = [];
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const res = await request('/api/csp-report', { method: 'POST', headers: { 'Content-Type': 'application/csp-report' }, body: report });
      assert.equal(res.status, 204);
    } finally {
      console.warn = original;
    }
    assert.match(warnings.join('\n'), /style-src-attr/);
  });
});

describe('startDemoServer', () => {
  it('reads the port from --port, then PORT, then 8000', () => {
    assert.equal(portFromArgs([], {}), 8000);
    assert.equal(portFromArgs([], { PORT: '9001' }), 9001);
    assert.equal(portFromArgs(['--port', '9002'], { PORT: '9001' }), 9002);
    assert.equal(portFromArgs(['--port=9003'], {}), 9003);
    assert.throws(() => portFromArgs(['--port', 'abc'], {}), /Invalid port/);
  });

  it('can serve the pages with another CSP (Trusted Types)', async () => {
    const other = createDemoServer({ feedDir, distDir, log: false, csp: CSP_TRUSTED_TYPES });
    const url = await listen(other);
    try {
      const res = await request(`${url}/`);
      assert.match(res.headers['content-security-policy'], /require-trusted-types-for 'script'/);
      assert.ok(res.headers['content-security-policy'].startsWith(CSP));
    } finally {
      other.closeAllConnections();
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('says clearly when the port is taken', async () => {
    const port = Number(new URL(origin).port);
    await assert.rejects(startDemoServer({ port, feedDir, distDir, log: false }), (error) => {
      assert.equal(error.code, 'EADDRINUSE');
      assert.match(error.message, new RegExp(`Port ${port} .* already in use`));
      assert.match(error.message, /PORT=/);
      return true;
    });
  });
});

describe('the sample feed of the repository', { skip: !existsSync(path.join(DEMO, 'feed/v1/offers.json')) && 'demo/feed/v1/offers.json not generated yet' }, () => {
  it('keeps every simulation meaningful on the real sample feed', async () => {
    const real = createDemoServer({ distDir, dataDir, log: false });
    const url = await listen(real);
    try {
      const n = await loadNormaliser();
      const plain = json(await request(`${url}/feed/v1/offers.json`));
      assert.ok(plain.offers.length > 10);
      const invalid = json(await request(`${url}/feed/v1/offers.json?simulate=invalid-items`));
      const hostile = json(await request(`${url}/feed/v1/offers.json?simulate=hostile`));
      if (!n) return;
      const base = `${url}/feed/v1/offers.json`;
      const clean = n.normaliseFeed(plain, base);
      assert.equal(clean.offers.length, plain.offers.length, 'the sample feed is clean');
      const broken = n.normaliseFeed(invalid, base);
      assert.equal(broken.offers.length, plain.offers.length - 5);
      assert.ok(broken.issues.filter((i) => i.action === 'skipped').length >= 9);
      const attacked = n.normaliseFeed(hostile, base);
      assert.equal(attacked.offers.length, plain.offers.length + 4);
      const docUrl = attacked.offers[0].document;
      assert.ok(docUrl, 'hostile offers have a document');
      const doc = json(await request(docUrl));
      assert.match(doc.sections.mission, /<script>/);
    } finally {
      real.closeAllConnections();
      await new Promise((resolve) => real.close(resolve));
    }
  });
});
