#!/usr/bin/env node
// Subresource Integrity of the script-tag files: writes dist/sri.json, `{ "mn-widgets.js": "sha384-…", … }`,
// one entry per .js file the rollup builds wrote (listed in dist/bundle-graph.json). `npm run build` runs it.
//
//   node scripts/sri.mjs                          write dist/sri.json
//   node scripts/sri.mjs --importmap BASE_URL     also print an import map that gives every file its integrity,
//                                                 for BASE_URL = where dist/ is served (`/dist/`, `https://cdn…/dist/`),
//                                                 and the CSP source that allows that inline import map
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths are the repository's, wherever the script is run from.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const DIST = 'dist';
const GRAPH = join(DIST, 'bundle-graph.json');

if (!existsSync(GRAPH)) {
  console.error(`${GRAPH} not found: run \`npm run build\` first.`);
  process.exit(1);
}
const { files } = JSON.parse(readFileSync(GRAPH, 'utf8'));
const digest = (algorithm, data) => createHash(algorithm).update(data).digest('base64');

const sri = {};
for (const file of Object.keys(files).sort()) sri[file] = `sha384-${digest('sha384', readFileSync(join(DIST, file)))}`;
writeFileSync(join(DIST, 'sri.json'), `${JSON.stringify(sri, null, 2)}\n`);

const i = process.argv.indexOf('--importmap');
if (i !== -1) {
  const base = process.argv[i + 1];
  if (!base) {
    console.error('usage: node scripts/sri.mjs --importmap BASE_URL   (e.g. /dist/)');
    process.exit(2);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const map = { integrity: Object.fromEntries(Object.entries(sri).map(([file, hash]) => [prefix + file, hash])) };
  const text = JSON.stringify(map, null, 2);
  console.log(`<script type="importmap">\n${text}\n</script>`);
  // The scripts' own source: the page's origin for a path, the CDN's origin for an absolute URL.
  let source = "'self'";
  try {
    source = new URL(prefix).origin;
  } catch {
    // a path such as /dist/: the page's own origin
  }
  console.log(`\nCSP: script-src ${source} 'sha256-${digest('sha256', `\n${text}\n`)}'   (the import map is inline)`);
}
