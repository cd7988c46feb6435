import { http, HttpResponse, type RequestHandler } from 'msw';
import { isAbortError, toProviderError } from '@tessera/core';
import { sleep, untilAborted } from './abort.js';
import { faultError } from './fault-errors.js';
import { takeFault, type Faults } from './faults.js';
import { API_ROUTES, type ApiRoute } from './http/api-routes.js';
import { answerResponse, errorResponse, malformedResponse } from './http/responses.js';
import { createLender, type Lender } from './lender/index.js';
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

/** msw request handlers serving the REST API from a store, with faults. */
export function createHandlers(options: HandlersOptions = {}): RequestHandler[] {
  const store = options.store ?? createMockStore();
  const lender = createLender(store);
  const base = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  return API_ROUTES.map((route) =>
    http[route.method](`${base}${route.path}`, ({ request, params }) =>
      serve(route, lender, request, params as Record<string, string>, options),
    ),
  );
}

async function serve(
  route: ApiRoute,
  lender: Lender,
  request: Request,
  params: Record<string, string>,
  options: HandlersOptions,
): Promise<Response> {
  options.onRequest?.(request.clone());
  const signals = [request.signal, options.signal];
  try {
    const fault = takeFault(options.faults, route.route);
    if (fault?.latencyMs) await sleep(fault.latencyMs, ...signals);
    // A timeout is the client's to declare: the server just never answers.
    if (fault?.hang || fault?.timeout) await untilAborted(...signals);
    const failure = fault && faultError(fault);
    if (failure) return errorResponse(failure);
    const answer = await route.serve({ lender, request, params, url: new URL(request.url) });
    if (fault?.dropResponse) return HttpResponse.error();
    if (fault?.malformed) return malformedResponse(answer);
    return answerResponse(answer);
  } catch (error) {
    if (isAbortError(error)) return HttpResponse.error();
    return errorResponse(toProviderError(error));
  }
}
