// Measures what each package ships: raw, gzip (level 9) and brotli bytes of its ESM
// entry (Lit and @tessera/* external), its CDN file, the whole kit and Lit alone; and the
// peers the bench compares with, bundled the same way.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { packageNames, packagesDir, root, widgetNames } from './workspace.mjs';
import { importOnDemandStatically } from './on-demand.mjs';

export function compressed(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const LIT_EXTERNAL = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'];

/**
 * Keeps a package's dynamically imported chunks (code loaded on demand, such as a form
 * the customer opens) out of a bundle, and collects their paths in `into`.
 */
const onDemandChunks = (into) => ({
  name: 'on-demand-chunks',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      into.add(path.join(args.resolveDir, args.path));
      return { path: args.path, external: true };
    });
  },
});

/**
 * Kits and standalone bundles are one file, like a cdn.js: a chunk loaded on demand is in
 * them anyway, imported statically (as the cdn build does), not behind esbuild's lazy
 * wrappers, so their figures stay what one file really weighs.
 */
const onDemandStatic = {
  name: 'on-demand-static',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].+\.js$/ }, (args) => {
      const contents = importOnDemandStatically(readFileSync(args.path, 'utf8'));
      return contents ? { contents, loader: 'js' } : undefined;
    });
  },
};

/** Leaves out what a chunk imports from the chunks beside it (the entry that loads it counts those). */
const chunkAlone = {
  name: 'chunk-alone',
  setup(build) {
    build.onResolve({ filter: /^\.\// }, (args) => (args.importer === '<stdin>' ? undefined : { path: args.path, external: true }));
  },
};

/** Minified production ESM bundle of `contents` (resolved from the repository root). */
export async function bundle(contents, { external = [], loader = 'js', metafile = false, onDemand, alone = false } = {}) {
  const result = await build({
    plugins: onDemand ? [onDemandChunks(onDemand)] : alone ? [chunkAlone] : [onDemandStatic],
    stdin: { contents, resolveDir: root, loader },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    external,
    metafile,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // The root tsconfig maps @tessera/* to sources for type checking; bundles measure the
    // built dist files, so resolve through node_modules and each package's "exports".
    tsconfigRaw: '{}',
    logLevel: 'silent',
  });
  const bytes = Buffer.from(result.outputFiles[0].contents);
  return metafile ? { bytes, metafile: result.metafile } : bytes;
}

const dist = (pkg, file) => path.join(packagesDir, pkg, 'dist', file);
const importPath = (file) => JSON.stringify(file.split(path.sep).join('/'));

/**
 * The five widgets the kit's budget has tracked from the start. Widgets added later are
 * measured beside it (`kitAll`, every widget in one file) so the kit figure stays comparable.
 */
export const KIT_WIDGETS = ['card-lock', 'fico-gauge', 'help-faq', 'payment-form', 'title-tracker'];

/** A kit: core's <tessera-provider>, the REST provider and the widgets, all in one file. */
export function kitEntries(widgets = KIT_WIDGETS) {
  return [dist('core', 'define.js'), dist('provider-rest', 'register.js'), ...widgets.map((n) => dist(n, 'define.js'))];
}
export const kitSource = (entries) => entries.map((f) => `import ${importPath(f)};`).join('\n');

/** Sizes of every built package; entries are missing for packages not built yet. */
export async function measureSizes() {
  const esm = {};
  const cdn = {};
  const standalone = {};
  const esmOnDemand = {};
  const esmExternal = [...LIT_EXTERNAL, '@tessera/*', 'react', 'react/*', 'react-dom', 'react-dom/*'];
  for (const name of packageNames()) {
    const entry = dist(name, 'index.js');
    if (!existsSync(entry) || name === 'mocks') continue;
    const chunks = new Set();
    esm[name] = compressed(await bundle(`export * from ${importPath(entry)};`, { external: esmExternal, onDemand: chunks }));
    // What the entry loads only when asked, each chunk alone (what it shares with the entry is counted there).
    if (chunks.size) {
      const parts = [];
      for (const chunk of chunks) parts.push(await bundle(`export * from ${importPath(chunk)};`, { external: esmExternal, alone: true }));
      esmOnDemand[name] = compressed(Buffer.concat(parts));
    }
  }
  const widgets = widgetNames().filter((n) => existsSync(dist(n, 'cdn.js')));
  for (const name of widgets) {
    cdn[name] = compressed(readFileSync(dist(name, 'cdn.js')));
    // The widget alone with Lit and core inlined (no REST provider, no <tessera-provider>).
    standalone[name] = compressed(await bundle(`import ${importPath(dist(name, 'define.js'))};`));
  }
  const measureKit = async (names) => {
    const entries = kitEntries(names);
    return entries.every(existsSync) ? compressed(await bundle(kitSource(entries))) : undefined;
  };
  const kit = await measureKit(KIT_WIDGETS);
  const kitAll = await measureKit(widgets);
  const lit = compressed(await bundle(`export { LitElement, html, css, nothing } from 'lit'; export * from 'lit/decorators.js';`));
  const litRuntime = compressed(
    await bundle(
      `export { LitElement, html, css, nothing, isServer } from 'lit'; export * from 'lit/decorators.js';
       export * from '@lit/context'; export * from '@lit/task';
       export * from 'lit/directives/repeat.js'; export * from 'lit/directives/style-map.js';
       export * from 'lit/directives/live.js'; export * from 'lit/directives/if-defined.js';`,
    ),
  );
  return { esm, esmOnDemand, cdn, standalone, kit, kitAll, lit, litRuntime, widgets };
}

/**
 * The peers, each as the smallest import that gives its element: `esm` with Lit external
 * (like our ESM entries; the same as `standalone` for peers without Lit) and `standalone`
 * with everything inlined (like our widgets' standalone bundles).
 */
export const PEERS = {
  'sl-switch': {
    vs: 'card-lock',
    what: '@shoelace-style/shoelace 2 — components/switch/switch.js (registers <sl-switch>)',
    source: `import '@shoelace-style/shoelace/dist/components/switch/switch.js';`,
  },
  'md-switch': {
    vs: 'card-lock',
    what: '@material/web 2 — switch/switch.js (registers <md-switch>)',
    source: `import '@material/web/switch/switch.js';`,
  },
  'sl-details': {
    vs: 'help-faq',
    what: '@shoelace-style/shoelace 2 — components/details/details.js (registers <sl-details>, with <sl-icon>)',
    source: `import '@shoelace-style/shoelace/dist/components/details/details.js';`,
  },
  'svg-gauge': {
    vs: 'fico-gauge',
    what: 'svg-gauge 1 — its Gauge() function (no dependencies, no custom element)',
    source: `import Gauge from 'svg-gauge'; globalThis.Gauge = Gauge;`,
  },
  'adyen-ach': {
    vs: 'payment-form',
    what: '@adyen/adyen-web 6 — ESM `AdyenCheckout` + `Ach` (tree-shaken; Preact inlined); its stylesheet adyen.css counted separately',
    source: `export { AdyenCheckout, Ach } from '@adyen/adyen-web';`,
    css: '@adyen/adyen-web/styles/adyen.css',
  },
};

export async function measurePeerSizes() {
  const peers = {};
  for (const [name, peer] of Object.entries(PEERS)) {
    const entry = {
      vs: peer.vs,
      what: peer.what,
      esm: compressed(await bundle(peer.source, { external: LIT_EXTERNAL })),
      standalone: compressed(await bundle(peer.source)),
    };
    if (peer.css) entry.css = compressed(await bundle(`@import ${JSON.stringify(peer.css)};`, { loader: 'css' }));
    peers[name] = entry;
  }
  return peers;
}
