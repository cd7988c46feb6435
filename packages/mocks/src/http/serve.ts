import { isAbortError, toProviderError } from '@tessera/core';
import { sleep, untilAborted } from '../abort.js';
import { faultError } from '../fault-errors.js';
import { takeFault, type Faults } from '../faults.js';
import type { Locale } from '@tessera/core';
import type { Lender } from '../lender/index.js';
import { lenderMessages } from '../lender/messages.js';
import { requestLocale, type ApiRoute } from './api-routes.js';
import { answerResponse, errorResponse, malformedResponse } from './responses.js';

export interface ServeOptions {
  faults?: Faults | undefined;
  /** Called with a copy of every request received, in order. */
  onRequest?: ((request: Request) => void) | undefined;
  /** Aborting it ends every hanging or slow request (with a network error). */
  signal?: AbortSignal | undefined;
}

/**
 * Answers one request for one route from the lender, with the route's faults applied, in
 * the request's language (`?locale=`, else `Accept-Language`): customer text, error and
 * field messages, with `Content-Language`.
 */
export async function serveRoute(
  route: ApiRoute,
  lenders: Record<Locale, Lender>,
  request: Request,
  params: Record<string, string>,
  options: ServeOptions,
): Promise<Response> {
  options.onRequest?.(request.clone());
  const signals = [request.signal, options.signal];
  const url = new URL(request.url);
  const locale = requestLocale(url, request);
  try {
    const fault = takeFault(options.faults, route.route);
    if (fault?.latencyMs) await sleep(fault.latencyMs, ...signals);
    // A timeout is the client's to declare: the server just never answers.
    if (fault?.hang || fault?.timeout) await untilAborted(...signals);
    const failure = fault && faultError(fault, locale);
    if (failure) return errorResponse(failure, locale);
    const answer = await route.serve({ lender: lenders[locale], say: lenderMessages(locale), request, params, url });
    if (fault?.dropResponse) return Response.error();
    if (fault?.malformed) return malformedResponse(answer);
    return answerResponse(answer, route.text ? locale : undefined);
  } catch (error) {
    if (isAbortError(error)) return Response.error();
    return errorResponse(toProviderError(error), locale);
  }
}
