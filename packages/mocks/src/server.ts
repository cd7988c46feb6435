// The mock servicing API as a plain fetch handler (`Request` → `Response`), without msw:
// for a local API a partner's page or an example app can call over real HTTP, in Node or
// any runtime with the Fetch API. Same routes, rules, store and faults as the msw handlers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Faults } from './faults.js';
import { API_ROUTES, type ApiRoute } from './http/api-routes.js';
import { serveRoute } from './http/serve.js';
import { createLenders } from './lender/index.js';
import { createMockStore, type MockStore } from './store/index.js';

export interface ApiHandlerOptions {
  store?: MockStore;
  faults?: Faults;
  /** The path the API lives under: `/api` (default). */
  basePath?: string;
  /**
   * Origins allowed to call it from a browser (CORS, as `openapi.yaml` describes): `*` for
   * any, or a list. Default: none (same-origin pages only).
   */
  allowOrigins?: '*' | readonly string[];
  onRequest?: (request: Request) => void;
}

/** Answers API requests; `undefined` for a request outside the API, so a server can serve other files. */
export type ApiHandler = (request: Request) => Promise<Response | undefined>;

interface CompiledRoute {
  route: ApiRoute;
  pattern: RegExp;
  names: string[];
}

function compile(base: string, route: ApiRoute): CompiledRoute {
  const names: string[] = [];
  const source = `${base}${route.path}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z]+)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept-Language, Idempotency-Key',
  'Access-Control-Max-Age': '600',
  'Access-Control-Expose-Headers': 'Retry-After',
};

function withCors(response: Response, origin: string | null, allowed: ApiHandlerOptions['allowOrigins']): Response {
  if (!origin || !allowed || (allowed !== '*' && !allowed.includes(origin))) return response;
  // Response.error() has an immutable, empty header list: a dropped connection stays dropped.
  if (response.type === 'error') return response;
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', allowed === '*' ? '*' : origin);
  headers.set('Vary', 'Origin');
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, headers });
}

/** The REST API of `@tessera/provider-rest`'s `openapi.yaml`, served from a mock store. */
export function createApiHandler(options: ApiHandlerOptions = {}): ApiHandler {
  const store = options.store ?? createMockStore();
  const lenders = createLenders(store);
  const base = (options.basePath ?? '/api').replace(/\/+$/, '');
  const routes = API_ROUTES.map((route) => compile(base, route));
  return async (request) => {
    const url = new URL(request.url);
    const origin = request.headers.get('Origin');
    const matching = routes.filter(({ pattern }) => pattern.test(url.pathname));
    if (matching.length === 0) return undefined;
    if (request.method === 'OPTIONS') return withCors(new Response(null, { status: 204 }), origin, options.allowOrigins);
    const found = matching.find(({ route }) => route.method === request.method.toLowerCase());
    if (!found) return new Response(null, { status: 405, headers: { Allow: matching.map((m) => m.route.method.toUpperCase()).join(', ') } });
    const values = found.pattern.exec(url.pathname)!.slice(1);
    const params = Object.fromEntries(found.names.map((name, i) => [name, decodeURIComponent(values[i]!)]));
    const response = await serveRoute(found.route, lenders, request, params, options);
    return withCors(response, origin, options.allowOrigins);
  };
}

/**
 * A `node:http` listener for a fetch handler: `http.createServer(toNodeListener(handler))`.
 * Requests the handler does not answer get `404`, or go to `fallback`.
 */
export function toNodeListener(
  handler: ApiHandler,
  fallback?: (request: IncomingMessage, response: ServerResponse) => void,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (incoming, outgoing) => {
    void (async () => {
      const controller = new AbortController();
      outgoing.on('close', () => controller.abort());
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) headers.set(name, value.join(', '));
      }
      const body = chunks.length && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
      const request = new Request(`http://${incoming.headers.host ?? 'localhost'}${incoming.url ?? '/'}`, {
        method: incoming.method ?? 'GET',
        headers,
        body,
        signal: controller.signal,
      });
      const response = await handler(request);
      if (!response) {
        if (fallback) fallback(incoming, outgoing);
        else outgoing.writeHead(404).end();
        return;
      }
      // A network error: drop the connection, as a failing server would.
      if (response.type === 'error') return void outgoing.destroy();
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })();
  };
}

// The parts a server with its own storage reuses (the reference server): the routes, the
// lender's rules over a store, and how one route is answered and an error is written.
export { API_ROUTES, requestLocale, type Answer, type ApiRoute, type RouteInput } from './http/api-routes.js';
export { serveRoute, type ServeOptions } from './http/serve.js';
export { answerResponse, errorResponse } from './http/responses.js';
export { createLenders, type Lender } from './lender/index.js';
