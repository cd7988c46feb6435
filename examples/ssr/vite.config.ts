import { defineConfig } from 'vite';

// Builds only the browser script; server.js writes the page and finds the script's hashed
// file name in dist/.vite/manifest.json.
export default defineConfig({
  build: { target: 'es2022', manifest: true, rollupOptions: { input: 'src/client.ts' } },
});
