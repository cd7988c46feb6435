// Where workspace packages live, and how "@tessera/<pkg>[/<sub>]" maps to their sources
// during development and tests (published builds use each package's "exports").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const packagesDir = path.join(root, 'packages');

/** Workspace package folder names, core first so builds can run in order. */
export function packageNames() {
  const names = readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(packagesDir, d.name, 'package.json')))
    .map((d) => d.name)
    // Private packages (the reference server) are run from the repository: never built or published.
    .filter((n) => !isPrivatePackage(n));
  const order = ['core', 'provider-rest', 'mocks'];
  return [...order.filter((n) => names.includes(n)), ...names.filter((n) => !order.includes(n)).sort()];
}

/** A package marked `"private": true`: run from the repository, not built or published. */
export function isPrivatePackage(name) {
  return JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8')).private === true;
}

/** Widget packages: those with a src/define.ts that registers an element, except core. */
export function widgetNames() {
  return packageNames().filter(
    (n) => !['core', 'provider-rest', 'mocks', 'react'].includes(n) && existsSync(path.join(packagesDir, n, 'src/define.ts')),
  );
}

/** Absolute source file for a "@tessera/..." specifier, or undefined. */
export function sourceFor(specifier) {
  const match = /^@tessera\/([a-z0-9-]+)(?:\/(.+))?$/.exec(specifier);
  if (!match) return undefined;
  const [, pkg, sub = 'index'] = match;
  const src = path.join(packagesDir, pkg, 'src');
  for (const candidate of [`${sub}.ts`, `${sub}/index.ts`]) {
    const file = path.join(src, candidate);
    if (existsSync(file)) return file;
  }
  return undefined;
}
