import { setupWorker, type SetupWorker } from 'msw/browser';
import { createFaults, type Faults } from './faults.js';
import { createHandlers } from './handlers.js';
import { createMockStore, type MockStore } from './store/index.js';

export interface MockApiOptions {
  store?: MockStore;
  faults?: Faults;
  /** Where the API lives: `/api` (default) or an absolute URL. */
  baseUrl?: string;
  /** msw's console messages; off unless `quiet: false`. */
  quiet?: boolean;
}

export interface MockApi {
  store: MockStore;
  faults: Faults;
  /** Every request the handlers received, in order (copies: read their bodies freely). */
  requests: Request[];
  /** Stops serving: hanging requests end with a network error, later ones go to the network. */
  stop(): void;
}

// One service worker per page, started once and kept: each startMockApi() swaps in its own
// handlers. (Stopping and restarting msw's worker makes its registration update fail.)
let worker: SetupWorker | undefined;
let starting: Promise<unknown> | undefined;
let current: symbol | undefined;

/**
 * Serves the REST API from a store through msw's service worker. The worker script must be
 * served at `/mockServiceWorker.js` (`npx msw init public`).
 */
export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const store = options.store ?? createMockStore();
  const faults = options.faults ?? createFaults();
  const requests: Request[] = [];
  const lifetime = new AbortController();
  const token = Symbol('mock-api');
  const handlers = createHandlers({
    store,
    faults,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    onRequest: (request) => requests.push(request),
    signal: lifetime.signal,
  });

  // No initial handlers: resetHandlers() then drops the previous API, use() adds this one.
  worker ??= setupWorker();
  worker.resetHandlers();
  worker.use(...handlers);
  current = token;
  starting ??= worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: options.quiet ?? true,
  }).catch((error: unknown) => {
    starting = undefined;
    throw error;
  });
  await starting;

  return {
    store,
    faults,
    requests,
    stop() {
      lifetime.abort();
      if (current !== token || !worker) return;
      current = undefined;
      worker.resetHandlers();
    },
  };
}
