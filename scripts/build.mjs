#!/usr/bin/env node
// `npm run build`: the npm output (unbundled ESM + .d.ts, by tsc), the script-tag files (rollup: mn-widgets.js,
// mn-loader.js and their chunks), their integrity hashes (dist/sri.json), their size report
// (dist/size-report.json; `node scripts/size.mjs` prints it) and the custom-elements manifest.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => {
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
};
rmSync('dist', { recursive: true, force: true });
run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
run('node_modules/.bin/rollup', ['-c', 'rollup.config.mjs', '--silent']);
run(process.execPath, ['scripts/sri.mjs']);
run(process.execPath, ['scripts/size.mjs', '--quiet']);
run('node_modules/.bin/custom-elements-manifest', ['analyze', '--quiet']);
