// Measures what each package ships: raw, gzip (level 9) and brotli bytes of its ESM
// entry (Lit and @tessera/* external), its CDN file, the whole kit and Lit alone.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import path from 'node:path';
import { packageNames, packagesDir, root, widgetNames } from './workspace.mjs';

export function compressed(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function bundle(contents, { external = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    external,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const dist = (pkg, file) => path.join(packagesDir, pkg, 'dist', file);
const importPath = (file) => JSON.stringify(file.split(path.sep).join('/'));

/** Sizes of every built package; entries are missing for packages not built yet. */
export async function measureSizes() {
  const esm = {};
  const cdn = {};
  for (const name of packageNames()) {
    const entry = dist(name, 'index.js');
    if (!existsSync(entry) || name === 'mocks') continue;
    esm[name] = compressed(await bundle(`export * from ${importPath(entry)};`, { external: ['lit', 'lit/*', '@lit/*', '@tessera/*'] }));
  }
  const widgets = widgetNames().filter((n) => existsSync(dist(n, 'cdn.js')));
  for (const name of widgets) cdn[name] = compressed(readFileSync(dist(name, 'cdn.js')));
  const kitEntries = [dist('core', 'define.js'), dist('provider-rest', 'register.js'), ...widgets.map((n) => dist(n, 'define.js'))];
  const kit = kitEntries.every(existsSync)
    ? compressed(await bundle(kitEntries.map((f) => `import ${importPath(f)};`).join('\n')))
    : undefined;
  const lit = compressed(await bundle(`export { LitElement, html, css, nothing } from 'lit'; export * from 'lit/decorators.js';`));
  return { esm, cdn, kit, lit, widgets };
}
