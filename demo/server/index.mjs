// The demo server (`npm start`): a fictitious ministry site that embeds the elements through the
// script-tag bundle, the sample feed with real HTTP caching and CORS, simulated failures, and the
// reference application endpoint. node:http only, no dependency.
//
//   node demo/server/index.mjs [--port 8000] [--host 127.0.0.1] [--quiet] [--trusted-types]   (PORT in the environment works too)
//
// Routes
//   GET  /  /index.html  /trades.html  /apply.html  /offer.html   demo pages (strict CSP, see CSP below)
//   GET  /assets/**                    the pages' own CSS, script and images
//   GET  /dist/**                      the built bundle (`npm run build`); hashed chunks are immutable; the code
//                                      downloaded later fails or waits under the cookie `mn-demo-code` (`?code=`)
//   GET  /feed/**                      the sample feed (demo/feed/v1/…): ETag, Last-Modified, 304, CORS,
//                                      gzip/brotli; `?simulate=…` (see feed.mjs and the demo panel); its
//                                      dates moved to today (feed.mjs, Dates), unless DEMO_FIXED_DATES=1
//   POST /api/applications[/v1] (+OPTIONS)  demo/server/applications.mjs `handleApplication`, or 501 while it does not exist
//   POST /api/csp-report               CSP violation reports, printed on the console
// Everything else is 404. No directory listing, no file outside those folders, no dot file.
import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { parseSimulation as parseApplySimulation, SIMULATIONS as APPLY_SIMULATIONS } from './applications.mjs';
import {
  SIMULATIONS,
  SIMULATION_NAMES,
  answerMode,
  dateShift,
  emptyFeed,
  hostileDocument,
  hostileFeed,
  invalidItemsFeed,
  isFeed,
  parseSimulation,
  shiftFeedDates,
  simulateDocuments,
  truncateJson,
  withSimulation,
} from './feed.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEMO_DIR = path.resolve(HERE, '..');
const REPO_DIR = path.resolve(DEMO_DIR, '..');

export const DEFAULT_PORT = 8000;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Content-Security-Policy of the demo pages. No inline script or style anywhere: the pages load
 * /assets/demo.js and /assets/demo.css, the elements style their shadow roots with constructable
 * stylesheets (`adoptedStyleSheets`), which `style-src` does not govern.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  'report-uri /api/csp-report',
].join('; ');

/**
 * The CSP plus Trusted Types (`--trusted-types`): DOM sinks such as innerHTML then only accept values made by
 * the named policies (Lit's `lit-html`, DOMPurify's `dompurify`). Off by default until every element is checked with it.
 */
export const CSP_TRUSTED_TYPES = `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html dompurify mn-widgets`;

const pageHeaders = (csp) => ({
  'Content-Security-Policy': csp,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
});

export const FEED_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const NO_STORE = 'no-store';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};
const PREFLIGHT = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, Cache-Control, Pragma, Accept, Accept-Language',
  'Access-Control-Max-Age': '86400', // browsers cap it (Chromium: 2 h), sparing a preflight per page view
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
const MIN_COMPRESS = 1024;

/**
 * The code the elements download later (an offer's detail in a list, the application form, DOMPurify), which
 * `?code=error` or `?code=slow` on a demo page makes fail or wait (demo.js sets the cookie `mn-demo-code`).
 */
const LATER_CHUNK = /^chunks\/(mn-offer-detail|mn-application-form|purify\.es)-[A-Za-z0-9_-]{8,}\.js$/;
export const CODE_DELAY_MS = 3000;

/** The value of the request's cookie `name`, or undefined. */
function cookieOf(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

/** Files under /dist/chunks/ carry a content hash in their name (rollup's `[name]-[hash].js`). */
const HASHED_CHUNK = /^chunks\/[^/]+-[A-Za-z0-9_-]{8,}\.js(\.map)?$/;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// ---------------------------------------------------------------------------
// Entities: a body with its validators and its compressed forms, computed once.

/** @typedef {{ body: Buffer, type: string, hash: string, mtime: number, variants: Map<string, Promise<Buffer>> }} Entity */

/** @returns {Entity} */
function makeEntity(body, type, mtime) {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return { body, type, hash, mtime: Math.floor(mtime / 1000) * 1000, variants: new Map() };
}

const etagOf = (entity, encoding) => (encoding === 'identity' ? `"${entity.hash}"` : `"${entity.hash}-${encoding}"`);

function compressed(entity, encoding) {
  let p = entity.variants.get(encoding);
  if (!p) {
    p =
      encoding === 'br'
        ? brotli(entity.body, {
            params: {
              // 11 is the smallest but takes > 1 s for the 350 KB sample feed; 6 is 12 % bigger and 100 times faster.
              [zlib.constants.BROTLI_PARAM_QUALITY]: entity.body.length > 64 * 1024 ? 6 : 11,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entity.body.length,
            },
          })
        : gzip(entity.body, { level: 9 });
    entity.variants.set(encoding, p);
  }
  return p;
}

/** `br`, `gzip` or `identity`, from Accept-Encoding (q=0 refuses a coding). */
export function chooseEncoding(header) {
  if (!header) return 'identity';
  const q = new Map();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name) => q.get(name) ?? q.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

function matchesEtag(header, entity) {
  const tags = new Set(['identity', 'br', 'gzip'].map((e) => etagOf(entity, e)));
  return String(header)
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || tags.has(t));
}

function notModified(req, entity) {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) return matchesEtag(inm, entity);
  const ims = req.headers['if-modified-since'];
  if (ims !== undefined) {
    const since = Date.parse(ims);
    return Number.isFinite(since) && entity.mtime <= since;
  }
  return false;
}

/**
 * Sends an entity with validators, conditional requests and content coding.
 * @param {{ cacheControl: string, headers?: Record<string,string> }} opts
 */
async function sendEntity(req, res, entity, { cacheControl, headers = {} }) {
  const compressible = COMPRESSIBLE.test(entity.type);
  const canCompress = compressible && entity.body.length >= MIN_COMPRESS;
  const encoding = canCompress ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  const common = {
    ...headers,
    'Cache-Control': cacheControl,
    ETag: etagOf(entity, encoding),
    'Last-Modified': new Date(entity.mtime).toUTCString(),
  };
  if (compressible) common.Vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : 'Accept-Encoding';
  if (notModified(req, entity)) {
    res.writeHead(304, common);
    res.end();
    return 304;
  }
  const body = encoding === 'identity' ? entity.body : await compressed(entity, encoding);
  res.writeHead(200, {
    ...common,
    'Content-Type': entity.type,
    'Content-Length': body.length,
    ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return 200;
}

function sendJson(req, res, status, value, headers = {}) {
  const body = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': NO_STORE,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return status;
}

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function sendNotFoundPage(req, res, headers, message = 'Page introuvable') {
  const body = Buffer.from(`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(message)} — Ministère de l’Exemple et de la Démonstration</title>
<link rel="stylesheet" href="/assets/demo.css">
</head>
<body>
<main id="contenu" class="container page-404">
<h1>${escapeHtml(message)}</h1>
<p>La page que vous cherchez n’existe pas ou a été déplacée.</p>
<p><a href="/">Retour à l’accueil</a></p>
</main>
</body>
</html>
`);
  res.writeHead(404, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': NO_STORE,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return 404;
}

// ---------------------------------------------------------------------------
// Safe paths

/**
 * The file a URL path names under `root`, or null when the path is refused: bad percent
 * encoding, NUL or backslash, a `..` or any dot segment (`.data`, `.git`), or a path that
 * resolves (symbolic links included) outside `root`. `segments` is the path after the route prefix.
 */
async function resolveFile(root, rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s.startsWith('.'))) return null;
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return null;
  let info;
  try {
    info = await stat(file);
  } catch {
    return null;
  }
  if (!info.isFile()) return null; // directories: no listing
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
  } catch {
    return null;
  }
  return { file, info, rel: segments.join('/') };
}

const typeOf = (file) => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

// ---------------------------------------------------------------------------
// The server

/**
 * Creates the demo server (not listening yet).
 * @param {object} [options]
 * @param {string} [options.demoDir]   folder of the pages and assets (default demo/)
 * @param {string} [options.feedDir]   folder served at /feed/ (default demo/feed)
 * @param {string} [options.distDir]   folder served at /dist/ (default dist/)
 * @param {string} [options.dataDir]   where applications are stored (default demo/.data/applications)
 * @param {string|URL} [options.applicationsModule] the endpoint module (default demo/server/applications.mjs)
 * @param {string} [options.csp] Content-Security-Policy of the pages (default CSP)
 * @param {(line: string) => void} [options.log] one line per request (default console.log; `false` for silence)
 * @param {boolean} [options.shiftDates] move the feed's dates so that it is generated today (default: true,
 *   false when the environment has DEMO_FIXED_DATES=1): see feed.mjs, Dates
 * @param {() => number} [options.now] the clock of that shift (default Date.now)
 * @returns {http.Server}
 */
export function createDemoServer(options = {}) {
  const demoDir = path.resolve(options.demoDir ?? DEMO_DIR);
  const feedDir = path.resolve(options.feedDir ?? path.join(demoDir, 'feed'));
  const distDir = path.resolve(options.distDir ?? path.join(REPO_DIR, 'dist'));
  const dataDir = path.resolve(options.dataDir ?? path.join(demoDir, '.data', 'applications'));
  const applicationsModule = options.applicationsModule ?? pathToFileURL(path.join(HERE, 'applications.mjs')).href;
  const PAGE_HEADERS = pageHeaders(options.csp ?? CSP);
  const log = options.log === false ? () => {} : (options.log ?? ((line) => console.log(line)));
  const shiftDates = options.shiftDates ?? !/^(1|true|yes)$/i.test(process.env.DEMO_FIXED_DATES ?? '');
  const now = options.now ?? Date.now;

  /** @type {Map<string, Entity>} files and transformed feeds, keyed by path (+ transform) */
  const cache = new Map();
  /** flaky: request count per feed URL */
  const flakyCounts = new Map();

  /**
   * The entity of a file, or of a transformed copy. A transform's `version` (the day of a date shift)
   * replaces the cached copy of the previous version rather than adding one. A copy that differs from
   * the file is as old as `since` when that is later than the file (Last-Modified, If-Modified-Since).
   * @param {{ key: string, version?: unknown, since?: number, apply(body: Buffer): Buffer | string }} [transform]
   */
  async function fileEntity(found, transform) {
    const { file, info } = found;
    const key = transform ? `${file}#${transform.key}` : file;
    const hit = cache.get(key);
    if (hit && hit.sourceMtime === info.mtimeMs && hit.sourceSize === info.size && hit.version === transform?.version) return hit;
    let body = await readFile(file);
    let mtime = info.mtimeMs;
    if (transform) {
      const out = Buffer.from(transform.apply(body));
      if (!out.equals(body)) mtime = Math.max(mtime, transform.since ?? 0);
      body = out;
    }
    const entity = makeEntity(body, typeOf(file), mtime);
    entity.sourceMtime = info.mtimeMs;
    entity.sourceSize = info.size;
    entity.version = transform?.version;
    cache.set(key, entity);
    return entity;
  }

  async function serveStatic(req, res, root, rel, cacheControl, headers) {
    const found = await resolveFile(root, rel);
    if (!found) return null;
    const entity = await fileEntity(found);
    return sendEntity(req, res, entity, { cacheControl: cacheControl(found.rel), headers });
  }

  // --- /feed/** -------------------------------------------------------------

  /** The `generatedAt` of a feed file, read once per version of the file. */
  async function generatedAtOf(found) {
    const entity = await fileEntity(found);
    if (!Object.hasOwn(entity, 'generatedAt')) {
      let value;
      try {
        value = JSON.parse(entity.body.toString('utf8'))?.generatedAt;
      } catch {
        // not JSON: no date to shift from
      }
      entity.generatedAt = typeof value === 'string' ? value : undefined;
    }
    return entity.generatedAt;
  }

  /**
   * The date shift of a file of the feed folder: every file of `v1/` (slices, documents) moves with the
   * main feed `v1/offers.json`, so that they agree. Null when shifting is off or there is no main feed.
   */
  async function dateShiftOf(found) {
    if (!shiftDates) return null;
    const main = await resolveFile(feedDir, `${found.rel.split('/', 1)[0]}/offers.json`);
    if (!main) return null;
    return dateShift(await generatedAtOf(main), now());
  }

  /**
   * A feed file as served: its dates shifted, then the content simulations `transforms` applied (their
   * `key` names them in the cache). JSON that does not parse is served as it is.
   */
  async function feedEntity(found, transforms = [], key = 'dates') {
    const shift = await dateShiftOf(found);
    const days = shift?.days ?? 0;
    if (days === 0 && transforms.length === 0) return fileEntity(found);
    return fileEntity(found, {
      key,
      // The simulations also read the clock (a hostile offer is posted "now"): a new day, a new copy.
      version: transforms.length === 0 ? days : `${days}:${new Date(now()).toISOString().slice(0, 10)}`,
      since: days === 0 ? undefined : shift.since,
      apply(body) {
        let json;
        try {
          json = JSON.parse(body.toString('utf8'));
        } catch {
          return body;
        }
        const shifted = shiftFeedDates(json, days);
        if (transforms.length === 0 || !isFeed(shifted)) return shifted === json ? body : `${JSON.stringify(shifted)}\n`;
        return JSON.stringify(transforms.reduce((feed, t) => t(feed), shifted));
      },
    });
  }

  async function serveFeed(req, res, url, rel) {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, PREFLIGHT);
      res.end();
      return 204;
    }
    const sim = parseSimulation(url.searchParams);
    // `?apply=<simulation>`: the feed announces its application endpoint with that simulation (forms opened in offers).
    const apply = url.searchParams.get('apply')?.trim().toLowerCase() || undefined;
    if (apply !== undefined && !parseApplySimulation(apply)) {
      return sendJson(req, res, 400, { error: 'unknown-apply-simulation', unknown: apply.slice(0, 40), known: Object.keys(APPLY_SIMULATIONS) }, CORS);
    }
    const announceApply =
      apply === undefined ? [] : [(feed) => ({ ...feed, applicationEndpoint: withSimulation(feed.applicationEndpoint, apply) })];
    if (!sim) {
      const found = await resolveFile(feedDir, rel);
      if (!found) return sendJson(req, res, 404, { error: 'not-found', message: 'No such feed file.' }, CORS);
      if (apply !== undefined) {
        return sendEntity(req, res, await feedEntity(found, announceApply, `apply=${apply}`), { cacheControl: NO_STORE, headers: CORS });
      }
      return sendEntity(req, res, await feedEntity(found), { cacheControl: FEED_CACHE_CONTROL, headers: CORS });
    }
    const headers = { ...CORS, 'X-Demo-Simulation': [...sim.modes].join(',') };
    if (sim.unknown.length > 0) {
      return sendJson(
        req,
        res,
        400,
        { error: 'unknown-simulation', unknown: sim.unknown, known: Object.keys(SIMULATIONS) },
        headers,
      );
    }
    const mode = answerMode(sim);
    if (mode === 'network') {
      req.socket.destroy();
      return 'destroyed';
    }
    if (mode === 'timeout') {
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          req.socket.destroy();
          resolve();
        }, sim.holdMs);
        res.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      return 'held';
    }
    if (sim.modes.has('slow')) {
      const aborted = new AbortController();
      const onClose = () => aborted.abort();
      res.on('close', onClose);
      try {
        await sleep(sim.slowMs, undefined, { signal: aborted.signal });
      } catch {
        return 'aborted';
      } finally {
        res.off('close', onClose);
      }
    }
    if (mode === 'error') {
      return sendJson(req, res, 500, { error: 'simulated-error', message: 'Simulated server error (demo).' }, headers);
    }
    if (mode === '404') {
      return sendJson(req, res, 404, { error: 'not-found', message: 'Simulated 404 (demo).' }, headers);
    }
    const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
    if (mode === 'stale' && conditional) {
      return sendJson(req, res, 503, { error: 'simulated-unavailable', message: 'Simulated outage (demo): the client has a saved copy.' }, {
        ...headers,
        'Retry-After': '60',
      });
    }
    if (mode === 'flaky') {
      const key = url.pathname + url.search;
      const n = (flakyCounts.get(key) ?? 0) + 1;
      flakyCounts.set(key, n);
      if (n % 2 === 0) {
        return sendJson(req, res, 503, { error: 'simulated-unavailable', message: 'Simulated flaky server (demo).' }, {
          ...headers,
          'Retry-After': '1',
        });
      }
    }

    // Content simulations: a transformed copy of the file (or a generated hostile document).
    const found = await resolveFile(feedDir, rel);
    const docId = /^v\d+\/offers\/([A-Za-z0-9_~-][A-Za-z0-9._~-]*)\.json$/.exec(rel)?.[1];
    if (sim.modes.has('hostile') && docId) {
      const entity = makeEntity(Buffer.from(JSON.stringify(hostileDocument(docId))), TYPES['.json'], Date.now());
      return sendEntity(req, res, entity, { cacheControl: NO_STORE, headers });
    }
    if (!found) return sendJson(req, res, 404, { error: 'not-found', message: 'No such feed file.' }, headers);
    if (mode === 'malformed') {
      const text = truncateJson((await feedEntity(found)).body.toString('utf8'));
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.json'], 'Cache-Control': NO_STORE });
      res.end(req.method === 'HEAD' ? undefined : text);
      return 200;
    }
    const transforms = [...announceApply];
    if (sim.modes.has('invalid-items')) transforms.push(invalidItemsFeed);
    if (sim.modes.has('hostile')) transforms.push(hostileFeed);
    if (sim.modes.has('empty')) transforms.push(emptyFeed);
    if (sim.modes.has('doc-error')) transforms.push((f) => simulateDocuments(f, 'error'));
    if (sim.modes.has('doc-slow')) transforms.push((f) => simulateDocuments(f, 'slow'));
    const key = [...sim.modes].sort().join(',') + (apply === undefined ? '' : `;apply=${apply}`);
    const entity = await feedEntity(found, transforms, transforms.length > 0 ? key : undefined);
    return sendEntity(req, res, entity, { cacheControl: NO_STORE, headers });
  }

  // --- /api/** --------------------------------------------------------------

  async function serveApplications(req, res, url) {
    let mod;
    try {
      mod = await import(applicationsModule);
    } catch (error) {
      const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('applications.mjs');
      if (!missing) {
        console.error('demo server: cannot load the application endpoint:', error);
        return sendJson(req, res, 500, { error: 'endpoint-broken', message: 'The demo application endpoint failed to load.' }, CORS);
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return 204;
      }
      return sendJson(
        req,
        res,
        501,
        { error: 'not-implemented', message: 'The demo application endpoint (demo/server/applications.mjs) does not exist yet.' },
        CORS,
      );
    }
    if (typeof mod.handleApplication !== 'function') {
      return sendJson(req, res, 501, { error: 'not-implemented', message: 'applications.mjs exports no handleApplication.' }, CORS);
    }
    await mkdir(dataDir, { recursive: true });
    const simulate = url.searchParams.get('simulate') ?? undefined;
    await mod.handleApplication(req, res, { dataDir, simulate });
    return res.statusCode;
  }

  async function serveCspReport(req, res) {
    if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST');
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > 65_536) {
        res.writeHead(413, { Connection: 'close' });
        res.end();
        return 413;
      }
      chunks.push(chunk);
    }
    try {
      const report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const items = Array.isArray(report) ? report.map((r) => r.body ?? r) : [report['csp-report'] ?? report];
      for (const r of items) {
        const directive = r['violated-directive'] ?? r.effectiveDirective ?? r['effective-directive'] ?? '?';
        const blocked = r['blocked-uri'] ?? r.blockedURL ?? '?';
        const where = r['source-file'] ?? r.sourceFile ?? r['document-uri'] ?? r.documentURL ?? '';
        const line = r['line-number'] ?? r.lineNumber ?? '';
        console.warn(`CSP violation: ${directive} blocked ${blocked} ${where}${line ? `:${line}` : ''}`);
      }
    } catch {
      console.warn('CSP violation report (unreadable)');
    }
    res.writeHead(204);
    res.end();
    return 204;
  }

  function methodNotAllowed(req, res, allow) {
    res.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NO_STORE });
    res.end(req.method === 'HEAD' ? undefined : 'Method not allowed\n');
    return 405;
  }

  // --- routing --------------------------------------------------------------

  async function route(req, res) {
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://demo.invalid');
    } catch {
      return sendJson(req, res, 400, { error: 'bad-request' });
    }
    // The raw path (before WHATWG normalisation of dot segments) is what gets checked.
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
    if (!rawPath.startsWith('/')) return sendJson(req, res, 400, { error: 'bad-request' });
    const method = req.method ?? 'GET';

    // `/api/applications/v1` is the `applicationEndpoint` the sample feed announces (scripts/generate-feed.mjs).
    if (rawPath === '/api/applications' || rawPath === '/api/applications/v1') {
      if (method !== 'POST' && method !== 'OPTIONS') return methodNotAllowed(req, res, 'POST, OPTIONS');
      return serveApplications(req, res, url);
    }
    if (rawPath === '/api/csp-report') return serveCspReport(req, res);

    const readOnly = method === 'GET' || method === 'HEAD';
    if (rawPath.startsWith('/feed/')) {
      if (!readOnly && method !== 'OPTIONS') return methodNotAllowed(req, res, 'GET, HEAD, OPTIONS');
      return serveFeed(req, res, url, rawPath.slice('/feed/'.length));
    }
    if (rawPath.startsWith('/dist/')) {
      if (method === 'OPTIONS') {
        res.writeHead(204, PREFLIGHT);
        res.end();
        return 204;
      }
      if (!readOnly) return methodNotAllowed(req, res, 'GET, HEAD, OPTIONS');
      const rel = rawPath.slice('/dist/'.length);
      const later = LATER_CHUNK.test(rel);
      if (later) {
        const code = cookieOf(req, 'mn-demo-code');
        if (code === 'error') {
          res.destroy(); // a network error, as when a phone loses its signal
          return 'closed';
        }
        if (code === 'slow') await sleep(CODE_DELAY_MS);
      }
      const status = await serveStatic(
        req,
        res,
        distDir,
        rel,
        (file) => (HASHED_CHUNK.test(file) ? IMMUTABLE : REVALIDATE),
        // Cached for good, but apart from the answers given under a simulation.
        later ? { ...CORS, Vary: 'Cookie' } : CORS,
      );
      if (status !== null) return status;
      if (rawPath === '/dist/mn-widgets.js') {
        console.warn('demo server: dist/mn-widgets.js is missing: run `npm run build` (or `npm start` without --no-build).');
      }
      return sendNotFoundPage(req, res, PAGE_HEADERS, 'Fichier introuvable');
    }
    if (!readOnly) return methodNotAllowed(req, res, 'GET, HEAD');

    // Demo pages and their assets: top-level .html files and assets/**, nothing else of demo/.
    const rel = rawPath === '/' ? 'index.html' : rawPath.slice(1);
    const isPage = /^[A-Za-z0-9_-]+\.html$/.test(rel);
    if (isPage || rel.startsWith('assets/')) {
      const status = await serveStatic(req, res, demoDir, rel, () => REVALIDATE, isPage ? PAGE_HEADERS : {});
      if (status !== null) return status;
    }
    return sendNotFoundPage(req, res, PAGE_HEADERS);
  }

  const server = http.createServer(async (req, res) => {
    const start = process.hrtime.bigint();
    res.setHeader('X-Content-Type-Options', 'nosniff');
    let status;
    try {
      status = await route(req, res);
    } catch (error) {
      console.error('demo server error:', error);
      if (!res.headersSent) status = sendJson(req, res, 500, { error: 'internal', message: 'Demo server error.' });
      else res.destroy();
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    log(`${req.method} ${req.url} → ${status ?? res.statusCode} (${ms.toFixed(0)} ms)`);
  });
  // A held socket (`simulate=timeout`) must not keep `close()` waiting.
  server.on('close', () => server.closeAllConnections?.());
  return server;
}

/**
 * Starts the demo server. Resolves with its URL; rejects with a clear message when the port is taken.
 * @param {{ port?: number, host?: string } & Parameters<typeof createDemoServer>[0]} [options]
 */
export function startDemoServer(options = {}) {
  const port = options.port ?? DEFAULT_PORT;
  const host = options.host ?? DEFAULT_HOST;
  const server = createDemoServer(options);
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          Object.assign(
            new Error(
              `Port ${port} on ${host} is already in use (another demo server?). ` +
                `Stop it, or choose another port: PORT=${port + 1} npm start, or npm start -- --port ${port + 1}.`,
            ),
            { code: 'EADDRINUSE' },
          ),
        );
      } else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({ server, url: `http://${shownHost}:${address.port}/` });
    });
  });
}

/** `--port N` / `--port=N`, else PORT, else 8000. */
export function portFromArgs(argv = process.argv.slice(2), env = process.env) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = i === -1 ? env.PORT : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${raw}`);
  return port;
}

/** The application endpoint's simulations (demo/server/applications.mjs), for the banner. */
const APPLY_NAMES = Object.keys(APPLY_SIMULATIONS).join('|');

/** The lines printed when the server is up. */
export function banner(url) {
  const sims = SIMULATION_NAMES.map((name) => [name, SIMULATIONS[name]])
    .map(([name, what]) => `    ${url}?simulate=${name}`.padEnd(54) + `  ${what}`)
    .join('\n');
  return `
  Demo: ${url}
  Pages: ${url}  ${url}trades.html  ${url}apply.html  ${url}offer.html?id=<offer id>  ${url}loader.html
  Feed:  ${url}feed/v1/offers.json
  Simulations (the page passes ?simulate= on to the feed URL; also ?theme=dark, ?lang=en):
${sims}
  Stale copy: load ${url}?simulate=stale once, then reload: the server now fails, the saved copy shows.
  Sending an application (any page with a form): ?apply=${APPLY_NAMES}, each
    with -once, -twice or -<n> to fail only the first attempts (e.g. ${url}apply.html?apply=503-once).
  Press Ctrl+C to stop.
`;
}

/** Stops on Ctrl+C / SIGTERM, closing held sockets. */
export function stopOnSignals(server) {
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const argv = process.argv.slice(2);
  const hostIndex = argv.indexOf('--host');
  try {
    const { server, url } = await startDemoServer({
      port: portFromArgs(argv),
      host: hostIndex === -1 ? DEFAULT_HOST : argv[hostIndex + 1],
      log: argv.includes('--quiet') ? false : undefined,
      csp: argv.includes('--trusted-types') ? CSP_TRUSTED_TYPES : CSP,
    });
    console.log(banner(url));
    stopOnSignals(server);
  } catch (error) {
    console.error(`\n  ${error.message}\n`);
    process.exit(1);
  }
}
