/** What `getAuthToken` is asked for: `refresh: true` after the API answered 401. */
export interface AuthTokenRequest {
  refresh: boolean;
}

/** Returns the bearer token to send, or nothing for an anonymous request. */
export type GetAuthToken = (
  request: AuthTokenRequest,
) => string | null | undefined | Promise<string | null | undefined>;

export interface RestProviderOptions {
  /** Base URL of the API, absolute or relative to the page, e.g. `/api` or `https://api.example.com/servicing`. */
  baseUrl: string;
  /** Called before each request (cache the token yourself); called with `{ refresh: true }` once after a 401. */
  getAuthToken?: GetAuthToken;
  /** The `fetch` to use; defaults to the global one at call time. */
  fetch?: typeof globalThis.fetch;
  /** Time limit of each attempt, in milliseconds. Default 15000; 0 for none. */
  timeoutMs?: number;
  /** Extra attempts for GETs and payments after a network error, 5xx or 429. Default 2. */
  retries?: number;
  /** `fetch` credentials mode, e.g. `include` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** `Accept-Language` for requests that carry no locale of their own. */
  language?: string | (() => string | undefined);
  /** First backoff delay in milliseconds, doubled on each retry (with jitter). Default 250. */
  retryBaseDelayMs?: number;
  /** Longest wait before a retry, in milliseconds. A longer `Retry-After` fails at once instead. Default 5000. */
  maxRetryDelayMs?: number;
}
