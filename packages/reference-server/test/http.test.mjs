// The HTTP edges: tokens, bad input (always a 4xx with field errors, never a 500), CORS as
// openapi.yaml describes it, rate limiting (429 with Retry-After) and faults on demand.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_PATH, clientFor, CUSTOMERS, startTestServer } from './support.mjs';

const PARTNER = 'https://partner.example.com';
const RATE_LIMIT = 60;

describe('the reference server over HTTP', () => {
  let server;
  let send;
  let earliestDate;

  before(async () => {
    server = await startTestServer({ allowOrigins: [PARTNER], faults: true, rateLimit: { limit: RATE_LIMIT, windowMs: 60_000 } });
    send = clientFor(server, CUSTOMERS.jordan.token);
    ({ earliestDate } = (await send({ path: '/accounts/card-acct-1/payment-options' })).body);
  });
  after(() => server.close());

  it('answers 401 without a token or with an unknown one', async () => {
    for (const client of [clientFor(server), clientFor(server, 'no-such-token')]) {
      const answer = await client({ path: '/accounts' });
      assert.equal(answer.status, 401);
      assert.equal(answer.body.error.code, 'unauthorized');
    }
  });

  it("words its own refusals in the request's language", async () => {
    const spanish = await clientFor(server)({ path: '/accounts', headers: { 'Accept-Language': 'es-US,es;q=0.9' } });
    assert.equal(spanish.headers.get('Content-Language'), 'es');
    assert.match(spanish.body.error.message, /Vuelva a iniciar sesión/);
    const invalid = await send({ path: '/accounts/card-acct-1/transactions', query: { limit: 'abc' }, headers: { 'Accept-Language': 'es' }, invalidRequest: true });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.fieldErrors[0].field, 'limit');
    assert.match(invalid.body.error.fieldErrors[0].message, /No es un valor permitido/);
  });

  it('answers bad input with a 4xx and field errors, never a 500', async () => {
    const pay = { accountId: 'card-acct-1', fundingAccountId: 'bank-1', amount: { amount: 100, currency: 'USD' }, date: earliestDate };
    const key = { 'Idempotency-Key': 'bad-input' };
    const bad = [
      { method: 'POST', path: '/payments', headers: key, body: 'not json' },
      { method: 'POST', path: '/payments', headers: key, body: [] },
      { method: 'POST', path: '/payments', headers: key, body: 'null' },
      { method: 'POST', path: '/payments', headers: key, body: { ...pay, amount: { amount: '100', currency: 'USD' } } },
      { method: 'POST', path: '/payments', headers: key, body: { ...pay, amount: { amount: 1e308, currency: 'USD' } } },
      { method: 'POST', path: '/payments', headers: key, body: { ...pay, date: '2026-02-31' } },
      { method: 'POST', path: '/payments', body: pay },
      { method: 'PATCH', path: '/payments/pmt-1', headers: key, body: { amount: { amount: -5, currency: 'USD' } } },
      { method: 'PUT', path: '/cards/card-1/lock', body: { locked: 'yes' } },
      { method: 'PUT', path: '/accounts/card-acct-1/autopay', headers: key, body: { rule: 'nope' } },
      { method: 'POST', path: '/funding-accounts', body: { holderName: 'Jordan Rivera', routingNumber: '011000015', accountNumber: 'abc', type: 'savings' } },
      { method: 'POST', path: '/alerts/mobile-verifications', body: { phone: 12 } },
      { method: 'POST', path: '/disputes', headers: key, body: {} },
      { method: 'POST', path: '/dispute-attachments', body: { file: 'not a file' } },
      { method: 'PUT', path: '/text-consent', body: { version: 1 } },
      { path: '/accounts/card-acct-1/transactions', query: { limit: 'abc' } },
      { path: '/accounts/auto-acct-1/payoff-quote' },
      { path: '/documents', query: { type: 'receipt' } },
      { path: '/help/faq', query: { locale: 'fr' } },
      { path: `/accounts/${'x'.repeat(3000)}` },
      { path: '/accounts/%E0%A4%A' },
      { method: 'POST', path: '/payments', headers: key, body: '['.repeat(5000) },
    ];
    for (const request of bad) {
      const answer = await send({ ...request, invalidRequest: true });
      const context = `${request.method ?? 'GET'} ${request.path.slice(0, 60)}: ${answer.status} ${answer.text.slice(0, 200)}`;
      assert.ok(answer.status >= 400 && answer.status < 500, context);
      if (answer.status === 400 || answer.status === 422) {
        assert.equal(answer.body.error.code, 'validation', context);
        assert.ok(Array.isArray(answer.body.error.fieldErrors), context);
      }
    }
    const [{ n }] = await server.db.query("SELECT count(*)::int AS n FROM idempotency_keys WHERE idempotency_key = 'bad-input'");
    assert.equal(n, 0, 'refused requests store no key');
  });

  it('answers 404 for a path the API does not have, 405 for a method a path does not take', async () => {
    const headers = { Authorization: `Bearer ${CUSTOMERS.jordan.token}` };
    const missing = await fetch(`${server.url}${BASE_PATH}/no-such-path`, { headers });
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).error.code, 'not-found');
    const wrong = await fetch(`${server.url}${BASE_PATH}/cards`, { method: 'DELETE', headers });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('Allow'), 'GET');
  });

  it('answers CORS as openapi.yaml describes, for allowed origins only', async () => {
    const preflight = await fetch(`${server.url}${BASE_PATH}/payments`, {
      method: 'OPTIONS',
      headers: { Origin: PARTNER, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), PARTNER);
    assert.match(preflight.headers.get('Access-Control-Allow-Methods'), /GET, POST, PUT, PATCH, DELETE/);
    assert.match(preflight.headers.get('Access-Control-Allow-Headers'), /Authorization, Content-Type, Accept-Language, Idempotency-Key/);
    assert.equal(preflight.headers.get('Access-Control-Max-Age'), '600');
    assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), 'true');
    const answer = await send({ path: '/cards', headers: { Origin: PARTNER } });
    assert.equal(answer.headers.get('Access-Control-Allow-Origin'), PARTNER);
    assert.equal(answer.headers.get('Access-Control-Expose-Headers'), 'Retry-After');
    const elsewhere = await send({ path: '/cards', headers: { Origin: 'https://elsewhere.example.com' } });
    assert.equal(elsewhere.headers.get('Access-Control-Allow-Origin'), null);
  });

  it('answers faults asked for in the Tessera-Fault header: a status with Retry-After, latency', async () => {
    const failing = await send({ path: '/cards', headers: { 'Tessera-Fault': 'status=503; retry-after=7' } });
    assert.equal(failing.status, 503);
    assert.equal(failing.headers.get('Retry-After'), '7');
    assert.equal(failing.body.error.code, 'unavailable');
    assert.equal((await send({ path: '/cards', headers: { 'Tessera-Fault': 'latency=20' } })).status, 200);
  });

  it('drops the connection after the commit when asked: the payment is made once, and the retry gets it back', async () => {
    const body = JSON.stringify({ accountId: 'card-acct-1', fundingAccountId: 'bank-1', amount: { amount: 300, currency: 'USD' }, date: earliestDate });
    const headers = { Authorization: `Bearer ${CUSTOMERS.jordan.token}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'dropped' };
    await assert.rejects(fetch(`${server.url}${BASE_PATH}/payments`, { method: 'POST', headers: { ...headers, 'Tessera-Fault': 'drop-after-commit' }, body }));
    const [{ n }] = await server.db.query("SELECT count(*)::int AS n FROM payments WHERE idempotency_key = 'dropped'");
    assert.equal(n, 1);
    const retry = await send({ method: 'POST', path: '/payments', headers: { 'Idempotency-Key': 'dropped' }, body: JSON.parse(body) });
    assert.equal(retry.status, 200);
    const [{ payment_id: paymentId }] = await server.db.query("SELECT payment_id FROM payments WHERE idempotency_key = 'dropped'");
    assert.equal(retry.body.id, paymentId);
  });

  it(`limits each token to ${RATE_LIMIT} requests a minute: then 429 with Retry-After`, async () => {
    const client = clientFor(server, 'a-token-guessing-client');
    const statuses = [];
    for (let i = 0; i <= RATE_LIMIT; i++) statuses.push((await client({ path: '/card-capabilities' })).status);
    assert.deepEqual([...new Set(statuses.slice(0, RATE_LIMIT))], [401]);
    const limited = await client({ path: '/card-capabilities' });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.code, 'rate-limited');
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    assert.equal((await send({ path: '/card-capabilities' })).status, 200, 'other callers are not limited');
  });
});
