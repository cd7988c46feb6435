// Generated documentation must match what it is generated from: each widget README's API
// tables (from custom-elements.json, written by the build) and core's data-rules tables
// (from guards.ts). Fix a failure with `npm run readme-api` or `npm run data-rules`.
import { spawnSync } from 'node:child_process';
import { root } from './workspace.mjs';

let failed = false;
for (const script of ['scripts/readme-api.mjs', 'scripts/data-rules.mjs']) {
  const { status } = spawnSync(process.execPath, [script, '--check'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
