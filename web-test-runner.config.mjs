// Chromium (Debian's) — the default engine, with coverage.
// Firefox ESR and WebKitGTK configs sit beside this one; `npm test` runs every engine it finds.
import { baseConfig, chromiumBrowser } from './test/support/wtr-base.mjs';

export default {
  ...baseConfig,
  browsers: [chromiumBrowser()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    // The thresholds judge the whole suite: a run of a few files (WTR_FILES) covers little, and is not failed for it.
    ...(process.env.WTR_FILES ? {} : { threshold: { statements: 80, branches: 70, functions: 75, lines: 80 } }),
  },
};
