// Checks HTTP requests and responses against an OpenAPI description: the operation a
// request is for (method and path template), its path, query and header parameters, its
// JSON body against the requestBody schema, and a response's status, headers and JSON body
// against the schema declared for that status. Schemas are compiled with Ajv in the JSON
// Schema dialect of the spec's version (3.1: draft 2020-12; 3.0: Ajv's draft-07 with
// OpenAPI's `nullable`). Every problem names the operation, the JSON pointer of the field
// at fault and the rule it broke. Used by openapi-contract.test.mjs.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const SCHEMAS_ID = 'https://tessera.example.com/openapi/schemas.json';
const CLOSED_SCHEMAS_ID = 'https://tessera.example.com/openapi/closed-schemas.json';
/** OpenAPI words in a schema that are not JSON Schema validation keywords (`discriminator` is Ajv's). */
const OPENAPI_ANNOTATIONS = ['xml', 'externalDocs', 'example'];
/** Request headers a browser sends without a CORS preflight, or that need no declaring. */
const UNDECLARED_HEADERS_ALLOWED = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

const escapePointer = (segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

/** Follows a local `$ref` (`#/components/...`) to the object it names. */
function deref(spec, value) {
  const seen = new Set();
  while (value && typeof value === 'object' && typeof value.$ref === 'string') {
    if (seen.has(value.$ref)) throw new Error(`openapi: circular $ref ${value.$ref}`);
    seen.add(value.$ref);
    if (!value.$ref.startsWith('#/')) throw new Error(`openapi: only local $refs are supported, got ${value.$ref}`);
    value = value.$ref
      .slice(2)
      .split('/')
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((node, key) => {
        if (node?.[key] === undefined) throw new Error(`openapi: $ref ${value.$ref} does not resolve`);
        return node[key];
      }, spec);
  }
  return value;
}

/**
 * A copy in which every `#/components/schemas/X` reference points into the registry `id`,
 * and a discriminator has no `mapping` (Ajv picks the `oneOf` branch by the property's
 * `const`, so a failure reports that branch's problems only, not every branch's).
 */
function pointSchemaRefs(value, id) {
  if (Array.isArray(value)) return value.map((v) => pointSchemaRefs(v, id));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')
        ? [key, `${id}#/$defs/${child.slice('#/components/schemas/'.length)}`]
        : key === 'discriminator' && child && typeof child === 'object'
          ? [key, { propertyName: child.propertyName }]
          : [key, pointSchemaRefs(child, id)],
    ),
  );
}

/**
 * A copy of a schema in which no object may have a property its schema does not declare.
 * Stricter than the spec (which lets a server add fields, and a client ignores them): our
 * mocks and client must not send a field under a name the spec does not know.
 */
function closeObjects(schema, keyword) {
  if (Array.isArray(schema)) return schema.map((s) => closeObjects(s, keyword));
  if (!schema || typeof schema !== 'object') return schema;
  const closed = { ...schema };
  const map = (object) => Object.fromEntries(Object.entries(object).map(([k, v]) => [k, closeObjects(v, keyword)]));
  if (closed.properties) closed.properties = map(closed.properties);
  if (closed.$defs) closed.$defs = map(closed.$defs);
  for (const key of ['items', 'not', 'additionalProperties', 'prefixItems', 'oneOf', 'anyOf', 'allOf']) {
    if (closed[key] && typeof closed[key] === 'object') closed[key] = closeObjects(closed[key], keyword);
  }
  if (closed.properties && closed.additionalProperties === undefined && closed.unevaluatedProperties === undefined) closed[keyword] = false;
  return closed;
}

function createAjv(version) {
  const options = { allErrors: true, discriminator: true, strict: true, strictTypes: false, strictTuples: false };
  let ajv;
  if (/^3\.1\.\d+$/.test(version)) ajv = new Ajv2020(options);
  // Ajv's default dialect reads OpenAPI 3.0's `nullable: true` as "or null".
  else if (/^3\.0\.\d+$/.test(version)) ajv = new Ajv(options);
  else throw new Error(`openapi: version ${version} is not supported (3.0.x or 3.1.x)`);
  addFormats(ajv);
  ajv.addVocabulary(OPENAPI_ANNOTATIONS);
  return ajv;
}

/** `/cards/{cardId}` → a RegExp with one group per parameter, and the parameters' names. */
function templatePattern(template) {
  const names = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** A header or query value, typed for its schema (`"3"` → 3 for an integer). */
function typedValue(value, schema) {
  const types = [schema, ...(schema?.oneOf ?? []), ...(schema?.anyOf ?? [])].flatMap((s) => [s?.type ?? []].flat());
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/**
 * @param {string | URL} file path of the YAML (or JSON) description
 */
export function loadOpenApi(file) {
  const spec = parse(readFileSync(file, 'utf8'));
  const ajv = createAjv(String(spec.openapi));
  // 3.0's dialect has no unevaluatedProperties; additionalProperties does there (no allOf in our schemas).
  const closing = /^3\.1\./.test(String(spec.openapi)) ? 'unevaluatedProperties' : 'additionalProperties';
  const schemas = spec.components?.schemas ?? {};
  ajv.addSchema({ $id: SCHEMAS_ID, $defs: pointSchemaRefs(schemas, SCHEMAS_ID) });
  const closedSchemas = Object.entries(pointSchemaRefs(schemas, CLOSED_SCHEMAS_ID)).map(([name, schema]) => [name, closeObjects(schema, closing)]);
  ajv.addSchema({ $id: CLOSED_SCHEMAS_ID, $defs: Object.fromEntries(closedSchemas) });
  const validators = { open: new WeakMap(), closed: new WeakMap() };
  const serverPaths = (spec.servers ?? [{ url: '/' }]).map((s) => new URL(s.url, 'http://server.invalid').pathname.replace(/\/+$/, ''));

  const operations = [];
  for (const [template, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const byKey = new Map();
      for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((x) => deref(spec, x))) {
        byKey.set(`${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`, p);
      }
      const responses = Object.fromEntries(
        Object.entries(operation.responses ?? {}).map(([status, r]) => {
          const response = deref(spec, r);
          const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([n, h]) => [n, deref(spec, h)]));
          return [status, { ...response, headers }];
        }),
      );
      operations.push({
        id: operation.operationId ?? `${method} ${template}`,
        method: method.toUpperCase(),
        template,
        ...templatePattern(template),
        parameters: [...byKey.values()],
        requestBody: operation.requestBody ? deref(spec, operation.requestBody) : undefined,
        responses,
        security: operation.security ?? spec.security ?? [],
        pointer: `#/paths/${escapePointer(template)}/${method}`,
      });
    }
  }

  function validatorFor(schema, closed) {
    const cache = validators[closed ? 'closed' : 'open'];
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile(closed ? closeObjects(pointSchemaRefs(schema, CLOSED_SCHEMAS_ID), closing) : pointSchemaRefs(schema, SCHEMAS_ID));
      cache.set(schema, validate);
    }
    return validate;
  }

  /**
   * Problems of `value` against `schema`, each "<where><pointer>: <message> (rule <keyword> at
   * <schema path>)". `closed`: no object may have a property its schema does not declare.
   */
  function schemaProblems(schema, value, where, { closed = false } = {}) {
    const validate = validatorFor(schema, closed);
    if (validate(value)) return [];
    return validate.errors.map((e) => {
      const detail =
        e.keyword === 'discriminator'
          ? ` (${e.params.tag}: ${JSON.stringify(e.params.tagValue)})`
          : e.keyword === 'additionalProperties'
          ? ` '${e.params.additionalProperty}'`
          : e.keyword === 'unevaluatedProperties'
            ? ` '${e.params.unevaluatedProperty}'`
            : e.keyword === 'enum'
              ? ` ${JSON.stringify(e.params.allowedValues)}`
              : '';
      const registry = [SCHEMAS_ID, CLOSED_SCHEMAS_ID].map((id) => `${id}#/$defs/`).find((prefix) => e.schemaPath.startsWith(prefix));
      const rule = registry ? `#/components/schemas/${e.schemaPath.slice(registry.length)}` : e.schemaPath;
      return `${where}${e.instancePath || ''}: ${e.message}${detail} (rule ${e.keyword} at ${rule})`;
    });
  }

  const securitySchemes = spec.components?.securitySchemes ?? {};
  /** The API path of a URL: without the server's base path. */
  function apiPath(url) {
    const { pathname } = new URL(url, 'http://server.invalid');
    const base = serverPaths.filter((p) => p === '' || pathname === p || pathname.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
    return base === undefined ? undefined : pathname.slice(base.length) || '/';
  }

  /** The operation a request is for, or the reason there is none. */
  function findOperation(method, url) {
    const path = apiPath(url);
    if (path === undefined) return { problem: `${method} ${url}: not under any server URL of the spec (${serverPaths.join(', ')})` };
    const onPath = operations.filter((o) => o.pattern.test(path));
    if (onPath.length === 0) return { problem: `${method} ${path}: no path of the spec matches` };
    const operation = onPath.find((o) => o.method === method.toUpperCase());
    if (!operation) return { problem: `${method} ${path}: the spec has no ${method.toUpperCase()} on ${onPath[0].template} (only ${onPath.map((o) => o.method).join(', ')})` };
    return { operation, path };
  }

  /**
   * Checks a request as sent: `{ method, url, headers: Headers, body?: string }`. `closed`
   * (default): its body has no property the spec does not declare.
   * @returns {{ operation?: object, problems: string[] }}
   */
  function checkRequest({ method, url, headers, body }, { closed = true } = {}) {
    const { operation, path, problem } = findOperation(method, url);
    if (!operation) return { problems: [problem] };
    const name = `${operation.id} (${operation.method} ${operation.template}) request`;
    const problems = [];
    const values = operation.pattern.exec(path).slice(1);
    const query = new URL(url, 'http://server.invalid').searchParams;
    const declared = new Set();
    for (const parameter of operation.parameters) {
      const where = `${name} ${parameter.in} parameter ${parameter.name}`;
      let raw;
      if (parameter.in === 'path') raw = decodeURIComponent(values[operation.names.indexOf(parameter.name)]);
      else if (parameter.in === 'query') raw = query.get(parameter.name) ?? undefined;
      else if (parameter.in === 'header') {
        raw = headers.get(parameter.name) ?? undefined;
        declared.add(parameter.name.toLowerCase());
      } else continue;
      if (raw === undefined) {
        if (parameter.required) problems.push(`${where}: missing (rule required)`);
        continue;
      }
      if (parameter.schema) problems.push(...schemaProblems(parameter.schema, typedValue(raw, parameter.schema), where));
    }
    for (const key of new Set(query.keys())) {
      if (!operation.parameters.some((p) => p.in === 'query' && p.name === key)) problems.push(`${name} query parameter ${key}: not declared by the operation (rule parameters)`);
    }
    for (const param of operation.names) {
      if (!operation.parameters.some((p) => p.in === 'path' && p.name === param)) problems.push(`${name} path parameter ${param}: not declared by the operation (rule parameters)`);
    }

    const authorization = headers.get('Authorization');
    if (authorization !== null) {
      const schemes = operation.security.flatMap((requirement) => Object.keys(requirement)).map((key) => securitySchemes[key]);
      const bearer = schemes.some((s) => s?.type === 'http' && s.scheme?.toLowerCase() === 'bearer');
      if (!bearer) problems.push(`${name} header Authorization: the operation declares no bearer security scheme (rule security)`);
      else if (!/^Bearer \S+$/.test(authorization)) problems.push(`${name} header Authorization: expected "Bearer <token>" (rule bearerAuth)`);
    }
    for (const [header] of headers) {
      if (!UNDECLARED_HEADERS_ALLOWED.has(header) && header !== 'authorization' && !declared.has(header)) {
        problems.push(`${name} header ${header}: not declared by the operation, so a cross-origin API does not allow it (rule parameters)`);
      }
    }

    const { requestBody } = operation;
    const hasBody = body !== undefined && body !== null && body !== '';
    if (!requestBody) {
      if (hasBody) problems.push(`${name} body: the operation declares no request body (rule requestBody)`);
    } else if (!hasBody) {
      if (requestBody.required) problems.push(`${name} body: missing (rule requestBody.required)`);
    } else {
      const type = (headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
      const media = requestBody.content?.[type];
      if (!media) problems.push(`${name} header Content-Type: "${type}" is not one of ${Object.keys(requestBody.content ?? {}).join(', ')} (rule requestBody.content)`);
      else if (type === 'multipart/form-data') problems.push(...formProblems(media.schema, body, `${name} body`));
      else problems.push(...jsonProblems(media.schema, body, `${name} body`, closed));
    }
    return { operation, problems };
  }

  /** A multipart form (a file upload): a FormData with every required part, files where the schema says binary. */
  function formProblems(schema, form, where) {
    if (!(form instanceof FormData)) return [`${where}: not a form (rule content multipart/form-data)`];
    const problems = (schema?.required ?? []).filter((name) => !form.has(name)).map((name) => `${where} ${name}: missing (rule required)`);
    for (const [name, property] of Object.entries(schema?.properties ?? {})) {
      const value = form.get(name);
      if (value !== null && property.format === 'binary' && typeof value === 'string') problems.push(`${where} ${name}: not a file (rule format binary)`);
    }
    return problems;
  }

  function jsonProblems(schema, text, where, closed) {
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return [`${where}: not JSON (rule content application/json)`];
    }
    return schema ? schemaProblems(schema, value, `${where} #`, { closed }) : [];
  }

  /**
   * Checks a response of `operation`: `{ status, headers: Headers, body: string }`.
   * `explicit`: the status itself must be declared (not only covered by `default` or `4XX`);
   * `closed` (default): the body has no property the spec does not declare.
   */
  function checkResponse(operation, { status, headers, body }, { explicit = false, closed = true } = {}) {
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => operation.responses[k]);
    const name = `${operation.id} (${operation.method} ${operation.template}) response ${status}`;
    if (!key) return [`${name}: status ${status} is not declared (rule responses)`];
    if (explicit && key !== String(status)) return [`${name}: status ${status} is not declared, only covered by "${key}" (rule responses)`];
    const response = operation.responses[key];
    const problems = [];
    for (const [header, definition] of Object.entries(response.headers ?? {})) {
      const value = headers.get(header);
      if (value === null) {
        if (definition.required) problems.push(`${name} header ${header}: missing (rule required)`);
      } else if (definition.schema) problems.push(...schemaProblems(definition.schema, typedValue(value, definition.schema), `${name} header ${header}`));
    }
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      if (body !== '') problems.push(`${name} body: the response declares no content, got ${body.length} characters (rule content)`);
      return problems;
    }
    const type = (headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
    const media = content[type];
    if (!media) return [...problems, `${name} header Content-Type: "${type}" is not one of ${Object.keys(content).join(', ')} (rule content)`];
    problems.push(...jsonProblems(media.schema, body, `${name} body`, closed));
    return problems;
  }

  return { spec, operations, findOperation, checkRequest, checkResponse, schemaProblems };
}
