// The servicing API of openapi.yaml on Hono. Every route is @tessera/mocks' route, answered
// by the lender's rules (one source of rules) over the customer's state read from the
// database in a transaction; what a call changes is written back in that transaction, with
// the rows of the payment or dispute it made and its idempotency key.
import { Hono } from 'hono';
import { API_ROUTES, createLenders, errorResponse, requestLocale, serveRoute } from '@tessera/mocks/server';
import { createFaults } from '@tessera/mocks';
import { ProviderError } from '@tessera/core';
import { KEYED_ROUTES, recordKeyedCall, requestHash, updatePaymentRow } from './idempotency.mjs';
import { messages } from './messages.mjs';
import { parseFaultHeader, FAULT_HEADER } from './faults.mjs';
import { parameterError } from './parameters.mjs';
import { createRateLimiter } from './rate-limit.mjs';
import { tokenHash } from './seed.mjs';

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Max-Age': '600',
  'Access-Control-Expose-Headers': 'Retry-After',
};
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept-Language, Idempotency-Key';

/**
 * @typedef {object} AppOptions
 * @property {import('./db.mjs').Database} db
 * @property {string} [basePath] where the API lives: `/api` (default)
 * @property {'*' | readonly string[]} [allowOrigins] origins a browser may call it from (CORS); default none
 * @property {boolean} [faults] honour the `Tessera-Fault` request header (off by default)
 * @property {{ limit: number, windowMs: number }} [rateLimit] requests per token (or address) per window
 * @property {() => Date} [now] the clock for instants
 * @property {(line: string) => void} [log] one line per request: method, path template, status, time (no ids, no bodies)
 */

/** @param {AppOptions} options */
export function createApp(options) {
  const { db, allowOrigins = [], now = () => new Date(), log } = options;
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  const states = createStateCache();
  const limiter = createRateLimiter(options.rateLimit ?? { limit: 1200, windowMs: 60_000 });
  const app = new Hono();

  const corsFor = (origin) => {
    if (!origin || (allowOrigins !== '*' && !allowOrigins.includes(origin))) return undefined;
    return {
      ...CORS_HEADERS,
      'Access-Control-Allow-Origin': allowOrigins === '*' ? '*' : origin,
      'Access-Control-Allow-Headers': options.faults ? `${ALLOWED_HEADERS}, ${FAULT_HEADER}` : ALLOWED_HEADERS,
      ...(allowOrigins === '*' ? {} : { 'Access-Control-Allow-Credentials': 'true' }),
      Vary: 'Origin',
    };
  };

  const failure = (request, code, key, extra = {}) => {
    const locale = requestLocale(new URL(request.url), request);
    return errorResponse(new ProviderError(code, messages[locale][key], extra), locale);
  };

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    const cors = corsFor(c.req.header('Origin'));
    if (cors) for (const [name, value] of Object.entries(cors)) c.res.headers.set(name, value);
    log?.(`${c.req.method} ${c.req.routePath} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  });

  app.options(`${base}/*`, (c) => new Response(null, { status: corsFor(c.req.header('Origin')) ? 204 : 403 }));

  app.use(`${base}/*`, async (c, next) => {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    const caller = token ? tokenHash(token) : (c.env?.incoming?.socket?.remoteAddress ?? 'unknown');
    const wait = limiter.take(caller);
    if (wait > 0) return failure(c.req.raw, 'rate-limited', 'rateLimited', { retryAfter: wait });
    const [row] = token ? await db.query('SELECT customer_id FROM access_tokens WHERE token_sha256 = $1', [caller]) : [];
    if (!row) return failure(c.req.raw, 'unauthorized', 'unauthorized');
    c.set('customerId', row.customer_id);
    await next();
  });

  for (const route of API_ROUTES) {
    app.on(route.method.toUpperCase(), `${base}${route.path}`, async (c) => {
      const invalid = parameterError(c.req.raw, base, requestLocale(new URL(c.req.url), c.req.raw));
      if (invalid) return errorResponse(invalid, requestLocale(new URL(c.req.url), c.req.raw));
      const fault = options.faults ? parseFaultHeader(c.req.header(FAULT_HEADER)) : undefined;
      const answer = await serveFromDatabase(route, c.req.raw, c.req.param(), c.get('customerId'), fault);
      if (fault?.dropAfterCommit) c.env?.outgoing?.destroy();
      return answer;
    });
  }

  app.all(`${base}/*`, (c) => {
    const path = c.req.path.slice(base.length);
    const allowed = API_ROUTES.filter((r) => pathPattern(r.path).test(path)).map((r) => r.method.toUpperCase());
    if (allowed.length === 0) return failure(c.req.raw, 'not-found', 'notFound');
    const response = failure(c.req.raw, 'validation', 'methodNotAllowed', { status: 405 });
    response.headers.set('Allow', allowed.join(', '));
    return response;
  });

  app.onError((error, c) => {
    console.error(`reference-server: ${c.req.method} ${c.req.routePath}: ${error instanceof Error ? error.message : String(error)}`);
    return failure(c.req.raw, 'unknown', 'unknown', { status: 500 });
  });

  /**
   * One call: the customer's state read (FOR UPDATE when the call may change it), the
   * route's rule run on it, and the changed state, the call's rows and its key written
   * back in the same transaction. The same key and request answer the stored answer.
   */
  async function serveFromDatabase(route, request, params, customerId, fault) {
    const changes = route.method !== 'get';
    const keyed = route.route in KEYED_ROUTES;
    const key = keyed ? request.headers.get('Idempotency-Key') : null;
    const hash = key ? requestHash(new URL(request.url).pathname, await request.clone().text()) : '';
    const faults = fault?.rule ? createFaults() : undefined;
    faults?.set(route.route, { ...fault.rule, times: 1 });
    const run = async (tx) => {
      const [{ version }] = await tx.query(`SELECT version FROM customers WHERE id = $1${changes ? ' FOR UPDATE' : ''}`, [customerId]);
      if (key) {
        const [prior] = await tx.query(
          'SELECT request_sha256, response_status, response_body, content_language FROM idempotency_keys WHERE customer_id = $1 AND operation = $2 AND idempotency_key = $3',
          [customerId, route.route, key],
        );
        if (prior && prior.request_sha256 !== hash) return failure(request, 'conflict', 'keyReused');
        if (prior) return replay(prior);
      }
      const read = await states.read(tx, customerId, version);
      // A change works on its own copy: nobody sees it before it is committed.
      const store = changes ? structuredClone(read) : read;
      // A list filtered by an account answers only for the customer's own accounts.
      const accountId = new URL(request.url).searchParams.get('accountId');
      if (accountId !== null && !store.accounts.some((account) => account.id === accountId)) return failure(request, 'not-found', 'noSuchAccount');
      const response = await serveRoute(route, createLenders(store, now), request, params, { faults });
      if (!changes || !response.ok) return response;
      const text = await response.text();
      await tx.query('UPDATE customers SET state = $2::jsonb, version = $3, updated_at = now() WHERE id = $1', [customerId, JSON.stringify(store), version + 1]);
      committed = { customerId, version: version + 1, store };
      const body = text ? JSON.parse(text) : undefined;
      if (key) {
        const language = response.headers.get('Content-Language');
        await recordKeyedCall(tx, { customerId, route: route.route, key, hash, status: response.status, body, language });
      }
      if (route.route === 'payments.changeScheduledPayment' || route.route === 'payments.cancelPayment') await updatePaymentRow(tx, customerId, body);
      return new Response(text || null, { status: response.status, headers: response.headers });
    };
    /** @type {{ customerId: string, version: number, store: object } | undefined} */
    let committed;
    if (!changes) return run(db);
    const answer = await db.transaction(run);
    if (committed) states.remember(committed.customerId, committed.version, committed.store);
    return answer;
  }

  return app;
}

/**
 * The parsed state of each customer at the version last read or written here. The version
 * is read from the database on every call, so a change made by another server is seen.
 */
function createStateCache() {
  /** @type {Map<string, { version: number, store: object }>} */
  const cached = new Map();
  return {
    async read(tx, customerId, version) {
      const hit = cached.get(customerId);
      if (hit?.version === version) return hit.store;
      const [row] = await tx.query('SELECT state, version FROM customers WHERE id = $1', [customerId]);
      const store = typeof row.state === 'string' ? JSON.parse(row.state) : row.state;
      cached.set(customerId, { version: row.version, store });
      return store;
    },
    remember(customerId, version, store) {
      cached.set(customerId, { version, store });
    },
  };
}

/** The stored answer to a key's first request; a case made (201) is answered 200 the second time. */
function replay(prior) {
  const headers = { 'Content-Type': 'application/json', ...(prior.content_language ? { 'Content-Language': prior.content_language } : {}) };
  const body = typeof prior.response_body === 'string' ? prior.response_body : JSON.stringify(prior.response_body);
  return new Response(body, { status: prior.response_status === 201 ? 200 : prior.response_status, headers });
}

/** `/cards/:cardId` → a RegExp for one path segment per parameter. */
function pathPattern(path) {
  return new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
}
