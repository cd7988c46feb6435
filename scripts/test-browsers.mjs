// Runs the web-test-runner suite in Chromium (with coverage).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './workspace.mjs';

const wtr = path.join(root, 'node_modules/.bin/web-test-runner');
const { status } = spawnSync(wtr, ['--coverage', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
