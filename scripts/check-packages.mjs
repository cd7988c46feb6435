// Checks the packages as a host receives them (after `npm run build`): packs every
// workspace package with `npm pack` into a temporary folder, then runs publint (package.json
// and files) and Are the Types Wrong (every exported subpath typed) on each tarball. The
// packages are ESM-only on purpose (web components for browsers and bundlers), so attw runs
// with its `esm-only` profile: CommonJS `require()` is not a supported way in. It also fails
// when a tarball lacks its LICENSE, README or CHANGELOG, or when a declaration map points at
// a source file the tarball does not ship. `--keep <dir>` leaves the tarballs there (the
// consumer test installs them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageNames, packagesDir, root } from './workspace.mjs';

const keepAt = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : undefined;
const out = keepAt ? path.resolve(keepAt) : mkdtempSync(path.join(os.tmpdir(), 'tessera-pack-'));
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const problems = [];
for (const name of packageNames()) {
  const dir = path.join(packagesDir, name);
  const [{ filename, files }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const tarball = path.join(out, filename);
  const shipped = new Set(files.map((f) => f.path));
  for (const required of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json']) {
    if (!shipped.has(required)) problems.push(`${name}: the tarball has no ${required}`);
  }
  for (const file of [...shipped].filter((f) => f.endsWith('.d.ts.map'))) {
    // Declaration maps lead an editor's go-to-definition to src/: it must be there.
    const source = file.replace(/^dist\//, 'src/').replace(/\.d\.ts\.map$/, '.ts');
    if (!shipped.has(source)) problems.push(`${name}: ${file} points at ${source}, which is not shipped`);
  }
  try {
    execFileSync(bin('publint'), ['run', tarball, '--strict'], { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    problems.push(`${name}: publint\n${error.stdout}${error.stderr}`);
  }
  try {
    // Data files a package exports (openapi.yaml, package.json) are not modules to type.
    const exported = Object.keys(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).exports ?? {});
    const data = exported.filter((key) => /\.(ya?ml|json)$/.test(key));
    const exclude = data.length ? ['--exclude-entrypoints', ...data] : [];
    execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    problems.push(`${name}: Are the Types Wrong\n${error.stdout}${error.stderr}`);
  }
  console.log(`checked ${filename} (${files.length} files)`);
}

if (problems.length) {
  console.error(`\n${problems.join('\n\n')}`);
  process.exit(1);
}
console.log(`Every tarball passes publint and Are the Types Wrong (ESM-only); tarballs in ${out}`);
if (!keepAt) console.log(readdirSync(out).join(', '));
