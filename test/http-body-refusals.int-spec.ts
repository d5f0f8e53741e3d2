import { Role } from '@ssp/platform';
import { newTopicNamespace, serviceTestEnvironment, startTestService, testToken, uploadPoliceList, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';

/*
 * Bodies the service will not read answer with the status that says why, "error" as HTTP names
 * it, a stable code and a Danish message: 413 Payload Too Large for a JSON body over
 * HTTP_JSON_BODY_LIMIT and for an upload over MAX_UPLOAD_BYTES, 415 Unsupported Media Type for
 * a body of another type than the route takes. Police-list ingestion has both kinds of route:
 * JSON (PUT /areas) and an upload (POST /police-lists).
 *
 * Negative control: drop the MediaTypeInterceptor from platform.module.ts's providers: the
 * text/plain, form and JSON-upload requests answer 400, not 415.
 */
const JSON_LIMIT = 2048;
const UPLOAD_LIMIT = 4096;

describe('bodies too large or of the wrong type', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let secretariat: string;

  const send = (method: string, route: string, contentType: string | undefined, body: string | undefined) =>
    fetch(`${service.url}${route}`, { method, headers: { authorization: `Bearer ${secretariat}`, ...(contentType ? { 'content-type': contentType } : {}) }, body });
  const answer = async (response: Response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> });

  beforeAll(async () => {
    environment = await serviceTestEnvironment('police-list-ingestion', newTopicNamespace());
    service = await startTestService(INGESTION, { ...environment.env, HTTP_JSON_BODY_LIMIT: String(JSON_LIMIT), MAX_UPLOAD_BYTES: String(UPLOAD_LIMIT) });
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['mandagsgruppen'] });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('413 Payload Too Large, with a code and a Danish message, for a JSON body over the limit', async () => {
    const body = JSON.stringify({ areas: [{ id: 'x'.repeat(JSON_LIMIT), name: 'for stor' }] });
    expect(await answer(await send('PUT', '/areas', 'application/json', body))).toEqual({
      status: 413,
      body: { statusCode: 413, error: 'Payload Too Large', code: 'body-too-large', message: 'Indholdet er større end tilladt. Send mindre ad gangen.' },
    });
  });

  it('413 Payload Too Large, with a code and a Danish message naming the limit, for an upload over MAX_UPLOAD_BYTES', async () => {
    const upload = await uploadPoliceList(service.url, secretariat, Buffer.alloc(UPLOAD_LIMIT * 2, 0x41), 'stor.csv');
    expect(upload).toEqual({
      status: 413,
      body: { statusCode: 413, error: 'Payload Too Large', code: 'file-too-large', message: 'Filen er større end de 4 kB, en politiliste må fylde. Del listen op i flere filer.' },
    });
  });

  it.each([
    ['text/plain', JSON.stringify({ areas: [] })],
    ['application/x-www-form-urlencoded', 'areas=x'],
    ['application/xml', '<areas/>'],
  ])('415 Unsupported Media Type for a JSON route sent %s', async (contentType, body) => {
    expect(await answer(await send('PUT', '/areas', contentType, body))).toEqual({
      status: 415,
      body: { statusCode: 415, error: 'Unsupported Media Type', code: 'unsupported-media-type', message: expect.stringContaining('Send det som application/json') },
    });
  });

  it('415 for an upload sent as JSON, naming multipart/form-data', async () => {
    expect(await answer(await send('POST', '/police-lists', 'application/json', JSON.stringify({ file: 'Journalnr;CPR' })))).toEqual({
      status: 415,
      body: { statusCode: 415, error: 'Unsupported Media Type', code: 'unsupported-media-type', message: expect.stringContaining('Send det som multipart/form-data') },
    });
  });

  it('415 Unsupported Media Type, in Danish, for JSON in a character set the parser does not take', async () => {
    expect(await answer(await send('PUT', '/areas', 'application/json; charset=koi8-r', '{"areas":[]}'))).toEqual({
      status: 415,
      body: { statusCode: 415, error: 'Unsupported Media Type', code: 'unsupported-media-type', message: 'Indholdets tegnsæt eller kodning understøttes ikke. Send JSON i UTF-8.' },
    });
  });

  it('lets a request without a body through to the route, which says what is missing', async () => {
    expect(await answer(await send('POST', '/police-lists', undefined, undefined))).toMatchObject({ status: 400, body: { code: 'police-list-file-missing', message: 'Vedhæft politilisten i feltet "file".' } });
  });
});
