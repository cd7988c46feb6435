// Prints one plain line at the end of a run — "N passed, N failed, N skipped" — so CI logs
// are readable without the progress view. With TESSERA_RESULTS_FILE set, it also appends
// one JSON line per test file as soon as the file is done, so the test script knows which
// files finished even if the runner dies:
//   { file, status: 'passed' | 'failed' | 'not run', passed, failed, skipped, seconds, failures, errors, lost, slowest }
// and, if the runner itself crashes, { crash, files } naming the files it was running.
import { appendFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { lostSessions } from './wtr-browsers.mjs';
import { root } from './workspace.mjs';

const resultsFile = process.env.TESSERA_RESULTS_FILE;
// With TESSERA_TEST_TIMES set to a file, every test's duration is appended to it, one JSON
// line each ({ engine, file, test, ms }): what to look at when the suite grows too slow.
const timesFile = process.env.TESSERA_TEST_TIMES;
const engine = process.env.TESSERA_BROWSER ?? 'chromium';
const record = (entry) => resultsFile && appendFileSync(resultsFile, `${JSON.stringify(entry)}\n`);
const firstLine = (text = '') => String(text).split('\n')[0];
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

function countTests(suite, counts, names = []) {
  for (const test of suite?.tests ?? []) {
    if (test.duration > (counts.slowest?.ms ?? 0)) counts.slowest = { test: [...names, test.name].join(' > '), ms: test.duration };
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      counts.failures.push({ test: [...names, test.name].join(' > '), message: firstLine(test.error?.message) });
    }
  }
  for (const child of suite?.suites ?? []) countTests(child, counts, [...names, child.name]);
  return counts;
}

function writeTimes(suite, file, names = []) {
  for (const test of suite?.tests ?? []) {
    appendFileSync(timesFile, `${JSON.stringify({ engine, file, test: [...names, test.name].join(' > '), ms: test.duration ?? 0 })}\n`);
  }
  for (const child of suite?.suites ?? []) writeTimes(child, file, [...names, child.name]);
}

/** A file's outcome. A file with a failed test has failed, whatever happened to its browser. */
export function fileResult(session) {
  const counts = countTests(session.testResults, { passed: 0, failed: 0, skipped: 0, failures: [] });
  const errors = (session.errors ?? []).map((e) => firstLine(e.message));
  const lost = lostSessions.get(session.id);
  const status = counts.failed > 0 ? 'failed' : lost ? 'not run' : session.passed ? 'passed' : 'failed';
  return { file: relative(session.testFile), status, ...counts, errors, ...(lost && { lost }) };
}

export function plainSummaryReporter() {
  let sessions;
  let last = Date.now();
  // The runner reports its own crash through a buffered console that is never flushed when
  // it exits, so a crash left no trace. Write it out here, synchronously, with the files.
  process.on('uncaughtExceptionMonitor', (error, origin) => {
    const running = sessions ? [...sessions.filtered((s) => ['INITIALIZING', 'TEST_STARTED', 'TEST_FINISHED'].includes(s.status))] : [];
    const files = running.map((s) => relative(s.testFile));
    const detail = `${error?.stack ?? error}${error?.opts?.body ? `\n  request: ${error.opts.body}` : ''}`;
    writeSync(1, `\n[${engine}] web-test-runner crashed (${origin}) while running ${files.join(', ') || 'no test file'}:\n${detail}\n`);
    record({ crash: firstLine(error?.message ?? error), files });
  });

  return {
    start(args) {
      sessions = args.sessions;
      last = Date.now();
    },
    reportTestFileResults({ sessionsForTestFile }) {
      const now = Date.now();
      for (const session of sessionsForTestFile) {
        record({ ...fileResult(session), seconds: (now - last) / 1000 });
        if (timesFile) writeTimes(session.testResults, relative(session.testFile));
      }
      last = now;
    },
    onTestRunFinished({ sessions: all }) {
      const total = { passed: 0, failed: 0, skipped: 0, notRun: 0 };
      for (const session of all) {
        const result = fileResult(session);
        total.passed += result.passed;
        total.skipped += result.skipped;
        if (result.status === 'not run') total.notRun++;
        // A file that failed without a failed test (it did not load, or threw outside a test) counts once.
        else if (result.status === 'failed') total.failed += Math.max(result.failed, 1);
      }
      const notRun = total.notRun ? ` (${total.notRun} test file(s) did not run)` : '';
      console.log(`${engine}: ${total.passed} passed, ${total.failed + total.notRun} failed, ${total.skipped} skipped${notRun}`);
    },
  };
}
