import { ProviderError, type ProviderErrorCode } from '@tessera/core';
import type { Fault } from './faults.js';

const STATUS_BY_CODE: Partial<Record<ProviderErrorCode, number>> = {
  timeout: 504,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  validation: 422,
  conflict: 409,
  'rate-limited': 429,
  unavailable: 503,
  unknown: 500,
};

/** The HTTP status for an error code; `network` has none. */
export function statusForCode(code: ProviderErrorCode): number | undefined {
  return STATUS_BY_CODE[code];
}

/** The error code the REST API pairs with a status (api.md). */
export function codeForStatus(status: number): ProviderErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    case 503:
      return 'unavailable';
    case 504:
      return 'timeout';
    default:
      return 'unknown';
  }
}

const MESSAGES: Record<ProviderErrorCode, string> = {
  network: 'The network request failed',
  timeout: 'The request timed out',
  unauthorized: 'Sign in again to continue',
  forbidden: 'Access denied',
  'not-found': 'Not found',
  validation: 'Check the highlighted fields',
  conflict: 'The request conflicts with the current state',
  'rate-limited': 'Too many requests',
  unavailable: 'The service is temporarily unavailable',
  unknown: 'Something went wrong',
};

export function defaultMessage(code: ProviderErrorCode): string {
  return MESSAGES[code];
}

/** The error a fault injects (from `error`, else from `status`), or `undefined`. */
export function faultError(fault: Fault): ProviderError | undefined {
  const code = fault.error ?? (fault.status !== undefined ? codeForStatus(fault.status) : undefined);
  if (code === undefined) return undefined;
  const status = fault.status ?? statusForCode(code);
  return new ProviderError(code, defaultMessage(code), {
    ...(fault.fieldErrors ? { fieldErrors: fault.fieldErrors } : {}),
    ...(fault.retryAfter !== undefined ? { retryAfter: fault.retryAfter } : {}),
    ...(status !== undefined ? { status } : {}),
  });
}
