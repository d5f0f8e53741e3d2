import { ServiceName } from '@ssp/contracts';
import { ALL_ROLES, DevIssuer, openApiDocument, PERSON_DATA_GROUPS, Role, type ServiceDefinition } from '@ssp/platform';
import { AWAY, callApi, HOME, listOperations, pathValuesOf, RECEIVING_BODY, SeededSuite, testIssuer, type SideRecords } from '@ssp/testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SERVICE_DEFINITIONS } from '../../tools/openapi/service-apis';
import { ACCESS_POLICY, type RoutePolicy, type RouteScope } from './access-policy';
import { ROUTE_REQUESTS, type RouteRequest } from './route-requests';

/*
 * The BOLA/BFLA matrix. Every route of every service's OpenAPI document, called by every
 * kind of caller against the running suite with real records seeded on two sides (HOME and
 * AWAY: two areas, their network groups, persons, meetings, feeds, notifications, lists).
 * Each caller signs in at HOME and names, in turn, HOME's records (its own), AWAY's records
 * (another's), and AWAY's records through HOME's body or area; the answer must be exactly
 * what the reviewed policy table (access-policy.ts) says: the route's success status for the
 * own, 403 or 404 for another's, 401 and 403 for those who may not call it at all.
 *
 * The services run as deployed (MEMBERSHIP_SOURCE=registry): a caller's bodies and areas are
 * HOME's member's memberships in network groups' registry, seeded through its API, and the
 * expected answers follow them (`Caller.memberships`); roles come from the token. Every token
 * claims more than any caller holds (CLAIMED: both sides' network groups and areas, every
 * person-data group), so a service that read a claim would answer where the table refuses.
 * All callers sign in as HOME's member, whose own records (notifications, calendar feed,
 * `/people/me`) the matrix names; so the callers are called one set of memberships at a time,
 * the registry changed and every service's copy of it awaited in between (tens of
 * milliseconds each).
 *
 * Negative control of the memberships (made, seen to fail, and undone), with
 * `npx jest --ci test/security/access-matrix.int-spec.ts --selectProjects integration`:
 * `MembershipDirectory.withMemberships` (libs/platform/src/memberships/membership-directory.ts)
 * made to keep the token's claims whenever the token names a body (`|| principal.groups.length > 0`
 * beside the `token` source): every service fails, 671 wrong answers (ingestion 9, case
 * coordination 118, network groups 504, reporting 40), e.g. "GET /persons/{pseudonym} as
 * ssp-consultant outside the Monday group (own): expected 403, got 200", "GET /bodies/{bodyId}/messages
 * as ssp-consultant at home (another's record): expected 403, got 200", "GET /statistics/areas/{areaId}/{statistic}
 * as police-prevention at home (another's record): expected 403, got 200" and "GET /people as
 * ssp-consultant at home (own): the list shows another's record (personId …)".
 *
 * Negative controls (each made, seen to fail, and undone), with
 * `npx jest --ci test/security/access-matrix.int-spec.ts --selectProjects integration -t 'network-groups answers'`:
 * - A weaker permission: `@Requires(Permission.groupsManage)` on `PATCH /initiatives/:initiativeId`
 *   (apps/network-groups/src/initiatives/initiatives.controller.ts) made `Permission.groupsRead`:
 *   "PATCH /initiatives/{initiativeId} as ssp-consultant at home (own): expected 403, got 200", then 409 for
 *   every other group reader (the initiative is launched by then), all listed.
 * - A per-record check skipped: `AND m.body_id = $2` in `meetingOf`
 *   (apps/network-groups/src/meetings/meetings.service.ts) made `AND $2::text IS NOT NULL`, so a meeting
 *   is found through any body: 201 wrong answers (174 when the callers were called in another order, before
 *   the registry gave their memberships), e.g. "GET /bodies/{bodyId}/meetings/{meetingId} as school
 *   at home (another's record through the own body or area): expected 404, got 200", and 201, 200, 400 or 409
 *   instead of 404 on every route under a meeting.
 * - A membership check skipped: `BODY_SCOPE` taken out of `@Requires` on `GET /bodies/:bodyId/messages`
 *   (apps/network-groups/src/messages/messages.controller.ts): "GET /bodies/{bodyId}/messages as
 *   ssp-consultant at home (another's record): expected 403, got 200", for each of the 11 group readers
 *   in both of their memberships but the secretariat.
 * - A list that shows everyone's: `WHERE person_id = $1` in `NotificationsService.listFor`
 *   (apps/network-groups/src/notifications/notifications.service.ts) made `WHERE $1::uuid IS NOT NULL`:
 *   "GET /notifications as ssp-consultant at home (own): the list shows another's record (notificationId …)",
 *   for all 24 callers who may read their notifications.
 * - The view across the network groups opened to every group reader: `EVERY_BODY_MEETINGS_SCOPE` taken out
 *   of `@Requires` on `GET /meetings` (apps/network-groups/src/meetings/network-group-meetings.controller.ts):
 *   23 wrong answers, e.g. "GET /meetings as ssp-consultant at home (own): expected 403, got 200".
 * - The coordination team's reading taken away: `readByMembersOf` left out of `MEETINGS_SCOPE`
 *   (apps/network-groups/src/bodies/body-scope.ts): "GET /bodies/{bodyId}/meetings as family-department
 *   in the coordination team (another's record): expected 200, got 403", and the same for one meeting.
 */

/** Four services started and records seeded through the broker, on a machine that may be busy. */
const SUITE_START_TIMEOUT_MS = 300_000;

type Variant = 'own' | 'others' | 'others-through-own-scope';

const VARIANT_NAMES: Record<Variant, string> = {
  own: 'own',
  others: "another's record",
  'others-through-own-scope': "another's record through the own body or area",
};

/**
 * The registry memberships of HOME's member, whom every caller signs in as (HOME.subject: the
 * records "own" to a caller, its notifications and calendar feeds, are that member's). One
 * subject holds one set of memberships at a time, so the callers are called set by set, the
 * registry changed between sets (`SeededSuite.holdMemberships`). Each set holds HOME's body,
 * and with it HOME's area: the own records' scope.
 */
const AT_HOME = ['mandagsgruppen', HOME.body];
const OUTSIDE_THE_MONDAY_GROUP = [HOME.body];
const IN_THE_COORDINATION_TEAM = ['koordinationsteam', HOME.body];
/**
 * In SSP-U, which receives referrals, as well as in the Monday group: the seeder (the same
 * subject) makes the fresh referrals the answers use up, which takes the Monday group.
 * test/referrals.int-spec.ts shows a member of the receiving body alone.
 */
const IN_A_RECEIVING_BODY = ['mandagsgruppen', RECEIVING_BODY, HOME.body];

/**
 * What every token claims (`ssp_groups`, `ssp_areas`): more than any set gives, both sides'
 * network groups and areas and every person-data group. The registry decides, so a service
 * that took a claim would answer another's records, or person-level data, where the matrix
 * expects a refusal.
 */
const CLAIMED = { groups: [...PERSON_DATA_GROUPS, HOME.body, AWAY.body], areas: [HOME.area, AWAY.area] };

interface Caller {
  name: string;
  token: string | undefined;
  /** Refused whatever the route: no valid token (401) or no role (403). */
  refusal?: 401 | 403;
  /** One role, or two where a refusal of the law must hold beside another role. */
  roles: Role[];
  /** The bodies the registry gives the caller (HOME's member) while it is called; what its token claims does not count. */
  memberships: readonly string[];
}

async function callers(): Promise<Caller[]> {
  const issuer = await testIssuer();
  const stranger = await DevIssuer.open(mkdtempSync(path.join(tmpdir(), 'ssp-stranger-')));
  const claims = (roles: Role[]) => ({ roles, ...CLAIMED, subject: HOME.subject });
  const everything = claims([Role.secretariat]);
  const refused = (name: string, token: string | undefined): Caller => ({ name, token, refusal: 401, roles: [], memberships: AT_HOME });
  const list: Caller[] = [
    refused('no token', undefined),
    refused('expired token', await issuer.token({ ...everything, expiresInSeconds: -3600 })),
    refused('wrong audience', await issuer.token({ ...everything, audience: 'api://another-system' })),
    refused('wrong issuer', await issuer.token({ ...everything, issuer: 'https://login.example.com' })),
    refused('signed by another key', await stranger.token(everything)),
    { name: 'no role', token: await issuer.token(claims([])), refusal: 403, roles: [], memberships: AT_HOME },
  ];
  const caller = async (name: string, roles: Role[], memberships: readonly string[]): Promise<Caller> => ({ name, roles, memberships, token: await issuer.token(claims(roles)) });
  for (const role of ALL_ROLES) {
    list.push(await caller(`${role} at home`, [role], AT_HOME));
    list.push(await caller(`${role} outside the Monday group`, [role], OUTSIDE_THE_MONDAY_GROUP));
  }
  // Permissions are the union of the roles; a refusal of the law must hold beside a role that has what it refuses.
  for (const roles of [
    [Role.policePrevention, Role.familyDepartment],
    [Role.policePrevention, Role.secretariat],
  ]) {
    list.push(await caller(`${roles.join(' + ')} at home`, roles, AT_HOME));
  }
  // The coordination team reads every body's meetings and every area's alerts (RouteScope.readBy), and changes none.
  list.push(await caller('family-department in the coordination team', [Role.familyDepartment], IN_THE_COORDINATION_TEAM));
  list.push(await caller('school in SSP-U', [Role.school], IN_A_RECEIVING_BODY));
  list.push(await caller('police-prevention in SSP-U', [Role.policePrevention], IN_A_RECEIVING_BODY));
  return list;
}

/** The callers by the memberships they are called with, in the order of the list, so the registry changes once a set. */
function byMemberships(list: readonly Caller[]): { memberships: readonly string[]; callers: Caller[] }[] {
  const sets = new Map<string, { memberships: readonly string[]; callers: Caller[] }>();
  for (const caller of list) {
    const key = JSON.stringify(caller.memberships);
    const set = sets.get(key) ?? { memberships: caller.memberships, callers: [] };
    set.callers.push(caller);
    sets.set(key, set);
  }
  return [...sets.values()];
}

/** Sits, by the registry, in the Monday group or the coordination team, as person-level data requires. */
const inPersonDataGroup = (caller: Caller) => caller.memberships.some((body) => PERSON_DATA_GROUPS.includes(body));

const anyOf = (roles: readonly Role[], listed: readonly Role[]) => roles.some((role) => listed.includes(role));

function reachesOthersRecord(policy: RoutePolicy, roles: readonly Role[]): boolean {
  const others = policy.othersRecords;
  if (others === undefined) throw new Error(`${policy.route}: the policy table must say what another's record answers (othersRecords)`);
  if (others === 'shared') return true;
  if (others === 'hidden') return false;
  return anyOf(roles, others.visibleTo);
}

/** What the policy table says this caller gets; the table, not the code, decides. */
function expectedStatus(policy: RoutePolicy, caller: Caller, variant: Variant): number {
  if (caller.refusal !== undefined) return caller.refusal;
  const roles = caller.roles;
  if (!anyOf(roles, policy.roles) || anyOf(roles, policy.refusedTo ?? [])) return 403;
  const inReceivingBody = policy.receivedBy !== undefined && caller.memberships.includes(policy.receivedBy);
  if (policy.personData && !inPersonDataGroup(caller) && !inReceivingBody) return 403;
  if (policy.receivedBy !== undefined && !policy.personData && !inReceivingBody) return 403;
  if (policy.everyRecord && !anyOf(roles, policy.everyRecord.everyFor) && !caller.memberships.includes(policy.everyRecord.readBy)) return 403;
  if (variant === 'own') return policy.status;
  if (variant === 'others' && policy.scope) return anyOf(roles, policy.scope.everyFor) || readsEvery(policy, caller) ? policy.status : 403;
  return reachesOthersRecord(policy, roles) ? policy.status : 404;
}

/** The caller sits, by the registry, in the body whose members read every body's or area's records on this route (a GET). */
function readsEvery(policy: RoutePolicy, caller: Caller): boolean {
  const readBy = policy.scope?.readBy;
  return readBy !== undefined && methodOf(policy.route) === 'GET' && caller.memberships.includes(readBy);
}

const isSuccess = (status: number | 'not called') => typeof status === 'number' && status >= 200 && status < 400;

interface PreparedCall {
  path: string;
  request: RouteRequest;
  /** The path values the call was prepared with, those its path does not name too. */
  values: Record<string, string>;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no seeded record for {${name}} in ${template}`);
    return encodeURIComponent(value);
  });
}

const methodOf = (route: string) => route.split(' ')[0];
const templateOf = (route: string) => route.split(' ')[1];
const parametersOf = (route: string) => [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);

function withQuery(pathname: string, query: Record<string, string> | undefined): string {
  return query ? `${pathname}?${new URLSearchParams(query).toString()}` : pathname;
}

describe('access matrix', () => {
  let suite: SeededSuite;
  let everyCaller: Caller[];
  let serial = 0;

  beforeAll(async () => {
    suite = await SeededSuite.start(SERVICE_DEFINITIONS);
    everyCaller = await callers();
  }, SUITE_START_TIMEOUT_MS);

  afterAll(async () => {
    await suite?.close();
  });

  async function prepare(service: ServiceName, policy: RoutePolicy, records: SideRecords, fresh: boolean): Promise<PreparedCall> {
    const recipe = ROUTE_REQUESTS[service][policy.route];
    const request = recipe ? await recipe({ suite, records, fresh, serial: ++serial }) : {};
    const values = { ...pathValuesOf(service, records), ...request.params };
    return { path: fill(templateOf(policy.route), values), request, values };
  }

  /** Own records always; another's when the route names records that differ between the sides; those through the own scope when it names more than its scope. */
  function variantsOf(service: ServiceName, policy: RoutePolicy): Variant[] {
    const home = pathValuesOf(service, suite.records.home);
    const away = pathValuesOf(service, suite.records.away);
    const differing = parametersOf(policy.route).filter((param) => home[param] !== away[param]);
    const variants: Variant[] = ['own'];
    if (differing.length > 0) variants.push('others');
    if (policy.scope && differing.some((param) => param !== policy.scope?.param)) variants.push('others-through-own-scope');
    return variants;
  }

  async function prepareVariant(service: ServiceName, policy: RoutePolicy, variant: Variant, fresh: boolean): Promise<PreparedCall> {
    if (variant === 'own') return prepare(service, policy, suite.records.home, fresh);
    const others = await prepare(service, policy, suite.records.away, fresh);
    if (variant === 'others') return others;
    const scope = (policy.scope as RouteScope).param;
    const values = { ...others.values, [scope]: pathValuesOf(service, suite.records.home)[scope] };
    return { path: fill(templateOf(policy.route), values), request: others.request, values };
  }

  /** A list shows the caller's own record, and another's only where the policy table opens it to the caller. */
  function listProblem(policy: RoutePolicy, caller: Caller, own: PreparedCall, others: string, body: unknown): string | undefined {
    const kind = policy.listOf as string;
    const text = JSON.stringify(body);
    if (!text.includes(own.values[kind])) return `the list leaves out the own record (${kind} ${own.values[kind]})`;
    const shown = text.includes(others);
    if (shown === reachesOthersRecord(policy, caller.roles)) return undefined;
    return shown ? `the list shows another's record (${kind} ${others})` : `the list leaves out another's record it should show (${kind} ${others})`;
  }

  /** Calls the route; a call that cannot be prepared (an earlier wrong answer spoilt a seeded record) is a finding too. */
  async function callRoute(service: ServiceName, policy: RoutePolicy, caller: Caller, variant: Variant, expected: number): Promise<{ status: number | 'not called'; detail: string; listProblem?: string }> {
    try {
      const call = await prepareVariant(service, policy, variant, isSuccess(expected));
      const listed = policy.listOf !== undefined && variant === 'own' && isSuccess(expected) ? policy.listOf : undefined;
      // Another side's record, made fresh before the list is read where the request makes one, so a leaking list would show it among its newest.
      const others = listed && (await prepare(service, policy, suite.records.away, true)).values[listed];
      const response = await callApi(suite.url(service), methodOf(policy.route), withQuery(call.path, call.request.query), caller.token, call.request.body);
      const detail = JSON.stringify(response.body).slice(0, 200);
      return { status: response.status, detail, listProblem: others && response.status === expected ? listProblem(policy, caller, call, others, response.body) : undefined };
    } catch (error) {
      return { status: 'not called', detail: String(error).slice(0, 300) };
    }
  }

  function operationsOf(definition: ServiceDefinition): string[] {
    return listOperations(openApiDocument(suite.services[definition.name].app, definition)).map(({ method, path: route }) => `${method.toUpperCase()} ${route}`);
  }

  describe.each(SERVICE_DEFINITIONS.map((definition) => [definition.name, definition] as const))('%s', (name, definition) => {
    it('lists every route it documents in the policy table, and nothing it does not', () => {
      const documented = operationsOf(definition);
      const listed = ACCESS_POLICY[name].map((policy) => policy.route);
      expect(documented.filter((route) => !listed.includes(route))).toEqual([]);
      expect(listed.filter((route) => !documented.includes(route))).toEqual([]);
      expect(Object.keys(ROUTE_REQUESTS[name]).filter((route) => !listed.includes(route))).toEqual([]);
    });

    it('answers every route as the policy table says, for every caller, with its own records and with others\'', async () => {
      const rows: string[] = ['method;path;caller;records;expected;status'];
      const wrong: string[] = [];
      let successes = 0;
      for (const { memberships, callers: sameMemberships } of byMemberships(everyCaller)) {
        await suite.holdMemberships(HOME, memberships);
        for (const policy of ACCESS_POLICY[name]) {
          for (const caller of sameMemberships) {
            // A caller refused the route whatever it names is tried once, with its own records.
            const variants = isSuccess(expectedStatus(policy, caller, 'own')) ? variantsOf(name, policy) : (['own'] as const);
            for (const variant of variants) {
              const expected = expectedStatus(policy, caller, variant);
              const outcome = await callRoute(name, policy, caller, variant, expected);
              if (isSuccess(outcome.status)) successes += 1;
              const call = `${policy.route} as ${caller.name} (${VARIANT_NAMES[variant]})`;
              if (outcome.status !== expected) wrong.push(`${call}: expected ${expected}, got ${outcome.status} ${outcome.detail}`);
              if (outcome.listProblem) wrong.push(`${call}: ${outcome.listProblem}`);
              rows.push([methodOf(policy.route), templateOf(policy.route), caller.name, VARIANT_NAMES[variant], expected, outcome.status].join(';'));
            }
          }
        }
      }
      const artifacts = path.resolve(__dirname, '../../test-results/access-matrix');
      mkdirSync(artifacts, { recursive: true });
      writeFileSync(path.join(artifacts, `${name}.csv`), `${rows.join('\n')}\n`);
      expect(wrong).toEqual([]);
      expect(successes).toBeGreaterThan(0);
    });

    it('serves health and metrics without a token', async () => {
      expect((await fetch(`${suite.url(name)}/health/live`)).status).toBe(200);
      expect((await fetch(`${suite.url(name)}/health/ready`)).status).toBe(200);
      expect((await fetch(`${suite.url(name)}/metrics`)).status).toBe(200);
    });
  });
});
