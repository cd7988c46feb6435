// Where the kit's bytes go, and what it would take to fit its budget: the kit bundle's
// bytes by package, each part's marginal gzip cost (the kit with and without it), and
// what two cheap changes would save, measured on a build from source.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { bundle, KIT_WIDGETS, kitEntries, kitSource } from './sizes.mjs';
import { packagesDir, root } from './workspace.mjs';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The package an input file of the bundle belongs to. */
function groupOf(file) {
  const inPackages = /^packages\/([^/]+)\//.exec(file);
  if (inPackages) return `@tessera/${inPackages[1]}`;
  if (/node_modules\/@lit\/context\//.test(file)) return '@lit/context';
  if (/node_modules\/@lit\/task\//.test(file)) return '@lit/task';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(file)) return 'lit';
  return file;
}

/** Source build of the kit; `transform(file, text)` may rewrite a source file first. */
async function sourceKit(widgets, transform) {
  const src = (pkg, file) => path.join(packagesDir, pkg, 'src', file);
  const entries = [src('core', 'define.ts'), src('provider-rest', 'register.ts'), ...widgets.map((w) => src(w, 'define.ts'))];
  const result = await build({
    stdin: { contents: kitSource(entries), resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: transform
      ? [
          {
            name: 'rewrite',
            setup(b) {
              b.onLoad({ filter: /packages\/[^/]+\/src\/.*\.ts$/ }, (args) => ({
                contents: transform(args.path, readFileSync(args.path, 'utf8')),
                loader: 'ts',
              }));
            },
          },
        ]
      : [],
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** Collapses the indentation inside template literals (css`` and html``), as a literal minifier would. */
const squeezeLiterals = (bytes) => Buffer.from(bytes.toString('utf8').replace(/\n\s*/g, ' ').replace(/ {2,}/g, ' '));

/**
 * Core's ESM entry (Lit external) built from source, and what each of its modules adds: the
 * entry's gzip with and without that module's exports.
 */
export async function measureCore() {
  const indexFile = path.join(packagesDir, 'core/src/index.ts');
  const index = readFileSync(indexFile, 'utf8');
  const modules = [...index.matchAll(/^export (?!type)[^;]*?from '\.\/([\w-]+)\.js';/gms)].map((m) => m[1]);
  const coreBuild = async (without) => {
    const result = await build({
      entryPoints: [indexFile],
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      external: ['lit', 'lit/*', '@lit/*'],
      logLevel: 'silent',
      plugins: [
        {
          name: 'without',
          setup(b) {
            b.onLoad({ filter: /core\/src\/index\.ts$/ }, () => ({
              contents: without ? index.replace(new RegExp(`^export (?!type)[^;]*?from '\\./${without}\\.js';`, 'ms'), '') : index,
              loader: 'ts',
            }));
          },
        },
      ],
    });
    return gzip(Buffer.from(result.outputFiles[0].contents));
  };
  const whole = await coreBuild();
  const marginal = {};
  for (const module of modules) marginal[`${module}.ts`] = whole - (await coreBuild(module));
  return { gzip: whole, marginalGzip: Object.fromEntries(Object.entries(marginal).sort((a, b) => b[1] - a[1])) };
}

export async function measureKit({ limit, target }) {
  const widgets = KIT_WIDGETS;
  const { bytes, metafile } = await bundle(kitSource(kitEntries(widgets)), { metafile: true });
  const kitGzip = gzip(bytes);

  const rawByGroup = {};
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    const group = groupOf(path.relative(root, path.resolve(process.cwd(), file)).split(path.sep).join('/'));
    rawByGroup[group] = (rawByGroup[group] ?? 0) + bytesInOutput;
  }

  // Marginal gzip: what the kit saves without this part (its code, minus what it shares).
  const marginal = {};
  for (const widget of widgets) {
    marginal[`@tessera/${widget}`] = kitGzip - gzip(await bundle(kitSource(kitEntries(widgets.filter((w) => w !== widget)))));
  }
  const withoutRest = kitEntries(widgets).filter((f) => !f.includes(`${path.sep}provider-rest${path.sep}`));
  marginal['@tessera/provider-rest'] = kitGzip - gzip(await bundle(kitSource(withoutRest)));
  const foundation = gzip(await bundle(kitSource(kitEntries([]).filter((f) => !f.includes(`${path.sep}provider-rest${path.sep}`)))));

  // Savings measured on a build from source, baseline vs. changed.
  const base = await sourceKit(widgets);
  let catalogs = 0;
  const englishOnly = await sourceKit(widgets, (file, text) =>
    /messages\.ts$/.test(file)
      ? text.replace(/=\s*\{\s*en,\s*es\s*\}/, () => {
          catalogs++;
          return '= { en, es: en }';
        })
      : text,
  );
  const savings = {
    spanishCatalogs: { gzip: gzip(base) - gzip(englishOnly), catalogs, how: 'Spanish strings loaded on demand (the `es` catalogs out of the main bundle)' },
    literalWhitespace: { gzip: gzip(base) - gzip(squeezeLiterals(base)), how: 'whitespace inside css`` and html`` literals collapsed at build time' },
    both: { gzip: gzip(base) - gzip(squeezeLiterals(englishOnly)) },
  };

  return {
    gzip: kitGzip,
    raw: bytes.length,
    limit,
    target,
    overTarget: kitGzip - target,
    underLimit: limit - kitGzip,
    rawByGroup: Object.fromEntries(Object.entries(rawByGroup).sort((a, b) => b[1] - a[1])),
    marginalGzip: marginal,
    foundationGzip: foundation,
    foundationWhat: 'Lit + @lit/context + @lit/task + @tessera/core with <tessera-provider> (no widget, no REST provider)',
    sumOfWidgetMarginals: widgets.reduce((sum, w) => sum + marginal[`@tessera/${w}`], 0),
    savings,
  };
}
