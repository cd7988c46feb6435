import { createRestProvider, type RestProviderOptions } from '@tessera/provider-rest';

/** One request the provider made, as the server would see it. */
export interface RecordedRequest {
  method: string;
  /** Path and query after the base URL, decoded. */
  path: string;
  url: string;
  headers: Headers;
  body: unknown;
  signal: AbortSignal | undefined;
  credentials: RequestCredentials | undefined;
}

/** What the stub answers: a Response, a function of the request, or a failure. */
export type Reply = Response | ((request: RecordedRequest) => Response | Promise<Response>) | 'network-error' | 'hang';

export const BASE_URL = 'https://api.example.com/servicing';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function apiError(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return json({ error: { code, message: `Failed: ${code}`, ...extra } }, status, headers);
}

function rejectOnAbort(signal: AbortSignal | undefined, reject: (reason: unknown) => void): void {
  if (signal?.aborted) reject(signal.reason);
  signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
}

/**
 * A `fetch` that records every request and answers from a script: replies are used in
 * order, the last one repeats. Honours the request's abort signal like real fetch.
 */
export function createFetchStub(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  const script = [...replies];

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      path: decodeURIComponent(url.startsWith(BASE_URL) ? url.slice(BASE_URL.length) : url),
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
      signal: init.signal ?? undefined,
      credentials: init.credentials,
    };
    requests.push(request);
    const reply = script.length > 1 ? script.shift() : script[0];
    if (reply === undefined) throw new Error('The fetch stub has no reply scripted');
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const signal = request.signal;
    if (reply === 'hang') return new Promise<Response>((_, reject) => rejectOnAbort(signal, reject));
    return new Promise<Response>((resolve, reject) => {
      rejectOnAbort(signal, reject);
      Promise.resolve(typeof reply === 'function' ? reply(request) : reply.clone()).then(resolve, reject);
    });
  };

  return { fetch, requests };
}

/** A REST provider over a fetch stub, with fast retries. */
export function stubbedProvider(replies: Reply[], options: Partial<RestProviderOptions> = {}) {
  const stub = createFetchStub(...replies);
  const provider = createRestProvider({ baseUrl: BASE_URL, fetch: stub.fetch, retryBaseDelayMs: 1, ...options });
  return { provider, requests: stub.requests };
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
