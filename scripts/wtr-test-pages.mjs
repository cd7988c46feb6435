// Serves the drop-in test pages (test/pages/*.html) the way a partner's server would: with
// real response headers, not <meta> tags. Serves the built files the way a CDN would: the
// bytes on disk, untouched by the dev server's transforms (so SRI hashes hold). Also serves
// a widget's CDN file as if it were another release, to put two versions of one widget on
// a page, and the pages' setup scripts as bundles.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, sourceFor } from './workspace.mjs';

/** The strictest policy a host might send: only same-origin scripts and styles, Trusted Types enforced. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The same, with Trusted Types policy names restricted. `lit-html` is Lit's policy (one per
 * copy of Lit: every CDN file has its own, hence 'allow-duplicates'), `tessera-faq-schema`
 * the help FAQ's JSON-LD policy, `tessera-test-pages` the pages' own (it only hands msw its
 * worker URL; a partner page has no such thing).
 */
export const NAMED_TRUSTED_TYPES_CSP = `${STRICT_CSP}; trusted-types lit-html tessera-faq-schema tessera-test-pages 'allow-duplicates'`;

/**
 * /test/pages/kit-pinned.html: the card lock from the kit, pinned the way the Security docs
 * say. The entry carries `integrity`; every file it imports gets its hash from an import
 * map's `integrity` table (modulepreload integrity is not enough: WebKit runs a module
 * whose preload failed its check). The import map is an inline script, so the policy
 * allows exactly it by its SHA-256. `?tamper=<file>` gives that file a wrong hash.
 */
function pinnedKitPage(tamper) {
  const manifestFile = path.join(root, 'dist/kit/kit-manifest.json');
  if (!existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entry = 'card-lock.js';
  const integrity = (file) => (file === tamper ? `sha384-${'A'.repeat(64)}` : manifest[file].integrity);
  const importMap = JSON.stringify({
    integrity: Object.fromEntries(manifest[entry].imports.map((file) => [`/cdn/dist/kit/${file}`, integrity(file)])),
  });
  const mapHash = createHash('sha256').update(importMap).digest('base64');
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>The card lock from the kit, pinned with SRI</title>
    <script src="/test/pages/relay.js"></script>
    <script type="importmap">${importMap}</script>
    <script type="module" src="/cdn/dist/kit/${entry}" integrity="${integrity(entry)}" crossorigin="anonymous"></script>
    <script type="module" src="/test/pages/start.bundle.js"></script>
  </head>
  <body>
    <template id="widgets">
      <tessera-provider endpoint="/api"><tessera-card-lock card-id="card-1"></tessera-card-lock></tessera-provider>
    </template>
  </body>
</html>
`;
  const policy = STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${mapHash}'`);
  return { html, policy };
}

/** Page → its policy; `?trusted-types=named` asks for the named-policy variant. */
const pagePolicies = {
  '/test/pages/csp.html': STRICT_CSP,
  '/test/pages/two-versions.html': STRICT_CSP,
  '/test/pages/kit.html': STRICT_CSP,
  // hostile-css.html loads axe-core (a test tool, not a partner's script): no policy there.
};

function policyFor(context) {
  const policy = pagePolicies[context.path];
  if (!policy) return undefined;
  return context.query['trusted-types'] === 'named' ? NAMED_TRUSTED_TYPES_CSP : policy;
}

/**
 * A widget's cdn.js with the widget's own version string replaced, as another release of
 * it would carry. Only the widget's version changes (the bundled core keeps its own), so
 * the page meets exactly one version clash: the widget's tag.
 */
export function rewriteWidgetVersion(source, version) {
  const exports = [...source.matchAll(/export\s*\{([^}]*)\}/g)].at(-1)?.[1] ?? '';
  const local = /(?:^|,)\s*([\w$]+)\s+as\s+VERSION\s*(?:,|$)/.exec(exports)?.[1];
  if (!local) throw new Error('cdn.js does not export VERSION');
  const escaped = local.replace(/\$/g, '\\$');
  const declaration = new RegExp(`(^|[^\\w$.])(${escaped}=)([\`"'])[^\`"']*\\3`, 'g');
  const found = [...source.matchAll(declaration)];
  if (found.length !== 1) throw new Error(`cdn.js: expected one declaration of VERSION (${local}), found ${found.length}`);
  return source
    .replace(declaration, (_match, before, assign, quote) => `${before}${assign}${quote}${version}${quote}`)
    .replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '\n');
}

/**
 * test/pages/<name>.ts bundled into one module. The setup scripts start the mock API, whose
 * handlers import @tessera/core; served file by file that would also load Lit (core's index
 * re-exports the base element), so a page would hold one more Lit than the widgets brought.
 * Bundled, only what the handlers use is kept. Dynamic imports of URLs stay imports.
 */
async function bundlePageScript(name) {
  const entry = path.join(root, 'test/pages', `${name}.ts`);
  if (!existsSync(entry)) return undefined;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    conditions: ['browser', 'development'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'tessera-workspace-sources',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^@tessera\// }, ({ path: specifier }) => {
            const file = sourceFor(specifier);
            return file ? { path: file } : undefined;
          });
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

const cdnTypes = { '.js': 'application/javascript', '.json': 'application/json', '.map': 'application/json' };
/** `/cdn/packages/<pkg>/dist/…` and `/cdn/dist/kit/…`: built files as a CDN serves them. */
const cdnFile = /^\/cdn\/((?:packages\/[a-z0-9-]+\/dist|dist\/kit)\/[\w./-]+)$/;
/** `/cdn/release/<widget>/<version>/cdn.js`: the widget's cdn.js as another release of it. */
const cdnRelease = /^\/cdn\/release\/([a-z0-9-]+)\/([0-9A-Za-z.+-]+)\/cdn\.js$/;

function serveCdn(context, body, type) {
  context.type = type;
  context.set('Cache-Control', 'no-store');
  context.set('Access-Control-Allow-Origin', '*');
  context.body = body;
}

const pageScriptBundle = /^\/test\/pages\/([a-z0-9-]+)\.bundle\.js$/;

/**
 * Koa middleware for the test runner's dev server:
 * - `/cdn/packages/<pkg>/dist/<file>`, `/cdn/dist/kit/<file>`: the built file, as is;
 * - `/cdn/release/<widget>/<version>/cdn.js`: packages/<widget>/dist/cdn.js claiming `<version>`;
 * - `/test/pages/kit-pinned.html`: generated from the kit's manifest (see pinnedKitPage);
 * - `/test/pages/<name>.bundle.js`: test/pages/<name>.ts bundled (see bundlePageScript);
 * - `/test/pages/<page>.html`: the page with its Content-Security-Policy header.
 */
export function testPagesMiddleware() {
  return async (context, next) => {
    const release = cdnRelease.exec(context.path);
    const file = cdnFile.exec(context.path);
    if (release || file) {
      const relative = release ? `packages/${release[1]}/dist/cdn.js` : file[1];
      const absolute = path.join(root, relative);
      if (relative.includes('..') || !existsSync(absolute)) {
        context.status = 404;
        context.body = `${relative} is not built: run \`npm run build\` first.`;
        return;
      }
      if (release) serveCdn(context, rewriteWidgetVersion(readFileSync(absolute, 'utf8'), release[2]), cdnTypes['.js']);
      else serveCdn(context, readFileSync(absolute), cdnTypes[path.extname(absolute)] ?? 'application/octet-stream');
      return;
    }
    if (context.path === '/test/pages/kit-pinned.html') {
      const page = pinnedKitPage(context.query.tamper);
      if (!page) {
        context.status = 404;
        context.body = 'dist/kit is not built: run `npm run build` first.';
        return;
      }
      context.type = 'text/html';
      context.set('Cache-Control', 'no-store');
      context.set('Content-Security-Policy', page.policy);
      context.body = page.html;
      return;
    }
    const script = pageScriptBundle.exec(context.path);
    if (script) {
      const body = await bundlePageScript(script[1]);
      if (body === undefined) return next();
      context.type = 'application/javascript';
      context.set('Cache-Control', 'no-store');
      context.body = body;
      return;
    }
    await next();
    const policy = policyFor(context);
    if (policy) context.set('Content-Security-Policy', policy);
  };
}
