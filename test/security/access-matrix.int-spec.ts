import { ALL_ROLES, DevIssuer, openApiDocument, Permission, PERSON_DATA_GROUPS, ROLE_PERMISSIONS, Role, type RecordScope, type ServiceDefinition } from '@ssp/platform';
import {
  documentedAccessOf,
  listOperations,
  newTopicNamespace,
  serviceTestEnvironment,
  startTestService,
  testIssuer,
  type RunningService,
  type ServiceTestEnvironment,
} from '@ssp/testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVICE_DEFINITIONS } from '../../tools/openapi/service-apis';

/*
 * The BOLA/BFLA matrix: every route of every service's OpenAPI document, called as every
 * kind of caller, against the running service. The expected status comes from the declared
 * policy (the route's permission, the role table, membership rules), written out here
 * rather than by calling the guard's own decision function.
 */

const HOME = { area: 'randers-nv', group: 'netvaerk-randers-nv' };
const OTHER = { area: 'langaa', group: 'netvaerk-langaa' };
/** Needs membership of the Monday group or coordination team on top of the role. */
const PERSON_DATA = new Set<string>([Permission.personDataRead, Permission.personDataWrite, Permission.personNotesSearch]);
/** Holders see every area (full statistics) or every group (the secretariat). */
const SEES_ALL = { area: Permission.statisticsFull, group: Permission.groupsManage };

type Expectation = 401 | 403 | 'allowed';

interface Caller {
  name: string;
  token: () => Promise<string | undefined>;
  expect: (permission: Permission, scope: RecordScope | undefined) => Expectation;
}

function roleExpectation(role: Role, memberOfPersonDataGroup: boolean, home: boolean) {
  return (permission: Permission, scope: RecordScope | undefined): Expectation => {
    const granted = ROLE_PERMISSIONS[role];
    if (!granted.includes(permission)) return 403;
    if (PERSON_DATA.has(permission) && !memberOfPersonDataGroup) return 403;
    if (scope && !home && !granted.includes(SEES_ALL[scope.kind])) return 403;
    return 'allowed';
  };
}

async function callers(): Promise<Caller[]> {
  const issuer = await testIssuer();
  const stranger = await DevIssuer.open(mkdtempSync(path.join(tmpdir(), 'ssp-stranger-')));
  const refused = (name: string, token: () => Promise<string | undefined>): Caller => ({ name, token, expect: () => 401 });
  const list: Caller[] = [
    refused('no token', async () => undefined),
    refused('expired token', () => issuer.token({ roles: [Role.secretariat], groups: [...PERSON_DATA_GROUPS], expiresInSeconds: -3600 })),
    refused('wrong audience', () => issuer.token({ roles: [Role.secretariat], groups: [...PERSON_DATA_GROUPS], audience: 'api://another-system' })),
    refused('wrong issuer', () => issuer.token({ roles: [Role.secretariat], groups: [...PERSON_DATA_GROUPS], issuer: 'https://login.example.com' })),
    refused('signed by another key', () => stranger.token({ roles: [Role.secretariat], groups: [...PERSON_DATA_GROUPS] })),
    { name: 'no role', token: () => issuer.token({ roles: [], groups: [...PERSON_DATA_GROUPS, HOME.group], areas: [HOME.area] }), expect: () => 403 },
  ];
  for (const role of ALL_ROLES) {
    list.push({
      name: `${role}, member at home`,
      token: () => issuer.token({ roles: [role], groups: ['mandagsgruppen', HOME.group], areas: [HOME.area] }),
      expect: roleExpectation(role, true, true),
    });
    list.push({
      name: `${role}, outside the Monday group`,
      token: () => issuer.token({ roles: [role], groups: [HOME.group], areas: [HOME.area] }),
      expect: roleExpectation(role, false, true),
    });
    list.push({
      name: `${role}, member of another group and area`,
      token: () => issuer.token({ roles: [role], groups: ['mandagsgruppen', OTHER.group], areas: [OTHER.area] }),
      expect: roleExpectation(role, true, false),
    });
  }
  return list;
}

/** Fills the template: scope parameters with the home area or group, others with a placeholder id. */
function concretePath(template: string, scope: RecordScope | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    if (scope?.param === name) return scope.kind === 'area' ? HOME.area : HOME.group;
    return '00000000-0000-4000-8000-000000000000';
  });
}

describe.each(SERVICE_DEFINITIONS.map((service) => [service.name, service] as const))('access matrix of %s', (_name, definition: ServiceDefinition) => {
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

  it('answers every route as the policy says for every caller, and never 2xx to an unauthorised one', async () => {
    const operations = listOperations(openApiDocument(service.app, definition));
    expect(operations.length).toBeGreaterThan(0);
    const rows: string[] = ['method;path;caller;expected;status'];
    const wrong: string[] = [];
    let unauthorised2xx = 0;
    let allowedCalls = 0;
    for (const { method, path: template, operation } of operations) {
      const { permission, scope } = documentedAccessOf(operation);
      if (permission === undefined) throw new Error(`${method.toUpperCase()} ${template} documents no permission`);
      expect(Object.values(Permission)).toContain(permission);
      for (const caller of await callers()) {
        const token = await caller.token();
        const expected = caller.expect(permission, scope);
        const response = await fetch(`${service.url}${concretePath(template, scope)}`, {
          method: method.toUpperCase(),
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
          body: method === 'get' || method === 'delete' ? undefined : '{}',
        });
        await response.arrayBuffer();
        const ok = expected === 'allowed' ? response.status !== 401 && response.status !== 403 && response.status < 500 : response.status === expected;
        if (expected !== 'allowed' && response.status >= 200 && response.status < 300) unauthorised2xx += 1;
        if (expected === 'allowed') allowedCalls += 1;
        if (!ok) wrong.push(`${method.toUpperCase()} ${template} as ${caller.name}: expected ${expected}, got ${response.status}`);
        rows.push([method.toUpperCase(), template, caller.name, expected, response.status].join(';'));
      }
    }
    const artifacts = path.resolve(__dirname, '../../test-results/access-matrix');
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, `${definition.name}.csv`), `${rows.join('\n')}\n`);
    expect(wrong).toEqual([]);
    expect(unauthorised2xx).toBe(0);
    expect(allowedCalls).toBeGreaterThan(0);
  });

  it('serves health and metrics without a token', async () => {
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
    expect((await fetch(`${service.url}/metrics`)).status).toBe(200);
  });
});
