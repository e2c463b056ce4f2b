#!/usr/bin/env node
// Prints the size of every script-tag file (minified, gzip -9, brotli) and checks the budgets.
//   node scripts/size.mjs [--json OUT]
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Budgets in bytes, gzip -9. */
const budgets = {
  'dist/mn-widgets.js': 25 * 1024,
  'dist/mn-loader.js': 1.5 * 1024,
};

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.js$/.test(name)) files.push(p);
  }
};
if (!existsSync('dist/mn-widgets.js')) {
  console.error('dist/mn-widgets.js not found: run `npm run build` first.');
  process.exit(1);
}
walk('dist');
const bundleFiles = files.filter((f) => /^dist\/(mn-[^/]+\.js|chunks\/)/.test(relative('.', f)));
const rows = bundleFiles.map((f) => {
  const buf = readFileSync(f);
  return {
    file: relative('.', f),
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
console.log(`${'file'.padEnd(44)} ${'min'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}  budget (gzip)`);
let over = 0;
for (const r of rows.sort((a, b) => a.file.localeCompare(b.file))) {
  const budget = budgets[r.file];
  const verdict = budget === undefined ? '' : r.gzip <= budget ? `≤ ${kb(budget).trim()} ok` : `> ${kb(budget).trim()} OVER`;
  if (budget !== undefined && r.gzip > budget) over += 1;
  console.log(`${r.file.padEnd(44)} ${kb(r.min)} ${kb(r.gzip)} ${kb(r.brotli)}  ${verdict}`);
}
const i = process.argv.indexOf('--json');
if (i !== -1) writeFileSync(process.argv[i + 1], JSON.stringify(rows, null, 2));
// Budgets fail the run only with --enforce (CI turns it on once the budgets are met).
process.exit(over && process.argv.includes('--enforce') ? 1 : 0);
