#!/usr/bin/env node
// Prints the size of every script-tag file (minified, gzip -9, brotli 11), then what a page downloads in all
// (a file plus every chunk it imports statically, transitively, from dist/bundle-graph.json), checks the budgets
// and writes dist/size-report.json.
//   node scripts/size.mjs [--enforce] [--quiet] [--json OUT]
//   --enforce  exit 1 when a file or page is above its limit (its goal, or while the goal is not met, today's size)
//   --quiet    print nothing (the build writes the report this way)
//   --json     also write the per-file rows to OUT
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Paths are the repository's, wherever the script is run from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const DIST = 'dist';
/**
 * Sizes, gzip, that CI holds the files still above their goal to: lower them as the goal gets nearer. Raised from 70
 * and 33 KB for "Réessayer" on code that failed to download (the list's inline detail, the detail's form, DOMPurify):
 * +0.4 KB on the bundle, +0.3 KB on the list page; the list page's then to 33.3 KB, when the three elements' saved-copy
 * notices became one (−52 B on the bundle, +18 B on the list page, gzip); then to 70.7 and 33.35 KB for an application
 * that outlives the offer's deadline, a new copy of its offer and a client that throws, and goes over https only
 * (+198 B on the bundle; +44 B on the list page: the time an offer is judged at, shared by the detail and the form,
 * goes to the shared chunk). The goals stay 25 and 16 KB.
 */
const LIMITS = { bundle: 70.7 * 1024, listPage: 33.35 * 1024 };
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const log = quiet ? () => {} : console.log;

if (!existsSync(join(DIST, 'bundle-graph.json'))) {
  console.error('dist/bundle-graph.json not found: run `npm run build` first.');
  process.exit(1);
}
const { files } = JSON.parse(readFileSync(join(DIST, 'bundle-graph.json'), 'utf8'));

const measure = (file) => {
  const buf = readFileSync(join(DIST, file));
  return {
    file,
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const rows = Object.keys(files).sort().map(measure);
const byFile = new Map(rows.map((r) => [r.file, r]));

/** The files a page loads with `start`: itself and its static imports, transitively. */
const closure = (start) => {
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const i of files[f].imports) visit(i);
  };
  for (const f of start) visit(f);
  return seen;
};
/**
 * The files loaded later, on demand (dynamic imports), beyond `loaded`, transitively: what the page's elements
 * may import (the application form, the sanitiser). The loader's own imports count only on a page with no
 * element (`withLoader`): elsewhere they are the other elements, which the page does not show.
 */
const onDemand = (loaded, withLoader = false) => {
  const later = new Set();
  const visit = (f) => {
    for (const d of f === 'mn-loader.js' && !withLoader ? [] : files[f].dynamicImports) {
      for (const x of closure([d])) {
        if (loaded.has(x) || later.has(x)) continue;
        later.add(x);
        visit(x);
      }
    }
  };
  for (const f of loaded) visit(f);
  return later;
};
const total = (set) =>
  [...set].reduce((t, f) => ({ min: t.min + byFile.get(f).min, gzip: t.gzip + byFile.get(f).gzip, brotli: t.brotli + byFile.get(f).brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });

// The loader's chunk for each element: the file of its dynamic imports that registers the tag.
const loaderChunk = (tag) => files['mn-loader.js']?.dynamicImports.find((f) => files[f].elements?.includes(tag));
const TAGS = ['mn-offer-list', 'mn-offer-card', 'mn-offer-detail', 'mn-application-form', 'mn-trade-explorer'];

const page = (name, start, withLoader) => {
  const loaded = closure(start);
  const later = onDemand(loaded, withLoader);
  return { page: name, files: [...loaded], ...total(loaded), later: { files: [...later], ...total(later) } };
};
const BUNDLE_PAGE = 'mn-widgets.js (every element)';
const LIST_PAGE = 'mn-loader.js + <mn-offer-list> only';
const pages = [];
if (files['mn-widgets.js']) pages.push(page(BUNDLE_PAGE, ['mn-widgets.js']));
if (files['mn-loader.js']) {
  pages.push(page('mn-loader.js, no element on the page', ['mn-loader.js'], true));
  for (const tag of TAGS) {
    const chunk = loaderChunk(tag);
    if (chunk) pages.push(page(`mn-loader.js + <${tag}> only`, ['mn-loader.js', chunk]));
  }
  const all = TAGS.map(loaderChunk).filter(Boolean);
  pages.push(page('mn-loader.js + every element', ['mn-loader.js', ...all]));
}

/**
 * Budgets in bytes, gzip -9: of a file alone, or of what a page loads at start, in all. `goal` is the target
 * the project has set itself; where it is not met yet, `limit` is the size CI holds it to meanwhile (today's
 * size and a little margin), so that nothing grows while the work goes on. `--enforce` fails above
 * `limit ?? goal`.
 */
const KB = 1024;
const budgets = [
  // With every chunk it imports at start: were the bundle a facade of a chunk, the file alone would pass.
  { what: 'mn-widgets.js', kind: 'page', goal: 25 * KB, limit: LIMITS.bundle, actual: pages.find((p) => p.page === BUNDLE_PAGE)?.gzip },
  { what: 'mn-loader.js', kind: 'file', goal: 1.5 * KB, actual: byFile.get('mn-loader.js')?.gzip },
  { what: LIST_PAGE, kind: 'page', goal: 16 * KB, limit: LIMITS.listPage, actual: pages.find((p) => p.page === LIST_PAGE)?.gzip },
].map((b) => ({ ...b, ok: b.actual !== undefined && b.actual <= b.goal, withinLimit: b.actual !== undefined && b.actual <= (b.limit ?? b.goal) }));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
const verdict = (name) => {
  const b = budgets.find((x) => x.what === name);
  if (!b) return '';
  if (b.ok) return `≤ ${kb(b.goal).trim()} ok`;
  return `> ${kb(b.goal).trim()} goal${b.limit ? `, ${b.withinLimit ? '≤' : '>'} ${kb(b.limit).trim()} limit` : ''}`;
};
log(`${'file'.padEnd(46)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  goal / limit (gzip)`);
for (const r of rows) log(`${r.file.padEnd(46)} ${kb(r.min)} ${kb(r.gzip)} ${kb(r.brotli)}  ${verdict(r.file)}`);
log(`\n${'a page with…  (script loaded at start, in all)'.padEnd(46)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}  goal / limit (gzip) | later, on demand (gzip)`);
for (const p of pages) {
  const later = p.later.files.length ? `${kb(p.later.gzip).trim()} (${p.later.files.map((f) => f.replace(/^chunks\/|-[\w-]{8}\.js$/g, '')).join(', ')})` : '';
  log(`${p.page.padEnd(46)} ${kb(p.min)} ${kb(p.gzip)} ${kb(p.brotli)}  ${verdict(p.page).padEnd(15)} | ${later}`);
}

writeFileSync(join(DIST, 'size-report.json'), `${JSON.stringify({ files: rows, pages, budgets }, null, 2)}\n`);
const i = args.indexOf('--json');
if (i !== -1) writeFileSync(args[i + 1], JSON.stringify(rows, null, 2));

const missed = budgets.filter((b) => !b.ok);
if (missed.length) log(`\nAbove their goal: ${missed.map((b) => `${b.what} (${kb(b.actual).trim()} for ${kb(b.goal).trim()})`).join(', ')}.`);
const over = budgets.filter((b) => !b.withinLimit);
if (over.length) {
  log(`Over the limit: ${over.map((b) => `${b.what} (${kb(b.actual).trim()} > ${kb(b.limit ?? b.goal).trim()})`).join(', ')}${args.includes('--enforce') ? '' : ' (not enforced: run with --enforce to fail)'}`);
}
process.exit(over.length && args.includes('--enforce') ? 1 : 0);
