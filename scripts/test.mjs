// `npm test`: type check, lint (ESLint + lit-analyzer template check), build, size
// budgets, browser tests with coverage, coverage thresholds. Runs every step, prints a
// summary, and exits non-zero if any step failed.
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
  ['build', process.execPath, ['scripts/build.mjs']],
  ['size budgets', process.execPath, ['scripts/size.mjs']],
  ['server rendering (Node)', process.execPath, ['--test', '--test-reporter=spec', 'test/ssr/']],
  ['browser tests', process.execPath, ['scripts/test-browsers.mjs']],
  ['coverage', process.execPath, ['scripts/coverage.mjs']],
];

const only = process.env.TESSERA_TEST_STEPS?.split(',');
const browserSummary = path.join(mkdtempSync(path.join(os.tmpdir(), 'tessera-test-')), 'browsers.json');
const results = [];
for (const [name, command, args] of steps) {
  if (only && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const env = { ...process.env, TESSERA_TOTAL_SUMMARY: browserSummary };
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\nnpm test failed: ${failed.map((r) => r.name).join(', ')}` : '\nnpm test passed');
// The last line: the browser tests' totals, with every failed step counted as a failure.
const tests = existsSync(browserSummary) ? JSON.parse(readFileSync(browserSummary, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
const failedSteps = failed.filter((r) => r.name !== 'browser tests').length;
console.log(`${tests.passed} passed, ${tests.failed + failedSteps} failed, ${tests.skipped} skipped`);
process.exit(failed.length ? 1 : 0);
