// The mock servicing API over real HTTP (no msw): `@tessera/mocks/server` behind node:http,
// called by the REST provider and by a browser-like cross-origin client. Needs `npm run build`.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createApiHandler, toNodeListener } from '@tessera/mocks/server';
import { createFaults, createMockStore, MOCK_IDS } from '@tessera/mocks';
import { createRestProvider } from '@tessera/provider-rest';

describe('@tessera/mocks/server over node:http', () => {
  const store = createMockStore();
  const faults = createFaults();
  let server;
  let base;

  before(async () => {
    const handler = createApiHandler({ store, faults, allowOrigins: ['https://partner.example.com'] });
    server = createServer(toNodeListener(handler));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });

  after(() => new Promise((resolve) => server.close(resolve)));

  it('serves the REST API to the REST provider: reads and a change', async () => {
    const provider = createRestProvider({ baseUrl: `${base}/api`, retries: 0 });
    const cards = await provider.cards.listCards({ locale: 'es' });
    assert.ok(cards.some((card) => card.id === MOCK_IDS.card));
    const locked = await provider.cards.setCardLock(MOCK_IDS.card, { locked: true });
    assert.equal(locked.lock.locked, true);
    assert.equal(store.cards.find((card) => card.id === MOCK_IDS.card).lock.locked, true);
  });

  it('applies faults: an error code with its status and body', async () => {
    faults.set('cards.getCard', { error: 'unavailable', times: 1 });
    const response = await fetch(`${base}/api/cards/${MOCK_IDS.card}`);
    assert.equal(response.status, 503);
    assert.equal((await response.json()).error.code, 'unavailable');
  });

  it('answers CORS for an allowed origin, as openapi.yaml describes, and not for others', async () => {
    const preflight = await fetch(`${base}/api/payments`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://partner.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://partner.example.com');
    assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    assert.equal(preflight.headers.get('access-control-max-age'), '600');
    const other = await fetch(`${base}/api/cards`, { headers: { Origin: 'https://elsewhere.example.com' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });

  it('leaves other paths to the server: 404, and 405 for a wrong method', async () => {
    assert.equal((await fetch(`${base}/index.html`)).status, 404);
    const wrong = await fetch(`${base}/api/cards`, { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET');
  });
});
