// Writes the server-rendered pages the hydration test (test/ssr/hydrate.test.ts) loads in the
// browser: node_modules/.cache/tessera-ssr/fixtures.json, { <fixture>: <html> }. Rendered
// from the sources, so it runs before the build (`npm test` runs it in "pretest").
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderAll } from './ssr-render.mjs';
import { root } from './workspace.mjs';

export const fixturesFile = path.join(root, 'node_modules/.cache/tessera-ssr/fixtures.json');

const { html } = await renderAll();
mkdirSync(path.dirname(fixturesFile), { recursive: true });
writeFileSync(fixturesFile, `${JSON.stringify(html, null, 2)}\n`);
console.log(`server-rendered ${Object.keys(html).length} pages into ${path.relative(root, fixturesFile)}`);
