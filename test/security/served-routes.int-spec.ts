import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { openApiDocument, Role, type ServiceDefinition } from '@ssp/platform';
import {
  compareServedRoutes,
  documentedRoutes,
  leaksInErrorBody,
  newTopicNamespace,
  requestsToRoute,
  routeKey,
  sendGeneratedRequest,
  servedRoutes,
  serviceTestEnvironment,
  startTestService,
  testToken,
  type GeneratedRequest,
  type RunningService,
  type SentResponse,
  type ServedRoute,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { openApiFileOf, SERVICE_DEFINITIONS } from '../../tools/openapi/service-apis';
import { UNDOCUMENTED_ROUTES } from './undocumented-routes';

/*
 * The access matrix and the schema fuzzer call the routes of each service's OpenAPI document,
 * so a route outside it escapes both. Here the routes each service really serves are read
 * from the Express router of the started app and compared with docs/openapi/<service>.json
 * and with the reviewed list in undocumented-routes.ts: every served route is in one of the
 * two, every listed and every documented route is served. Without a bearer token every
 * route answers 401 except the listed ones, so the list is exactly the public routes, and
 * each of those is fuzzed with the schema fuzzer's generator (the calendar feed against a
 * real feed as well as random, near-miss and hostile tokens). A failing fuzz run prints
 * fast-check's seed, path and counterexample.
 *
 * Negative controls (each run with `npx jest --ci test/security/served-routes.int-spec.ts
 * --selectProjects integration -t 'routes served by network-groups'`, then restored):
 * - `@ApiExcludeEndpoint()` on `InitiativesController.list` (apps/network-groups/src/initiatives/
 *   initiatives.controller.ts) and `npm run openapi`: the first test fails with
 *   `unaccounted: ["GET /initiatives"]`. Without `npm run openapi` the second fails instead:
 *   the running app's document lacks the GET /initiatives the committed file has.
 * - The calendar entry taken out of undocumented-routes.ts and `/docs-yml` added to it: the
 *   first test fails with `unaccounted: ["GET /calendar/{token}.ics"]` and `listedNotServed:
 *   ["GET /docs-yml"]`, the token test with `GET /calendar/{token}.ics: 404 without a token, expected 401`.
 * - `@Public()` added to `CalendarFeedsController.list` (GET /calendar-feeds): the token test
 *   fails with `GET /calendar-feeds: 500 without a token, expected 401`.
 * - In CalendarController.feed, `return ''` instead of throwing NotFoundException: the fuzz
 *   fails with `another token, expected 404` (a 200) and prints the seed and the request.
 * - `AND revoked_at IS NULL` taken out of CalendarFeedsService.feed's query: the fuzz fails with
 *   the revoked feed's token, `another token, expected 404`.
 */

/** Path parameters of probes without a token: the guard refuses before anything reads them. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
/** A route whose path takes input gets more runs than one where only a query and a stray body vary (GET /health/ready checks Kafka each time). */
const RUNS_WITH_PATH_INPUT = 25;
const RUNS_WITHOUT_PATH_INPUT = 10;
const CALENDAR_FEED_RUNS = 300;

/** How one public route is fuzzed beyond the checks every route gets (no 5xx, nothing leaked in an error). */
interface RouteFuzz {
  runs: number;
  /** Server errors that are part of the route's answer, not a failure. */
  mayAnswer?: number[];
  /** Schemas of path parameters; any string when absent. */
  schemas?: Record<string, SchemaObject>;
  problemWith?: (request: GeneratedRequest, response: SentResponse) => string | undefined;
  /** Requests every run sends first, whatever the seed. */
  examples?: GeneratedRequest[];
  /** The cases a run must have reached, so that it cannot pass without trying them. */
  unreached?: () => string[];
}

function committedDocument(definition: ServiceDefinition): OpenAPIObject {
  return JSON.parse(readFileSync(openApiFileOf(definition), 'utf8')) as OpenAPIObject;
}

async function statusWithoutToken(baseUrl: string, route: ServedRoute): Promise<number> {
  const method = route.method === 'ALL' ? 'GET' : route.method;
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(method);
  const response = await fetch(`${baseUrl}${route.path.replace(/\{[^}]+\}/g, PLACEHOLDER_ID)}`, {
    method,
    headers: hasBody ? { 'content-type': 'application/json' } : {},
    body: hasBody ? '{}' : undefined,
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
}

function genericRunsFor(route: ServedRoute): number {
  return route.method === 'USE' || route.path.includes('{') ? RUNS_WITH_PATH_INPUT : RUNS_WITHOUT_PATH_INPUT;
}

function commonProblemWith(response: SentResponse, mayAnswer: number[] = []): string | undefined {
  if (response.status >= 500 && !mayAnswer.includes(response.status)) return 'server error';
  const leaks = response.status >= 400 ? leaksInErrorBody(response.bodyText) : [];
  return leaks.length > 0 ? `leaks ${leaks.join(', ')}` : undefined;
}

async function fuzzRoute(baseUrl: string, route: ServedRoute, fuzz: RouteFuzz): Promise<void> {
  await fc.assert(
    fc.asyncProperty(requestsToRoute(route, fuzz.schemas), async (request) => {
      const response = await sendGeneratedRequest(baseUrl, request);
      const problem = commonProblemWith(response, fuzz.mayAnswer) ?? fuzz.problemWith?.(request, response);
      if (problem) {
        throw new Error(`${request.method.toUpperCase()} ${request.url.slice(0, 200)} -> ${response.status}: ${problem}; body ${response.bodyText.slice(0, 300)}`);
      }
    }),
    { numRuns: fuzz.runs, endOnFailure: true, examples: (fuzz.examples ?? []).map((request): [GeneratedRequest] => [request]) },
  );
  expect({ route: routeKey(route), unreached: fuzz.unreached?.() ?? [] }).toEqual({ route: routeKey(route), unreached: [] });
}

interface IssuedFeed {
  id: string;
  path: string;
}

/** Issues a feed of the Monday group through the documented route; the secretariat's feeds last until revoked. */
async function issueFeed(baseUrl: string, authorization: string): Promise<IssuedFeed> {
  const response = await fetch(`${baseUrl}/bodies/mandagsgruppen/calendar-feed`, { method: 'POST', headers: { authorization } });
  if (response.status !== 201) throw new Error(`Issuing a calendar feed answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as IssuedFeed;
}

async function revokeFeed(baseUrl: string, authorization: string, feed: IssuedFeed): Promise<void> {
  const response = await fetch(`${baseUrl}/calendar-feeds/${feed.id}`, { method: 'DELETE', headers: { authorization } });
  if (response.status !== 204) throw new Error(`Revoking a calendar feed answered ${response.status}`);
}

function tokenOf(feed: IssuedFeed): string {
  const token = /^\/calendar\/([^/]+)\.ics$/.exec(feed.path)?.[1];
  if (token === undefined) throw new Error(`Unexpected feed path ${feed.path}`);
  return token;
}

/** The token Express hands the controller: the percent-decoded segment; null when it cannot be decoded. */
function requestedToken(url: string): string | null {
  const segment = /^\/calendar\/([^/?]+)\.ics(?:\?|$)/.exec(url)?.[1];
  if (segment === undefined) throw new Error(`Generated URL ${url} misses the calendar route`);
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const swapCase = (text: string) => [...text].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

const FEED_CASES = { feed: 'the feed', other: 'another token', refused: 'a segment refused before the controller' } as const;
type FeedCase = (typeof FEED_CASES)[keyof typeof FEED_CASES];

/** Express refuses a segment it cannot decode, and the platform's RejectUnsafeInputPipe a NUL character, both with 400. */
function feedCaseOf(token: string | null, valid: string): [FeedCase, number] {
  if (token === null || token.includes('\u0000')) return [FEED_CASES.refused, 400];
  return token === valid ? [FEED_CASES.feed, 200] : [FEED_CASES.other, 404];
}

/**
 * The feed route against a real feed: its token gives the calendar, every other token (a
 * revoked one, near misses, random well-formed ones, hostile text) 404 with nothing leaked.
 */
async function calendarFeedFuzz(service: RunningService): Promise<RouteFuzz> {
  const authorization = `Bearer ${await testToken({ roles: [Role.secretariat], groups: [], areas: [], subject: 'served-routes' })}`;
  const valid = tokenOf(await issueFeed(service.url, authorization));
  const revokedFeed = await issueFeed(service.url, authorization);
  await revokeFeed(service.url, authorization, revokedFeed);
  const nearMisses = [tokenOf(revokedFeed), swapCase(valid), valid.slice(1), `${valid}A`, `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`];
  const reached = new Set<FeedCase>();
  return {
    runs: CALENDAR_FEED_RUNS,
    examples: [valid, ...nearMisses].map((token) => ({ method: 'get', url: `/calendar/${token}.ics`, wellFormed: true })),
    schemas: { token: { anyOf: [{ enum: [valid] }, { enum: nearMisses }, { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' }] } },
    problemWith: (request, response) => {
      const [feedCase, expected] = feedCaseOf(requestedToken(request.url), valid);
      reached.add(feedCase);
      if (response.status !== expected) return `${feedCase}, expected ${expected}`;
      const calendar = response.headers['content-type']?.startsWith('text/calendar') && response.bodyText.startsWith('BEGIN:VCALENDAR');
      return feedCase === FEED_CASES.feed && !calendar ? `the feed is not iCalendar text (${response.headers['content-type']})` : undefined;
    },
    unreached: () => Object.values(FEED_CASES).filter((feedCase) => !reached.has(feedCase)),
  };
}

/** Public routes with a fuzz of their own; every other listed route gets the generic one. */
const SPECIFIC_FUZZ: Record<string, (service: RunningService) => Promise<RouteFuzz>> = {
  // 503 is how it says "down": Kafka or PostgreSQL gave no answer within 3 s, which the shared test broker sometimes does under load.
  'GET /health/ready': async () => ({ runs: RUNS_WITHOUT_PATH_INPUT, mayAnswer: [503] }),
  'GET /calendar/{token}.ics': calendarFeedFuzz,
};

describe.each(SERVICE_DEFINITIONS.map((service) => [service.name, service] as const))('routes served by %s', (_name, definition: ServiceDefinition) => {
  const listed = UNDOCUMENTED_ROUTES[definition.name];
  let environment: ServiceTestEnvironment;
  let service: RunningService;

  beforeAll(async () => {
    environment = await serviceTestEnvironment(definition.name, newTopicNamespace());
    service = await startTestService(definition, environment.env);
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('are the routes of docs/openapi/<service>.json and the listed ones, each served', () => {
    const comparison = compareServedRoutes(servedRoutes(service.app), documentedRoutes(committedDocument(definition)), [...listed]);
    expect(comparison).toEqual({ unaccounted: [], listedNotServed: [], documentedNotServed: [], documentedAndListed: [] });
  });

  it("are documented in the committed file as in the running app's document, which the access matrix and the fuzzer call", () => {
    expect(documentedRoutes(openApiDocument(service.app, definition)).map(routeKey)).toEqual(documentedRoutes(committedDocument(definition)).map(routeKey));
  });

  it('refuse a request without a bearer token, except the listed ones, which answer it', async () => {
    const publicKeys = new Set(listed.map(routeKey));
    const wrong: string[] = [];
    // A mount has no single path to probe; it is middleware ahead of every guard, so public by construction.
    for (const route of servedRoutes(service.app).filter(({ method }) => method !== 'USE')) {
      const status = await statusWithoutToken(service.url, route);
      const isPublic = publicKeys.has(routeKey(route));
      if (isPublic ? status === 401 || status === 403 : status !== 401) {
        wrong.push(`${routeKey(route)}: ${status} without a token, expected ${isPublic ? 'an answer' : 401}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answer every route without parameters, refused or not, with Cache-Control: no-store and without an ETag: no browser or proxy keeps what a service says (the calendar feed sets its own)', async () => {
    const cached: string[] = [];
    for (const route of [...servedRoutes(service.app).filter((served) => served.method === 'GET' && !served.path.includes('{')), { method: 'GET', path: '/health/live' }]) {
      const response = await fetch(`${service.url}${route.path}`);
      await response.arrayBuffer();
      const directives = (response.headers.get('cache-control') ?? '').split(',').map((directive) => directive.trim());
      if (!directives.includes('no-store') || response.headers.has('etag')) cached.push(`${route.path}: ${response.status}, cache-control ${response.headers.get('cache-control')}, etag ${response.headers.get('etag')}`);
    }
    expect(cached).toEqual([]);
  });

  it('fuzzed: the public ones never answer 5xx or leak a stack trace, SQL or personal data', async () => {
    for (const route of listed) {
      const specific = SPECIFIC_FUZZ[routeKey(route)];
      await fuzzRoute(service.url, route, specific ? await specific(service) : { runs: genericRunsFor(route) });
    }
  });
});
