import { dayField, minutesField, parseClock, refusalOnForm } from './form-parts';
import type { FieldError } from '../pages/forms';

describe("the network groups' form parts", () => {
  it('reads a clock time as Danes type it, and refuses what is no time', () => {
    expect(parseClock('16.00')).toBe('16:00');
    expect(parseClock(' 9:30 ')).toBe('09:30');
    expect(parseClock('23.59')).toBe('23:59');
    expect(parseClock('24.00')).toBeNull();
    expect(parseClock('16')).toBeNull();
    expect(parseClock('16.60')).toBeNull();
  });

  it('reads a Danish date, and names the field and why when it is none', () => {
    const errors: FieldError[] = [];
    expect(dayField({ dag: '30.11.2026' }, 'dag', 'mødets dag', errors)).toBe('2026-11-30');
    expect(dayField({ dag: '31.11.2026' }, 'dag', 'mødets dag', errors)).toBe('');
    expect(errors).toEqual([{ field: 'dag', code: 'date-invalid', message: 'Skriv mødets dag som en dato, fx 30.11.2026.' }]);
  });

  it('takes a whole number of minutes from 1 to a day', () => {
    const errors: FieldError[] = [];
    expect(minutesField({ m: '90' }, 'm', errors)).toBe(90);
    expect(errors).toEqual([]);
    for (const bad of ['0', '1441', '1,5', 'en time', '']) minutesField({ m: bad }, 'm', errors);
    expect(errors.map((error) => error.field)).toEqual(['m', 'm', 'm', 'm', 'm']);
  });

  it("puts a service's refusal on the field its message names, a CPR number's too, and on the first field otherwise", () => {
    const fields = { day: 'flyt-dag', location: 'flyt-sted' };
    expect(refusalOnForm({ code: 'meeting-day-invalid', message: 'day skal være en dato.' }, fields, 'flyt-dag')).toEqual({ field: 'flyt-dag', code: 'meeting-day-invalid', message: 'day skal være en dato.' });
    const cpr = { code: 'cpr-number-in-text', message: 'location [cpr-number-in-text]: Teksten indeholder et CPR-nummer.' };
    expect(refusalOnForm(cpr, fields, 'flyt-dag').field).toBe('flyt-sted');
    const conflict = { code: 'meeting-begun', message: 'Mødet er begyndt eller overstået.' };
    expect(refusalOnForm(conflict, fields, 'flyt-dag')).toEqual({ field: 'flyt-dag', ...conflict });
    expect(refusalOnForm(null, fields, 'flyt-dag')).toMatchObject({ field: 'flyt-dag', code: 'refused' });
  });
});
