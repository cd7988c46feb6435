import { ProviderError, type Locale, type ProviderErrorCode } from '@tessera/core';
import type { Fault } from './faults.js';
import { lenderMessages } from './lender/messages.js';

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

/** The message of an injected error, in the language the call asked for. */
export function defaultMessage(code: ProviderErrorCode, locale: Locale = 'en'): string {
  return lenderMessages(locale).faults[code];
}

/** The error a fault injects (from `error`, else from `status`), or `undefined`; its message in `locale`. */
export function faultError(fault: Fault, locale: Locale = 'en'): ProviderError | undefined {
  const code = fault.error ?? (fault.status !== undefined ? codeForStatus(fault.status) : undefined);
  if (code === undefined) return undefined;
  const status = fault.status ?? statusForCode(code);
  return new ProviderError(code, defaultMessage(code, locale), {
    ...(fault.fieldErrors ? { fieldErrors: fault.fieldErrors } : {}),
    ...(fault.retryAfter !== undefined ? { retryAfter: fault.retryAfter } : {}),
    ...(status !== undefined ? { status } : {}),
  });
}
