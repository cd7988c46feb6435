// Server-renders every widget with @lit-labs/ssr, the way a host's Node server would: each
// widget's registration module is loaded in Node (no browser, no DOM beyond what Lit's
// Node build brings), then `render` + `collectResult` turn a page template into HTML with
// Declarative Shadow DOM. Context does not flow on the server, so widgets that read a
// provider render their loading skeleton; the FICO gauge in presentational mode renders
// its final markup.
//
// Used by scripts/ssr-fixtures.mjs (hydration test fixtures) and test/ssr/*.test.mjs.
// CLI: `node --enable-source-maps scripts/ssr-render.mjs [--shim] [--from=dist]` prints
// JSON: { html: { <fixture>: <html> }, touched: [...] } where `touched` lists every read of
// a browser-only global (window, document, …) made by Tessera code while loading the
// modules and rendering (with --shim the DOM shim is installed and nothing is watched).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packagesDir, root, sourceFor, widgetNames } from './workspace.mjs';

/** Browser-only globals a module must not need at import time or while rendering on the server. */
export const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'getComputedStyle',
  'requestAnimationFrame',
];

const litExternal = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'];

/**
 * One ES module for Node that registers <tessera-provider> and every widget, built from the
 * sources (so no build is needed). Lit stays external: the widgets must share the Lit that
 * @lit-labs/ssr renders with, and Node picks Lit's server build.
 */
export async function bundleSources() {
  const outfile = path.join(root, 'node_modules/.cache/tessera-ssr/widgets.mjs');
  mkdirSync(path.dirname(outfile), { recursive: true });
  const contents = ['core', ...widgetNames()].map((name) => `import '@tessera/${name}/define';`).join('\n');
  await build({
    stdin: { contents, resolveDir: root, sourcefile: 'ssr-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    outfile,
    sourcemap: 'inline',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    external: litExternal,
    plugins: [
      {
        name: 'tessera-workspace-sources',
        setup(b) {
          b.onResolve({ filter: /^@tessera\// }, (args) => {
            const file = sourceFor(args.path);
            return file ? { path: file } : undefined;
          });
        },
      },
    ],
    logLevel: 'warning',
  });
  return outfile;
}

/** The modules that register the tags: built sources, or each package's dist/define.js. */
export async function moduleUrls(from = 'src') {
  if (from === 'dist') {
    return ['core', ...widgetNames()].map((name) => pathToFileURL(path.join(packagesDir, name, 'dist/define.js')).href);
  }
  return [pathToFileURL(await bundleSources()).href];
}

/**
 * Records reads of browser-only globals made by Tessera code (any stack frame in
 * packages/, outside node_modules). Reads return undefined, as they would on a server.
 */
export function watchBrowserGlobals(names = BROWSER_GLOBALS) {
  const touched = [];
  let phase = 'import';
  for (const name of names) {
    if (name in globalThis) continue;
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const frames = (new Error().stack ?? '').split('\n').slice(2);
        const ours = frames.find((f) => f.includes(`${path.sep}packages${path.sep}`) && !f.includes('node_modules'));
        if (ours) touched.push({ global: name, phase, at: ours.trim().replace(/^at /, '') });
        return undefined;
      },
    });
  }
  return {
    touched,
    setPhase(next) {
      phase = next;
    },
  };
}

/** The pages to render: one widget each, in a <tessera-provider> (as a host would). */
export function fixtureTemplates(html) {
  return {
    'fico-gauge-presentational': html`<tessera-fico-gauge
      score="742"
      previous-score="730"
      as-of="2026-10-01"
      model="fico-8"
      bureau="Experian"
    ></tessera-fico-gauge>`,
    'fico-gauge': html`<tessera-provider><tessera-fico-gauge></tessera-fico-gauge></tessera-provider>`,
    'card-lock': html`<tessera-provider><tessera-card-lock card-id="card-1"></tessera-card-lock></tessera-provider>`,
    'payment-form': html`<tessera-provider><tessera-payment-form account-id="card-acct-1"></tessera-payment-form></tessera-provider>`,
    'title-tracker': html`<tessera-provider><tessera-title-tracker></tessera-title-tracker></tessera-provider>`,
    'help-faq': html`<tessera-provider><tessera-help-faq></tessera-help-faq></tessera-provider>`,
    'ways-to-pay': html`<tessera-provider><tessera-ways-to-pay></tessera-ways-to-pay></tessera-provider>`,
    'account-summary': html`<tessera-provider><tessera-account-summary account-id="card-acct-1"></tessera-account-summary></tessera-provider>`,
    documents: html`<tessera-provider><tessera-documents account-id="card-acct-1"></tessera-documents></tessera-provider>`,
    dispute: html`<tessera-provider><tessera-dispute account-id="card-acct-1" transaction-id="txn-2041"></tessera-dispute></tessera-provider>`,
    activity: html`<tessera-provider><tessera-activity account-id="card-acct-1"></tessera-activity></tessera-provider>`,
    alerts: html`<tessera-provider><tessera-alerts account-id="card-acct-1"></tessera-alerts></tessera-provider>`,
    'provider-endpoint': html`<tessera-provider endpoint="https://api.example.com/servicing"
      ><tessera-card-lock></tessera-card-lock
    ></tessera-provider>`,
  };
}

/**
 * Loads the widgets and renders every fixture. Call once per process: custom elements
 * register once. `shim: true` installs @lit-labs/ssr's global DOM shim first (what
 * `render-with-global-dom-shim` users get); otherwise browser-only globals are watched.
 */
export async function renderAll({ from = 'src', shim = false } = {}) {
  const watcher = shim ? undefined : watchBrowserGlobals();
  if (shim) await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  const urls = await moduleUrls(from);
  for (const url of urls) await import(url);
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  watcher?.setPhase('render');
  const rendered = {};
  for (const [name, template] of Object.entries(fixtureTemplates(html))) {
    rendered[name] = await collectResult(render(template));
  }
  return { html: rendered, touched: watcher?.touched ?? [] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const from = process.argv.find((a) => a.startsWith('--from='))?.slice('--from='.length) ?? 'src';
  const result = await renderAll({ from, shim: process.argv.includes('--shim') });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
