// Prints one plain line at the end of a run — "N passed, N failed, N skipped" — per
// browser and in total, so CI logs are readable without the progress view.
function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

import { writeFileSync } from 'node:fs';

export function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = new Map();
      let fileErrors = 0;
      for (const session of sessions) {
        const name = process.env.TESSERA_BROWSER ?? session.browser.name;
        const totals = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) fileErrors++;
        perBrowser.set(name, totals);
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      for (const [name, t] of perBrowser) {
        console.log(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
        all.passed += t.passed;
        all.failed += t.failed;
        all.skipped += t.skipped;
      }
      if (fileErrors) console.log(`${fileErrors} test file(s) failed to load or threw outside a test`);
      console.log(`${all.passed} passed, ${all.failed + fileErrors} failed, ${all.skipped} skipped`);
      if (process.env.TESSERA_SUMMARY_FILE) {
        writeFileSync(process.env.TESSERA_SUMMARY_FILE, JSON.stringify({ ...all, failed: all.failed + fileErrors }));
      }
    },
  };
}
