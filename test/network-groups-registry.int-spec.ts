import { Role } from '@ssp/platform';
import { addDays } from '@ssp/platform/time';
import { newTopicNamespace, serviceTestEnvironment, startTestService, TEST_TODAY, testToken, type RunningService, type ServiceTestEnvironment } from '@ssp/testing';
import { APP as NETWORK_GROUPS } from '../apps/network-groups/src/app.definition';
import { BODY_REFUSALS } from '../apps/network-groups/src/bodies/bodies.dto';
import { ORGANISATION_REFUSALS } from '../apps/network-groups/src/people/organisations.dto';
import { PEOPLE_REFUSALS } from '../apps/network-groups/src/people/people.dto';

/** Status, code and Danish message of a refusal, to compare with [status, refusal.code, refusal.message]. */
const refusalOf = ({ status, body }: { status: number; body: unknown }) => [status, (body as { code?: string }).code, (body as { message?: unknown }).message];

/*
 * The registry of people and member organisations over HTTP: organisations with their kind
 * (a self-governing one among them), a person in two bodies, a membership that ends, the
 * link between a person and their sign-in, and what a member may see of other people.
 */

const NV = 'netvaerk-randers-nv';
const TODAY = TEST_TODAY;
const YESTERDAY = addDays(TODAY, -1);

interface Membership {
  bodyId: string;
  personId: string;
  organisation: string;
  validTo: string | null;
}

interface Person {
  id: string;
  name: string;
  email: string;
  signInLinked: boolean;
  subject?: string;
  memberships: Membership[];
}

describe('the registry of people and organisations', () => {
  let environment: ServiceTestEnvironment;
  let service: RunningService;
  let secretariat: string;
  let anna: string;
  let colleague: string;
  const ids: Record<string, string> = {};

  async function call<T = unknown>(token: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as T };
  }

  async function seat(bodyId: string, name: string, organisation: string, validFrom: string, validTo: string | null = null): Promise<string> {
    const seated = await call<Membership>(secretariat, 'POST', `/bodies/${bodyId}/members`, {
      personName: name,
      email: `${name.split(' ')[0].toLowerCase()}@randers.dk`,
      organisation,
      role: 'member',
      validFrom,
      validTo,
    });
    expect(seated.status).toBe(201);
    return seated.body.personId;
  }

  beforeAll(async () => {
    environment = await serviceTestEnvironment('network-groups', newTopicNamespace());
    service = await startTestService(NETWORK_GROUPS, environment.env);
    secretariat = await testToken({ roles: [Role.secretariat], groups: ['sekretariatet'], subject: 'sekretariatet' });
    anna = await testToken({ roles: [Role.sspConsultant], groups: [NV, 'mandagsgruppen'], subject: 'anna-oidc' });
    colleague = await testToken({ roles: [Role.school], groups: [NV], subject: 'dorte-oidc' });
  });

  afterAll(async () => {
    await service?.close();
    await environment?.database.drop();
  });

  it('registers member organisations with their kind, a self-governing institution among them', async () => {
    const school = await call(secretariat, 'POST', '/organisations', { name: 'Vestervangskolen', kind: 'school', selfGoverning: false });
    expect(school.status).toBe(201);
    const club = await call(secretariat, 'POST', '/organisations', { name: 'Ungdomshuset Tirsdalen', kind: 'club', selfGoverning: true });
    expect(club).toMatchObject({ status: 201, body: { name: 'Ungdomshuset Tirsdalen', kind: 'club', selfGoverning: true } });

    const again = await call(secretariat, 'POST', '/organisations', { name: 'VESTERVANGSKOLEN', kind: 'school', selfGoverning: false });
    expect(refusalOf(again)).toEqual([409, ORGANISATION_REFUSALS.nameTaken.code, ORGANISATION_REFUSALS.nameTaken.message]);
    const badKind = await call(secretariat, 'POST', '/organisations', { name: 'Kirken', kind: 'church', selfGoverning: false });
    expect(refusalOf(badKind)).toEqual([400, ORGANISATION_REFUSALS.kind.code, ORGANISATION_REFUSALS.kind.message]);
    expect((await call(anna, 'POST', '/organisations', { name: 'Min klub', kind: 'club', selfGoverning: false })).status).toBe(403);

    const listed = await call<{ items: { name: string; selfGoverning: boolean }[] }>(colleague, 'GET', '/organisations');
    expect(listed.body.items.map((organisation) => [organisation.name, organisation.selfGoverning])).toEqual([
      ['Ungdomshuset Tirsdalen', true],
      ['Vestervangskolen', false],
    ]);
  });

  it('keeps one person in two bodies, and a membership that ends counts on its last day and not after', async () => {
    ids.anna = await seat(NV, 'Anna Andersen', 'Vestervangskolen', '2025-08-01');
    expect(await seat('mandagsgruppen', 'Anna Andersen', 'Vestervangskolen', '2026-01-05')).toBe(ids.anna);
    ids.bo = await seat(NV, 'Bo Bech', 'ungdomshuset tirsdalen', '2025-01-01', YESTERDAY);
    ids.carl = await seat('netvaerk-langaa', 'Carl Clausen', 'Vestervangskolen', '2025-01-01');
    ids.dorte = await seat(NV, 'Dorte Dam', 'Vestervangskolen', '2025-01-01');

    const members = async (on: string) => (await call<{ items: Membership[] }>(secretariat, 'GET', `/bodies/${NV}/members?on=${on}`)).body.items.map((member) => member.personId);
    expect(await members(YESTERDAY)).toContain(ids.bo);
    expect(await members(TODAY)).not.toContain(ids.bo);
    expect(await members(TODAY)).toEqual(expect.arrayContaining([ids.anna, ids.dorte]));
    // A member sees today's members only: looking back would show people who have left.
    const lookingBack = await call(colleague, 'GET', `/bodies/${NV}/members?on=${YESTERDAY}`);
    expect(refusalOf(lookingBack)).toEqual([403, BODY_REFUSALS.membersOnOtherDay.code, BODY_REFUSALS.membersOnOtherDay.message]);
    expect((await call(colleague, 'GET', `/bodies/${NV}/members?on=${TODAY}`)).status).toBe(200);

    const bo = await call<Person>(secretariat, 'GET', `/people/${ids.bo}`);
    expect(bo.body.memberships).toEqual([expect.objectContaining({ bodyId: NV, validTo: YESTERDAY, organisation: 'Ungdomshuset Tirsdalen' })]);
    const annaSeen = await call<Person>(secretariat, 'GET', `/people/${ids.anna}`);
    expect(annaSeen.body.memberships.map((membership) => membership.bodyId).sort()).toEqual(['mandagsgruppen', NV]);
    expect(annaSeen.body.signInLinked).toBe(false);
  });

  it('links a person to their sign-in, once, and shows the signed-in person to themself', async () => {
    expect(refusalOf(await call(anna, 'GET', '/people/me'))).toEqual([404, PEOPLE_REFUSALS.notLinked.code, PEOPLE_REFUSALS.notLinked.message]);
    const linked = await call<Person>(secretariat, 'PATCH', `/people/${ids.anna}`, { subject: 'anna-oidc' });
    expect(linked).toMatchObject({ status: 200, body: { signInLinked: true, subject: 'anna-oidc' } });
    expect((await call(secretariat, 'PATCH', `/people/${ids.dorte}`, { subject: 'dorte-oidc' })).status).toBe(200);

    const taken = await call(secretariat, 'PATCH', `/people/${ids.carl}`, { subject: 'anna-oidc' });
    expect(refusalOf(taken)).toEqual([409, PEOPLE_REFUSALS.subjectTaken.code, PEOPLE_REFUSALS.subjectTaken.message]);
    expect(taken.body).toMatchObject({ takenBy: ids.anna });
    const emailTaken = await call(secretariat, 'PATCH', `/people/${ids.carl}`, { email: 'ANNA@randers.dk' });
    expect(refusalOf(emailTaken)).toEqual([409, PEOPLE_REFUSALS.emailTaken.code, PEOPLE_REFUSALS.emailTaken.message]);
    // At the same moment, one new subject for two people: one gets it, the other a 409, never a 500.
    const race = await Promise.all([ids.carl, ids.bo].map((id) => call(secretariat, 'PATCH', `/people/${id}`, { subject: 'contested-oidc' })));
    expect(race.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect((await call(secretariat, 'PATCH', `/people/${ids.carl}`, {})).status).toBe(400);
    expect((await call(secretariat, 'PATCH', '/people/00000000-0000-4000-8000-000000000000', { subject: 'x' })).status).toBe(404);
    expect((await call(anna, 'PATCH', `/people/${ids.anna}`, { subject: 'someone-else' })).status).toBe(403);

    const me = await call<Person>(anna, 'GET', '/people/me');
    expect(me.body).toMatchObject({ id: ids.anna, subject: 'anna-oidc' });
    expect(me.body.memberships.map((membership) => membership.bodyId).sort()).toEqual(['mandagsgruppen', NV]);
  });

  it('shows a member the current members of their own bodies, and of those only the bodies they share', async () => {
    const seenBy = async (token: string) => (await call<{ items: { id: string }[] }>(token, 'GET', '/people')).body.items.map((person) => person.id);
    expect((await seenBy(colleague)).sort()).toEqual([ids.anna, ids.dorte].sort());
    expect(await seenBy(secretariat)).toEqual(expect.arrayContaining([ids.anna, ids.bo, ids.carl, ids.dorte]));

    const annaByColleague = await call<Person>(colleague, 'GET', `/people/${ids.anna}`);
    expect(annaByColleague.status).toBe(200);
    expect(annaByColleague.body.memberships.map((membership) => membership.bodyId)).toEqual([NV]);
    expect(annaByColleague.body).not.toHaveProperty('subject');

    expect((await call(colleague, 'GET', `/people/${ids.carl}`)).status).toBe(404);
    expect((await call(colleague, 'GET', `/people/${ids.bo}`)).status).toBe(404);
    expect((await call(anna, 'GET', `/people/${ids.bo}`)).status).toBe(404);
    expect((await call(colleague, 'GET', '/people/not-a-uuid')).status).toBe(400);
  });
});
