// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. Headless, no X server.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { baseConfig } from './test/support/wtr-base.mjs';

export default {
  ...baseConfig,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
};
