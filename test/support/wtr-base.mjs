// Shared @web/test-runner settings for every engine.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './counting-reporter.mjs';
import { frameworksPlugin } from './frameworks-plugin.mjs';

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts'];

export const baseConfig = {
  files,
  nodeResolve: { exportConditions: ['development'] },
  // explicit target: 'auto' would serve untransformed decorators to Firefox.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), frameworksPlugin()],
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
