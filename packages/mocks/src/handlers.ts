import { http, type RequestHandler } from 'msw';
import type { Faults } from './faults.js';
import { API_ROUTES } from './http/api-routes.js';
import { serveRoute } from './http/serve.js';
import { createLenders } from './lender/index.js';
import { DOCUMENT_LINK_BASE, documentFile } from './lender/documents.js';
import { lenderMessages } from './lender/messages.js';
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
  return [
    ...API_ROUTES.map((route) =>
      http[route.method](`${base}${route.path}`, ({ request, params }) =>
        serveRoute(route, lenders, request, params as Record<string, string>, options),
      ),
    ),
    documentFileHandler(store),
  ];
}

/** The small generated PDF behind each short-lived document link (`documents.openDocument`). */
function documentFileHandler(store: MockStore): RequestHandler {
  return http.get(`${DOCUMENT_LINK_BASE}:documentId`, ({ params }) => {
    const ctx = { store, now: () => new Date(), locale: 'en' as const, say: lenderMessages('en') };
    const file = documentFile(ctx, String(params.documentId));
    if (!file) return new Response(null, { status: 404 });
    const bytes = Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0));
    return new Response(bytes, {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="${file.fileName}"`, 'Cache-Control': 'no-store' },
    });
  });
}
