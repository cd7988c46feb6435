import { http, type RequestHandler } from 'msw';
import type { Faults } from './faults.js';
import { API_ROUTES } from './http/api-routes.js';
import { serveRoute } from './http/serve.js';
import { createLenders } from './lender/index.js';
import { createMockStore, type MockStore } from './store/index.js';

export interface HandlersOptions {
  store?: MockStore;
  faults?: Faults;
  /** Where the API lives: `/api` (default) or an absolute URL. */
  baseUrl?: string;
  /** Called with a copy of every request the handlers receive, in order. */
  onRequest?: (request: Request) => void;
  /** Aborting it ends every hanging or slow request (with a network error). */
  signal?: AbortSignal;
}

/** msw request handlers serving the REST API from a store, with faults, in each request's language. */
export function createHandlers(options: HandlersOptions = {}): RequestHandler[] {
  const store = options.store ?? createMockStore();
  const lenders = createLenders(store);
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  return API_ROUTES.map((route) =>
    http[route.method](`${base}${route.path}`, ({ request, params }) =>
      serveRoute(route, lenders, request, params as Record<string, string>, options),
    ),
  );
}
