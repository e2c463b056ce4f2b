// Shared @web/test-runner settings for every engine.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './counting-reporter.mjs';
import { frameworksPlugin } from './frameworks-plugin.mjs';

/**
 * `emulate-forced-colors` ({ active }): Windows high contrast, emulated over CDP where the launcher is Chromium's
 * (`Emulation.setEmulatedMedia`; Puppeteer's own media emulation passes only the colour scheme and reduced
 * motion). Answers whether it took: Firefox (WebDriver BiDi) and WebKit (WebDriver) have no such emulation.
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      try {
        const page = session.browser.getPage?.(session.id);
        if (!page) return false;
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        const value = payload?.active ? 'active' : 'none';
        await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      } catch {
        return false;
      }
    },
  };
}

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'];

export const baseConfig = {
  files,
  nodeResolve: { exportConditions: ['development'] },
  // explicit target: 'auto' would serve untransformed decorators to Firefox.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), frameworksPlugin(), forcedColorsPlugin()],
  rootDir: '.',
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), ...(process.env.WTR_VERBOSE ? [summaryReporter({ flatten: false })] : []), countingReporter()],
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|development build of Vue/.test(String(args[0])),
};

export const chromiumBrowser = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    },
  });
