// `npm test`: type check, lint (ESLint + lit-analyzer template check), OpenAPI lint, build,
// generated docs in sync, size budgets, published declarations and package shape, Node tests
// (SSR, mock server, the OpenAPI contract of the mocks and the REST provider), the consumer
// test (packed tarballs in fresh host apps), browser tests with coverage, coverage
// thresholds. Runs every step, prints the time of each step and of each engine, and exits
// non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './workspace.mjs';

const bin = (name) => path.join(root, 'node_modules/.bin', name);
const steps = [
  ['type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['template check', bin('lit-analyzer'), ['packages/*/src/**/*.ts', '--strict', '--rules.no-invalid-css', 'off']],
  ['versions', process.execPath, ['scripts/sync-versions.mjs', '--check']],
  ['OpenAPI lint', process.execPath, ['scripts/check-openapi.mjs']],
  ['build', process.execPath, ['scripts/build.mjs']],
  ['docs in sync', process.execPath, ['scripts/docs-check.mjs']],
  ['size budgets', process.execPath, ['scripts/size.mjs']],
  ['declarations', process.execPath, ['scripts/check-declarations.mjs']],
  ['packages', process.execPath, ['scripts/check-packages.mjs']],
  ['Node tests', process.execPath, ['--test', '--test-reporter=spec', 'test/ssr/', 'test/node/', 'packages/reference-server/test/']],
  ['consumer test', process.execPath, ['scripts/consumer-test.mjs']],
  ['browser tests', process.execPath, ['scripts/test-browsers.mjs']],
  ['coverage', process.execPath, ['scripts/coverage.mjs']],
];

// Rounded to the second first, so 659.6 s reads 11m 00s, not 10m 60s.
const minutes = (s) => (s >= 59.5 ? `${Math.floor(Math.round(s) / 60)}m ${String(Math.round(s) % 60).padStart(2, '0')}s` : `${s.toFixed(1)} s`);
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
const only = process.env.TESSERA_TEST_STEPS?.split(',');
const browserSummary = path.join(mkdtempSync(path.join(os.tmpdir(), 'tessera-test-')), 'browsers.json');
const started = Date.now();
const loadAtStart = load();
const results = [];
for (const [name, command, args] of steps) {
  if (only && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const stepStarted = Date.now();
  const env = { ...process.env, TESSERA_TOTAL_SUMMARY: browserSummary };
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  results.push({ name, ok: status === 0, seconds: (Date.now() - stepStarted) / 1000 });
}

const browsers = existsSync(browserSummary) ? JSON.parse(readFileSync(browserSummary, 'utf8')) : undefined;
console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(24)} ${minutes(r.seconds).padStart(8)}`);
  if (r.name !== 'browser tests' || !browsers) continue;
  for (const e of browsers.engines) {
    const notes = [e.notRun && `${e.notRun} file(s) did not run`, e.retried && `${e.retried} file(s) retried in a fresh session`].filter(Boolean).join('; ');
    const line = `${e.status === 'passed' ? '      ' : 'FAIL  '}  ${e.engine.padEnd(22)} ${minutes(e.seconds).padStart(8)}  ${e.files} files, ${e.passed} passed, ${e.failed} failed`;
    console.log(notes ? `${line} (${notes})` : line);
  }
}
console.log(`      ${'total'.padEnd(24)} ${minutes((Date.now() - started) / 1000).padStart(8)}  (load average ${loadAtStart} at the start, ${load()} at the end, ${os.cpus().length} cores)`);
// CI keeps only the end of the log: name every failed test here, one line each.
const firstLine = (text) => String(text ?? '').split('\n').find((l) => l.trim())?.trim().slice(0, 220) ?? '';
for (const f of browsers?.failedTests ?? []) {
  console.log(`FAIL  [${f.engine}] ${f.file}`);
  for (const t of f.tests) console.log(`        ✗ ${t.test}: ${firstLine(t.message) || 'no error of its own'}`);
  for (const e of f.errors) console.log(`        ✗ file error: ${firstLine(e)}`);
}
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\nnpm test failed: ${failed.map((r) => r.name).join(', ')}` : '\nnpm test passed');
// The last line: the browser tests' totals, an engine that did not finish counted as failed
// (one per file that did not run), and every other failed step counted as a failure.
const tests = browsers ?? { passed: 0, failed: 0, skipped: 0, note: '' };
const failedSteps = failed.filter((r) => r.name !== 'browser tests' || !browsers).length;
console.log(`${tests.passed} passed, ${tests.failed + failedSteps} failed, ${tests.skipped} skipped${tests.note}`);
process.exit(failed.length ? 1 : 0);
