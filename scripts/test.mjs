#!/usr/bin/env node
// `npm test`: runs the whole browser test suite in every engine found on this machine
// (Chromium, Firefox, WebKit), then prints `tests: N passed, N failed` from the real results.
//
//   npm test                      every engine found; fails when none is found
//   npm test -- --require-all     fail when any of the three is missing (CI)
//   npm test -- --only chromium   one engine (chromium | firefox | webkit), may repeat
//   npm test -- --no-install      never install missing browsers
//
// On Debian, as root, missing browsers are installed with apt-get (Debian's packages:
// chromium, firefox-esr, webkit2gtk-driver + xvfb). Elsewhere it says how to install them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const requireAll = args.includes('--require-all');
const noInstall = args.includes('--no-install') || process.env.MN_NO_BROWSER_INSTALL === '1';
const only = args.flatMap((a, i) => (a === '--only' ? [args[i + 1]] : []));

const which = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();

const engines = [
  {
    name: 'chromium',
    label: 'Chromium',
    find: () => process.env.CHROME_PATH || which('chromium') || which('chromium-browser'),
    apt: ['chromium'],
    config: 'web-test-runner.config.mjs',
    extraArgs: ['--coverage'],
  },
  {
    name: 'firefox',
    label: 'Firefox',
    find: () => process.env.FIREFOX_PATH || which('firefox-esr') || which('firefox'),
    apt: ['firefox-esr'],
    config: 'web-test-runner.firefox.config.mjs',
    env: (path) => ({ FIREFOX_PATH: path }),
  },
  {
    name: 'webkit',
    label: 'WebKit (WebKitGTK)',
    find: () => (which('WebKitWebDriver') && which('xvfb-run') ? which('WebKitWebDriver') : ''),
    apt: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    config: 'web-test-runner.webkit.config.mjs',
    wrap: ['xvfb-run', '-a'],
  },
].filter((e) => only.length === 0 || only.includes(e.name));

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/etc/debian_version') && which('apt-get');

let missing = engines.filter((e) => !e.find());
if (missing.length > 0 && canApt && !noInstall) {
  const pkgs = missing.flatMap((e) => e.apt);
  console.log(`Installing Debian packages for the missing engines: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  missing = engines.filter((e) => !e.find());
}
for (const e of missing) {
  console.log(
    `! ${e.label} not found: its tests are not run. Install it with: sudo apt-get install ${e.apt.join(' ')}` +
      ' (Debian/Ubuntu package names).',
  );
}
const found = engines.filter((e) => !missing.includes(e));
if (found.length === 0) {
  console.error('No browser engine found: nothing can be tested. See the messages above.');
  process.exit(1);
}
if (requireAll && missing.length > 0) {
  console.error(`--require-all: ${missing.map((e) => e.label).join(', ')} missing.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'mn-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
let ok = true;
for (const e of found) {
  console.log(`\n=== ${e.label} ===`);
  const countsFile = join(dir, `${e.name}.json`);
  const cmd = [...(e.wrap ?? []), 'node_modules/.bin/web-test-runner', '--config', e.config, ...(e.extraArgs ?? [])];
  const res = spawnSync(cmd[0], cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...(e.env?.(e.find()) ?? {}), WTR_COUNTS_FILE: countsFile },
  });
  let counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    counts.failed = 1; // the runner died before reporting: count it as a failure
  }
  // a test file that could not even load reports no tests: count each as one failure
  const failed = counts.failed + (counts.fileErrors ?? 0);
  if (res.status !== 0 || failed > 0) ok = false;
  if (res.status !== 0 && failed === 0) totals.failed += 1; // e.g. coverage threshold missed
  totals.passed += counts.passed;
  totals.failed += failed;
  totals.skipped += counts.skipped;
  rows.push(`${e.label.padEnd(20)} ${String(counts.passed).padStart(5)} passed ${String(failed).padStart(4)} failed  exit ${res.status}`);
}

console.log('\nEngines:');
for (const r of rows) console.log(`  ${r}`);
for (const e of missing) console.log(`  ${e.label.padEnd(20)} not run (not installed)`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
