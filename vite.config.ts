// Dev server for the demo host page (`npm start`). Workspace packages are served from
// source, and the msw worker from public/ at the site root.
import { defineConfig, type Plugin } from 'vite';
import { sourceFor } from './scripts/workspace.mjs';

/** Resolves "@tessera/<pkg>[/<sub>]" to the package's TypeScript source. */
export function workspaceSources(): Plugin {
  return {
    name: 'tessera-workspace-sources',
    enforce: 'pre',
    resolveId(source) {
      return sourceFor(source) ?? null;
    },
  };
}

export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  plugins: [workspaceSources()],
  // The reference server's API for the demo (see demo/main.ts); empty: the mock API.
  define: { __TESSERA_API__: JSON.stringify(process.env.TESSERA_API ?? '') },
  server: { port: Number(process.env.PORT ?? 5173), host: 'localhost' },
  preview: { port: Number(process.env.PORT ?? 4173) },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
