import { membersDay, parseBodyForm, parseMemberForm, parseMembershipForm, parseOrganisationForm, parsePersonForm, parseSignInForm, registryRefusal } from './registry-forms';

describe("the registry's forms", () => {
  it('make a membership with Danish days, a blank last day open-ended', () => {
    const body = { personName: ' Nina Nørgaard ', email: 'nina@randers.dk', organisation: 'Randers Ungdomsskole', role: 'medlem', validFrom: '1.12.2026', validTo: '' };
    expect(parseMemberForm(body)).toEqual({ ok: true, input: body, value: { personName: 'Nina Nørgaard', email: 'nina@randers.dk', organisation: 'Randers Ungdomsskole', role: 'medlem', validFrom: '2026-12-01', validTo: null } });
    expect(parseMemberForm({ ...body, validTo: '15-01-2027' })).toMatchObject({ ok: true, value: { validTo: '2027-01-15' } });
  });

  it('name every field left blank or a day that does not exist, keeping what was typed', () => {
    const parsed = parseMemberForm({ personName: '', email: ' ', organisation: 'Skolen', role: '', validFrom: '31.02.2027', validTo: 'i morgen' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => [error.field, error.code])).toEqual([
      ['personName', 'personName-missing'],
      ['email', 'email-missing'],
      ['role', 'role-missing'],
      ['validFrom', 'validFrom-not-a-date'],
      ['validTo', 'validTo-not-a-date'],
    ]);
    expect(parsed.errors[3].message).toBe('Datoen findes ikke. Skriv datoen som dag.måned.år, fx 23.11.2026.');
    expect(parsed.input).toMatchObject({ organisation: 'Skolen', validFrom: '31.02.2027', validTo: 'i morgen' });
    expect(parseMemberForm({ personName: 'A', email: 'a@b.dk', organisation: 'O', role: 'r', validFrom: '' })).toMatchObject({ ok: false, errors: [{ field: 'validFrom', code: 'validFrom-missing' }] });
  });

  it("change a membership's period: a last day ends it, a blank one makes it open-ended again", () => {
    expect(parseMembershipForm({ role: 'medlem', validFrom: '1.12.2026', validTo: '10.1.2027' })).toMatchObject({ ok: true, value: { role: 'medlem', validFrom: '2026-12-01', validTo: '2027-01-10' } });
    expect(parseMembershipForm({ role: 'medlem', validFrom: '1.12.2026', validTo: '' })).toMatchObject({ ok: true, value: { validTo: null } });
    expect(parseMembershipForm({ role: '', validFrom: '', validTo: '' })).toMatchObject({ ok: false, errors: [{ field: 'role' }, { field: 'validFrom' }] });
  });

  it('link a sign-in, or unlink it by the button, never a blank one', () => {
    expect(parseSignInForm({ subject: ' nina-oidc ', handling: 'knyt' })).toMatchObject({ ok: true, value: { subject: 'nina-oidc' } });
    expect(parseSignInForm({ subject: 'nina-oidc', handling: 'fjern' })).toMatchObject({ ok: true, value: { subject: null } });
    expect(parseSignInForm({ subject: '', handling: 'knyt' })).toMatchObject({ ok: false, errors: [{ field: 'subject', code: 'subject-missing' }] });
  });

  it("correct a person's name and e-mail, both required", () => {
    expect(parsePersonForm({ name: 'Nina N', email: 'n@randers.dk' })).toMatchObject({ ok: true, value: { name: 'Nina N', email: 'n@randers.dk' } });
    expect(parsePersonForm({ name: '', email: '' })).toMatchObject({ ok: false, errors: [{ field: 'name' }, { field: 'email' }] });
  });

  it('register an organisation of a known kind, self-governing when ticked', () => {
    expect(parseOrganisationForm({ name: 'Klubben Vorup', kind: 'club', selfGoverning: 'ja' })).toMatchObject({ ok: true, value: { name: 'Klubben Vorup', kind: 'club', selfGoverning: true } });
    expect(parseOrganisationForm({ name: 'Klubben Vorup', kind: 'club' })).toMatchObject({ ok: true, value: { selfGoverning: false } });
    expect(parseOrganisationForm({ name: 'X', kind: 'bar' })).toMatchObject({ ok: false, errors: [{ field: 'kind', code: 'kind-missing' }], input: { kind: 'bar' } });
  });

  it('create an ad-hoc group with its last day', () => {
    expect(parseBodyForm({ id: 'adhoc-nytaar-2027', name: 'Nytår', endsOn: '31.1.2027' })).toMatchObject({ ok: true, value: { id: 'adhoc-nytaar-2027', name: 'Nytår', endsOn: '2027-01-31' } });
    expect(parseBodyForm({ id: '', name: '', endsOn: '' })).toMatchObject({ ok: false, errors: [{ field: 'id' }, { field: 'name' }, { field: 'endsOn', code: 'endsOn-missing' }] });
  });

  it("put the service's refusal on the field its code names, or the form's first field", () => {
    expect(registryRefusal({ code: 'membership-period-backwards', message: 'validTo må ikke ligge før validFrom.' }, 'personName')).toEqual({ field: 'validTo', code: 'membership-period-backwards', message: 'validTo må ikke ligge før validFrom.' });
    expect(registryRefusal({ code: 'membership-after-body-end', message: '…' }, 'role').field).toBe('validTo');
    expect(registryRefusal({ code: 'body-id-taken', message: '…' }, 'name').field).toBe('id');
    expect(registryRefusal({ code: 'body-ends-on-past', message: '…' }, 'name').field).toBe('endsOn');
    expect(registryRefusal({ code: 'person-subject-taken', message: '…' }, 'name').field).toBe('subject');
    expect(registryRefusal({ code: 'person-email-taken', message: '…' }, 'name').field).toBe('email');
    expect(registryRefusal({ code: 'organisation-name-taken', message: '…' }, 'kind').field).toBe('name');
    expect(registryRefusal({ code: 'something-else', message: '…' }, 'role').field).toBe('role');
    expect(registryRefusal(null, 'role')).toMatchObject({ field: 'role', code: 'refused' });
  });

  it("read the members page's day: blank is the service's today, a day that does not exist is null", () => {
    expect(membersDay(undefined)).toBeUndefined();
    expect(membersDay(' ')).toBeUndefined();
    expect(membersDay('2.12.2026')).toBe('2026-12-02');
    expect(membersDay('32.12.2026')).toBeNull();
  });
});
