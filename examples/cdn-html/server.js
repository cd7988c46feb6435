// @ts-check
// One node:http server standing in for three parties: the partner's web server (the page,
// with a strict Content-Security-Policy), the CDN (the widget's cdn.js) and the lender's
// servicing API (`/api`, answered by @tessera/mocks' seeded lender). No msw.
// `PORT=0 node server.js` picks a free port.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createApiHandler, toNodeListener } from '@tessera/mocks/server';

const CDN_PATH = '/cdn/@tessera/card-lock/dist/cdn.js';
const cardLock = new URL('./', import.meta.resolve('@tessera/card-lock/package.json'));

const cdnFile = readFileSync(new URL('dist/cdn.js', cardLock));
/** @type {{ 'cdn.js': { integrity: string } }} */
const manifest = JSON.parse(readFileSync(new URL('dist/cdn-manifest.json', cardLock), 'utf8'));
const page = readFileSync(new URL('index.html', import.meta.url), 'utf8').replace('$CARD_LOCK_INTEGRITY', manifest['cdn.js'].integrity);

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  // Scripts only from this origin and with no inline code; no inline styles; Trusted Types on.
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'",
};
const CDN_HEADERS = {
  'Content-Type': 'text/javascript; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'public, max-age=31536000, immutable',
};

const listener = toNodeListener(createApiHandler(), (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (request.method === 'GET' && pathname === '/') response.writeHead(200, PAGE_HEADERS).end(page);
  else if (request.method === 'GET' && pathname === CDN_PATH) response.writeHead(200, CDN_HEADERS).end(cdnFile);
  else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
});

const server = createServer(listener);
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`Serving http://127.0.0.1:${address.port}/`);
});
