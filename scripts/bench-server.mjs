// The bench's pages: each page script is bundled with esbuild into bench/.tmp/site/ (production
// Lit, the packages' dist builds) and served from a tiny static server on 127.0.0.1.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './workspace.mjs';

export const siteDir = path.join(root, 'bench/.tmp/site');
export const pagesDir = path.join(root, 'bench/pages');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Empties the site folder and puts msw's worker at its root (msw serves from `/mockServiceWorker.js`). */
export function prepareSite() {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  copyFileSync(path.join(root, 'public/mockServiceWorker.js'), path.join(siteDir, 'mockServiceWorker.js'));
}

/**
 * Bundles one page script into `<name>.js` and writes `<name>.html` around it. `entry` is a
 * file in bench/pages/ or inline source (resolved from bench/pages/). The first statement of
 * the bundle records `globalThis.benchScriptStart`, for the time-to-defined measurement.
 */
export async function buildPage(name, { entry, contents, title = name, head = '' }) {
  await build({
    ...(entry ? { entryPoints: [path.join(pagesDir, entry)] } : { stdin: { contents, resolveDir: pagesDir, loader: 'js' } }),
    outfile: path.join(siteDir, `${name}.js`),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    banner: { js: 'globalThis.benchScriptStart = performance.now();' },
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // Resolve @tessera/* through node_modules to the built dist files, not tsconfig paths to src.
    tsconfigRaw: '{}',
    logLevel: 'warning',
  });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font-family: system-ui, sans-serif; } #stage { padding: 8px; }</style>
${head}</head>
<body>
<div id="stage"></div>
<script type="module" src="/${name}.js"></script>
</body>
</html>
`;
  writeFileSync(path.join(siteDir, `${name}.html`), html);
}

/** Serves bench/.tmp/site on 127.0.0.1 at a random free port. */
export async function startServer() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.join(siteDir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(siteDir) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'service-worker-allowed': '/',
      })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
