// Money moves exactly once: 100 concurrent submits over HTTP with one Idempotency-Key make
// one payment row (and one dispute, one Auto Pay change), 100 with distinct keys make 100.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clientFor, CUSTOMERS, startTestServer } from './support.mjs';

const CONCURRENT = 100;
const customerId = CUSTOMERS.jordan.id;

describe('idempotency under concurrency, counted in the database', () => {
  let server;
  let send;
  let earliestDate;
  const count = async (table, where = '', params = []) =>
    (await server.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE customer_id = $1 ${where}`, [customerId, ...params]))[0].n;
  const payment = (cents) => ({ accountId: 'card-acct-1', fundingAccountId: 'bank-1', amount: { amount: cents, currency: 'USD' }, date: earliestDate });
  const times = (n, make) => Promise.all(Array.from({ length: n }, (_, i) => make(i)));

  before(async () => {
    server = await startTestServer();
    send = clientFor(server, CUSTOMERS.jordan.token);
    ({ earliestDate } = (await send({ path: '/accounts/card-acct-1/payment-options' })).body);
  });
  after(() => server.close());

  it(`${CONCURRENT} concurrent payments with one key: one row, one 201, the same receipt for all`, async () => {
    const answers = await times(CONCURRENT, () => send({ method: 'POST', path: '/payments', headers: { 'Idempotency-Key': 'one-key' }, body: payment(125) }));
    assert.deepEqual([...new Set(answers.map((a) => a.status))].sort(), [200, 201]);
    assert.equal(answers.filter((a) => a.status === 201).length, 1);
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
    assert.equal(await count('payments', 'AND idempotency_key = $2', ['one-key']), 1);
    assert.equal(await count('idempotency_keys', 'AND idempotency_key = $2', ['one-key']), 1);
    const [{ state }] = await server.db.query('SELECT state FROM customers WHERE id = $1', [customerId]);
    assert.equal(state.payments.filter((p) => p.id === answers[0].body.id).length, 1);
  });

  it('the same key with another body is a conflict, and makes nothing', async () => {
    const answer = await send({ method: 'POST', path: '/payments', headers: { 'Idempotency-Key': 'one-key' }, body: payment(126) });
    assert.equal(answer.status, 409);
    assert.equal(answer.body.error.code, 'conflict');
    assert.equal(await count('payments', 'AND idempotency_key = $2', ['one-key']), 1);
  });

  it(`${CONCURRENT} concurrent payments with distinct keys: ${CONCURRENT} rows, ${CONCURRENT} distinct receipts`, async () => {
    const before = await count('payments');
    const answers = await times(CONCURRENT, (i) => send({ method: 'POST', path: '/payments', headers: { 'Idempotency-Key': `distinct-${i}` }, body: payment(100) }));
    assert.deepEqual(answers.map((a) => a.status), Array(CONCURRENT).fill(201));
    assert.equal(new Set(answers.map((a) => a.body.id)).size, CONCURRENT);
    assert.equal((await count('payments')) - before, CONCURRENT);
    const [{ state }] = await server.db.query('SELECT state FROM customers WHERE id = $1', [customerId]);
    const ids = new Set(answers.map((a) => a.body.id));
    assert.equal(state.payments.filter((p) => ids.has(p.id)).length, CONCURRENT);
  });

  it(`${CONCURRENT} concurrent disputes of one charge with one key: one dispute row`, async () => {
    const body = { accountId: 'card-acct-1', transactionId: 'txn-2041', reason: 'other', answers: { merchantContacted: false, details: 'Charged after I canceled.' }, attachmentIds: [] };
    const answers = await times(CONCURRENT, () => send({ method: 'POST', path: '/disputes', headers: { 'Idempotency-Key': 'dispute-key' }, body }));
    assert.equal(answers.filter((a) => a.status === 201).length, 1);
    assert.ok(answers.every((a) => a.status === 201 || a.status === 200));
    assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
    assert.equal(await count('disputes', 'AND transaction_id = $2', ['txn-2041']), 1);
  });

  it(`${CONCURRENT} concurrent disputes of one charge with distinct keys: still one case (a charge is disputed once), the others refused`, async () => {
    const body = { accountId: 'card-acct-1', transactionId: 'txn-2041', reason: 'other', answers: { merchantContacted: false, details: 'Again.' }, attachmentIds: [] };
    const answers = await times(CONCURRENT, (i) => send({ method: 'POST', path: '/disputes', headers: { 'Idempotency-Key': `dispute-${i}` }, body }));
    assert.ok(answers.every((a) => a.status >= 400 && a.status < 500), [...new Set(answers.map((a) => a.status))].join());
    assert.equal(await count('disputes', 'AND transaction_id = $2', ['txn-2041']), 1);
  });

  it(`${CONCURRENT} concurrent Auto Pay enrollments with one key: one change, one authorization`, async () => {
    const { earliestDate: startDate } = (await send({ path: '/accounts/auto-acct-1/payment-options' })).body;
    const body = {
      rule: 'fixed',
      fixedAmount: { amount: 60_000, currency: 'USD' },
      fundingAccountId: 'bank-1',
      startDate,
      authorization: { version: 'HB-AUTOPAY-2026-03', acceptedAt: '2026-11-20T16:04:05.000Z', locale: 'en', text: 'You authorize Harborview Bank to debit the bank account shown each month.' },
    };
    const [{ state: before }] = await server.db.query('SELECT state FROM customers WHERE id = $1', [customerId]);
    const answers = await times(CONCURRENT, () => send({ method: 'PUT', path: '/accounts/auto-acct-1/autopay', headers: { 'Idempotency-Key': 'autopay-key' }, body }));
    assert.deepEqual([...new Set(answers.map((a) => a.status))], [200]);
    assert.equal(await count('idempotency_keys', 'AND idempotency_key = $2', ['autopay-key']), 1);
    const [{ state }] = await server.db.query('SELECT state FROM customers WHERE id = $1', [customerId]);
    assert.equal(state.authorizations.length - before.authorizations.length, 1);
  });
});
