#!/usr/bin/env node
// Checks line coverage per folder from coverage/lcov.info (written by the Chromium run of `npm test`).
//   node scripts/coverage-check.mjs            src/data/ ≥ 90 %, src/ ≥ 80 %
import { readFileSync } from 'node:fs';

const thresholds = [
  ['src/data/', 90],
  ['src/', 80],
];
let lcov;
try {
  lcov = readFileSync('coverage/lcov.info', 'utf8');
} catch {
  console.error('coverage/lcov.info not found: run `npm test` (its Chromium run collects coverage) first.');
  process.exit(1);
}
const files = [];
for (const record of lcov.split('end_of_record')) {
  const sf = /^SF:(.+)$/m.exec(record)?.[1];
  const lf = Number(/^LF:(\d+)$/m.exec(record)?.[1] ?? 0);
  const lh = Number(/^LH:(\d+)$/m.exec(record)?.[1] ?? 0);
  if (sf) files.push({ file: sf.replace(/^.*?(?=src\/)/, ''), lf, lh });
}
let ok = true;
for (const [prefix, min] of thresholds) {
  const sel = files.filter((f) => f.file.startsWith(prefix));
  const lf = sel.reduce((n, f) => n + f.lf, 0);
  const lh = sel.reduce((n, f) => n + f.lh, 0);
  const pct = lf ? (100 * lh) / lf : 0;
  const pass = pct >= min;
  ok &&= pass;
  console.log(`${prefix.padEnd(12)} lines ${pct.toFixed(1).padStart(5)} %  (${lh}/${lf}, ${sel.length} files)  ${pass ? 'ok' : `below ${min} %`}  ≥ ${min} %`);
}
process.exit(ok ? 0 : 1);
