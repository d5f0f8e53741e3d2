import { PAGE_REFUSALS, Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, waitFor, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as CASE_COORDINATION } from '../apps/case-coordination/src/app.definition';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { APP as INGESTION } from '../apps/police-list-ingestion/src/app.definition';
import { APP as REPORTING } from '../apps/reporting/src/app.definition';

/*
 * Issue 20, "The registry decides membership": the four services with MEMBERSHIP_SOURCE=
 * registry, as deployed. A police officer's token claims the Monday group and the network
 * group of Langå; what the officer may read follows network groups' registry alone: nothing
 * while the registry does not know them, everything their memberships give once the
 * secretariat adds them and links their sign-in, and nothing again within
 * MEMBERSHIP_REVOKED_WITHIN_MS of the secretariat ending the memberships.
 *
 * Last, the coordination team's view across bodies: its members read every network group's
 * meetings and every area's alerts.
 *
 * Negative control: run the services with MEMBERSHIP_SOURCE=token: the first test fails,
 * every service answering the officer as the token claims.
 */

/** How soon an ended membership closes every service (docs/memberships.md states it). */
const MEMBERSHIP_REVOKED_WITHIN_MS = 10_000;
const AREA = 'langaa';
const NETWORK_GROUP = `netvaerk-${AREA}`;
const OFFICER = 'politi-registry-1';
const YESTERDAY = new Date(Date.parse(`${TEST_TODAY}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

interface Membership {
  id: string;
  personId: string;
  bodyId: string;
}

describe('memberships from the registry, in every service', () => {
  const namespace = newTopicNamespace();
  const environments: ServiceTestEnvironment[] = [];
  const services: Record<'ingestion' | 'cases' | 'groups' | 'reporting', RunningService> = {} as never;
  let officer: string;
  let secretariat: string;
  const memberships: Membership[] = [];

  const call = async (service: RunningService, method: string, route: string, token: string, body?: unknown) => {
    const response = await fetch(`${service.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  /**
   * The officer's answer from each service, on a route that needs what a membership gives:
   * person-level data (the Monday group), the network group's records, its area's statistics.
   * A concern without a body is refused 400 to a member and 403 to anyone else.
   */
  const answers = async () => ({
    agenda: (await call(services.cases, 'GET', `/meetings/next/agenda?from=${TEST_TODAY}`, officer)).status,
    concern: (await call(services.ingestion, 'POST', '/concerns', officer, {})).status,
    meetings: (await call(services.groups, 'GET', `/bodies/${NETWORK_GROUP}/meetings?from=${TEST_TODAY}&to=${TEST_TODAY}`, officer)).status,
    statistics: (await call(services.reporting, 'GET', `/statistics/areas/${AREA}/incidents?year=2026`, officer)).status,
  });
  const ALLOWED = { agenda: 200, concern: 400, meetings: 200, statistics: 200 };
  const REFUSED = { agenda: 403, concern: 403, meetings: 403, statistics: 403 };

  beforeAll(async () => {
    for (const service of ['police-list-ingestion', 'case-coordination', 'network-groups', 'reporting']) environments.push(await serviceTestEnvironment(service, namespace));
    const registry = { MEMBERSHIP_SOURCE: 'registry' };
    services.ingestion = await startTestService(INGESTION, { ...environments[0]!.env, ...registry });
    services.cases = await startTestService(CASE_COORDINATION, { ...environments[1]!.env, ...registry, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    services.groups = await startTestService(NETWORK_GROUPS, { ...environments[2]!.env, ...registry, MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    services.reporting = await startTestService(REPORTING, { ...environments[3]!.env, ...registry });
    officer = await testToken({ roles: [Role.policePrevention], groups: ['mandagsgruppen', NETWORK_GROUP], areas: [AREA], subject: OFFICER });
    secretariat = await testToken({ roles: [Role.secretariat], subject: 'sekretariat-registry' });
  });

  afterAll(async () => {
    for (const service of Object.values(services)) await service?.close();
    await Promise.all(environments.map((environment) => environment.database.drop()));
  });

  it('refuses a user the registry does not know everything a membership would give, whatever the token claims', async () => {
    expect(await answers()).toEqual(REFUSED);
  });

  it('gives every service what the registry says once the secretariat adds the memberships and links the sign-in', async () => {
    for (const bodyId of ['mandagsgruppen', NETWORK_GROUP]) {
      const added = await call(services.groups, 'POST', `/bodies/${bodyId}/members`, secretariat, {
        personName: 'Pia Politi',
        email: 'pia.politi@politi.example',
        organisation: 'Østjyllands Politi, forebyggelse',
        role: 'member',
        validFrom: '2026-01-01',
      });
      expect(added.status).toBe(201);
      memberships.push(added.body as Membership);
    }
    expect((await call(services.groups, 'PATCH', `/people/${memberships[0]!.personId}`, secretariat, { subject: OFFICER })).status).toBe(200);
    await waitFor('every service to know the memberships', answers, (statuses) => JSON.stringify(statuses) === JSON.stringify(ALLOWED), { timeoutMs: 30_000, intervalMs: 100 });
  });

  it(`refuses everything in every service within ${MEMBERSHIP_REVOKED_WITHIN_MS / 1000} s of the secretariat ending the memberships`, async () => {
    const endedAt = Date.now();
    for (const membership of memberships) {
      expect((await call(services.groups, 'PATCH', `/bodies/${membership.bodyId}/members/${membership.id}`, secretariat, { validTo: YESTERDAY })).status).toBe(200);
    }
    await waitFor('every service to refuse the officer', answers, (statuses) => JSON.stringify(statuses) === JSON.stringify(REFUSED), { timeoutMs: MEMBERSHIP_REVOKED_WITHIN_MS, intervalMs: 100 });
    expect(Date.now() - endedAt).toBeLessThan(MEMBERSHIP_REVOKED_WITHIN_MS);
  });

  it('moves the memberships to the new sign-in when the secretariat links the registry person to another subject', async () => {
    for (const membership of memberships) {
      expect((await call(services.groups, 'PATCH', `/bodies/${membership.bodyId}/members/${membership.id}`, secretariat, { validTo: null })).status).toBe(200);
    }
    await waitFor('every service to let the officer in again', answers, (statuses) => JSON.stringify(statuses) === JSON.stringify(ALLOWED), { timeoutMs: MEMBERSHIP_REVOKED_WITHIN_MS, intervalMs: 100 });
    expect((await call(services.groups, 'PATCH', `/people/${memberships[0]!.personId}`, secretariat, { subject: 'politi-registry-ny' })).status).toBe(200);
    await waitFor('the old sign-in to be refused everywhere', answers, (statuses) => JSON.stringify(statuses) === JSON.stringify(REFUSED), { timeoutMs: MEMBERSHIP_REVOKED_WITHIN_MS, intervalMs: 100 });
    const renamed = await testToken({ roles: [Role.policePrevention], subject: 'politi-registry-ny' });
    expect((await call(services.cases, 'GET', `/meetings/next/agenda?from=${TEST_TODAY}`, renamed)).status).toBe(200);
  });

  it('publishes at start-up the memberships the registry held before the topic, so every copy is whole', async () => {
    // A membership as the registry had it before ssp.registry.membership.v1: never published.
    const [before] = (await services.groups.dataSource.query(
      `INSERT INTO body_membership (body_id, person_id, organisation_id, role, valid_from)
       SELECT 'koordinationsteam', person_id, organisation_id, 'member', '2026-01-01' FROM body_membership WHERE id = $1 RETURNING id`,
      [memberships[0]!.id],
    )) as { id: string }[];
    const copied = async () => ((await services.reporting.dataSource.query('SELECT body_id FROM membership WHERE membership_id = $1', [before!.id])) as unknown[]).length;
    expect(await copied()).toBe(0);
    await services.groups.close();
    services.groups = await startTestService(NETWORK_GROUPS, { ...environments[2]!.env, MEMBERSHIP_SOURCE: 'registry', MONDAY_GROUP_FIRST_MEETING: '2026-01-05' });
    await waitFor('reporting to hold the membership from before', copied, (count) => count === 1, { timeoutMs: 30_000, intervalMs: 100 });
    const [announced] = (await services.groups.dataSource.query('SELECT count(*)::int AS left FROM body_membership WHERE announced_at IS NULL')) as { left: number }[];
    expect(announced!.left).toBe(0);
  });

  it("lets a member of the coordination team read every network group's meetings and every area's alerts, and change none", async () => {
    // The registry person sits in the coordination team since the test before; Randers C is neither their area nor their network group.
    const coordinator = await testToken({ roles: [Role.policePrevention], subject: 'politi-registry-ny' });
    const other = { area: 'randers-c', body: 'netvaerk-randers-c' };
    await waitFor(
      "network groups' copy to hold the coordination team membership",
      async () => (await call(services.groups, 'GET', `/bodies/${other.body}/meetings?from=${TEST_TODAY}&to=${TEST_TODAY}`, coordinator)).status,
      (status) => status === 200,
      { timeoutMs: MEMBERSHIP_REVOKED_WITHIN_MS, intervalMs: 100 },
    );
    expect((await call(services.groups, 'GET', `/areas/${other.area}/alerts`, coordinator)).status).toBe(200);
    // Reading, not writing; and meetings and alerts, not the body's other records.
    expect((await call(services.groups, 'POST', `/bodies/${other.body}/meetings`, coordinator, {})).status).toBe(403);
    expect((await call(services.groups, 'GET', `/bodies/${other.body}/messages`, coordinator)).status).toBe(403);
    // Anyone outside the coordination team is refused another body's meetings.
    const member = await testToken({ roles: [Role.policePrevention], subject: 'politi-uden-koordination' });
    expect((await call(services.groups, 'GET', `/bodies/${other.body}/meetings?from=${TEST_TODAY}&to=${TEST_TODAY}`, member)).status).toBe(403);
  });

  it("lists every network group's meetings, and every area's alerts, in one list a page at a time, for the coordination team and not for others", async () => {
    const coordinator = await testToken({ roles: [Role.policePrevention], subject: 'politi-registry-ny' });
    const day = addDays(TEST_TODAY, 3);
    const created: string[] = [];
    for (const bodyId of ['netvaerk-randers-c', NETWORK_GROUP, 'mandagsgruppen']) {
      const meeting = await call(services.groups, 'POST', `/bodies/${bodyId}/meetings`, secretariat, { title: 'Ekstra møde', day, startTime: '15:00', durationMinutes: 60 });
      expect(meeting.status).toBe(201);
      created.push((meeting.body as { id: string }).id);
    }
    const listed: { id: string; bodyId: string; bodyName: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page += 1) {
      const answer = await call(services.groups, 'GET', `/meetings?from=${day}&to=${day}&limit=1${after ? `&after=${after}` : ''}`, coordinator);
      expect(answer.status).toBe(200);
      const { items, next } = answer.body as { items: { id: string; bodyId: string; bodyName: string }[]; next: string | null };
      expect(items.length).toBeLessThanOrEqual(1);
      listed.push(...items);
      after = next;
      if (after === null) break;
    }
    expect(after).toBeNull();
    const ids = listed.map((meeting) => meeting.id);
    expect(ids).toEqual(expect.arrayContaining(created.slice(0, 2)));
    expect(ids).not.toContain(created[2]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(listed.every((meeting) => meeting.bodyId.startsWith('netvaerk-') && meeting.bodyName.startsWith('Netværksgruppe'))).toBe(true);
    const member = await testToken({ roles: [Role.policePrevention], subject: 'politi-uden-koordination' });
    expect((await call(services.groups, 'GET', `/meetings?from=${day}&to=${day}`, member)).status).toBe(403);
    const forged = Buffer.from(JSON.stringify([-1, created[0]])).toString('base64url');
    expect((await call(services.groups, 'GET', `/meetings?from=${day}&to=${day}&after=${forged}`, coordinator)).body).toMatchObject(PAGE_REFUSALS.cursor);
    // Every area's alerts in one list likewise (test/reference-data.int-spec.ts shows one in it).
    expect((await call(services.groups, 'GET', '/alerts', coordinator)).status).toBe(200);
    expect((await call(services.groups, 'GET', '/alerts', member)).status).toBe(403);
    const notADay = Buffer.from(JSON.stringify(['2026-02-30', 'langaa', 'theft'])).toString('base64url');
    expect((await call(services.groups, 'GET', `/alerts?after=${notADay}`, coordinator)).body).toMatchObject(PAGE_REFUSALS.cursor);
  });
});
