import { concernRefusalError, newConcernForm, parseConcernForm } from './concern-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the concern form', () => {
  it('becomes the body of POST /concerns: trimmed, empty optional fields left out, the birth date as YYYY-MM-DD', () => {
    const concernId = '3f2c1a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
    expect(
      parseConcernForm({ _csrf: 't', concernId, cpr: '', name: '  Mads  Ærø ', birthDate: '03.12.2012', worry: '  Han er ikke i skole.\r\nHan sover i parken. ', legalBasis: 'SSP', postalCode: '', school: ' Randers C Skole ' }),
    ).toEqual({
      values: { concernId, cpr: '', name: 'Mads  Ærø', birthDate: '03.12.2012', worry: 'Han er ikke i skole.\nHan sover i parken.', legalBasis: 'SSP', postalCode: '', school: 'Randers C Skole' },
      body: { concernId, name: 'Mads  Ærø', birthDate: '2012-12-03', worry: 'Han er ikke i skole.\nHan sover i parken.', legalBasis: 'SSP', school: 'Randers C Skole' },
      errors: [],
    });
  });

  it('sends the CPR number and postal code as typed; the service checks them', () => {
    expect(parseConcernForm({ concernId: newConcernForm().concernId, cpr: '3213121234', name: 'Mads', worry: 'x', legalBasis: 'PSP', postalCode: '8900' }).body).toMatchObject({
      cpr: '3213121234',
      postalCode: '8900',
      legalBasis: 'PSP',
    });
  });

  it('sends an empty name or worry on, for the service to refuse in Danish', () => {
    expect(parseConcernForm({ name: '', worry: '', legalBasis: 'KSP' }).body).toMatchObject({ name: '', worry: '' });
  });

  it('keeps the form\'s concern id, so sending it twice raises one concern, and makes one when it is missing or not one', () => {
    const concernId = newConcernForm().concernId;
    expect(concernId).toMatch(UUID);
    expect(parseConcernForm({ concernId, name: 'x', worry: 'y', legalBasis: 'SSP' }).body?.concernId).toBe(concernId);
    const made = parseConcernForm({ concernId: '<script>', name: 'x', worry: 'y', legalBasis: 'SSP' }).body?.concernId;
    expect([made?.match(UUID) !== null, made === '<script>']).toEqual([true, false]);
  });

  it('refuses, keeping what was typed, a birth date that is no date and no § 115 purpose chosen', () => {
    expect(parseConcernForm({ name: 'Mads', birthDate: '31.11.2012', worry: 'w', legalBasis: '' })).toMatchObject({
      values: { name: 'Mads', birthDate: '31.11.2012', worry: 'w' },
      body: null,
      errors: [{ field: 'birthDate' }, { field: 'legalBasis', message: expect.stringContaining('§ 115') }],
    });
    expect(parseConcernForm({ name: 'Mads', worry: 'w', legalBasis: 'SSP, PSP' }).errors.map((error) => error.field)).toEqual(['legalBasis']);
  });

  it("puts the service's refusal on its field in Danish with the service's code", () => {
    expect(concernRefusalError({ code: 'concern-cpr-date-invalid', message: 'cpr begynder ikke med en dato' })).toEqual({
      field: 'cpr',
      message: 'CPR-nummeret begynder ikke med en dato, der findes. Tjek de første seks cifre.',
      code: 'concern-cpr-date-invalid',
    });
    expect(concernRefusalError({ code: 'concern-person-too-old', message: 'Personen er over 29 år.' })).toEqual({ field: 'birthDate', message: 'Personen er over 29 år.', code: 'concern-person-too-old' });
    expect(concernRefusalError({ code: 'something-new', message: 'Noget nyt.' })).toEqual({ field: 'name', message: 'Noget nyt.', code: 'something-new' });
  });
});
