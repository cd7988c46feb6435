import { HttpResponse } from 'msw';
import type { ProviderError } from '@tessera/core';
import { statusForCode } from '../fault-errors.js';
import type { Answer } from './api-routes.js';

export function answerResponse(answer: Answer): Response {
  return answer.body === undefined ? new HttpResponse(null, { status: answer.status }) : HttpResponse.json(answer.body, { status: answer.status });
}

/** The REST API's error body, with `Retry-After` for `rate-limited`. A `network` error drops the connection. */
export function errorResponse(error: ProviderError): Response {
  const status = error.status ?? statusForCode(error.code);
  if (status === undefined) return HttpResponse.error();
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.code === 'validation' || error.fieldErrors.length > 0 ? { fieldErrors: error.fieldErrors } : {}),
    },
  };
  return HttpResponse.json(body, { status, headers });
}

/** A 200 whose JSON body was cut in half, so it does not parse. */
export function malformedResponse(answer: Answer): Response {
  const text = JSON.stringify(answer.body ?? {});
  return new HttpResponse(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}
