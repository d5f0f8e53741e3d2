import fc from 'fast-check';
import type { OpenAPIObject, ParameterObject } from '@nestjs/swagger';
import { bodyArbitrary, type GeneratedBody } from './bodies';
import { resolve, type ApiOperation, type HttpMethod } from './operations';
import { pathArbitrary, queryArbitrary, type SeededValues } from './path-and-query';
import { SchemaArbitraries } from './schema-values';

export interface GeneratedRequest {
  method: HttpMethod;
  /** Path with its parameters filled in and percent-encoded, plus the query string. */
  url: string;
  body?: GeneratedBody;
  /** The content type the request declares (multipart gets its boundary when sent). */
  contentType?: string;
  /**
   * Generated to satisfy the document everywhere. False means hostile parts were mixed in;
   * such a request may still happen to be valid.
   */
  wellFormed: boolean;
}

export interface SentResponse {
  status: number;
  headers: Record<string, string>;
  bodyText: string;
}

export interface SendOptions {
  /** A server that hangs is a finding too, so a request never waits forever. */
  timeoutMs?: number;
}

function contentTypeOf(body: GeneratedBody): string {
  if (body.kind === 'json') return 'application/json';
  if (body.kind === 'multipart') return 'multipart/form-data';
  return body.contentType;
}

/**
 * Requests for one operation. A third are well-formed throughout, so they reach the handler;
 * the others mix valid and hostile parts independently (path, each query parameter, body).
 * Path and query parameters are drawn from `seeded` records too, when given.
 */
export function requestArbitrary(document: OpenAPIObject, api: ApiOperation, seeded: SeededValues = []): fc.Arbitrary<GeneratedRequest> {
  const values = new SchemaArbitraries(document);
  const parameters = (api.operation.parameters ?? []).map((parameter) => resolve<ParameterObject>(document, parameter));
  const requests = (wellFormed: boolean) =>
    fc
      .tuple(
        pathArbitrary(values, api.path, parameters, wellFormed, seeded),
        queryArbitrary(values, parameters, wellFormed, seeded),
        bodyArbitrary(values, api, wellFormed),
      )
      .map(([path, query, body]): GeneratedRequest => {
        const request: GeneratedRequest = { method: api.method, url: `${path}${query}`, wellFormed };
        if (body) Object.assign(request, { body, contentType: contentTypeOf(body) });
        return request;
      });
  return fc.oneof({ arbitrary: requests(true), weight: 1 }, { arbitrary: requests(false), weight: 2 });
}

function encodeBody(body: GeneratedBody): string | FormData {
  if (body.kind === 'json') return JSON.stringify(body.value);
  if (body.kind === 'raw') return body.text;
  const form = new FormData();
  for (const [name, value] of Object.entries(body.fields)) form.append(name, value);
  // A copy, because Blob wants bytes backed by a plain ArrayBuffer.
  for (const file of body.files) form.append(file.field, new Blob([new Uint8Array(file.content)]), file.filename);
  return form;
}

/** The caller's headers, with the body's content type; multipart gets its boundary from fetch. */
function requestHeaders(headers: Record<string, string>, body: GeneratedBody | undefined): Record<string, string> {
  if (!body) return { ...headers };
  const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
  return body.kind === 'multipart' ? kept : { ...kept, 'content-type': contentTypeOf(body) };
}

/**
 * Sends a generated request with the global fetch and returns whatever comes back, whatever the
 * status; only a network failure or the timeout throws. Redirects are returned, not followed.
 */
export async function sendGeneratedRequest(
  baseUrl: string,
  request: GeneratedRequest,
  headers: Record<string, string> = {},
  { timeoutMs = 15_000 }: SendOptions = {},
): Promise<SentResponse> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}${request.url}`, {
    method: request.method.toUpperCase(),
    headers: requestHeaders(headers, request.body),
    body: request.body && encodeBody(request.body),
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (responseHeaders[name] = value));
  return { status: response.status, headers: responseHeaders, bodyText: await response.text() };
}
