// Builds every package: ESM entries (Lit and @tessera/* external), a single-file CDN
// bundle per widget (everything inlined, registers its tag and the REST provider), the
// CDN manifest with SRI hashes, type declarations and custom-elements.json. Then the kit
// (dist/kit/ at the repo root): every widget as an ES module entry, sharing one Lit chunk
// and one core chunk, with its own SRI manifest. `node scripts/build.mjs kit` builds only
// the kit; naming packages builds only those (and the kit only if "kit" is named too). Last,
// it checks that @tessera/react's generated sources match the manifests.
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageNames, packagesDir, root, sourceFor, widgetNames } from './workspace.mjs';
import { importOnDemandStatically } from './on-demand.mjs';

const only = process.argv.slice(2);
const names = packageNames().filter((n) => only.length === 0 || only.includes(n));
const widgets = new Set(widgetNames());
const withKit = only.length === 0 || only.includes('kit');

// Peer packages stay imports: Lit, other @tessera packages, msw and test libraries.
const external = [/^(lit|lit-html|lit-element|msw|react|react-dom)(\/|$)/, /^(@lit\/|@lit-labs\/|@tessera\/|@open-wc\/|@web\/)/];

// Registration modules (src/define.ts, src/register.ts) exist for their side effect. A
// package's "sideEffects" lists its dist files, so without this the CDN file and the kit
// would tree-shake the very call that registers the tag.
const registration = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/](define|register)\.ts$/;

const workspaceSources = {
  name: 'tessera-workspace-sources',
  enforce: 'pre',
  resolveId(source) {
    const file = sourceFor(source) ?? (path.isAbsolute(source) && registration.test(source) ? source : undefined);
    if (!file) return null;
    return registration.test(file) ? { id: file, moduleSideEffects: true } : file;
  },
};

/**
 * Shipped CSS without comments or layout whitespace: inside our sources' css`` literals, the
 * static text between interpolations loses its comments, runs of whitespace become one
 * space, and spaces around `{`, `}` and `;` go. Nothing else changes (a space before `:` can
 * be a descendant combinator, so spaces are kept everywhere else). The tests run the
 * sources as written; this touches only what the build ships (about 1.3 KB gzip).
 */
const minifyCssLiterals = {
  name: 'tessera-minify-css-literals',
  transform(code, id) {
    if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].+\.ts$/.test(id) || !code.includes('css`')) return null;
    const minified = code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, body) => {
      const text = body
        .split(/(\$\{[^}]*\})/)
        .map((part, i) =>
          i % 2
            ? part
            : part
                .replace(/\/\*[\s\S]*?\*\//g, '')
                .replace(/\s+/g, ' ')
                .replace(/ ?([{};]) ?/g, '$1')
                .replace(/([:,]) /g, '$1'),
        )
        .join('');
      return `css\`${text.trim()}\``;
    });
    return { code: minified, map: null };
  },
};

/** A cdn.js is one file: code a widget loads on demand is imported statically (see on-demand.mjs). */
const onDemandInlined = {
  name: 'tessera-on-demand-inlined',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]packages[\\/][^\\/]+[\\/]src[\\/].+\.ts$/.test(id)) return null;
    const rewritten = importOnDemandStatically(code);
    return rewritten ? { code: rewritten, map: null } : null;
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
  plugins: [minifyCssLiterals],
};

/** Library build options every package output shares: minified ES2022 with source maps. */
const libraryOutput = (outDir) => ({ outDir, emptyOutDir: false, target: 'es2022', minify: true, sourcemap: true });

/** The Subresource Integrity value of a file's bytes. */
const sri = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

async function buildEsm(dir, pkg) {
  await build({
    ...common,
    build: {
      ...libraryOutput(path.join(dir, 'dist')),
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
      `export { TesseraProviderElement, registerRestProviderFactory, registerAuthTokenSource } from '@tessera/core';`,
      `export { createRestProvider } from '@tessera/provider-rest';`,
    ].join('\n'),
  );
  await build({
    ...common,
    plugins: [workspaceSources, onDemandInlined, minifyCssLiterals],
    build: {
      ...libraryOutput(path.join(dir, 'dist')),
      lib: { entry: { cdn: entry }, formats: ['es'] },
      rollupOptions: { output: { entryFileNames: '[name].js', codeSplitting: false, minify: true } },
    },
  });
  const file = path.join(dir, 'dist/cdn.js');
  const body = readFileSync(file);
  const manifest = { 'cdn.js': { integrity: sri(body), bytes: body.length } };
  writeFileSync(path.join(dir, 'dist/cdn-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // Types for `import … from '<package>/cdn'`: what the file exports, as the entry above does.
  writeFileSync(
    path.join(dir, 'dist/cdn.d.ts'),
    [
      `// The single-file bundle registers <${'tessera-' + name}>, <tessera-provider> and the REST provider.`,
      `import './define.js';`,
      `import '@tessera/core/define';`,
      `import '@tessera/provider-rest/register';`,
      `export * from './index.js';`,
      `export { TesseraProviderElement, registerRestProviderFactory, registerAuthTokenSource } from '@tessera/core';`,
      `export { createRestProvider } from '@tessera/provider-rest';`,
      '',
    ].join('\n'),
  );
}

/** The generated entry modules of the kit: file name (without .ts) → source. */
function kitEntrySources() {
  const sources = {
    // Side effect: lets <tessera-provider endpoint> build REST providers.
    'provider-rest': [`import '@tessera/provider-rest/register';`, `export { createRestProvider } from '@tessera/provider-rest';`],
    'tessera-provider': [
      `import '@tessera/core/define';`,
      `export { TesseraProviderElement, ProviderError, isProviderError, defineElement } from '@tessera/core';`,
    ],
  };
  // A widget entry also registers <tessera-provider> and the REST provider, so one script
  // tag is enough, as with cdn.js; on a page with several widgets those load once.
  for (const name of widgets) {
    const dir = path.join(packagesDir, name);
    sources[name] = [
      `import './tessera-provider.ts';`,
      `import './provider-rest.ts';`,
      `import '${path.join(dir, 'src/define.ts')}';`,
      `export * from '${path.join(dir, 'src/index.ts')}';`,
    ];
  }
  return sources;
}

const litModule = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs)[\\/]/;
const coreModule = /[\\/]packages[\\/]core[\\/]src[\\/](?!define\.ts$)/;

/**
 * dist/kit/: one ES module per widget (registers its tag), `tessera-provider.js` and
 * `provider-rest.js`, code-split so Lit (with @lit/context and @lit/task) and core are each
 * one shared chunk. `kit-manifest.json` lists every file with its SRI hash, and for each
 * entry every file it imports, directly or not (for `<link rel="modulepreload" integrity>`
 * or an import map's `integrity`).
 */
async function buildKit() {
  const outDir = path.join(root, 'dist/kit');
  const entryDir = path.join(root, 'node_modules/.cache/tessera-kit');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(entryDir, { recursive: true, force: true });
  mkdirSync(entryDir, { recursive: true });
  const entries = {};
  for (const [name, lines] of Object.entries(kitEntrySources())) {
    entries[name] = path.join(entryDir, `${name}.ts`);
    writeFileSync(entries[name], `${lines.join('\n')}\n`);
  }
  const result = await build({
    ...common,
    plugins: [workspaceSources, minifyCssLiterals],
    build: {
      ...libraryOutput(outDir),
      lib: { entry: entries, formats: ['es'] },
      rollupOptions: {
        // The entries import each other: keep their exports (and file names) as they are.
        preserveEntrySignatures: 'strict',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          codeSplitting: {
            groups: [
              { name: 'lit', test: (id) => litModule.test(id), priority: 2 },
              { name: 'core', test: (id) => coreModule.test(id), priority: 1 },
            ],
          },
        },
      },
    },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const importsOf = new Map(output.map((chunk) => [chunk.fileName, chunk.imports]));
  /** Every file an entry loads, directly or not: what a page can preload with integrity. */
  const closure = (file, seen = new Set()) => {
    for (const imported of importsOf.get(file) ?? []) {
      if (!seen.has(imported)) closure(imported, seen.add(imported));
    }
    return [...seen].sort();
  };
  const files = {};
  for (const chunk of output.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const body = readFileSync(path.join(outDir, chunk.fileName));
    files[chunk.fileName] = { integrity: sri(body), bytes: body.length, ...(chunk.isEntry ? { imports: closure(chunk.fileName) } : {}) };
  }
  const shared = Object.keys(files).filter((f) => f.startsWith('chunks/'));
  for (const group of ['lit', 'core']) {
    const found = shared.filter((f) => f.startsWith(`chunks/${group}-`));
    if (found.length !== 1) throw new Error(`kit: expected one ${group} chunk, found ${found.length} (${shared.join(', ')})`);
  }
  writeFileSync(path.join(outDir, 'kit-manifest.json'), `${JSON.stringify(files, null, 2)}\n`);
  console.log(`built the kit (dist/kit: ${Object.keys(files).length} files)`);
}

const started = Date.now();
for (const name of names) {
  const dir = path.join(packagesDir, name);
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
}
// Declarations first: tsc -b follows project references (core before the rest).
const tsconfigs = names.map((n) => path.join(packagesDir, n, 'tsconfig.build.json')).filter(existsSync);
if (tsconfigs.length) {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', '--force', ...tsconfigs], { stdio: 'inherit' });
}
for (const name of names) {
  const dir = path.join(packagesDir, name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  await buildEsm(dir, pkg);
  if (widgets.has(name)) await buildCdn(dir, name);
  console.log(`built ${pkg.name}`);
}
if (withKit) await buildKit();
if (names.length) execFileSync(process.execPath, [path.join(root, 'scripts/analyze.mjs'), ...names], { stdio: 'inherit' });
// Editor data (VS Code custom data, JetBrains web-types) from the manifests just written.
if (names.length) execFileSync(process.execPath, [path.join(root, 'scripts/ide-data.mjs'), ...names], { stdio: 'inherit' });
// @tessera/react is generated from the manifests: fail when its sources are out of date.
if (only.length === 0 || names.includes('react')) {
  execFileSync(process.execPath, [path.join(root, 'scripts/react-wrappers.mjs'), '--check'], { stdio: 'inherit' });
}
console.log(`build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
