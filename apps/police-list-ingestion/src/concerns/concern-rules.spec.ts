import { Role } from '@ssp/platform/auth/roles';
import { concernIdentity, concernSourceOf } from './concern-rules';

const TODAY = '2026-12-04';

describe('where a concern comes from', () => {
  it("is the caller's own organisation when none is asked for", () => {
    expect(concernSourceOf([Role.school], undefined)).toEqual({ ok: true, value: 'school' });
    expect(concernSourceOf([Role.networkGroupMember, Role.familyDepartment], undefined)).toEqual({ ok: true, value: 'family-department' });
    expect(concernSourceOf([Role.policePrevention], undefined)).toEqual({ ok: true, value: 'police' });
    expect(concernSourceOf([Role.sspConsultant], undefined)).toEqual({ ok: true, value: 'ssp' });
  });

  it('may be asked for when it is one of the caller\'s own', () => {
    expect(concernSourceOf([Role.club, Role.school], 'school')).toEqual({ ok: true, value: 'school' });
  });

  it("is refused when the caller asks for another organisation's", () => {
    expect(concernSourceOf([Role.policePrevention], 'school')).toEqual({ ok: false, refusal: 'source-not-yours' });
    expect(concernSourceOf([Role.school], 'family-department')).toEqual({ ok: false, refusal: 'source-not-yours' });
  });

  it('may be any when the SSP consultant or the secretariat writes down what a partner told them', () => {
    expect(concernSourceOf([Role.sspConsultant], 'youth-guidance')).toEqual({ ok: true, value: 'youth-guidance' });
    expect(concernSourceOf([Role.secretariat], 'club')).toEqual({ ok: true, value: 'club' });
  });

  it('is missing for a role that speaks for no partner', () => {
    expect(concernSourceOf([Role.healthVisitor], undefined)).toEqual({ ok: false, refusal: 'source-missing' });
  });
});

describe('the identity a concern names', () => {
  it('is the CPR number without hyphen, with the birth date it holds, and the name with single spaces', () => {
    expect(concernIdentity({ cpr: '010212-4321', name: '  Mads   Ærø Jensen ' }, TODAY)).toEqual({
      ok: true,
      value: { cpr: '0102124321', name: 'Mads Ærø Jensen', birthDate: '2012-02-01', protectedAddress: false },
    });
  });

  it('may be name and birth date, with school and postal code kept', () => {
    expect(concernIdentity({ name: 'Sofie Å', birthDate: '2013-05-06', school: ' Langå  Skole', postalCode: '8870' }, TODAY)).toEqual({
      ok: true,
      value: { name: 'Sofie Å', birthDate: '2013-05-06', school: 'Langå Skole', postalCode: '8870', protectedAddress: false },
    });
  });

  it('takes a birth date beside the CPR number only when it is the number\'s', () => {
    expect(concernIdentity({ cpr: '0102124321', name: 'M', birthDate: '2012-02-01' }, TODAY).ok).toBe(true);
    expect(concernIdentity({ cpr: '0102124321', name: 'M', birthDate: '2012-02-02' }, TODAY)).toEqual({ ok: false, refusal: 'birth-date-mismatch' });
  });

  it('refuses a CPR number that is no date, and neither CPR number nor birth date', () => {
    expect(concernIdentity({ cpr: '3102124321', name: 'M' }, TODAY)).toEqual({ ok: false, refusal: 'cpr-invalid-date' });
    expect(concernIdentity({ name: 'M' }, TODAY)).toEqual({ ok: false, refusal: 'identity-missing' });
  });

  it('refuses a birth date after today and a person older than the police lists take', () => {
    expect(concernIdentity({ name: 'M', birthDate: '2026-12-05' }, TODAY)).toEqual({ ok: false, refusal: 'birth-date-in-future' });
    expect(concernIdentity({ name: 'M', birthDate: '1996-12-04' }, TODAY)).toEqual({ ok: false, refusal: 'birth-date-too-old' });
    expect(concernIdentity({ name: 'M', birthDate: '1997-12-05' }, TODAY).ok).toBe(true);
  });
});
