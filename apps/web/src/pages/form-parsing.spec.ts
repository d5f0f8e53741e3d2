import type { FieldError } from './forms';
import { formValues, oneOfChoices, optionalText, parseClock, parsedFrom, refusalOnField, requiredText, typedClock, typedDay, typedMinutes } from './form-parsing';

describe('the steps of parsing a form', () => {
  it("reads the form's fields as strings, a field left out or repeated as empty", () => {
    expect(formValues({ a: 'x', b: ['1', '2'] }, ['a', 'b', 'c'])).toEqual({ a: 'x', b: '', c: '' });
  });

  it('gives the value only when nothing is wrong, and keeps the input either way', () => {
    expect(parsedFrom([], { a: 'x' }, () => 1)).toEqual({ ok: true, value: 1, input: { a: 'x' } });
    const errors = [{ field: 'a', message: 'Skriv a.' }];
    expect(parsedFrom(errors, { a: '' }, () => 1)).toEqual({ ok: false, errors, input: { a: '' } });
  });

  it('trims a required text, and names the field when it is blank', () => {
    const errors: FieldError[] = [];
    expect(requiredText(errors, 'titel', '  Netværksmøde ', 'Skriv titlen.')).toBe('Netværksmøde');
    expect(errors).toEqual([]);
    requiredText(errors, 'titel', ' \n', 'Skriv titlen.');
    expect(errors).toEqual([{ field: 'titel', code: 'titel-missing', message: 'Skriv titlen.' }]);
  });

  it('leaves a blank optional text out, and keeps another as typed', () => {
    expect(optionalText('  ')).toBeUndefined();
    expect(optionalText(' Biblioteket')).toBe(' Biblioteket');
  });

  it('reads a Danish date; blank is no day or a problem when it must be given; no such day is a problem', () => {
    const errors: FieldError[] = [];
    expect(typedDay(errors, 'dag', '30.11.2026', null)).toBe('2026-11-30');
    expect(typedDay(errors, 'dag', ' ', null)).toBeNull();
    expect(errors).toEqual([]);
    expect(typedDay(errors, 'dag', '', 'Skriv dagen.')).toBeNull();
    expect(typedDay(errors, 'dag', '31.11.2026', null)).toBeNull();
    expect(typedDay(errors, 'dag', '31.11.2026', null, 'Skriv mødets dag som en dato, fx 30.11.2026.')).toBeNull();
    expect(errors).toEqual([
      { field: 'dag', code: 'dag-missing', message: 'Skriv dagen.' },
      { field: 'dag', code: 'dag-not-a-date', message: 'Datoen findes ikke. Skriv datoen som dag.måned.år, fx 23.11.2026.' },
      { field: 'dag', code: 'dag-not-a-date', message: 'Skriv mødets dag som en dato, fx 30.11.2026.' },
    ]);
  });

  it('reads a clock time as Danes type it, and refuses what is no time', () => {
    expect(parseClock('16.00')).toBe('16:00');
    expect(parseClock(' 9:30 ')).toBe('09:30');
    expect(parseClock('23.59')).toBe('23:59');
    expect(parseClock('24.00')).toBeNull();
    expect(parseClock('16')).toBeNull();
    expect(parseClock('16.60')).toBeNull();
    const errors: FieldError[] = [];
    expect(typedClock(errors, 'tid', '9.30')).toBe('09:30');
    expect(typedClock(errors, 'tid', '')).toBe('');
    expect(errors).toEqual([{ field: 'tid', code: 'time-invalid', message: 'Skriv klokkeslættet som timer og minutter, fx 16.00.' }]);
  });

  it('takes a whole number of minutes from 1 to a day', () => {
    const errors: FieldError[] = [];
    expect(typedMinutes(errors, 'm', '90')).toBe(90);
    expect(typedMinutes(errors, 'm', '1440')).toBe(1440);
    expect(errors).toEqual([]);
    for (const bad of ['0', '1441', '1,5', 'en time', '']) typedMinutes(errors, 'm', bad);
    expect(errors.map((error) => `${error.field} ${error.code}`)).toEqual(Array(5).fill('m minutes-invalid'));
  });

  it('takes only one of the choices', () => {
    expect(oneOfChoices('weekly', ['weekly', 'monthly'] as const)).toBe('weekly');
    expect(oneOfChoices('daily', ['weekly', 'monthly'] as const)).toBeUndefined();
  });

  it("puts a service's refusal on the field its message names, a CPR number's too, and on the first field otherwise", () => {
    const byName = { day: 'flyt-dag', location: 'flyt-sted' };
    expect(refusalOnField({ code: 'meeting-day-invalid', message: 'day skal være en dato.' }, { byName }, 'flyt-sted')).toEqual({ field: 'flyt-dag', code: 'meeting-day-invalid', message: 'day skal være en dato.' });
    const cpr = { code: 'cpr-number-in-text', message: 'location [cpr-number-in-text]: Teksten indeholder et CPR-nummer.' };
    expect(refusalOnField(cpr, { byName }, 'flyt-dag').field).toBe('flyt-sted');
    const conflict = { code: 'meeting-begun', message: 'Mødet er begyndt eller overstået.' };
    expect(refusalOnField(conflict, { byName }, 'flyt-dag')).toEqual({ field: 'flyt-dag', ...conflict });
    expect(refusalOnField(null, { byName }, 'flyt-dag')).toMatchObject({ field: 'flyt-dag', code: 'refused' });
  });

  it("puts a service's refusal on the field its code is about, by the first pattern that matches", () => {
    const byCode = [
      [/^body-name-/, 'name'],
      [/^body-/, 'id'],
    ] as const;
    expect(refusalOnField({ code: 'body-name-too-long', message: 'Navnet er for langt.' }, { byCode }, 'id')).toEqual({ field: 'name', code: 'body-name-too-long', message: 'Navnet er for langt.' });
    expect(refusalOnField({ code: 'body-id-taken', message: 'Id findes.' }, { byCode }, 'name').field).toBe('id');
    expect(refusalOnField({ code: 'organisation-gone', message: 'name er væk.' }, { byCode }, 'kind').field).toBe('kind');
  });
});
