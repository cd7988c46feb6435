import {
  PROVIDER_ERROR_CODES,
  ProviderError,
  arrayOf,
  isFieldError,
  str,
  type ProviderErrorCode,
} from '@tessera/core';

const CODE_BY_STATUS: Partial<Record<number, ProviderErrorCode>> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'validation',
  429: 'rate-limited',
  503: 'unavailable',
  504: 'timeout',
};

const isFieldErrors = arrayOf(isFieldError);
const isKnownCode = (value: unknown): value is ProviderErrorCode =>
  (PROVIDER_ERROR_CODES as readonly unknown[]).includes(value);

/** The error code for an HTTP status when the body names none we know. */
export function codeForStatus(status: number): ProviderErrorCode {
  return CODE_BY_STATUS[status] ?? 'unknown';
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The ProviderError for a failed response: the body's `error.code` when it is a known
 * code, else one derived from the status; its message and field errors when present.
 */
export function errorFromResponse(status: number, headers: Headers, text: string): ProviderError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const detail = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
  const code = isKnownCode(detail.code) ? detail.code : codeForStatus(status);
  return new ProviderError(code, str(detail.message) ? detail.message : `The request failed with status ${status}`, {
    status,
    fieldErrors: isFieldErrors(detail.fieldErrors) ? detail.fieldErrors : undefined,
    retryAfter: parseRetryAfter(headers.get('Retry-After')),
  });
}
