import type { Locale, ProviderError } from '@tessera/core';
import { statusForCode } from '../fault-errors.js';
import type { Answer } from './api-routes.js';

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/**
 * Standard `Response`s (no msw): msw handlers, the fetch handler and Node servers share them.
 * `language`: the body holds customer text in that language (`Content-Language`).
 */
export function answerResponse(answer: Answer, language?: Locale): Response {
  if (answer.body === undefined) return new Response(null, { status: answer.status });
  const headers = { ...JSON_HEADERS, ...(language ? { 'Content-Language': language } : {}) };
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}

/**
 * The REST API's error body, its messages in `language` (`Content-Language`), with
 * `Retry-After` for `rate-limited`. A `network` error drops the connection.
 */
export function errorResponse(error: ProviderError, language: Locale): Response {
  const status = error.status ?? statusForCode(error.code);
  if (status === undefined) return Response.error();
  const headers: Record<string, string> = { ...JSON_HEADERS, 'Content-Language': language };
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.code === 'validation' || error.fieldErrors.length > 0 ? { fieldErrors: error.fieldErrors } : {}),
    },
  };
  return new Response(JSON.stringify(body), { status, headers });
}

/** A 200 whose JSON body was cut in half, so it does not parse. */
export function malformedResponse(answer: Answer): Response {
  const text = JSON.stringify(answer.body ?? {});
  return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), { status: 200, headers: JSON_HEADERS });
}
