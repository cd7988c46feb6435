// What the reference server's tests share: a fresh server (in-memory PGlite, unless
// DATABASE_URL names a PostgreSQL database, which is then emptied first) under the spec's
// own base path, and a client that checks every request and every answer against
// openapi.yaml: an answer that does not match the spec fails the test.
import assert from 'node:assert/strict';
import { CUSTOMERS, openDatabase, startServer } from '../src/index.mjs';
import { loadOpenApi } from '../../../test/node/openapi-checker.mjs';

export const api = loadOpenApi(new URL('../../provider-rest/openapi.yaml', import.meta.url));
export const BASE_PATH = new URL(api.spec.servers[0].url).pathname;
export { CUSTOMERS };

/**
 * A server on a free port of loopback, over a database seeded afresh: in-memory PGlite, or
 * with DATABASE_URL a schema of its own in that PostgreSQL database (test files run at once).
 */
export async function startTestServer(options = {}) {
  if (!process.env.DATABASE_URL) return startServer({ port: 0, basePath: BASE_PATH, ...options });
  const schema = `reference_test_${process.pid}`;
  const admin = await openDatabase({ url: process.env.DATABASE_URL });
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(process.env.DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const server = await startServer({ port: 0, basePath: BASE_PATH, databaseUrl: url.href, ...options });
  return {
    ...server,
    async close() {
      await server.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}

/**
 * Calls the server as `token`'s customer. Every request and answer is checked against the
 * spec (`invalidRequest`: the request is meant to break it; the answer must still match).
 */
export function clientFor(server, token) {
  return async function send({ method = 'GET', path, query, headers = {}, body, invalidRequest = false }) {
    const url = new URL(`${server.url}${BASE_PATH}${path}`);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, String(value));
    const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const allHeaders = {
      'Accept-Language': 'en',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(text !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    };
    let checked;
    try {
      checked = api.checkRequest({ method, url: url.href, headers: new Headers(allHeaders), body: text });
    } catch (error) {
      // A path that does not decode: the operation is the one its template matches.
      checked = { operation: api.operations.find((o) => o.method === method && o.pattern.test(url.pathname.slice(BASE_PATH.length))), problems: [String(error)] };
    }
    // A browser adds Origin; Tessera-Fault is the server's own test header.
    const problems = checked.problems.filter((p) => !/ header (origin|tessera-fault): not declared/.test(p));
    if (!invalidRequest) assert.deepEqual(problems, [], `${method} ${path}: the request breaks openapi.yaml`);
    const response = await fetch(url, { method, headers: allHeaders, body: text });
    const answer = await response.text();
    if (checked.operation) {
      const problems = api.checkResponse(checked.operation, { status: response.status, headers: response.headers, body: answer });
      assert.deepEqual(problems, [], `${method} ${path} answered ${response.status}: the answer breaks openapi.yaml`);
    }
    return { status: response.status, headers: response.headers, text: answer, body: answer ? JSON.parse(answer) : undefined };
  };
}
