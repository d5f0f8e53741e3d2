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
  bodyName: string;
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
    expect(me.body.memberships.map((membership) => [membership.bodyId, membership.bodyName]).sort()).toEqual([
      ['mandagsgruppen', 'Mandagsgruppen'],
      [NV, 'Netværksgruppe Randers NV'],
    ]);
  });

  it('shows one body to every reader of the groups, and answers 404 for an unknown one', async () => {
    expect(await call(anna, 'GET', `/bodies/${NV}`)).toMatchObject({ status: 200, body: { id: NV, name: 'Netværksgruppe Randers NV', kind: 'network-group', areaId: 'randers-nv' } });
    expect((await call(anna, 'GET', '/bodies/ingen-gruppe')).status).toBe(404);
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

  describe('administered by the secretariat', () => {
    interface Seat {
      id: string;
      personId: string;
      role: string;
      validFrom: string;
      validTo: string | null;
    }
    const membersToday = async (bodyId: string) => (await call<{ items: Seat[] }>(secretariat, 'GET', `/bodies/${bodyId}/members`)).body.items.map((member) => member.personId);
    /** The audit log's entries about the membership: who, and allowed or refused. */
    const audited = async (membershipId: string) =>
      (await service.dataSource.query("SELECT actor, decision FROM audit_log WHERE action = 'PATCH /bodies/:bodyId/members/:membershipId' AND resource LIKE $1 ORDER BY seq", [
        `%membershipId=${membershipId})`,
      ])) as { actor: string; decision: string }[];

    it('ends a membership on a day: the member is gone from the body the day after, and the change is audited', async () => {
      const seated = await call<Seat>(secretariat, 'POST', `/bodies/${NV}/members`, { personName: 'Ole Ophør', email: 'ole@randers.dk', organisation: 'Randers Ungdomsskole', role: 'member', validFrom: '2026-01-01' });
      expect(seated.status).toBe(201);
      expect(await membersToday(NV)).toContain(seated.body.personId);
      const path = `/bodies/${NV}/members/${seated.body.id}`;
      const ended = await call<Seat>(secretariat, 'PATCH', path, { validTo: YESTERDAY, role: 'former-chair' });
      expect(ended).toMatchObject({ status: 200, body: { id: seated.body.id, role: 'former-chair', validFrom: '2026-01-01', validTo: YESTERDAY } });
      expect(await membersToday(NV)).not.toContain(seated.body.personId);
      expect(await audited(seated.body.id)).toEqual([{ actor: 'sekretariatet', decision: 'allow' }]);
      // Taken back: open-ended again.
      expect((await call<Seat>(secretariat, 'PATCH', path, { validTo: null })).body.validTo).toBeNull();
      expect(await membersToday(NV)).toContain(seated.body.personId);
    });

    it('refuses a change that cannot be made, with a code and a Danish message, and lets no one but the secretariat change anything', async () => {
      const seated = await call<Seat>(secretariat, 'POST', `/bodies/${NV}/members`, { personName: 'Pia Periode', email: 'pia@randers.dk', organisation: 'Randers Ungdomsskole', role: 'member', validFrom: '2026-03-01' });
      const path = `/bodies/${NV}/members/${seated.body.id}`;
      expect(refusalOf(await call(secretariat, 'PATCH', path, { validTo: '2026-02-28' }))).toEqual([400, BODY_REFUSALS.periodBackwards.code, BODY_REFUSALS.periodBackwards.message]);
      expect(refusalOf(await call(secretariat, 'PATCH', path, {}))).toEqual([400, BODY_REFUSALS.membershipChangeEmpty.code, BODY_REFUSALS.membershipChangeEmpty.message]);
      expect(refusalOf(await call(secretariat, 'PATCH', path, { role: null }))).toEqual([400, BODY_REFUSALS.role.code, BODY_REFUSALS.role.message]);
      expect(refusalOf(await call(secretariat, 'PATCH', `/bodies/mandagsgruppen/members/${seated.body.id}`, { role: 'chair' }))).toEqual([404, BODY_REFUSALS.membershipNotFound.code, BODY_REFUSALS.membershipNotFound.message]);
      expect(refusalOf(await call(secretariat, 'PATCH', `/bodies/${NV}/members/ikke-et-id`, { role: 'chair' }))).toEqual([400, BODY_REFUSALS.membershipId.code, BODY_REFUSALS.membershipId.message]);
      const byMember = await call(anna, 'PATCH', path, { validTo: YESTERDAY });
      expect(byMember.status).toBe(403);
      expect(await audited(seated.body.id)).toEqual(expect.arrayContaining([{ actor: 'anna-oidc', decision: 'deny' }]));
      expect(await membersToday(NV)).toContain(seated.body.personId);
    });

    it('creates an ad-hoc group with its last day, whose memberships end with it at the latest', async () => {
      const endsOn = addDays(TODAY, 60);
      const created = await call(secretariat, 'POST', '/bodies', { id: 'adhoc-sommerferie', name: 'Ad hoc-gruppe om sommerferien', endsOn });
      expect(created).toEqual({ status: 201, body: { id: 'adhoc-sommerferie', name: 'Ad hoc-gruppe om sommerferien', kind: 'ad-hoc', level: 'executing', areaId: null, endsOn } });
      const seated = await call<Seat>(secretariat, 'POST', '/bodies/adhoc-sommerferie/members', { personName: 'Ada Adhoc', email: 'ada@randers.dk', organisation: 'Randers Ungdomsskole', role: 'member', validFrom: TODAY });
      expect(seated.body.validTo).toBe(endsOn);
      const tooLong = await call(secretariat, 'PATCH', `/bodies/adhoc-sommerferie/members/${seated.body.id}`, { validTo: addDays(endsOn, 1) });
      expect(refusalOf(tooLong)).toEqual([400, BODY_REFUSALS.membershipAfterBodyEnd.code, BODY_REFUSALS.membershipAfterBodyEnd.message]);
      expect(refusalOf(await call(secretariat, 'POST', '/bodies', { id: 'adhoc-sommerferie', name: 'Igen', endsOn }))).toEqual([409, BODY_REFUSALS.bodyIdTaken.code, BODY_REFUSALS.bodyIdTaken.message]);
      expect(refusalOf(await call(secretariat, 'POST', '/bodies', { id: 'adhoc-fortid', name: 'Fortid', endsOn: YESTERDAY }))).toEqual([400, BODY_REFUSALS.endsOnPast.code, BODY_REFUSALS.endsOnPast.message]);
      expect(refusalOf(await call(secretariat, 'POST', '/bodies', { id: 'x', name: 'Kort id', endsOn }))).toEqual([400, BODY_REFUSALS.newBodyId.code, BODY_REFUSALS.newBodyId.message]);
      expect((await call(anna, 'POST', '/bodies', { id: 'adhoc-anna', name: 'Annas gruppe', endsOn })).status).toBe(403);
      // One body as the list shows it, for every reader of groups; an unknown one is a 404 with its code.
      expect(await call(colleague, 'GET', '/bodies/adhoc-sommerferie')).toEqual({ ...created, status: 200 });
      expect(refusalOf(await call(colleague, 'GET', '/bodies/adhoc-ukendt'))).toEqual([404, BODY_REFUSALS.notFound.code, BODY_REFUSALS.notFound.message]);
    });
  });
});
