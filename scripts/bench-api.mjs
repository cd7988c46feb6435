// A bounded load run of the reference server on loopback (autocannon, a fixed number of
// requests): requests per second and p99 latency for reads and for payments, then a count
// of the payments in the database against the answers given (none lost, none made twice).
// `npm run bench:api` (a few minutes on 2 busy cores); writes bench/api-load.json. Options: --requests=N
// (per run, default 1000), --connections=N (default 10). Needs `npm run build` (the mocks' dist).
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CUSTOMERS, startServer } from '../packages/reference-server/src/index.mjs';
import { root } from './workspace.mjs';

const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const REQUESTS = option('requests', 1000);
const CONNECTIONS = option('connections', 10);
const KEYS = Math.floor(REQUESTS / 4);
// Keys of this run only: a PostgreSQL database keeps the payments of earlier runs.
const RUN = `load-${Date.now().toString(36)}`;

const server = await startServer({ port: 0, databaseUrl: process.env.DATABASE_URL || undefined, rateLimit: { limit: 1e9, windowMs: 60_000 } });
const headers = { Authorization: `Bearer ${CUSTOMERS.jordan.token}`, 'Content-Type': 'application/json', 'Accept-Language': 'en' };
const api = `${server.url}/api`;
const { earliestDate } = await (await fetch(`${api}/accounts/card-acct-1/payment-options`, { headers })).json();
const payment = JSON.stringify({ accountId: 'card-acct-1', fundingAccountId: 'bank-1', amount: { amount: 100, currency: 'USD' }, date: earliestDate });

/** One autocannon run; `key(i)` gives the i-th request's Idempotency-Key. */
async function run(title, { url, method = 'GET', body, key }) {
  let sent = 0;
  const statuses = {};
  const result = await autocannon({
    url,
    method,
    connections: CONNECTIONS,
    amount: REQUESTS,
    headers,
    ...(body ? { body } : {}),
    ...(key ? { requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'Idempotency-Key': key(sent++) } }) }] } : {}),
  });
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = count;
  const row = { title, requests: result.requests.total, rps: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, statuses, errors: result.errors, timeouts: result.timeouts };
  console.log(`${title}: ${row.requests} requests, ${row.rps} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms, statuses ${JSON.stringify(statuses)}, errors ${row.errors}`);
  return row;
}

const runs = [
  await run('read: GET /accounts/{accountId}', { url: `${api}/accounts/card-acct-1` }),
  await run('read: GET /accounts/{accountId}/transactions', { url: `${api}/accounts/card-acct-1/transactions?limit=20` }),
  await run('payment: POST /payments, a new key each', { url: `${api}/payments`, method: 'POST', body: payment, key: (i) => `${RUN}-new-${i}` }),
  await run(`payment: POST /payments, ${KEYS} keys each sent 4 times (retries)`, { url: `${api}/payments`, method: 'POST', body: payment, key: (i) => `${RUN}-retry-${i % KEYS}` }),
];

const count = async (sql) => (await server.db.query(sql))[0].n;
const rows = {
  newKeys: await count(`SELECT count(*)::int AS n FROM payments WHERE idempotency_key LIKE '${RUN}-new-%'`),
  retriedKeys: await count(`SELECT count(*)::int AS n FROM payments WHERE idempotency_key LIKE '${RUN}-retry-%'`),
  distinctIds: await count(`SELECT count(DISTINCT payment_id)::int AS n FROM payments WHERE idempotency_key LIKE '${RUN}-%'`),
};
const [{ state }] = await server.db.query("SELECT state FROM customers WHERE id = 'cust-1'");
const ids = new Set((await server.db.query(`SELECT payment_id FROM payments WHERE idempotency_key LIKE '${RUN}-%'`)).map((r) => r.payment_id));
const inState = state.payments.filter((p) => ids.has(p.id)).length;
const created = (runs[2].statuses['201'] ?? 0) + (runs[3].statuses['201'] ?? 0);
const check = {
  ...rows,
  inState,
  answered201: created,
  ok: rows.newKeys === (runs[2].statuses['201'] ?? 0) && rows.retriedKeys === (runs[3].statuses['201'] ?? 0) && rows.retriedKeys <= KEYS && rows.distinctIds === rows.newKeys + rows.retriedKeys && inState === rows.distinctIds,
};
console.log(`payments after the run: ${JSON.stringify(check)}`);
const machine = { cpu: os.cpus()[0]?.model, cores: os.cpus().length, load: os.loadavg().map((n) => n.toFixed(2)).join(' '), node: process.version, database: server.db.kind };
writeFileSync(path.join(root, 'bench/api-load.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, connections: CONNECTIONS, runs, payments: check }, null, 2)}\n`);
await server.close();
if (!check.ok) {
  console.error('payments lost or made twice');
  process.exit(1);
}
