// Builds every package: ESM entries (Lit and @tessera/* external), a single-file CDN
// bundle per widget (everything inlined, registers its tag and the REST provider), the
// CDN manifest with SRI hashes, type declarations and custom-elements.json.
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageNames, packagesDir, root, sourceFor, widgetNames } from './workspace.mjs';

const only = process.argv.slice(2);
const names = packageNames().filter((n) => only.length === 0 || only.includes(n));
const widgets = new Set(widgetNames());

// Peer packages stay imports: Lit, other @tessera packages, msw and test libraries.
const external = [/^(lit|lit-html|lit-element|msw)(\/|$)/, /^(@lit\/|@lit-labs\/|@tessera\/|@open-wc\/)/];

const workspaceSources = {
  name: 'tessera-workspace-sources',
  enforce: 'pre',
  resolveId(source) {
    return sourceFor(source) ?? null;
  },
};

/** Entries from the package's "exports": "./x" → dist/x.js built from src/x.ts. */
function entriesOf(dir, pkg) {
  const entries = {};
  for (const [key, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target.default;
    const match = /^\.\/dist\/(.+)\.js$/.exec(file ?? '');
    if (!match || key === './cdn') continue;
    const name = match[1];
    const src = [`src/${name}.ts`, `src/${name}/index.ts`].map((f) => path.join(dir, f)).find(existsSync);
    if (!src) throw new Error(`${pkg.name}: export ${key} has no source (looked for src/${name}.ts)`);
    entries[name] = src;
  }
  return entries;
}

const common = {
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  root,
  define: { 'process.env.NODE_ENV': '"production"' },
};

async function buildEsm(dir, pkg) {
  await build({
    ...common,
    build: {
      outDir: path.join(dir, 'dist'),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: entriesOf(dir, pkg), formats: ['es'] },
      rollupOptions: {
        external,
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  });
}

async function buildCdn(dir, name) {
  const entry = path.join(root, 'node_modules/.cache/tessera-cdn', `${name}.ts`);
  mkdirSync(path.dirname(entry), { recursive: true });
  writeFileSync(
    entry,
    [
      `import '@tessera/provider-rest/register';`,
      `import '@tessera/core/define';`,
      `import '${path.join(dir, 'src/define.ts')}';`,
      `export * from '${path.join(dir, 'src/index.ts')}';`,
      `export { TesseraProviderElement, registerRestProviderFactory } from '@tessera/core';`,
      `export { createRestProvider } from '@tessera/provider-rest';`,
    ].join('\n'),
  );
  await build({
    ...common,
    plugins: [workspaceSources],
    build: {
      outDir: path.join(dir, 'dist'),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry: { cdn: entry }, formats: ['es'] },
      rollupOptions: { output: { entryFileNames: '[name].js', codeSplitting: false, minify: true } },
    },
  });
  const file = path.join(dir, 'dist/cdn.js');
  const body = readFileSync(file);
  const manifest = {
    'cdn.js': {
      integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
      bytes: body.length,
    },
  };
  writeFileSync(path.join(dir, 'dist/cdn-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

const started = Date.now();
for (const name of names) {
  const dir = path.join(packagesDir, name);
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
}
// Declarations first: tsc -b follows project references (core before the rest).
const tsconfigs = names.map((n) => path.join(packagesDir, n, 'tsconfig.build.json')).filter(existsSync);
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', '--force', ...tsconfigs], { stdio: 'inherit' });
for (const name of names) {
  const dir = path.join(packagesDir, name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  await buildEsm(dir, pkg);
  if (widgets.has(name)) await buildCdn(dir, name);
  console.log(`built ${pkg.name}`);
}
execFileSync(process.execPath, [path.join(root, 'scripts/analyze.mjs'), ...names], { stdio: 'inherit' });
console.log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
