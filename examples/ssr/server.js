// @ts-check
// Server-renders the page with @lit-labs/ssr: each widget's shadow root is in the HTML
// (Declarative Shadow DOM), drawn before any script runs, and the browser script hydrates
// it. Context does not flow on the server, so widgets inside <tessera-provider> render their
// loading skeleton and load in the browser; the FICO gauge gets its data from the server
// (attributes: its presentational mode) and is complete in the first paint.
// Build the browser script first (`npm run build`); `PORT=0 node server.js` picks a free port.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { createMemoryProvider, createMockStore } from '@tessera/mocks';
import { createApiHandler, toNodeListener } from '@tessera/mocks/server';
// The tags are registered on the server too, so render() can draw their shadow roots.
import '@tessera/core/define';
import '@tessera/card-lock/define';
import '@tessera/fico-gauge/define';

const dist = new URL('dist/', import.meta.url);
const manifestFile = new URL('.vite/manifest.json', dist);
if (!existsSync(manifestFile)) throw new Error('No dist/.vite/manifest.json: run `npm run build` first.');
/** @type {Record<string, { file: string }>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const clientScript = `/${manifest['src/client.ts']?.file}`;

// The mock lender stands in for your servicing API: the browser calls it at /api, and this
// server reads the same data directly, as your server would call your API.
const store = createMockStore();
const api = createApiHandler({ store });

async function page() {
  // A memory provider per page: it keeps a log of its calls, which a long-lived one would grow.
  const score = await createMemoryProvider(store).creditScore.getCreditScore();
  const body = await collectResult(
    render(html`
      <h1>Harborview Bank</h1>
      <section>
        <h2>Your FICO® Score</h2>
        <tessera-fico-gauge
          score=${score.score ?? nothing}
          previous-score=${score.previous?.score ?? nothing}
          as-of=${score.asOf}
          model=${score.model}
          bureau=${score.bureau}
        ></tessera-fico-gauge>
      </section>
      <section>
        <h2>Lock your card</h2>
        <tessera-provider endpoint="/api">
          <tessera-card-lock card-id="card-1"></tessera-card-lock>
        </tessera-provider>
        <p id="activity" role="status"></p>
      </section>
    `),
  );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Your account – Harborview Bank</title>
    <script type="module" src="${clientScript}"></script>
  </head>
  <body>${body}</body>
</html>`;
}

const TYPES = new Map([
  ['.js', 'text/javascript; charset=utf-8'],
  ['.map', 'application/json'],
]);

const listener = toNodeListener(api, (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET') return void response.writeHead(405).end();
  if (pathname === '/') {
    page().then(
      (text) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(text),
      (error) => {
        console.error(error);
        response.writeHead(500).end();
      },
    );
    return;
  }
  const file = new URL(`.${pathname}`, dist);
  const type = TYPES.get(extname(pathname));
  if (pathname.startsWith('/assets/') && !pathname.includes('..') && type && existsSync(file)) {
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  } else {
    response.writeHead(404).end();
  }
});

const server = createServer(listener);
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`Serving http://127.0.0.1:${address.port}/`);
});
