import type { ActiveSession } from '../session/session.service';
import { bodyPage, EMPTY_MEMBER_FORM } from './bodies.page';
import { organisationsPage, EMPTY_ORGANISATION_FORM } from './organisations.page';
import { membershipInputOf, membershipPage, personFormOf, personPage } from './people.page';
import type { Body, Membership, Person } from './registry.types';

const SESSION = { subject: 'demo-lars-baekgaard', name: 'Lars Bækgaard', roles: ['secretariat'], formToken: 'form-token', accessToken: 'token' } as unknown as ActiveSession;
const MEMBERSHIP: Membership = {
  id: '4f7c1a52-0000-4000-8000-000000000001',
  bodyId: 'adhoc-nytaar-2027',
  bodyName: 'Nytår 2027',
  personId: '4f7c1a52-0000-4000-8000-000000000002',
  personName: 'Nina <Nørgaard>',
  email: 'nina@randers.dk',
  organisationId: '4f7c1a52-0000-4000-8000-000000000003',
  organisation: 'Randers Ungdomsskole',
  role: 'medlem',
  validFrom: '2026-12-01',
  validTo: null,
};
const PERSON: Person = { id: MEMBERSHIP.personId, name: 'Nina <Nørgaard>', email: 'nina@randers.dk', signInLinked: false, memberships: [MEMBERSHIP] };
const BODY: Body = { id: 'adhoc-nytaar-2027', name: 'Ad hoc-gruppe om nytår', kind: 'ad-hoc', level: 'executing', areaId: null, endsOn: '2027-01-31' };

describe("the registry's pages", () => {
  it("show a person's memberships with a link to change each, and offer to unlink a sign-in only when there is one", () => {
    const unlinked = personPage(SESSION, PERSON, personFormOf(PERSON), null);
    expect(unlinked).toContain('<h1>Nina &lt;Nørgaard&gt;</h1>');
    expect(unlinked).toContain('Ikke knyttet til et login endnu');
    expect(unlinked).toContain(`href="/register/personer/${PERSON.id}/medlemskaber/${MEMBERSHIP.id}"`);
    expect(unlinked).toContain('1.12.2026 – uden slutdato');
    expect(unlinked).not.toContain('Fjern login');
    expect(unlinked).toContain('name="_csrf" value="form-token"');
    const linked = personPage(SESSION, { ...PERSON, signInLinked: true, subject: 'nina-oidc' }, personFormOf({ ...PERSON, subject: 'nina-oidc' }), 'login');
    expect(linked).toContain('Knyttet til login-id <code>nina-oidc</code>');
    expect(linked).toContain('value="fjern"');
    expect(linked).toContain('Login er knyttet til personen');
  });

  it('show a refused sign-in on its field with what was typed, and a notice only by its code', () => {
    const page = personPage(SESSION, PERSON, { ...personFormOf(PERSON), signIn: { subject: 'taken' }, errors: [{ field: 'subject', code: 'person-subject-taken', message: 'subject er allerede knyttet til en anden person i registret.' }] }, 'ukendt');
    expect(page).toContain('<title>Fejl: Nina &lt;Nørgaard&gt; - SSP Randers</title>');
    expect(page).toContain('href="#subject"');
    expect(page).toContain('id="subject" name="subject" aria-describedby="subject-hint subject-error" aria-invalid="true"');
    expect(page).toContain('value="taken"');
    expect(page).not.toContain('role="status"');
  });

  it("put a membership's period in the form as Danish days, an open end blank", () => {
    expect(membershipInputOf(MEMBERSHIP)).toEqual({ role: 'medlem', validFrom: '1.12.2026', validTo: '' });
    expect(membershipInputOf({ ...MEMBERSHIP, validTo: '2027-01-10' }).validTo).toBe('10.1.2027');
    expect(membershipPage(SESSION, PERSON, MEMBERSHIP, membershipInputOf(MEMBERSHIP), [])).toContain(`action="/register/personer/${PERSON.id}/medlemskaber/${MEMBERSHIP.id}"`);
  });

  it("show a body's members today or on the day asked, the pager keeping the day", () => {
    const members = { items: [MEMBERSHIP], next: 'cursor-2' };
    const today = bodyPage(SESSION, { body: BODY, members, day: undefined, dayInput: '', cursor: undefined }, EMPTY_MEMBER_FORM, [], null);
    expect(today).toContain('<h2>Medlemmer i dag</h2>');
    expect(today).toContain('href="/register/organer/adhoc-nytaar-2027?efter=cursor-2"');
    expect(today).toContain('Nina &lt;Nørgaard&gt;');
    expect(today).toContain('Uden slutdato');
    expect(today).toContain('dog højst gruppens sidste dag');
    const onDay = bodyPage(SESSION, { body: BODY, members, day: '2026-12-02', dayInput: '2.12.2026', cursor: undefined }, EMPTY_MEMBER_FORM, [], 'medlem');
    expect(onDay).toContain('<h2>Medlemmer den 2.12.2026</h2>');
    expect(onDay).toContain('href="/register/organer/adhoc-nytaar-2027?paa=2.12.2026&amp;efter=cursor-2"');
    expect(onDay).toContain('Medlemskabet er tilføjet');
  });

  it('keep a refused member form as typed, the problem on its field', () => {
    const form = { ...EMPTY_MEMBER_FORM, personName: 'Nina', validTo: '30.11.2026' };
    const page = bodyPage(SESSION, { body: BODY, members: { items: [], next: null }, day: undefined, dayInput: '', cursor: undefined }, form, [{ field: 'validTo', code: 'membership-period-backwards', message: 'validTo må ikke ligge før validFrom.' }], null);
    expect(page).toContain('Organet har ingen medlemmer den dag');
    expect(page).toContain('href="#validTo"');
    expect(page).toContain('value="30.11.2026"');
    expect(page).toContain('(kode <code>membership-period-backwards</code>)');
  });

  it('name the organisations\' kinds in Danish and keep the form as typed', () => {
    const page = organisationsPage(SESSION, { items: [{ id: 'x', name: 'Klubben Vorup', kind: 'club', selfGoverning: true }], next: null }, undefined, { ...EMPTY_ORGANISATION_FORM, name: 'Ny', kind: 'school', selfGoverning: true }, [], 'oprettet');
    expect(page).toMatch(/Klubben Vorup<\/th><td>Klub<\/td><td>Ja/);
    expect(page).toContain('id="kind" name="kind" value="school" checked');
    expect(page).toMatch(/id="selfGoverning" name="selfGoverning" value="ja" checked/);
    expect(page).toContain('Organisationen er registreret.');
  });
});
