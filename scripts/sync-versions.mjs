// Keeps each package's src/version.ts equal to its package.json version (run after
// `changeset version`; `--check` fails instead of writing, for tests).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageNames, packagesDir } from './workspace.mjs';

const check = process.argv.includes('--check');
let stale = 0;
for (const name of packageNames()) {
  const dir = path.join(packagesDir, name);
  const file = path.join(dir, 'src/version.ts');
  if (!existsSync(file)) continue;
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const current = readFileSync(file, 'utf8');
  const next = current.replace(/VERSION = '[^']*'/, `VERSION = '${version}'`);
  if (next === current) continue;
  stale++;
  if (check) console.error(`${name}: src/version.ts does not match package.json ${version}`);
  else writeFileSync(file, next);
}
if (check && stale) process.exit(1);
