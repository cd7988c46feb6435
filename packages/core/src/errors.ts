/** Every way a provider call can fail (DESIGN.md). */
export const PROVIDER_ERROR_CODES = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'validation',
  'conflict',
  'rate-limited',
  'unavailable',
  'unknown',
] as const;

export type ProviderErrorCode = (typeof PROVIDER_ERROR_CODES)[number];

/** A problem with one input field, reported by the provider with `validation`. */
export interface FieldError {
  field: string;
  message: string;
}

export interface ProviderErrorOptions {
  fieldErrors?: FieldError[];
  /** Seconds to wait before retrying (`rate-limited`). */
  retryAfter?: number;
  status?: number;
  cause?: unknown;
  /** The provider's answer broke a data rule (see `assertShape`): no retry can help. */
  invalidData?: boolean;
}

/**
 * The one error type providers throw. Recognise it with {@link isProviderError}, never
 * `instanceof`: several copies of core may share a page.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly code: ProviderErrorCode;
  readonly fieldErrors: FieldError[];
  readonly retryAfter?: number;
  readonly status?: number;
  readonly invalidData?: boolean;

  constructor(code: ProviderErrorCode, message?: string, options: ProviderErrorOptions = {}) {
    super(message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? [];
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    if (options.status !== undefined) this.status = options.status;
    if (options.invalidData) this.invalidData = true;
  }
}

/** True for a ProviderError from any copy of core. */
export function isProviderError(value: unknown): value is ProviderError {
  if (typeof value !== 'object' || value === null) return false;
  const { name, code } = value as { name?: unknown; code?: unknown };
  return (
    name === 'ProviderError' &&
    typeof code === 'string' &&
    (PROVIDER_ERROR_CODES as readonly string[]).includes(code)
  );
}

/** True when the value is an abort caused by a signal (not a provider failure). */
export function isAbortError(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'AbortError'
  );
}

/**
 * Turns anything thrown into a ProviderError: a ProviderError (from any copy of core) is
 * returned as it is, a `TimeoutError` becomes `timeout`, a `TypeError` (what `fetch`
 * throws when the network fails) becomes `network`, and anything else `unknown`, keeping
 * its message (or the thrown string) and the original value as `cause`.
 */
export function toProviderError(value: unknown): ProviderError {
  if (isProviderError(value)) return value;
  if (typeof value === 'object' && value !== null) {
    const name = (value as { name?: unknown }).name;
    if (name === 'TimeoutError') return new ProviderError('timeout', 'The request timed out', { cause: value });
    if (name === 'TypeError') return new ProviderError('network', 'The network request failed', { cause: value });
  }
  const message = value instanceof Error ? value.message : typeof value === 'string' && value ? value : 'Unknown error';
  return new ProviderError('unknown', message, { cause: value });
}

/**
 * Codes where trying the same call again can help. Not `forbidden`, `not-found` or
 * `validation`: the same request gets the same answer.
 */
export function isRetryable(code: ProviderErrorCode): boolean {
  return code !== 'forbidden' && code !== 'validation' && code !== 'not-found';
}
