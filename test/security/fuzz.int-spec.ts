import { ALL_ROLES, openApiDocument, PERSON_DATA_GROUPS, type ServiceDefinition } from '@ssp/platform';
import {
  leaksInErrorBody,
  listOperations,
  newTopicNamespace,
  requestArbitrary,
  sendGeneratedRequest,
  serviceTestEnvironment,
  startTestService,
  testToken,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import fc from 'fast-check';
import { SERVICE_DEFINITIONS } from '../../tools/openapi/service-apis';

/*
 * Requests generated from each service's OpenAPI schemas (well-formed ones and hostile
 * ones: wrong types, unknown fields, huge and odd strings, CPR numbers, malformed JSON)
 * sent by a caller who may do everything, so they reach validation and the handlers: no
 * 5xx, no stack trace, no SQL and no CPR number in any error body.
 */
const RUNS_PER_ROUTE = 40;

describe.each(SERVICE_DEFINITIONS.map((service) => [service.name, service] as const))('fuzzed requests to %s', (_name, definition: ServiceDefinition) => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let authorization: Record<string, string>;

  beforeAll(async () => {
    environment = await serviceTestEnvironment(definition.name, newTopicNamespace());
    service = await startTestService(definition, environment.env);
    const token = await testToken({ roles: [...ALL_ROLES], groups: [...PERSON_DATA_GROUPS], areas: [], subject: 'fuzzer' });
    authorization = { authorization: `Bearer ${token}` };
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('never answers 5xx and never leaks a stack trace, SQL or personal data', async () => {
    const document = openApiDocument(service.app, definition);
    const operations = listOperations(document);
    expect(operations.length).toBeGreaterThan(0);
    const findings: string[] = [];
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(document, operation), async (request) => {
          const response = await sendGeneratedRequest(service.url, request, authorization);
          const leaks = response.status >= 400 ? leaksInErrorBody(response.bodyText) : [];
          if (response.status >= 500 || leaks.length > 0) {
            findings.push(`${request.method.toUpperCase()} ${request.url.slice(0, 200)} -> ${response.status} ${leaks.join(', ')} ${response.bodyText.slice(0, 300)}`);
          }
          return response.status < 500 && leaks.length === 0;
        }),
        { numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      ).catch((error: unknown) => {
        // The findings above say more than fast-check's shrunk counterexample; anything else is rethrown.
        if (findings.length === 0) throw error;
      });
    }
    expect(findings).toEqual([]);
  });
});
