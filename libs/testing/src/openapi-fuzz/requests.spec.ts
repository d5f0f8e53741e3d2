import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cprLikeArbitrary, hostileStringArbitrary } from './hostile-values';
import { leaksInErrorBody } from './leaks';
import { listOperations, type ApiOperation } from './operations';
import { requestArbitrary, sendGeneratedRequest, type GeneratedRequest } from './requests';

const document: OpenAPIObject = {
  openapi: '3.0.0',
  info: { title: 'fixture', version: '1.0.0' },
  paths: {
    '/police-lists/{id}/entries/{entryNo}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
      get: {
        parameters: [
          { name: 'entryNo', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100 } },
          { name: 'status', in: 'query', required: false, schema: { type: 'string', enum: ['open', 'closed'] } },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/cases': {
      post: {
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateCaseDto' } } } },
        responses: { '201': { description: 'created' } },
      },
    },
    '/police-lists/upload': {
      post: {
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: { file: { type: 'string', format: 'binary' }, source: { type: 'string', enum: ['police', 'school'] } },
              },
            },
          },
        },
        responses: { '202': { description: 'accepted' } },
      },
    },
  },
  components: {
    schemas: {
      CreateCaseDto: {
        type: 'object',
        required: ['title', 'priority', 'participants'],
        properties: {
          id: { type: 'string', format: 'uuid', readOnly: true },
          title: { type: 'string', minLength: 1, maxLength: 200 },
          priority: { type: 'string', enum: ['low', 'high'] },
          dueDate: { type: 'string', format: 'date' },
          participants: { type: 'array', minItems: 1, maxItems: 5, items: { $ref: '#/components/schemas/ParticipantDto' } },
        },
      },
      ParticipantDto: {
        type: 'object',
        required: ['name', 'role'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 100 },
          role: { type: 'string', enum: ['caseworker', 'teacher', 'police'] },
          email: { type: 'string', format: 'email' },
          age: { type: 'integer', minimum: 0, maximum: 120 },
        },
      },
    },
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A deliberately small validator, independent of the generator: enough for this fixture's schemas. */
function isValid(input: SchemaObject | ReferenceObject, value: unknown): boolean {
  const schema = '$ref' in input ? document.components!.schemas![input.$ref.split('/').pop()!] : input;
  if ('$ref' in schema) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' && isValidString(schema, value);
    case 'integer':
      return Number.isInteger(value) && isInRange(schema, value as number);
    case 'array':
      return (
        Array.isArray(value) &&
        value.length >= (schema.minItems ?? 0) &&
        value.length <= (schema.maxItems ?? Infinity) &&
        value.every((item) => isValid(schema.items!, item))
      );
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const properties = schema.properties ?? {};
      const record = value as Record<string, unknown>;
      return (
        (schema.required ?? []).every((name) => Object.hasOwn(record, name)) &&
        Object.keys(record).every((name) => Object.hasOwn(properties, name) && isValid(properties[name]!, record[name]))
      );
    }
    default:
      return false;
  }
}

function isValidString(schema: SchemaObject, value: string): boolean {
  if (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity)) return false;
  if (schema.format === 'uuid') return UUID.test(value);
  if (schema.format === 'email') return /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(value);
  if (schema.format === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(new Date(value).getTime()) && new Date(value).toISOString().startsWith(value);
  return true;
}

function isInRange(schema: SchemaObject, value: number): boolean {
  return value >= (schema.minimum ?? -Infinity) && value <= (schema.maximum ?? Infinity);
}

function operation(method: string, path: string): ApiOperation {
  const found = listOperations(document).find((candidate) => candidate.method === method && candidate.path === path);
  if (!found) throw new Error(`fixture has no ${method} ${path}`);
  return found;
}

const getEntry = operation('get', '/police-lists/{id}/entries/{entryNo}');
const createCase = operation('post', '/cases');
const upload = operation('post', '/police-lists/upload');
const caseSchema: ReferenceObject = { $ref: '#/components/schemas/CreateCaseDto' };

function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function queryOf(request: GeneratedRequest): URLSearchParams {
  return new URL(request.url, 'http://localhost').searchParams;
}

/** The samples' seed: their statistics are checked, so the same draws every run (a draw without any `__proto__` body failed CI once). */
const SEED = 20261205;

describe('listOperations', () => {
  it('lists every method of every path, with the path-item parameters merged into the operation', () => {
    const operations = listOperations(document);
    expect(operations.map(({ method, path }) => `${method} ${path}`).sort()).toEqual([
      'get /police-lists/{id}/entries/{entryNo}',
      'post /cases',
      'post /police-lists/upload',
    ]);
    expect(getEntry.operation.parameters?.map((parameter) => ('name' in parameter ? parameter.name : parameter.$ref))).toEqual([
      'id',
      'entryNo',
      'limit',
      'status',
    ]);
  });
});

describe('requestArbitrary', () => {
  it('fills every path parameter with a non-empty segment, so the URL always matches the template', () => {
    const template = /^\/police-lists\/([^/?#]+)\/entries\/([^/?#]+)(\?[^#]*)?$/;
    fc.assert(
      fc.property(requestArbitrary(document, getEntry), (request) => {
        expect(request.method).toBe('get');
        expect(request.url).toMatch(template);
        // The URL parser must leave the URL exactly as generated: no dot segments removed, nothing re-encoded.
        const parsed = new URL(request.url, 'http://localhost');
        expect(`${parsed.pathname}${parsed.search}`).toBe(request.url);
        expect(request.body).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('makes the requests it calls well-formed valid everywhere, and a good share of all requests well-formed', () => {
    const isValidEntryRequest = (request: GeneratedRequest): boolean => {
      const [, , id, , entryNo] = request.url.split('?')[0]!.split('/');
      const query = queryOf(request);
      return (
        UUID.test(decodeOrUndefined(id!) ?? '') &&
        isValid({ type: 'integer', minimum: 1 }, Number(entryNo)) &&
        [...query.keys()].every((name) => name === 'limit' || name === 'status') &&
        query.getAll('limit').length <= 1 &&
        query.getAll('limit').every((limit) => isValid({ type: 'integer', minimum: 1, maximum: 100 }, Number(limit))) &&
        query.getAll('status').length <= 1 &&
        query.getAll('status').every((status) => status === 'open' || status === 'closed')
      );
    };
    fc.assert(
      fc.property(requestArbitrary(document, getEntry), (request) => {
        if (request.wellFormed) expect(isValidEntryRequest(request)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(requestArbitrary(document, createCase), (request) => {
        if (!request.wellFormed) return;
        expect(request.url).toBe('/cases');
        expect(request.body?.kind === 'json' && isValid(caseSchema, request.body.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    const entryRequests = fc.sample(requestArbitrary(document, getEntry), { numRuns: 1000, seed: SEED });
    expect(entryRequests.filter((request) => request.wellFormed).length).toBeGreaterThan(200);
    expect(entryRequests.filter((request) => !request.wellFormed && !isValidEntryRequest(request)).length).toBeGreaterThan(400);
  });

  it('puts both valid and hostile values in path parameters', () => {
    const ids = fc.sample(requestArbitrary(document, getEntry), { numRuns: 1000, seed: SEED }).map((request) => decodeOrUndefined(request.url.split('/')[2]!));
    expect(ids.filter((id) => id !== undefined && UUID.test(id)).length).toBeGreaterThan(200);
    expect(ids.filter((id) => id !== undefined && !UUID.test(id)).length).toBeGreaterThan(100);
    // Percent sequences that do not decode at all.
    expect(ids.filter((id) => id === undefined).length).toBeGreaterThan(10);
  });

  it('draws path and query parameters from seeded records, keeping a record set together, and still generates others', () => {
    const seeded: Record<string, string>[] = [
      { id: '11111111-1111-4111-8111-111111111111', entryNo: '7', status: 'closed' },
      { id: '22222222-2222-4222-8222-222222222222', entryNo: '9' },
    ];
    const requests = fc.sample(requestArbitrary(document, getEntry, seeded), { numRuns: 1000, seed: SEED });
    const segments = requests.map((request) => request.url.split('?')[0]!.split('/'));
    const fromSet = (set: (typeof seeded)[number]) => segments.filter(([, , id, , entryNo]) => id === set.id && entryNo === set.entryNo).length;
    // Expected about 2/3 × 25/36 of 1000, about 230 for each set; the bounds leave room for chance.
    expect(fromSet(seeded[0]!)).toBeGreaterThan(150);
    expect(fromSet(seeded[1]!)).toBeGreaterThan(150);
    expect(segments.filter(([, , id, , entryNo]) => id === seeded[0]!.id && entryNo === seeded[1]!.entryNo).length).toBeLessThan(fromSet(seeded[0]!) / 4);
    expect(segments.filter(([, , id]) => !seeded.some((set) => set.id === id)).length).toBeGreaterThan(200);
    expect(requests.filter((request) => queryOf(request).getAll('status').includes('closed')).length).toBeGreaterThan(100);
  });

  it('sends declared query parameters valid, hostile, repeated or not at all, and sometimes undeclared ones', () => {
    const queries = fc.sample(requestArbitrary(document, getEntry), { numRuns: 1000, seed: SEED }).map(queryOf);
    const limits = queries.map((query) => query.getAll('limit'));
    expect(limits.filter((values) => values.length === 0).length).toBeGreaterThan(50);
    expect(limits.filter((values) => values.length === 1 && isInRange({ minimum: 1, maximum: 100 }, Number(values[0]))).length).toBeGreaterThan(50);
    expect(limits.filter((values) => values.length === 1 && !isInRange({ minimum: 1, maximum: 100 }, Number(values[0]))).length).toBeGreaterThan(20);
    expect(limits.filter((values) => values.length > 1).length).toBeGreaterThan(10);
    expect(queries.filter((query) => query.getAll('status').some((value) => value === 'open' || value === 'closed')).length).toBeGreaterThan(50);
    expect(queries.filter((query) => [...query.keys()].some((name) => name !== 'limit' && name !== 'status')).length).toBeGreaterThan(50);
  });

  it('generates JSON bodies that are sometimes schema-valid and sometimes not, plus malformed and missing ones', () => {
    const requests = fc.sample(requestArbitrary(document, createCase), { numRuns: 2000, seed: SEED });
    const jsonValues = requests.flatMap((request) => (request.body?.kind === 'json' ? [request.body.value] : []));
    const valid = jsonValues.filter((value) => isValid(caseSchema, value));
    const invalid = jsonValues.filter((value) => !isValid(caseSchema, value));
    // Expected about 1180 and 410 of 2000; the bounds leave room for chance.
    expect(valid.length).toBeGreaterThan(800);
    expect(invalid.length).toBeGreaterThan(250);
    // The valid ones cover the nested array and the optional fields, not just the minimum.
    const participants = valid.map((value) => (value as { participants: Record<string, unknown>[] }).participants);
    expect(participants.some((list) => list.length >= 3)).toBe(true);
    expect(participants.some((list) => list.some((participant) => 'email' in participant && 'age' in participant))).toBe(true);
    expect(valid.some((value) => 'dueDate' in (value as object))).toBe(true);
    // readOnly properties belong to responses; a valid request never sends them.
    expect(valid.some((value) => 'id' in (value as object))).toBe(false);

    const invalidObjects = invalid.filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value));
    expect(invalidObjects.some((value) => !Object.hasOwn(value, 'title'))).toBe(true);
    expect(invalidObjects.some((value) => Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'isAdmin'))).toBe(true);
    expect(invalidObjects.some((value) => typeof value.priority === 'string' && !['low', 'high'].includes(value.priority))).toBe(true);
    expect(invalid.some((value) => typeof value !== 'object' || value === null)).toBe(true);

    const raw = requests.flatMap((request) => (request.body?.kind === 'raw' ? [request.body] : []));
    expect(raw.some((body) => body.contentType === 'application/json' && isMalformedJson(body.text))).toBe(true);
    expect(raw.some((body) => body.contentType !== 'application/json')).toBe(true);
    expect(requests.some((request) => request.body === undefined)).toBe(true);
    expect(requests.every((request) => request.contentType === (request.body ? contentTypeOf(request) : undefined))).toBe(true);
  });

  it('keeps every body to a few KB', () => {
    fc.assert(
      fc.property(requestArbitrary(document, createCase), (request) => {
        const size = request.body?.kind === 'json' ? JSON.stringify(request.body.value).length : request.body?.kind === 'raw' ? request.body.text.length : 0;
        expect(size).toBeLessThanOrEqual(64 * 1024);
      }),
      { numRuns: 1000 },
    );
  });

  it('generates multipart uploads with and without a proper file, and other bodies now and then', () => {
    fc.assert(
      fc.property(requestArbitrary(document, upload), (request) => {
        if (request.body?.kind !== 'multipart') return;
        expect(request.contentType).toBe('multipart/form-data');
        for (const file of request.body.files) {
          expect(file.content).toBeInstanceOf(Uint8Array);
          expect(file.content.length).toBeLessThanOrEqual(16 * 1024);
          expect(file.field.length).toBeGreaterThan(0);
        }
        for (const value of Object.values(request.body.fields)) expect(typeof value).toBe('string');
      }),
      { numRuns: 1000 },
    );
    const bodies = fc.sample(requestArbitrary(document, upload), { numRuns: 1000, seed: SEED }).map((request) => request.body);
    const multipart = bodies.flatMap((body) => (body?.kind === 'multipart' ? [body] : []));
    const isValidUpload = (body: (typeof multipart)[number]): boolean =>
      body.files.length === 1 &&
      body.files[0]!.field === 'file' &&
      Object.keys(body.fields).every((name) => name === 'source') &&
      [undefined, 'police', 'school'].includes(body.fields.source);
    expect(multipart.filter(isValidUpload).length).toBeGreaterThan(150);
    const wellFormed = fc.sample(requestArbitrary(document, upload), { numRuns: 300, seed: SEED }).filter((request) => request.wellFormed);
    expect(wellFormed.every((request) => request.body?.kind === 'multipart' && isValidUpload(request.body))).toBe(true);
    expect(multipart.filter((body) => !isValidUpload(body)).length).toBeGreaterThan(100);
    expect(multipart.some((body) => body.files.length === 0)).toBe(true);
    const text = (content: Uint8Array) => new TextDecoder().decode(content);
    expect(multipart.some((body) => body.files.some((file) => /[;,\t]/.test(text(file.content))))).toBe(true);
    expect(bodies.some((body) => body?.kind === 'json' || body?.kind === 'raw')).toBe(true);
  });

  it('includes CPR-like strings, in both forms, among the hostile values', () => {
    const hostile = fc.sample(hostileStringArbitrary(), { numRuns: 2000, seed: SEED });
    expect(hostile.some((text) => /^\d{6}-\d{4}$/.test(text))).toBe(true);
    expect(hostile.some((text) => /^\d{10}$/.test(text))).toBe(true);
    fc.assert(fc.property(cprLikeArbitrary(), (cpr) => expect(leaksInErrorBody(JSON.stringify({ cpr }))).toHaveLength(1)));
    // And they reach the requests themselves.
    const bodies = fc.sample(requestArbitrary(document, createCase), { numRuns: 2000, seed: SEED }).map((request) => JSON.stringify(request.body ?? null));
    expect(bodies.some((body) => leaksInErrorBody(body).some((problem) => problem.startsWith('CPR number')))).toBe(true);
  });
});

describe('sendGeneratedRequest', () => {
  let server: Server;
  let baseUrl: string;

  /** Echoes what arrived, so the test sees the request as the wire carried it. */
  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const status = Number(request.headers['x-status'] ?? 200);
        response.writeHead(status, { 'content-type': 'application/json', 'x-echo': 'yes' });
        response.end(
          JSON.stringify({
            method: request.method,
            url: request.url,
            contentType: request.headers['content-type'] ?? null,
            authorization: request.headers.authorization ?? null,
            bodyLength: Buffer.concat(chunks).length,
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  });

  it('sends generated requests as generated: method, exact URL, content type and body', async () => {
    const requests = [getEntry, createCase, upload].flatMap((api) => fc.sample(requestArbitrary(document, api), { numRuns: 40, seed: SEED }));
    for (const request of requests) {
      const sent = await sendGeneratedRequest(baseUrl, request, { authorization: 'Bearer t', 'Content-Type': 'text/ignored' });
      expect(sent.status).toBe(200);
      expect(sent.headers['x-echo']).toBe('yes');
      const echo = JSON.parse(sent.bodyText) as { method: string; url: string; contentType: string | null; authorization: string; bodyLength: number };
      expect(echo.method).toBe(request.method.toUpperCase());
      expect(echo.url).toBe(request.url);
      expect(echo.authorization).toBe('Bearer t');
      const body = request.body;
      if (body?.kind === 'json') {
        expect(echo.contentType).toBe('application/json');
        expect(echo.bodyLength).toBe(Buffer.byteLength(JSON.stringify(body.value)));
      } else if (body?.kind === 'raw') {
        expect(echo.contentType).toBe(body.contentType);
        expect(echo.bodyLength).toBe(Buffer.byteLength(body.text));
      } else if (body?.kind === 'multipart') {
        expect(echo.contentType).toMatch(/^multipart\/form-data; boundary=/);
        expect(echo.bodyLength).toBeGreaterThanOrEqual(body.files.reduce((total, file) => total + file.content.length, 0));
      } else {
        expect(echo.bodyLength).toBe(0);
      }
    }
  });

  it('returns error statuses instead of throwing', async () => {
    const request: GeneratedRequest = { method: 'delete', url: '/anything', wellFormed: true };
    for (const status of [400, 404, 500, 503]) {
      const sent = await sendGeneratedRequest(baseUrl, request, { 'x-status': String(status) });
      expect(sent.status).toBe(status);
      expect(JSON.parse(sent.bodyText)).toMatchObject({ method: 'DELETE', url: '/anything' });
    }
  });
});

function isMalformedJson(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

function contentTypeOf(request: GeneratedRequest): string {
  const body = request.body!;
  return body.kind === 'json' ? 'application/json' : body.kind === 'multipart' ? 'multipart/form-data' : body.contentType;
}
