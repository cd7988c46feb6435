// Bundles what the browser test needs from React into one ES module. React ships CommonJS
// only, and the test runner serves ES modules as they are; the bundle holds React, ReactDOM's
// client and this package's source, while Lit, @lit/react and every @tessera/* import stay
// imports, so the page shares one copy of each with the test. Run before the browser tests
// (`npm test` does, through "pretest").
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const bundleFile = path.join(root, 'node_modules/.cache/tessera-react/react-test.js');

export async function bundleReactTest() {
  mkdirSync(path.dirname(bundleFile), { recursive: true });
  await build({
    stdin: {
      contents: [
        `export * from './packages/react/src/index.ts';`,
        `export { createElement, StrictMode } from 'react';`,
        `export { createRoot, hydrateRoot } from 'react-dom/client';`,
        `export { flushSync } from 'react-dom';`,
      ].join('\n'),
      resolveDir: root,
      sourcefile: 'react-test-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: bundleFile,
    sourcemap: 'inline',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': '"development"' },
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*', '@tessera/*'],
    logLevel: 'warning',
  });
  return bundleFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await bundleReactTest();
  console.log(`React test bundle: ${path.relative(root, file)}`);
}
