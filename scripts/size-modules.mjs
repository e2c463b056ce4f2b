#!/usr/bin/env node
// Where the bytes of a built file come from: its minified bytes attributed to source modules through its
// source map, with each module's share compressed alone (gzip -9; the file compresses better as a whole).
//   node scripts/size-modules.mjs [FILE ...]   files under dist/, default mn-widgets.js
//   node scripts/size-modules.mjs --page mn-offer-list   what the loader loads at start for that element
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Paths are the repository's, wherever the script is run from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const DIST = 'dist';
const args = process.argv.slice(2);

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** The source-map v3 `mappings` as [generated line, generated column, source index] triples. */
function* segments(mappings) {
  let line = 0;
  let source = 0;
  for (const lineText of mappings.split(';')) {
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const digit = B64[c];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      yield [line, column, fields.length > 1 ? source : -1];
    }
    line++;
  }
}

/** Source module → the text of `file` generated from it. */
function attribute(file) {
  const code = readFileSync(join(DIST, file), 'utf8');
  const map = JSON.parse(readFileSync(join(DIST, `${file}.map`), 'utf8'));
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const marks = [...segments(map.mappings)].map(([l, c, s]) => [lineStarts[l] + c, s]).sort((a, b) => a[0] - b[0]);
  const texts = new Map();
  marks.forEach(([at, s], i) => {
    const end = i + 1 < marks.length ? marks[i + 1][0] : code.length;
    const name = s < 0 ? '(unmapped)' : map.sources[s].replace(/^.*node_modules\//, '').replace(/^.*?\bsrc\//, 'src/');
    texts.set(name, (texts.get(name) ?? '') + code.slice(at, end));
  });
  const first = marks[0]?.[0] ?? code.length;
  if (first > 0) texts.set('(unmapped)', (texts.get('(unmapped)') ?? '') + code.slice(0, first));
  return texts;
}

let files = args.filter((a) => !a.startsWith('--'));
const page = args.indexOf('--page');
if (page !== -1) {
  const { files: graph } = JSON.parse(readFileSync(join(DIST, 'bundle-graph.json'), 'utf8'));
  const tag = args[page + 1];
  const chunk = graph['mn-loader.js'].dynamicImports.find((f) => graph[f].elements?.includes(tag));
  if (!chunk) throw new Error(`no chunk of the loader registers <${tag}>`);
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    graph[f].imports.forEach(visit);
  };
  visit(chunk);
  files = [...seen];
}
if (files.length === 0) files = ['mn-widgets.js'];

const totals = new Map();
for (const file of files) for (const [name, text] of attribute(file)) totals.set(name, (totals.get(name) ?? '') + text);
const rows = [...totals].map(([name, text]) => ({ name, min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length }));
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
console.log(`${files.join(' + ')}\n`);
console.log(`${'module'.padEnd(58)} ${'min'.padStart(9)} ${'gzip alone'.padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(58)} ${kb(r.min)} ${kb(r.gzip).padStart(10)}`);
const sum = rows.reduce((t, r) => ({ min: t.min + r.min, gzip: t.gzip + r.gzip }), { min: 0, gzip: 0 });
const whole = files.reduce((t, f) => t + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
console.log(`${'sum'.padEnd(58)} ${kb(sum.min)} ${kb(sum.gzip).padStart(10)}   (the files themselves, gzip: ${kb(whole).trim()})`);
