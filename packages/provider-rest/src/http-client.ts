import { ProviderError, assertShape, isProviderError, withLeftOut, type Guard } from '@tessera/core';
import { retryDelay, sleep, type BackoffSettings } from './backoff.js';
import type { RestProviderOptions } from './options.js';
import { errorFromResponse } from './response-errors.js';
import { SharedRequests } from './shared-requests.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestSpec<T> {
  method: Method;
  /** Starts with `/`; path segments already encoded. */
  path: string;
  /** What the response is, for diagnostics ("card"). */
  what: string;
  /** The provider method asked (`cards.getCard`), for diagnostics. */
  source?: string;
  /** Checks the JSON body; without one the body is ignored (`204 No Content` routes). */
  guard?: Guard<T>;
  body?: unknown;
  idempotencyKey?: string;
  /** Overrides the provider's `language` for this request. */
  language?: string;
}

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface HttpClient {
  request<T>(spec: RequestSpec<T>, signal?: AbortSignal): Promise<T>;
}

/** A signal that aborts when any of the given ones does (with that one's reason). */
function anySignal(signals: AbortSignal[]): AbortSignal | undefined {
  if (signals.length < 2) return signals[0];
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

const isTransient = (status: number) => status >= 500 || status === 429;

/**
 * fetch with what a widget on someone else's page needs: time limits, retries where they
 * are safe, one token refresh after a 401, shared identical GETs and checked responses.
 */
export function createHttpClient(options: RestProviderOptions): HttpClient {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retries = Math.max(0, options.retries ?? 2);
  const backoff: BackoffSettings = { baseMs: options.retryBaseDelayMs ?? 250, maxMs: options.maxRetryDelayMs ?? 5_000 };
  const shared = new SharedRequests();

  async function authToken(refresh: boolean): Promise<string | undefined> {
    if (!options.getAuthToken) return undefined;
    try {
      return (await options.getAuthToken({ refresh })) ?? undefined;
    } catch (error) {
      if (isProviderError(error)) throw error;
      throw new ProviderError('unauthorized', 'Could not get an access token', { cause: error });
    }
  }

  function languageFor(spec: RequestSpec<unknown>): string | undefined {
    if (spec.language) return spec.language;
    return typeof options.language === 'function' ? options.language() : options.language;
  }

  function headersFor(spec: RequestSpec<unknown>, token: string | undefined, language: string | undefined): Headers {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    if (language) headers.set('Accept-Language', language);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    // A form (a file upload) sets its own multipart Content-Type with its boundary.
    if (spec.body !== undefined && !(spec.body instanceof FormData)) headers.set('Content-Type', 'application/json');
    if (spec.idempotencyKey) headers.set('Idempotency-Key', spec.idempotencyKey);
    return headers;
  }

  /** One attempt. Throws the caller's abort as is, else `timeout` or `network`. */
  async function send(spec: RequestSpec<unknown>, token: string | undefined, language: string | undefined, signal?: AbortSignal): Promise<RawResponse> {
    const timeout = timeoutMs > 0 && Number.isFinite(timeoutMs) ? AbortSignal.timeout(timeoutMs) : undefined;
    const init: RequestInit = {
      method: spec.method,
      headers: headersFor(spec, token, language),
      signal: anySignal([signal, timeout].filter((s): s is AbortSignal => s !== undefined)) ?? null,
    };
    if (spec.body !== undefined) init.body = spec.body instanceof FormData ? spec.body : JSON.stringify(spec.body);
    if (options.credentials) init.credentials = options.credentials;
    try {
      const response = await fetchImpl(`${baseUrl}${spec.path}`, init);
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      if (signal?.aborted) throw error;
      if (timeout?.aborted) throw new ProviderError('timeout', 'The request timed out', { cause: error });
      throw new ProviderError('network', 'The network request failed', { cause: error });
    }
  }

  function read<T>(spec: RequestSpec<T>, response: RawResponse): T {
    if (!spec.guard) return undefined as T;
    let value: unknown;
    try {
      value = JSON.parse(response.text);
    } catch {
      // A proxy's error page or a cut-off body: not a data rule, and a retry may help.
      throw new ProviderError('unknown', `${spec.source ?? 'provider'} → ${spec.what}: the response body is not JSON`, { status: response.status });
    }
    return assertShape(value, spec.guard, spec.what, spec.source);
  }

  async function exchange<T>(spec: RequestSpec<T>, token: string | undefined, language: string | undefined, signal?: AbortSignal): Promise<T> {
    // Safe to repeat: reads, and payments (the server answers a repeated key with the same receipt).
    const repeatable = spec.method === 'GET' || Boolean(spec.idempotencyKey);
    let retried = 0;
    let refreshed = false;
    for (;;) {
      let response: RawResponse;
      try {
        response = await send(spec, token, language, signal);
      } catch (error) {
        const wait = repeatable && retried < retries && isProviderError(error) && error.code === 'network' ? retryDelay(retried, undefined, backoff) : undefined;
        if (wait === undefined) throw error;
        await sleep(wait, signal);
        retried++;
        continue;
      }
      // A 401 means the request was not processed: ask for a fresh token and repeat it once.
      if (response.status === 401 && options.getAuthToken && !refreshed) {
        refreshed = true;
        token = await authToken(true);
        continue;
      }
      if (response.status >= 200 && response.status < 300) return read(spec, response);
      const error = errorFromResponse(response.status, response.headers, response.text);
      const wait = repeatable && retried < retries && isTransient(response.status) ? retryDelay(retried, error.retryAfter, backoff) : undefined;
      if (wait === undefined) throw error;
      await sleep(wait, signal);
      retried++;
    }
  }

  return {
    async request<T>(spec: RequestSpec<T>, signal?: AbortSignal): Promise<T> {
      signal?.throwIfAborted();
      const token = await authToken(false);
      signal?.throwIfAborted();
      const language = languageFor(spec);
      if (spec.method !== 'GET') return exchange(spec, token, language, signal);
      const key = `${spec.path}\n${token ?? ''}\n${language ?? ''}`;
      const value = await shared.join(key, (sharedSignal) => exchange(spec, token, language, sharedSignal), signal);
      // Each caller gets its own copy: one widget changing its data must not change another's.
      return withLeftOut(value, structuredClone(value));
    },
  };
}
