#!/usr/bin/env node
/* global window -- functions given to page.evaluate() run in the page */
/**
 * `npm run bench`: our elements and data layer against a hand-written vanilla
 * baseline, in one headless Chromium run (method and latest numbers: docs/benchmarks.md).
 *
 *   node scripts/bench.mjs [--quick] [--rounds N] [--only index,render-20,…] [--no-write]
 *                          [--profile CASE:VARIANT] [--trace-dir DIR]
 *
 * 1. Generates the deterministic 10,000-offer feed and bundles bench/src/entry.ts with
 *    esbuild (production build of Lit, minified, as the script-tag build ships).
 * 2. Serves both with @web/dev-server (cross-origin isolated, for 5 µs timers).
 * 3. Drives Debian's Chromium with puppeteer-core: per round a fresh browser context;
 *    per case, warm-up runs, then samples with the variants interleaved (their order
 *    rotates from one sample to the next). Each sample starts after a GC and a frame.
 * 4. Long tasks: `PerformanceObserver('longtask')` in the page, and a Chromium trace
 *    for the exact longest main-thread task. Memory: one fresh browser context per
 *    sample, V8 heap + ArrayBuffers after forced GCs (CDP), before and after loading the feed.
 * 5. Prints Markdown tables (medians, IQR, ratio to the baseline with a bootstrap
 *    95% interval, goals) and, after a full run, writes bench/results/latest.{md,json}
 *    and the results section of docs/benchmarks.md.
 *
 * Timings are never asserted anywhere: this machine is small and noisy; compare ratios
 * within one run. `--profile render-1000:cards` prints where the time goes (CPU profile);
 * `--trace-dir DIR` keeps the Chromium traces of the breakdown and long-task runs (open them in DevTools).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NOW = Date.parse('2026-11-28T09:00:00Z'); // the sample feed's reference time
const FRAME_MS = 16;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    profile: { type: 'string' },
    'trace-dir': { type: 'string' },
    chrome: { type: 'string', default: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (args.help) {
  console.log(
    'Usage: node scripts/bench.mjs [--quick] [--rounds N] [--only index,render-20,render-1000,keystroke,longtask,memory] [--no-write]\n' +
      '                              [--profile CASE:VARIANT] [--trace-dir DIR] [--chrome PATH]',
  );
  process.exit(0);
}

/**
 * The timing cases. `compare` maps each of our variants to the baseline variant it is
 * compared with (the others are baselines). Samples and warm-ups are per round.
 */
const CASES = [
  {
    id: 'index',
    title: '(a) Read a 10,000-offer feed: parse + normalise + index',
    variants: { ours: 'JSON.parse + normaliseFeed + buildIndex', vanilla: 'JSON.parse + naive prep (NFD lowercase string per offer)' },
    compare: { ours: 'vanilla' },
    samples: 5,
    warmup: 1,
  },
  {
    id: 'render-20',
    title: '(b) First render of 20 cards (style + layout included)',
    variants: {
      cards: '`<mn-offer-card>` ×20',
      vanilla: 'vanilla cards ×20',
      'vanilla-connected': 'diagnostic: vanilla cards ×20, each filled after its host is in the document (as an element renders)',
      list: '`<mn-offer-list page-size=20 filters="none">`',
    },
    compare: { cards: 'vanilla', list: 'vanilla' },
    samples: 30,
    warmup: 5,
    mark: 'render',
    goal: { variant: 'cards', maxRatio: 1.2 },
  },
  {
    id: 'render-1000',
    title: '(c) First render of 1,000 cards (style + layout included)',
    variants: {
      cards: '`<mn-offer-card>` ×1000',
      vanilla: 'vanilla cards ×1000',
      list: '`<mn-offer-list page-size=1000 filters="none">` (content-visibility: auto)',
      'vanilla-cv': 'vanilla cards ×1000 with the list’s content-visibility: auto',
    },
    compare: { cards: 'vanilla', list: 'vanilla-cv' },
    samples: 8,
    warmup: 2,
    mark: 'render',
    goal: { variant: 'cards', maxRatio: 1.2 },
  },
  {
    id: 'keystroke',
    title: '(d) One keystroke over 10,000 offers: filter, then render page 1 (20 cards)',
    variants: {
      query: '`queryOffers` (relevance, 20 per page), no render',
      'naive-query': 'naive `includes` filter, no render',
      cards: '`queryOffers` + re-render 20 `<mn-offer-card>` (keyed `repeat`)',
      vanilla: 'naive filter + keyed update of 20 vanilla cards',
      'list-keywords': '`<mn-offer-list filters="none">`, `.keywords` set',
      'list-search': '`<mn-offer-list>` (all filters, facet counts), typed in its search field + submit',
    },
    compare: { query: 'naive-query', cards: 'vanilla', 'list-keywords': 'vanilla', 'list-search': 'vanilla' },
    samples: 25,
    warmup: 8,
    mark: 'keystroke',
    traced: 8,
    tracedStride: 7,
    frameGoal: ['cards', 'list-keywords', 'list-search'],
  },
];
const LONG_TASKS = {
  id: 'longtask',
  title: '(f) Longest main-thread task while indexing 10,000 offers in slices (`buildIndexAsync`)',
  variants: {
    'index-async': '`buildIndexAsync`, sample feed',
    'index-async-long-texts': '`buildIndexAsync`, long texts (500-char excerpts, 200-char titles)',
    'list-load': '`<mn-offer-list feed=…>` from request to `mn-load` (for context: fetch, parse, normalise, index)',
  },
  samples: 2,
  goalVariants: ['index-async', 'index-async-long-texts'],
};
const MEMORY = {
  id: 'memory',
  title: '(e) Memory: JavaScript memory retained with the 10,000-offer feed loaded',
  variants: {
    parse: '`JSON.parse` of the feed alone (the baseline)',
    normalised: '`normaliseFeed` result alone',
    'client-index': '`FeedClient.load` (normalised feed) + `buildIndex`',
    list: '`<mn-offer-list feed=…>` showing page 1 (feed, index, 20 cards)',
  },
  baseline: 'parse',
  samples: 3,
  goal: { variant: 'client-index', maxRatio: 1.1 },
};

const quick = args.quick;
const rounds = Number(args.rounds ?? (quick ? 1 : 3));
const only = args.only ? new Set(args.only.split(',')) : undefined;
const wanted = (id) => only === undefined || only.has(id);
const scale = (n) => (quick ? Math.max(2, Math.ceil(n / 4)) : n);
const [profileCase, profileVariant] = (args.profile ?? '').split(':');

const log = (...a) => console.error(...a);
const started = Date.now();

// --- statistics ------------------------------------------------------------------------------

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function summary(values) {
  const s = [...values].sort((a, b) => a - b);
  return {
    n: s.length,
    median: quantile(s, 0.5),
    p25: quantile(s, 0.25),
    p75: quantile(s, 0.75),
    p90: quantile(s, 0.9),
    min: s[0],
    max: s[s.length - 1],
  };
}
/**
 * A statistic of samples with a percentile-bootstrap 95% interval (2,000 resamples,
 * seeded: the same samples give the same interval). `stat` receives one resample per group.
 */
function bootstrap(groups, stat) {
  let seed = 0x9e3779b9;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const resample = (v) => v.map(() => v[Math.floor(rand() * v.length)]);
  const boot = [];
  for (let i = 0; i < 2000; i++) boot.push(stat(...groups.map(resample)));
  boot.sort((x, y) => x - y);
  return { value: stat(...groups), lo: quantile(boot, 0.025), hi: quantile(boot, 0.975) };
}
const median = (v) => quantile([...v].sort((x, y) => x - y), 0.5);
/** Ratio of medians, with its 95% interval. */
const ratio = (a, b) => bootstrap([a, b], (x, y) => median(x) / median(y));
/** The median, with its 95% interval. */
const medianCI = (a) => bootstrap([a], median);
/** A goal "at most `limit`" judged on an interval: met when all of it is within, missed when none is. */
const verdict = (ci, limit) => (ci.hi <= limit ? 'met' : ci.lo > limit ? 'missed' : 'unclear');

// --- CPU profile (--profile) ------------------------------------------------------------------

/** Self and total (inclusive) time per function of CPU profiles, in ms per profile. */
function summariseProfiles(profiles) {
  const self = new Map();
  const total = new Map();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (node) => {
      const cf = node.callFrame;
      const where = cf.url ? ` ${cf.url.split('/').pop()}:${cf.lineNumber + 1}:${cf.columnNumber + 1}` : '';
      return `${cf.functionName || '(anonymous)'}${where}`;
    };
    profile.samples.forEach((id, k) => {
      const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000 / profiles.length;
      const leaf = name(byId.get(id));
      self.set(leaf, (self.get(leaf) ?? 0) + ms);
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const n = name(byId.get(cur));
        if (seen.has(n) || n === '(root)') continue;
        seen.add(n);
        total.set(n, (total.get(n) ?? 0) + ms);
      }
    });
  }
  const top = (map, k) => [...map.entries()].sort((x, y) => y[1] - x[1]).slice(0, k);
  return { self: top(self, 25), total: top(total, 40).map(([n, ms]) => [n, ms, self.get(n) ?? 0]) };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];

/** One sample: the page prepares it (GC, frame), then runs it; `before`/`after` wrap the measured part. */
async function runSample(page, caseId, variant, i, hooks = {}) {
  await page.evaluate((id, v, k) => window.mnBench.prepare(id, v, k), caseId, variant, i);
  await hooks.before?.();
  const r = await page.evaluate((id, v, k) => window.mnBench.sample(id, v, k), caseId, variant, i);
  await hooks.after?.();
  return r;
}

/** The `<name>:start` and `<name>:end` marks of a trace (main thread of the page). */
function traceWindow(events, name) {
  const startMark = events.find((e) => e.name === `${name}:start` && e.cat.includes('blink.user_timing'));
  const endMark = events.find((e) => e.name === `${name}:end` && e.cat.includes('blink.user_timing'));
  return startMark && endMark ? { pid: startMark.pid, tid: startMark.tid, from: startMark.ts, to: endMark.ts } : undefined;
}

/** Time spent in style recalculation, layout and GC between a run's marks, in ms (the rest is script and DOM work). */
function breakdown(events, name) {
  const w = traceWindow(events, name);
  if (!w) return undefined;
  const sum = (names) =>
    events
      .filter((e) => names.includes(e.name) && e.ph === 'X' && e.pid === w.pid && e.tid === w.tid && e.ts >= w.from && e.ts <= w.to)
      .reduce((t, e) => t + e.dur / 1000, 0);
  const total = (w.to - w.from) / 1000;
  const style = sum(['UpdateLayoutTree']);
  const layout = sum(['Layout']);
  const gc = sum(['MinorGC', 'MajorGC']);
  return { total, style, layout, gc, script: total - style - layout - gc };
}

/**
 * The longest main-thread task between the `<name>:start` and `<name>:end` marks of a trace:
 * its wall-clock duration and GC, and the most CPU time (thread time) any task took, in ms.
 * On a busy machine a task's wall time also counts the time its thread waited for a core;
 * its thread time does not.
 */
function longestTask(events, name) {
  const w = traceWindow(events, name);
  if (!w) return { ms: NaN, gc: NaN, cpu: NaN };
  const main = events.filter((e) => e.ph === 'X' && e.pid === w.pid && e.tid === w.tid && e.ts + e.dur >= w.from && e.ts <= w.to);
  const tasks = main.filter((e) => e.name === 'RunTask');
  if (tasks.length === 0) return { ms: 0, gc: 0, cpu: 0 };
  const longest = tasks.reduce((a, e) => (e.dur > a.dur ? e : a));
  const inside = (e) => e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur;
  const gc = main.filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && inside(e)).reduce((t, e) => t + e.dur, 0);
  const cpu = Math.max(...tasks.map((e) => e.tdur ?? e.dur));
  return { ms: longest.dur / 1000, gc: gc / 1000, cpu: cpu / 1000 };
}

// --- 1. feed and bundle --------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'mn-bench-'));
const cleanups = [() => rmSync(work, { recursive: true, force: true })];
async function cleanup() {
  for (const f of cleanups.reverse()) {
    try {
      await f();
    } catch {
      /* best effort */
    }
  }
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

log('bench: generating the 10,000-offer feed and bundling the bench page…');
const gen = spawnSync(
  process.execPath,
  [join(ROOT, 'scripts/generate-feed.mjs'), '--count', '10000', '--out', join(work, 'feed'), '--no-documents', '--quiet'],
  { stdio: 'inherit' },
);
if (gen.status !== 0) throw new Error('generate-feed failed');
const bundle = await build({
  entryPoints: [join(ROOT, 'bench/src/entry.ts')],
  outfile: join(work, 'bench.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['production'],
  // Profiles need readable names and lines: not minified then (the same code otherwise).
  minify: args.profile === undefined,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: false, useDefineForClassFields: true } },
});
const bundleBytes = Object.values(bundle.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
if (Object.keys(bundle.metafile.inputs).some((f) => f.includes('development/'))) {
  throw new Error('The bench bundle contains a development build of Lit');
}
copyFileSync(join(ROOT, 'bench/index.html'), join(work, 'index.html'));

const results = { cases: {}, longtask: {}, memory: {} };
const checks = {};
const profiles = {};
const breakdowns = {};
let browserVersion = '';

try {
  // --- 2. server -------------------------------------------------------------------------------

  const port = await new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port: p } = s.address();
      s.close(() => res(p));
    });
  });
  const server = await startDevServer({
    config: {
      rootDir: work,
      port,
      hostname: '127.0.0.1',
      open: false,
      watch: false,
      nodeResolve: false,
      injectWebSocket: false,
      middleware: [
        // Cross-origin isolation: 5 µs timer resolution instead of 100 µs.
        async (ctx, next) => {
          ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
          ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
          await next();
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  cleanups.push(() => server.stop());
  const origin = `http://127.0.0.1:${port}`;
  const FEED_URL = '/feed/offers.json';

  // --- 3. browser ------------------------------------------------------------------------------

  const browser = await puppeteer.launch({
    executablePath: args.chrome,
    headless: true,
    protocolTimeout: 600_000,
    defaultViewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--window-size=1280,900',
    ],
  });
  cleanups.push(() => browser.close());
  browserVersion = await browser.version();

  async function openPage() {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    await page.goto(`${origin}/index.html`, { waitUntil: 'load' });
    const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
    if (!isolated) throw new Error('the bench page is not cross-origin isolated');
    return { context, page, errors };
  }

  const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);

  // --- 4. runs ---------------------------------------------------------------------------------


  for (let round = 0; round < rounds; round++) {
    const { context, page, errors } = await openPage();
    const info = await page.evaluate((u, n) => window.mnBench.setup(u, n), FEED_URL, NOW);
    if (round === 0) {
      checks.feed = info;
      const markup = await page.evaluate(() => window.mnBench.checkMarkup(60));
      checks.markup = { checked: markup.checked, mismatches: markup.mismatches.length };
      if (markup.mismatches.length > 0) {
        log(markup.mismatches.slice(0, 3).join('\n'));
        throw new Error(`the vanilla baseline's markup differs from <mn-offer-card> (${markup.mismatches.length} of ${markup.checked})`);
      }
      checks.keystrokeTotals = await page.evaluate(() => window.mnBench.keystrokeTotals());
    }
    for (const c of CASES) {
      if (!wanted(c.id)) continue;
      const variants = Object.keys(c.variants);
      const store = (results.cases[c.id] ??= Object.fromEntries(variants.map((v) => [v, { ms: [], phases: [], newCards: [] }])));
      const samples = scale(c.samples);
      const warmup = scale(c.warmup);
      log(`bench: round ${round + 1}/${rounds} ${c.id}: ${warmup} warm-up + ${samples} samples × ${variants.length} variants`);
      let i = 0;
      for (let w = 0; w < warmup; w++, i++) {
        for (const v of rotate(variants, i)) await runSample(page, c.id, v, i);
      }
      const profiling = round === 0 && profileCase === c.id;
      let cdp;
      if (profiling) {
        cdp = await page.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      }
      for (let s = 0; s < samples; s++, i++) {
        for (const v of rotate(variants, i)) {
          const prof = profiling && v === profileVariant;
          const r = await runSample(page, c.id, v, i, {
            before: prof ? () => cdp.send('Profiler.start') : undefined,
            after: prof ? async () => (profiles[`${c.id}:${v}`] ??= []).push((await cdp.send('Profiler.stop')).profile) : undefined,
          });
          store[v].ms.push(r.ms);
          if (r.phases) store[v].phases.push(r.phases);
          if (r.newCards !== undefined) store[v].newCards.push(r.newCards);
        }
      }
      // Where the time goes: a few more runs under a Chromium trace (slower: kept apart from the samples).
      if (round === 0 && c.mark) {
        const bd = (breakdowns[c.id] ??= {});
        // Keystrokes jump through the typing list (stride 7), so that most traced ones bring new cards.
        for (let s = 0, k = i; s < scale(c.traced ?? 3); s++, k += c.tracedStride ?? 1) {
          for (const v of rotate(variants, k)) {
            await runSample(page, c.id, v, k, {
              before: () => page.tracing.start({ categories: TRACE_CATEGORIES }),
              after: async () => {
                const raw = Buffer.from(await page.tracing.stop());
                if (args['trace-dir']) writeFileSync(join(args['trace-dir'], `${c.id}-${v}-${s}.json`), raw);
                (bd[v] ??= []).push(breakdown(JSON.parse(raw.toString('utf8')).traceEvents, c.mark));
              },
            });
          }
        }
      }
    }
    if (wanted(LONG_TASKS.id)) {
      const variants = Object.keys(LONG_TASKS.variants);
      log(`bench: round ${round + 1}/${rounds} ${LONG_TASKS.id}: ${scale(LONG_TASKS.samples)} samples × ${variants.length} variants (traced)`);
      for (let s = 0; s < scale(LONG_TASKS.samples); s++) {
        for (const v of rotate(variants, s + round)) {
          await page.evaluate(() => window.mnBench.clear());
          const prof = round === 0 && profileCase === LONG_TASKS.id && profileVariant === v ? await page.createCDPSession() : undefined;
          if (prof) {
            await prof.send('Profiler.enable');
            await prof.send('Profiler.setSamplingInterval', { interval: 100 });
            await prof.send('Profiler.start');
          }
          await page.tracing.start({ categories: TRACE_CATEGORIES });
          const r = await page.evaluate((vv) => window.mnBench.longTasks(vv), v);
          if (prof) (profiles[`${LONG_TASKS.id}:${v}`] ??= []).push((await prof.send('Profiler.stop')).profile);
          const raw = Buffer.from(await page.tracing.stop());
          if (args['trace-dir']) writeFileSync(join(args['trace-dir'], `longtask-${v}-${round}-${s}.json`), raw);
          const longest = longestTask(JSON.parse(raw.toString('utf8')).traceEvents, v);
            const st = (results.longtask[v] ??= { ms: [], longestTask: [], longestTaskGc: [], longestCpu: [], longTasks: [] });
          st.ms.push(r.ms);
          st.longestTask.push(longest.ms);
          st.longestTaskGc.push(longest.gc);
          st.longestCpu.push(longest.cpu);
          st.longTasks.push(r.longTasks);
        }
      }
    }
    if (errors.length > 0) log(`bench: the page reported:\n  ${[...new Set(errors)].slice(0, 10).join('\n  ')}`);
    await context.close();
  }

  if (wanted(MEMORY.id)) {
    const variants = Object.keys(MEMORY.variants);
    log(`bench: ${MEMORY.id}: ${scale(MEMORY.samples)} samples × ${variants.length} variants (a fresh browser context each)`);
    for (let s = 0; s < scale(MEMORY.samples); s++) {
      for (const v of rotate(variants, s)) {
        const { context, page } = await openPage();
        await page.evaluate((u, n) => window.mnBench.init(u, n), FEED_URL, NOW);
        const cdp = await page.createCDPSession();
        const heap = async () => {
          for (let k = 0; k < 3; k++) await cdp.send('HeapProfiler.collectGarbage');
          return cdp.send('Runtime.getHeapUsage');
        };
        const before = await heap();
        const extra = await page.evaluate((vv) => window.mnBench.memoryLoad(vv), v);
        await new Promise((r) => setTimeout(r, 200));
        const after = await heap();
        // ArrayBuffer backing stores (the index's typed arrays) live outside the V8 heap: count them too.
        const js = (h) => h.usedSize + (h.backingStorageSize ?? 0);
        const st = (results.memory[v] ??= { bytes: [], arrayBufferBytes: [], embedderBytes: [], indexBytes: [] });
        st.bytes.push(js(after) - js(before));
        st.arrayBufferBytes.push((after.backingStorageSize ?? 0) - (before.backingStorageSize ?? 0));
        st.embedderBytes.push((after.embedderHeapUsedSize ?? 0) - (before.embedderHeapUsedSize ?? 0));
        if (extra.indexBytes !== undefined) st.indexBytes.push(extra.indexBytes);
        await context.close();
      }
    }
  }

} finally {
  await cleanup();
}

// --- 5. report -------------------------------------------------------------------------------

const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fmtMB = (b) => `${(b / 1048576).toFixed(1)} MB`;
const fmtRatio = (r) => `${r.value.toFixed(2)}× (${r.lo.toFixed(2)}–${r.hi.toFixed(2)})`;
const VERDICTS = { met: '✅ met', missed: '❌ missed', unclear: '⚠️ unclear (the interval straddles the goal)' };


const report = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, browser: browserVersion },
  settings: { rounds, quick, now: new Date(NOW).toISOString(), bundleBytes, viewport: '1280×900, 960px column' },
  checks,
  cases: {},
  longtask: {},
  memory: {},
  goals: [],
  seconds: 0,
};
const lines = [];
const goals = [];
lines.push(`Chromium ${browserVersion.replace(/^.*\//, '')}, ${report.machine.cpus} × ${report.machine.cpu ?? 'CPU'}, Node ${process.version}; ${rounds} round(s), fresh browser context each; bench bundle ${(bundleBytes / 1024).toFixed(0)} KiB (Lit production build, minified).`);
lines.push('');
lines.push('Times in ms: median, [p25–p75], n samples. Ratio: our median / the baseline’s median, with a 95% bootstrap interval.');
lines.push('');
lines.push('| case | variant | median | p25–p75 | n | vs | ratio (95% CI) |');
lines.push('|---|---|---:|---:|---:|---|---:|');
for (const c of CASES) {
  const data = results.cases[c.id];
  if (!data) continue;
  report.cases[c.id] = { title: c.title, variants: {} };
  for (const [v, label] of Object.entries(c.variants)) {
    const st = summary(data[v].ms);
    const vsName = c.compare[v];
    const r = vsName === undefined ? undefined : ratio(data[v].ms, data[vsName].ms);
    const phases = data[v].phases.length
      ? Object.fromEntries(Object.keys(data[v].phases[0]).map((k) => [k, summary(data[v].phases.map((p) => p[k])).median]))
      : undefined;
    report.cases[c.id].variants[v] = { label, ...st, samples: data[v].ms, vs: r ? vsName : undefined, ratio: r, phases };
    const phaseText = phases ? ` (${Object.entries(phases).map(([k, ms]) => `${k} ${fmtMs(ms)}`).join(', ')})` : '';
    lines.push(
      `| ${c.id} | ${label}${phaseText} | ${fmtMs(st.median)} | ${fmtMs(st.p25)}–${fmtMs(st.p75)} | ${st.n} | ${r ? vsName : '—'} | ${r ? fmtRatio(r) : 'baseline'} |`,
    );
    if (c.goal?.variant === v && r) {
      goals.push({ goal: `${c.id}: first render within ${c.goal.maxRatio}× of vanilla`, value: fmtRatio(r), verdict: verdict(r, c.goal.maxRatio) });
    }
    if (c.frameGoal?.includes(v)) {
      const m = medianCI(data[v].ms);
      goals.push({
        goal: `keystroke < ${FRAME_MS} ms: ${label}`,
        value: `median ${fmtMs(m.value)} ms (${fmtMs(m.lo)}–${fmtMs(m.hi)}), p90 ${fmtMs(st.p90)} ms`,
        verdict: verdict(m, FRAME_MS),
      });
    }
  }
}
const churn = results.cases.keystroke;
if (churn) {
  lines.push('');
  lines.push('**Keystrokes by how much of page 1 changes** (ms, median [n]): a keystroke that leaves the first 20 offers as they were renders nothing new; one that brings 10 or more new offers costs most of a first render.');
  lines.push('');
  lines.push('| variant | all | no new card | 1–9 new cards | 10–20 new cards |');
  lines.push('|---|---:|---:|---:|---:|');
  const keystroke = CASES.find((c) => c.id === 'keystroke');
  report.keystrokeByChurn = {};
  for (const [v, label] of Object.entries(keystroke.variants)) {
    const { ms, newCards } = churn[v];
    if (newCards.length !== ms.length) continue;
    const pick = (lo, hi) => ms.filter((_, k) => newCards[k] >= lo && newCards[k] <= hi);
    const cell = (xs) => (xs.length ? `${fmtMs(summary(xs).median)} [${xs.length}]` : '—');
    const groups = { all: ms, none: pick(0, 0), some: pick(1, 9), many: pick(10, 20) };
    report.keystrokeByChurn[v] = Object.fromEntries(Object.entries(groups).map(([k, xs]) => [k, xs.length ? { ...summary(xs) } : undefined]));
    lines.push(`| ${label} | ${cell(groups.all)} | ${cell(groups.none)} | ${cell(groups.some)} | ${cell(groups.many)} |`);
  }
}
if (Object.keys(breakdowns).length) {
  lines.push('');
  lines.push('**Where the time goes** (medians of a few extra runs under a Chromium trace, which slows them a little; ms): style recalculation, layout, GC, and the rest (script and DOM calls).');
  lines.push('');
  lines.push('| case | variant | traced total | script + DOM | style | layout | GC | n |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const c of CASES) {
    const bd = breakdowns[c.id];
    if (!bd) continue;
    report.cases[c.id].breakdown = {};
    for (const [v, label] of Object.entries(c.variants)) {
      const runs = (bd[v] ?? []).filter(Boolean);
      if (!runs.length) continue;
      const m = Object.fromEntries(['total', 'script', 'style', 'layout', 'gc'].map((k) => [k, summary(runs.map((r) => r[k])).median]));
      report.cases[c.id].breakdown[v] = { ...m, n: runs.length };
      lines.push(`| ${c.id} | ${label} | ${fmtMs(m.total)} | ${fmtMs(m.script)} | ${fmtMs(m.style)} | ${fmtMs(m.layout)} | ${fmtMs(m.gc)} | ${runs.length} |`);
    }
  }
}
if (Object.keys(results.longtask).length) {
  lines.push('');
  lines.push(
    `**${LONG_TASKS.title}.** From a Chromium trace, every main-thread task: the longest by wall-clock time (with the GC inside it), and the most CPU (thread) time a task took; ` +
      "the two differ when the thread waited for a core (this machine is shared). \"≥ 50 ms\" counts the long tasks the page's `PerformanceObserver('longtask')` saw.",
  );
  lines.push('');
  lines.push('| variant | wall time, median | longest task, median | longest task, worst run (GC in it) | most CPU in one task, worst run | tasks ≥ 50 ms, per run | n |');
  lines.push('|---|---:|---:|---:|---:|---|---:|');
  for (const [v, label] of Object.entries(LONG_TASKS.variants)) {
    const st = results.longtask[v];
    if (!st) continue;
    const wall = summary(st.ms);
    const lt = summary(st.longestTask);
    const cpu = summary(st.longestCpu);
    const worst = st.longestTask.indexOf(lt.max);
    const worstGc = st.longestTaskGc[worst];
    report.longtask[v] = { label, wall, longestTask: lt, longestTaskGc: st.longestTaskGc, longestCpu: cpu, longTasks: st.longTasks };
    lines.push(
      `| ${label} | ${fmtMs(wall.median)} | ${fmtMs(lt.median)} | ${fmtMs(lt.max)} (${fmtMs(worstGc)}) | ${fmtMs(cpu.max)} | ${st.longTasks.map((l) => l.length).join(', ')} | ${wall.n} |`,
    );
    if (LONG_TASKS.goalVariants.includes(v)) {
      // Judged on CPU time: what the code does; wall-clock outliers on a shared machine are reported beside it.
      const note = lt.max > 50 && cpu.max <= 50 ? '; the longer wall-clock tasks waited for a core' : '';
      goals.push({
        goal: `no main-thread task > 50 ms while indexing: ${label}`,
        value: `most CPU in one task ${fmtMs(cpu.max)} ms in ${cpu.n} runs; longest wall-clock ${fmtMs(lt.max)} ms (${fmtMs(worstGc)} ms of it GC)${note}`,
        verdict: cpu.max <= 50 ? 'met' : 'missed',
      });
    }
  }
}
if (Object.keys(results.memory).length) {
  lines.push('');
  lines.push(
    `**${MEMORY.title}.** JavaScript memory (V8 heap + ArrayBuffer backing stores) after 3 forced GCs, minus the same before loading (fresh browser context per sample); Blink (DOM) heap apart.`,
  );
  lines.push('');
  lines.push('| variant | JS memory, median | of which ArrayBuffers | ratio to `JSON.parse` (95% CI) | Blink heap | n |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const [v, label] of Object.entries(MEMORY.variants)) {
    const st = results.memory[v];
    if (!st) continue;
    const b = summary(st.bytes);
    const r = v === MEMORY.baseline ? undefined : ratio(st.bytes, results.memory[MEMORY.baseline].bytes);
    const emb = summary(st.embedderBytes);
    const ab = summary(st.arrayBufferBytes);
    report.memory[v] = {
      label,
      bytes: b,
      arrayBufferBytes: ab,
      embedderBytes: emb,
      ratio: r,
      indexBytes: st.indexBytes.length ? summary(st.indexBytes).median : undefined,
    };
    const idx = st.indexBytes.length ? ` (the index's own estimate: ${fmtMB(summary(st.indexBytes).median)})` : '';
    lines.push(`| ${label}${idx} | ${fmtMB(b.median)} | ${fmtMB(ab.median)} | ${r ? fmtRatio(r) : 'baseline'} | ${fmtMB(emb.median)} | ${b.n} |`);
    if (MEMORY.goal.variant === v && r) {
      goals.push({ goal: `memory within ${MEMORY.goal.maxRatio}× of the parsed feed`, value: fmtRatio(r), verdict: verdict(r, MEMORY.goal.maxRatio) });
    }
  }
}
if (goals.length) {
  lines.push('');
  lines.push('**Goals** (a ratio or a median is judged on its 95% interval: met when all of it is within the goal, missed when none of it is)');
  lines.push('');
  lines.push('| goal | measured | |');
  lines.push('|---|---|---|');
  for (const g of goals) lines.push(`| ${g.goal} | ${g.value} | ${VERDICTS[g.verdict]} |`);
}
report.goals = goals;
if (checks.markup) {
  lines.push('');
  const kt = checks.keystrokeTotals;
  const avg = (k) => (kt.reduce((t, r) => t + r[k], 0) / kt.length).toFixed(1);
  const med = (k) => summary(kt.map((r) => r[k])).median.toFixed(0);
  lines.push(
    `Checks: the vanilla cards' shadow trees, stylesheets and heights equal \`<mn-offer-card>\`'s for ${checks.markup.checked} offers; ` +
      `feed: ${checks.feed.offers} offers (${checks.feed.open} open), ${(checks.feed.bytes / 1048576).toFixed(1)} MB of JSON. ` +
      `Keystrokes: ${kt.length} queries (typing 5 phrases); median matches ${med('ours')} with the index (word starts) and ${med('naive')} naive (any substring); ` +
      `new cards on page 1 per keystroke, on average: ${avg('oursNew')} ours (relevance order), ${avg('naiveNew')} naive (feed order).`,
  );
}
report.seconds = Math.round((Date.now() - started) / 1000);
lines.push('');
lines.push(`Run took ${report.seconds} s.`);

const table = lines.join('\n');
console.log(table);

for (const [key, list] of Object.entries(profiles)) {
  const { self, total } = summariseProfiles(list);
  console.log(`\nCPU profile of ${key}, ms per run (${list.length} runs; style and layout count as the JS function that forced them):`);
  console.log('  self time:');
  for (const [n, ms] of self) console.log(`  ${ms.toFixed(2).padStart(8)}  ${n}`);
  console.log('  total time (self + callees), self:');
  for (const [n, ms, own] of total) console.log(`  ${ms.toFixed(2).padStart(8)} ${own.toFixed(2).padStart(8)}  ${n}`);
  const file = join(tmpdir(), `mn-bench-${key.replace(':', '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(list[list.length - 1]));
  console.log(`  (last run's profile: ${file}, open it in Chromium's DevTools)`);
}

if (!args['no-write'] && !quick && only === undefined) {
  const out = join(ROOT, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.md'), `# Latest benchmark results\n\n${report.date.slice(0, 10)}, \`npm run bench\`; method: [docs/benchmarks.md](../../docs/benchmarks.md).\n\n${table}\n`);
  const round3 = (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  // Indented, with arrays of numbers (the samples) and flat objects on one line: readable diffs, a small file.
  const json = JSON.stringify(report, round3, 1)
    .replace(/\[\s+([-\d.,\s]+?)\s+\]/g, (_, inner) => `[${inner.trim().split(/,\s*/).join(', ')}]`)
    .replace(/\{\n\s+((?:"[^"\n]+": (?:-?[\d.e+-]+|"[^"\n]*"|null|true|false),?\n\s+)+)\}/g, (_, inner) => `{ ${inner.trim().split(/,\n\s+/).join(', ')} }`);
  writeFileSync(join(out, 'latest.json'), `${json}\n`);
  // The results section of docs/benchmarks.md, between its markers.
  const docs = join(ROOT, 'docs/benchmarks.md');
  const startMark = '<!-- bench:start (written by npm run bench; do not edit) -->';
  const endMark = '<!-- bench:end -->';
  const text = readFileSync(docs, 'utf8');
  const a = text.indexOf(startMark);
  const b = text.indexOf(endMark);
  if (a >= 0 && b > a) {
    writeFileSync(docs, `${text.slice(0, a + startMark.length)}\n\n${report.date.slice(0, 10)}:\n\n${table}\n\n${text.slice(b)}`);
  }
  log('bench: wrote bench/results/latest.md, latest.json and the results of docs/benchmarks.md');
} else if (!args['no-write']) {
  log('bench: partial run (--quick or --only): bench/results/ left as it was');
}
