// Packs the workspace packages and installs the tarballs into a copy of an example app, the
// way a host installs them from the registry: `file:` paths to the .tgz files for every
// @tessera/* package (direct, and through `overrides` for the ones they depend on).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packagesDir, packageNames } from '../workspace.mjs';

/** Runs a command; resolves with its standard output, rejects with the end of all its output. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.trim().split('\n').slice(-30).join('\n')}`));
    });
  });
}

/** `npm pack` of every workspace package into `dir`: package name → tarball path. */
export async function packAll(dir) {
  mkdirSync(dir, { recursive: true });
  const out = await run('npm', ['pack', '--workspaces', '--json', '--pack-destination', dir], { cwd: path.dirname(packagesDir) });
  const packed = JSON.parse(out);
  const tarballs = new Map(packed.map((p) => [p.name, path.join(dir, p.filename)]));
  for (const name of packageNames()) {
    const pkg = JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8'));
    if (!tarballs.has(pkg.name)) throw new Error(`npm pack made no tarball for ${pkg.name}`);
  }
  return tarballs;
}

/** Copies the example (without installs or builds) and points its @tessera/* at the tarballs. */
export function copyExample(source, target, tarballs) {
  cpSync(source, target, {
    recursive: true,
    filter: (file) => !/[\\/](node_modules|dist|package-lock\.json)$/.test(file),
  });
  const file = path.join(target, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const local = (name) => `file:${tarballs.get(name)}`;
  for (const field of ['dependencies', 'devDependencies']) {
    for (const name of Object.keys(pkg[field] ?? {})) {
      if (name.startsWith('@tessera/')) pkg[field][name] = local(name);
    }
  }
  // Packages depend on each other with ^0.1.0 ranges that no registry serves.
  pkg.overrides = Object.fromEntries([...tarballs.keys()].map((name) => [name, local(name)]));
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  return pkg;
}

export const install = (dir) => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
