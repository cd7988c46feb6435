// Lints the REST API description (packages/provider-rest/openapi.yaml) with Redocly CLI and
// the rules in redocly.yaml (recommended, every warning an error). Exits non-zero when the
// spec has a problem, the linter fails or it takes longer than the time limit. Offline:
// telemetry is off (env and config) and the update check is suppressed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './workspace.mjs';

const TIME_LIMIT_MS = 120_000;
const cli = path.join(root, 'node_modules/@redocly/cli/bin/cli.js');

const started = Date.now();
const result = spawnSync(process.execPath, [cli, 'lint', '--config', 'redocly.yaml', '--lint-config', 'error'], {
  cwd: root,
  encoding: 'utf8',
  timeout: TIME_LIMIT_MS,
  killSignal: 'SIGKILL',
  env: {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_COLOR: '1',
  },
});

// Redocly CLI 2 boxes a notice about Node.js 20 into every run; the findings are the rest.
const withoutBanner = (text = '') =>
  text
    .split('\n')
    .filter((line) => !/^\s*[╔║╚]/.test(line))
    .join('\n')
    .trim();
const output = [withoutBanner(result.stdout), withoutBanner(result.stderr)].filter(Boolean).join('\n');
if (output) console.log(output);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL') {
  console.error(`openapi.yaml: the linter did not finish within ${TIME_LIMIT_MS / 1000} s`);
  process.exit(1);
}
if (result.error) {
  console.error(`openapi.yaml: could not run Redocly CLI (${result.error.message}); run npm install`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`openapi.yaml: lint failed (exit code ${result.status}, ${seconds} s)`);
  process.exit(1);
}
console.log(`openapi.yaml: lint-clean (${seconds} s)`);
