// Writes the custom-elements.json of each package with elements (core and the widgets),
// from the JSDoc on its element classes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packagesDir, root, widgetNames } from './workspace.mjs';

const only = process.argv.slice(2);
const cem = path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
for (const name of ['core', ...widgetNames()].filter((n) => only.length === 0 || only.includes(n))) {
  const dir = path.join(packagesDir, name);
  if (!existsSync(path.join(dir, 'src'))) continue;
  execFileSync(process.execPath, [cem, 'analyze', '--config', path.join(root, 'custom-elements-manifest.config.mjs')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
console.log('custom-elements.json written');
