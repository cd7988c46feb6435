// Runs the browser tests in every engine found on this machine: Chromium (required; every
// file, with coverage), Firefox and WebKit (when installed; component tests only, see
// scripts/wtr-files.mjs). `--engine=firefox` (or TESSERA_ENGINES=firefox,webkit) runs a
// subset; TESSERA_TEST_FILES=a.test.ts,b.test.ts runs those files in each engine.
//
// Each engine is one web-test-runner process showing one page at a time: a page in a
// background tab gets no animation frames (Chromium) and no Enter-to-click (Firefox),
// WebKitGTK's driver loses track of frames with two pages, and pages side by side share one
// msw service worker. Each engine's files are split into shards (TESSERA_SHARDS, default 2),
// each shard its own runner, browser and server, so none of that is shared; shards run side
// by side (TESSERA_PARALLEL_ENGINES runners at a time, default 2), slower engines first, so the two
// cores stay busy to the end instead of one engine running alone. Chromium's shards merge
// their coverage.
//
// A file whose browser died before it finished (or whose runner crashed) did not run: those
// files run once more in a fresh browser (and a fresh WebKitWebDriver). Results of that retry
// only fill in files that did not run; a file with a failed test is never run again. Files
// that still did not run count as failures. Each engine's output, its browser's output and
// the WebKit driver's log are kept in a log folder named at the start and in the summary.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { findChromium, findFirefox, findWebKit } from './browsers.mjs';
import { freePort, logTail, startWebKitDriver } from './webkit-driver.mjs';
import { UNIT_TESTS_PAGE, testFilesFor } from './wtr-files.mjs';
import { root } from './workspace.mjs';

const wtr = path.join(root, 'node_modules/.bin/web-test-runner');
const engineArg = process.argv.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
const wanted = (engineArg ?? process.env.TESSERA_ENGINES ?? 'chromium,firefox,webkit').split(',');
const extraArgs = process.argv.slice(2).filter((a) => !a.startsWith('--engine='));
const available = { chromium: !!findChromium(), firefox: !!findFirefox(), webkit: !!findWebKit() };
const parallel = Math.max(1, Number(process.env.TESSERA_PARALLEL_ENGINES ?? 2));
const shardCount = Math.max(1, Number(process.env.TESSERA_SHARDS ?? 2));
const onlyFiles = process.env.TESSERA_TEST_FILES?.split(',');
// A runner that finishes no file for this long is stuck (one file may take 10 minutes,
// testsFinishTimeout in web-test-runner.config.mjs): it is stopped, and its files did not run.
const stallSeconds = Number(process.env.TESSERA_STALL_SECONDS ?? 660);

if (wanted.includes('chromium') && !available.chromium) {
  console.error('Chromium is required for the tests and was not found. Install it (apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

const logDir = mkdtempSync(path.join(os.tmpdir(), 'tessera-browsers-'));
const children = new Set();
const drivers = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all([...drivers].map((d) => d.stop()));
    process.exit(130);
  });
}

const say = (engine, text) => console.log(String(text).split('\n').map((line) => `[${engine}] ${line}`).join('\n'));
// Rounded to the second first, so 659.6 s reads 11m 00s, not 10m 60s.
const minutes = (s) => (s >= 59.5 ? `${Math.floor(Math.round(s) / 60)}m ${String(Math.round(s) % 60).padStart(2, '0')}s` : `${s.toFixed(1)} s`);
// The runner redraws a progress view with cursor movements; keep the text and colours only.
const cursorMoves = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-HJKSTfhlsu]`, 'g');
const plain = (line) => line.replace(cursorMoves, '').trimEnd();

function readRecords(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** One web-test-runner process for `files`; resolves to its exit status and its records. */
async function runOnce(engine, label, files, attempt) {
  const name = attempt === 1 ? label : `${label}-retry`;
  const run = { log: path.join(logDir, `${name}.log`), records: [], status: undefined };
  const env = {
    ...process.env,
    TESSERA_BROWSER: engine,
    TESSERA_TEST_FILES: files.join(','),
    TESSERA_RESULTS_FILE: path.join(logDir, `${name}.jsonl`),
    TESSERA_TEST_CONCURRENCY: process.env.TESSERA_TEST_CONCURRENCY ?? '1',
  };
  let driver;
  if (engine === 'webkit') {
    run.driverLog = path.join(logDir, `${name}-driver.log`);
    try {
      driver = await startWebKitDriver(run.driverLog);
    } catch (error) {
      run.startError = error.message;
      return run;
    }
    drivers.add(driver);
    env.WEBKIT_DRIVER_PORT = String(driver.port);
  }
  if (engine === 'chromium') {
    run.coverage = path.join(logDir, `coverage-${name}`);
    rmSync(run.coverage, { recursive: true, force: true });
    env.TESSERA_COVERAGE_DIR = run.coverage;
  }
  // Each runner gets its own port: web-test-runner's default search from 8000 races when
  // two runners start at once (EADDRINUSE) or another server already holds the port.
  const port = String(await freePort());
  const args = [...(run.coverage ? ['--coverage'] : []), '--port', port, ...extraArgs];
  const child = spawn(wtr, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const log = createWriteStream(run.log);
  // The runner's output is shown and logged; the browser's own output (stderr) is only logged.
  createInterface({ input: child.stdout }).on('line', (line) => {
    log.write(`${line}\n`);
    if (plain(line)) say(label, plain(line));
  });
  child.stderr.pipe(log, { end: false });
  let size = 0;
  let progressAt = Date.now();
  const watchdog = setInterval(() => {
    const now = existsSync(env.TESSERA_RESULTS_FILE) ? statSync(env.TESSERA_RESULTS_FILE).size : 0;
    if (now !== size) [size, progressAt] = [now, Date.now()];
    else if (Date.now() - progressAt > stallSeconds * 1000 && !run.stalled) {
      run.stalled = true;
      child.kill('SIGTERM');
    }
  }, 5000);
  run.status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
  clearInterval(watchdog);
  children.delete(child);
  log.end();
  if (driver) {
    await driver.stop();
    drivers.delete(driver);
  }
  run.records = readRecords(env.TESSERA_RESULTS_FILE);
  return run;
}

/**
 * Coverage of Chromium's shards and retried runs, added up: a line counts as covered when
 * any run covered it. Only line data is kept, which is what scripts/coverage.mjs reads.
 */
function mergeLcov(files, out) {
  const sources = new Map();
  mkdirSync(path.dirname(out), { recursive: true });
  for (const file of files.filter((f) => existsSync(f))) {
    let lines;
    for (const row of readFileSync(file, 'utf8').split('\n')) {
      if (row.startsWith('SF:')) sources.set(row.slice(3), (lines = sources.get(row.slice(3)) ?? new Map()));
      else if (row.startsWith('DA:') && lines) {
        const [line, hits] = row.slice(3).split(',').map(Number);
        lines.set(line, (lines.get(line) ?? 0) + hits);
      }
    }
  }
  const records = [...sources].map(([source, lines]) => {
    const hit = [...lines.values()].filter((hits) => hits > 0).length;
    return ['TN:', `SF:${source}`, ...[...lines].map(([line, hits]) => `DA:${line},${hits}`), `LF:${lines.size}`, `LH:${hit}`, 'end_of_record'].join('\n');
  });
  writeFileSync(out, `${records.join('\n')}\n`);
}

const finished = (record) => record?.status === 'passed' || record?.status === 'failed';

/**
 * Says what went wrong in a run, if anything, with the files it concerns and the last lines
 * of the logs. Returns true when the runner failed although every file passed.
 */
function explain(engine, run, files) {
  const reported = new Map(run.records.filter((r) => r.file).map((r) => [r.file, r]));
  const problems = [];
  if (run.startError) problems.push(`could not start the browser's driver: ${run.startError}`);
  if (run.stalled) problems.push(`no test file finished for ${stallSeconds} s, so the runner was stopped`);
  for (const crash of run.records.filter((r) => r.crash)) {
    problems.push(`web-test-runner crashed while running ${crash.files.join(', ') || 'no test file'}: ${crash.crash}`);
  }
  const lost = [...reported.values()].find((r) => r.status === 'not run');
  if (lost) {
    problems.push(`the browser was lost in ${lost.file}: ${lost.lost}`);
    for (const error of lost.errors.filter((e) => !e.startsWith('Not run:'))) problems.push(`  ${lost.file}: ${error}`);
  }
  const missing = files.filter((f) => !reported.has(f));
  if (missing.length && !run.startError) {
    problems.push(`web-test-runner exited with status ${run.status} before reporting ${missing.length} test file(s), from ${missing[0]}`);
  }
  const unexplained = run.status !== 0 && !problems.length && [...reported.values()].every((r) => r.status === 'passed');
  if (unexplained) problems.push(`web-test-runner exited with status ${run.status} although every file passed`);
  if (!problems.length) return false;
  for (const problem of problems) say(engine, `PROBLEM: ${problem}`);
  say(engine, `last lines of the runner's log (${run.log}), with the browser's output:\n${logTail(run.log, 15)}`);
  if (run.driverLog) say(engine, `last lines of WebKitWebDriver's log (${run.driverLog}):\n${logTail(run.driverLog, 15)}`);
  return unexplained;
}

/** One shard of an engine's files: a runner, and once more for files that did not finish. */
async function runShard({ engine, label, files }) {
  const started = Date.now();
  say(label, `${files.length} test files; logs in ${logDir}`);
  const results = new Map();
  const first = await runOnce(engine, label, files, 1);
  const coverage = [first.coverage];
  for (const record of first.records) if (record.file) results.set(record.file, record);
  let unexplained = explain(label, first, files);
  let notRun = files.filter((f) => !finished(results.get(f)));
  const retried = notRun.length;
  if (retried) {
    say(label, `RETRY: ${retried} test file(s) did not finish; running them once more in a fresh browser session: ${notRun.join(', ')}`);
    const second = await runOnce(engine, label, notRun, 2);
    coverage.push(second.coverage);
    // Only files that did not run were retried, so these results replace nothing else.
    for (const record of second.records) if (record.file) results.set(record.file, record);
    unexplained = explain(label, second, notRun) || unexplained;
    notRun = files.filter((f) => !finished(results.get(f)));
    say(label, `RETRY done: ${retried - notRun.length} of ${retried} file(s) finished in the fresh session${notRun.length ? `; ${notRun.length} still did not run` : ''}`);
  }
  return { engine, label, files, results, notRun, retried, unexplained, coverage: coverage.filter(Boolean), seconds: (Date.now() - started) / 1000 };
}

/** An engine's outcome from its shards. `seconds` is the runners' time added up. */
function engineResult(engine, shards) {
  const files = shards.flatMap((s) => s.files);
  const results = new Map(shards.flatMap((s) => [...s.results]));
  const notRun = shards.flatMap((s) => s.notRun);
  const unexplained = shards.some((s) => s.unexplained);
  const counts = { passed: 0, failed: notRun.length + shards.filter((s) => s.unexplained).length, skipped: 0 };
  const failedFiles = [];
  for (const r of files.map((f) => results.get(f)).filter(finished)) {
    counts.passed += r.passed;
    counts.skipped += r.skipped;
    if (r.status === 'failed') {
      // A file that failed without a failed test (it did not load, or threw outside a test) counts once.
      counts.failed += Math.max(r.failed, 1);
      failedFiles.push(r);
    }
  }
  const status = notRun.length ? 'did not finish' : failedFiles.length || unexplained ? 'failed' : 'passed';
  const retried = shards.reduce((n, s) => n + s.retried, 0);
  const seconds = shards.reduce((n, s) => n + s.seconds, 0);
  return { engine, status, files: files.length, notRun, retried, failedFiles, unexplained, ...counts, seconds, shards: shards.length };
}

// How long a file takes, roughly, to balance the shards: the conformance suites and the
// stories' smoke test render every state of a widget; other files a handful of scenarios.
const weightOf = (file) => (file.endsWith('/conformance.test.ts') || file === 'stories/stories.test.ts' ? 4 : file === UNIT_TESTS_PAGE ? 3 : 1);

/** Splits files into `count` shards of about equal weight, each kept in file order. */
function splitFiles(files, count) {
  const shards = Array.from({ length: Math.min(count, files.length) }, () => ({ files: [], weight: 0 }));
  for (const file of [...files].sort((a, b) => weightOf(b) - weightOf(a))) {
    const lightest = shards.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.files.push(file);
    lightest.weight += weightOf(file);
  }
  return shards.map((s) => ({ files: s.files.sort() }));
}

const engines = ['chromium', 'firefox', 'webkit'].filter((e) => wanted.includes(e) && available[e]);
const missing = ['chromium', 'firefox', 'webkit'].filter((e) => wanted.includes(e) && !available[e]);
// Fixtures some tests load: server-rendered HTML (SSR hydration) and the React bundle.
for (const script of ['scripts/ssr-fixtures.mjs', 'packages/react/test/prepare.mjs']) {
  if (!existsSync(path.join(root, script))) continue;
  const status = await new Promise((resolve) => spawn(process.execPath, [script], { cwd: root, stdio: 'inherit' }).on('close', resolve));
  if (status !== 0) {
    console.error(`${script} failed: the browser tests need its fixtures.`);
    process.exit(1);
  }
}

const started = Date.now();
// First shards first, heaviest engine first within them (WebKit's files take the longest,
// then Chromium's, which also measures coverage, then Firefox's): the two shards of one
// engine seldom run at the same time, and the light ones fill in at the end.
const engineOrder = ['webkit', 'chromium', 'firefox'];
const jobs = engines
  .flatMap((engine) => {
    const parts = splitFiles(onlyFiles ?? testFilesFor(engine), shardCount);
    return parts.map((part, i) => ({ engine, index: i, label: parts.length > 1 ? `${engine}-${i + 1}of${parts.length}` : engine, files: part.files }));
  })
  .sort((a, b) => a.index - b.index || engineOrder.indexOf(a.engine) - engineOrder.indexOf(b.engine));
const shardResults = [];
await Promise.all(
  Array.from({ length: Math.min(parallel, jobs.length) }, async () => {
    while (jobs.length) shardResults.push(await runShard(jobs.shift()));
  }),
);
const results = engines.map((engine) => engineResult(engine, shardResults.filter((s) => s.engine === engine)));
const chromiumCoverage = shardResults.filter((s) => s.engine === 'chromium').flatMap((s) => s.coverage);
if (chromiumCoverage.length) {
  const lcov = path.join(root, 'coverage/lcov.info');
  rmSync(path.join(root, 'coverage'), { recursive: true, force: true });
  mergeLcov(chromiumCoverage.map((dir) => path.join(dir, 'lcov.info')), lcov);
}

const failures = results.filter((r) => r.failedFiles.length || r.notRun.length || r.unexplained);
if (failures.length) {
  console.log('\nFailures:');
  for (const r of failures) {
    for (const f of r.failedFiles) {
      console.log(`  [${r.engine}] ${f.file}`);
      for (const failure of f.failures) console.log(`      ✗ ${failure.test}: ${failure.message || 'no error of its own (see the file’s errors)'}`);
      for (const error of f.errors) console.log(`      ✗ file error: ${error}`);
    }
    for (const file of r.notRun) console.log(`  [${r.engine}] ${file}: did not run (its browser was lost twice, or the runner died)`);
    if (r.unexplained) console.log(`  [${r.engine}] web-test-runner failed without a failed test; see its log in ${logDir}`);
  }
}

const total = { passed: 0, failed: 0, skipped: 0, notRun: 0 };
console.log('\nEngines:');
for (const r of results) {
  total.passed += r.passed;
  total.failed += r.failed;
  total.skipped += r.skipped;
  total.notRun += r.notRun.length;
  const notes = [r.notRun.length && `${r.notRun.length} test file(s) did not run`, r.retried && `${r.retried} file(s) retried in a fresh session`].filter(Boolean);
  const counts = `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`;
  const shardNote = r.shards > 1 ? ` in ${r.shards} shards` : '';
  console.log(`  ${r.engine.padEnd(9)} ${r.status.padEnd(15)} ${String(r.files).padStart(3)} files  ${counts.padEnd(36)} ${minutes(r.seconds).padStart(8)}${shardNote}${notes.length ? `  (${notes.join('; ')})` : ''}`);
}
if (missing.length) console.log(`  not installed, so not run: ${missing.join(', ')} (see README, "Browsers")`);
console.log(`  browser tests took ${minutes((Date.now() - started) / 1000)} with ${Math.min(parallel, shardResults.length)} runner(s) at a time; logs in ${logDir}`);
const notRunNote = total.notRun ? ` (${total.notRun} test file(s) did not run: ${results.filter((r) => r.notRun.length).map((r) => `${r.engine} did not finish`).join(', ')})` : '';
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped${notRunNote}`);

if (process.env.TESSERA_TOTAL_SUMMARY) {
  const engineSummary = results.map(({ engine, status, files, passed, failed, skipped, notRun, retried, seconds }) => ({ engine, status, files, passed, failed, skipped, notRun: notRun.length, retried, seconds }));
  // The failures travel to npm test's summary, so the last lines of a CI log name them.
  const failedTests = failures.flatMap((r) => [
    ...r.failedFiles.map((f) => ({ engine: r.engine, file: f.file, tests: f.failures.map((x) => ({ test: x.test, message: x.message })), errors: f.errors })),
    ...r.notRun.map((file) => ({ engine: r.engine, file, tests: [], errors: ['did not run (its browser was lost twice, or the runner died)'] })),
  ]);
  writeFileSync(process.env.TESSERA_TOTAL_SUMMARY, JSON.stringify({ ...total, note: notRunNote, engines: engineSummary, failedTests, logDir }));
}
process.exit(results.some((r) => r.status !== 'passed') ? 1 : 0);
