// Path and query parameters checked against openapi.yaml before any rule runs: a value the
// spec does not allow (a `limit` that is not a number, an unknown `type`, a query parameter
// the operation does not have) is `validation` with a field error naming the parameter.
// Bodies are checked by the lender's rules, whose field messages say what to fix.
import { ProviderError } from '@tessera/core';
import { loadOpenApi } from '../../../test/node/openapi-checker.mjs';

const api = loadOpenApi(new URL('../../provider-rest/openapi.yaml', import.meta.url));

const words = {
  en: { check: 'Check the request parameters.', field: (rule) => `Not an allowed value (${rule}).` },
  es: { check: 'Revise los parámetros de la solicitud.', field: (rule) => `No es un valor permitido (${rule}).` },
};

/**
 * The spec's problems with a request's path and query, as a `validation` error, or undefined.
 * @param {Request} request
 * @param {string} basePath where the API is served
 * @param {'en' | 'es'} locale
 */
export function parameterError(request, basePath, locale) {
  const url = new URL(request.url);
  const specBase = new URL(api.spec.servers[0].url).pathname;
  const asSpec = `https://spec.invalid${specBase}${url.pathname.slice(basePath.length)}${url.search}`;
  let problems;
  try {
    ({ problems } = api.checkRequest({ method: request.method, url: asSpec, headers: new Headers() }, { closed: false }));
  } catch {
    problems = ['path parameter path: not decodable (rule encoding)'];
  }
  const fieldErrors = problems
    .map((problem) => / (?:path|query) parameter ([^:\s]+): .*\(rule ([^)]+)\)$/.exec(problem))
    .filter((match) => match !== null)
    .map(([, field, rule]) => ({ field, message: words[locale].field(rule) }));
  return fieldErrors.length > 0 ? new ProviderError('validation', words[locale].check, { status: 400, fieldErrors }) : undefined;
}
