#!/usr/bin/env node
// `npm start`: builds the bundle (`npm run build`), then serves the demo on http://127.0.0.1:8000/.
//
//   npm start                      build, then serve
//   npm start -- --no-build        serve what is in dist/ now
//   npm start -- --port 8080       or PORT=8080 npm start
//   npm start -- --quiet           no line per request
//   npm start -- --trusted-types   the pages' CSP also requires Trusted Types
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const args = process.argv.slice(2);
const { CSP, CSP_TRUSTED_TYPES, DEFAULT_HOST, banner, portFromArgs, startDemoServer, stopOnSignals } = await import(
  '../demo/server/index.mjs'
);

let port;
try {
  port = portFromArgs(args);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

if (!args.includes('--no-build')) {
  console.log('Building (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(
      `\n  The build failed (exit ${build.status ?? build.signal}).` +
        (existsSync('dist/mn-widgets.js') ? ' To serve the previous build in dist/, run: npm start -- --no-build' : '') +
        '\n',
    );
    process.exit(build.status || 1);
  }
}
if (!existsSync('dist/mn-widgets.js')) {
  console.warn('\n  Warning: dist/mn-widgets.js does not exist: the page will show no element. Run npm run build.\n');
}
if (!existsSync('demo/feed/v1/offers.json')) {
  console.warn('\n  Warning: demo/feed/v1/offers.json does not exist: run npm run feed:sample to generate the sample feed.\n');
}

try {
  const hostIndex = args.indexOf('--host');
  const { server, url } = await startDemoServer({
    port,
    host: hostIndex === -1 ? DEFAULT_HOST : args[hostIndex + 1],
    log: args.includes('--quiet') ? false : undefined,
    csp: args.includes('--trusted-types') ? CSP_TRUSTED_TYPES : CSP,
  });
  console.log(banner(url));
  stopOnSignals(server);
} catch (error) {
  console.error(`\n  ${error.message}\n`);
  process.exit(1);
}
