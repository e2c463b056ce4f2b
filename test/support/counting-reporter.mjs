// Writes the real pass/fail counts of a run to $WTR_COUNTS_FILE (JSON), so that
// scripts/test.mjs and CI can print `tests: N passed, N failed` from actual results.
import { writeFileSync } from 'node:fs';

function walk(suite, counts) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped += 1;
    else if (t.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const s of suite.suites ?? []) walk(s, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors += 1;
      }
      if (process.env.WTR_COUNTS_FILE) writeFileSync(process.env.WTR_COUNTS_FILE, JSON.stringify(counts));
    },
  };
}
