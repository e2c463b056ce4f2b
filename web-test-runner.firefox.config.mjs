// Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. Headless, no X server.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { baseConfig } from './test/support/wtr-base.mjs';

/**
 * The test runner sets every page's viewport; puppeteer-core also sets the screen orientation then, a WebDriver BiDi
 * command that Firefox ESR 140 does not know ("unknown command"). The viewport itself is set: the page goes on.
 */
function tolerantViewport(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command/.test(String(error?.message))) throw error;
    }
  };
  return page;
}

export default {
  ...baseConfig,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer,
      createPage: async ({ browser }) => tolerantViewport(await browser.newPage()),
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
};
