// Line coverage per package from coverage/lcov.info (written by the Chromium run),
// checked against the thresholds below.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './workspace.mjs';

const thresholds = { core: 90, 'provider-rest': 85, mocks: 80, default: 80 };
const file = path.join(root, 'coverage/lcov.info');
if (!existsSync(file)) {
  console.error('coverage/lcov.info is missing: the browser tests did not write coverage.');
  process.exit(1);
}
const perPackage = new Map();
let current;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('SF:')) {
    const rel = path.relative(root, path.resolve(root, line.slice(3))).split(path.sep).join('/');
    const match = /^packages\/([^/]+)\/src\//.exec(rel);
    current = match ? match[1] : undefined;
  } else if (current && (line.startsWith('LF:') || line.startsWith('LH:'))) {
    const entry = perPackage.get(current) ?? { found: 0, hit: 0 };
    if (line.startsWith('LF:')) entry.found += Number(line.slice(3));
    else entry.hit += Number(line.slice(3));
    perPackage.set(current, entry);
  }
}
let failed = 0;
for (const [name, { found, hit }] of [...perPackage].sort()) {
  const pct = found ? (hit / found) * 100 : 100;
  const min = thresholds[name] ?? thresholds.default;
  const ok = pct >= min;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'LOW '} ${name.padEnd(16)} ${pct.toFixed(1).padStart(5)}% lines (minimum ${min}%)`);
}
if (failed) {
  console.error(`${failed} package(s) below their line-coverage threshold.`);
  process.exit(1);
}
