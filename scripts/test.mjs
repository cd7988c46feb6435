// `npm test`: type check, lint (ESLint + lit-analyzer template check), build, size
// budgets, browser tests with coverage, coverage thresholds. Runs every step, prints a
// summary, and exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';
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
  ['browser tests', process.execPath, ['scripts/test-browsers.mjs']],
  ['coverage', process.execPath, ['scripts/coverage.mjs']],
];

const only = process.env.TESSERA_TEST_STEPS?.split(',');
const results = [];
for (const [name, command, args] of steps) {
  if (only && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.log(`\nnpm test failed: ${failed.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log('\nnpm test passed');
