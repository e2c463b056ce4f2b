#!/usr/bin/env node
// Screenshots a page in Debian's headless Chromium.
//   node scripts/screenshot.mjs URL OUT.png [--width 1280] [--height 800] [--dark] [--full] [--wait-for SELECTOR] [--zoom 2]
// --dark emulates prefers-color-scheme: dark (pages that declare `color-scheme: light dark` follow it).
import puppeteer from 'puppeteer-core';

const [url, out, ...rest] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: screenshot.mjs URL OUT.png [--width N] [--height N] [--dark] [--full] [--wait-for SEL] [--zoom N]');
  process.exit(2);
}
const opt = (name, def) => {
  const i = rest.indexOf(`--${name}`);
  return i === -1 ? def : rest[i + 1];
};
const width = Number(opt('width', 1280));
const height = Number(opt('height', 800));
const zoom = Number(opt('zoom', 1));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  if (rest.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 30000 });
  // eslint-disable-next-line no-undef -- runs in the page
  if (zoom !== 1) await page.evaluate((z) => (document.documentElement.style.fontSize = `${z * 100}%`), zoom);
  const sel = opt('wait-for', null);
  if (sel) await page.waitForSelector(sel, { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 300)); // let fonts and transitions settle before the picture
  await page.screenshot({ path: out, fullPage: rest.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
